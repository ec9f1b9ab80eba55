/**
 * Tricky links, and where Obsidian's `getFirstLinkpathDest` sends them: the command line's
 * resolver (src/core/links/link-resolver.ts) and the tests' stand-in of the metadata cache
 * must both answer each row the same way (tests/core/links/link-resolver.test.ts and
 * tests/stub/stand-in.test.ts run this one table).
 */
export const LINK_VAULT = [
	"Ana Diaz.md",
	"People/Ana Diaz.md",
	"People/Bo Li.md",
	"Archive/People/Bo Li.md",
	"Clients/Acme/Bo Li.md",
	"Clients/Acme/Kickoff.md",
	"Clients/Acme/Notes/Kickoff.md",
	"Posts/Pricing.md",
	"Posts/v1.2 notes.md",
	"Posts/C# tips.md",
	"b/Same.md",
	"a/Same.md",
	"Mixed/CaseName.md",
	"People/José Nuñez.md",
];

/** Aliases in the notes' frontmatter: names for mentions, never link targets. */
export const LINK_ALIASES: Readonly<Record<string, readonly string[]>> = {
	"People/Bo Li.md": ["Bobby", "B. Li"],
	"Posts/Pricing.md": ["Pricing essay"],
};

export interface LinkCase {
	name: string;
	target: string;
	source?: string;
	expected: string | null;
}

export const LINK_CASES: readonly LinkCase[] = [
	{ name: "bare name, shortest path wins", target: "Ana Diaz", expected: "Ana Diaz.md" },
	{ name: "bare name is case-insensitive", target: "ana DIAZ", expected: "Ana Diaz.md" },
	{ name: "bare name with .md", target: "Ana Diaz.md", expected: "Ana Diaz.md" },
	{ name: "shortest of three files with one name", target: "Bo Li", expected: "People/Bo Li.md" },
	{ name: "same length paths: alphabetical", target: "Same", expected: "a/Same.md" },
	{ name: "a name with a dot in it", target: "v1.2 notes", expected: "Posts/v1.2 notes.md" },
	{ name: "a name with # in it, written whole", target: "C# tips", expected: null },
	{ name: "vault path without .md", target: "People/Ana Diaz", expected: "People/Ana Diaz.md" },
	{ name: "vault path with .md", target: "Archive/People/Bo Li.md", expected: "Archive/People/Bo Li.md" },
	{ name: "vault path in other case", target: "people/ana diaz", expected: "People/Ana Diaz.md" },
	{ name: "leading slash is the vault root", target: "/People/Bo Li", source: "Clients/Acme/x.md", expected: "People/Bo Li.md" },
	{ name: "a partial path finds the end of a longer one", target: "Notes/Kickoff", source: "Clients/Acme/x.md", expected: "Clients/Acme/Notes/Kickoff.md" },
	{ name: "the root path beats a longer one ending the same", target: "People/Bo Li", source: "Archive/x.md", expected: "People/Bo Li.md" },
	{ name: "./ is relative to the source", target: "./Kickoff", source: "Clients/Acme/Notes/x.md", expected: "Clients/Acme/Notes/Kickoff.md" },
	{ name: "../ is relative to the source", target: "../Kickoff", source: "Clients/Acme/Notes/x.md", expected: "Clients/Acme/Kickoff.md" },
	{ name: "partial path matches the end of a path", target: "Acme/Bo Li", expected: "Clients/Acme/Bo Li.md" },
	{ name: "partial path must match whole folders", target: "cme/Bo Li", expected: null },
	{ name: "an alias is not a link target", target: "Bobby", expected: null },
	{ name: "an alias in other case is not one either", target: "pricing ESSAY", expected: null },
	{ name: "a file name is", target: "Pricing", expected: "Posts/Pricing.md" },
	{ name: "heading and display text are ignored", target: "Bo Li#Log|Bo", expected: "People/Bo Li.md" },
	{ name: "accented name as written", target: "José Nuñez", expected: "People/José Nuñez.md" },
	{ name: "unknown name", target: "Nobody", expected: null },
	{ name: "unknown path", target: "People/Nobody", expected: null },
	{ name: "a folder is not a note", target: "People", expected: null },
];
