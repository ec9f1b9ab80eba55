import { describe, expect, it } from "vitest";
import { createLinkResolver } from "../../../src/core/links/link-resolver";

const vault = [
	"Ana Diaz.md",
	"People/Ana Diaz.md",
	"People/Bo Li.md",
	"Archive/People/Bo Li.md",
	"Clients/Acme/Bo Li.md",
	"Clients/Acme/Kickoff.md",
	"Clients/Acme/Notes/Kickoff.md",
	"Posts/Pricing.md",
	"Posts/v1.2 notes.md",
	"b/Same.md",
	"a/Same.md",
	"Mixed/CaseName.md",
	"assets/image.png",
];
const aliases = new Map<string, string[]>([
	["People/Bo Li.md", ["Bobby", "B. Li"]],
	["Posts/Pricing.md", ["Pricing essay"]],
	["a/Same.md", ["Shared alias"]],
	["b/Same.md", ["shared ALIAS"]],
]);

describe("createLinkResolver", () => {
	const resolver = createLinkResolver(vault, aliases);
	const cases: { name: string; target: string; source?: string; expected: string | null }[] = [
		{ name: "bare name, shortest path wins", target: "Ana Diaz", expected: "Ana Diaz.md" },
		{ name: "bare name is case-insensitive", target: "ana DIAZ", expected: "Ana Diaz.md" },
		{ name: "bare name with .md", target: "Ana Diaz.md", expected: "Ana Diaz.md" },
		{ name: "shortest of three files with one name", target: "Bo Li", expected: "People/Bo Li.md" },
		{ name: "same length paths: alphabetical", target: "Same", expected: "a/Same.md" },
		{ name: "a name with a dot in it", target: "v1.2 notes", expected: "Posts/v1.2 notes.md" },
		{ name: "a non-Markdown file by its full name", target: "image.png", expected: "assets/image.png" },
		{ name: "vault path without .md", target: "People/Ana Diaz", expected: "People/Ana Diaz.md" },
		{ name: "vault path with .md", target: "Archive/People/Bo Li.md", expected: "Archive/People/Bo Li.md" },
		{ name: "vault path in other case", target: "people/ana diaz", expected: "People/Ana Diaz.md" },
		{ name: "leading slash is the vault root", target: "/People/Bo Li", source: "Clients/Acme/x.md", expected: "People/Bo Li.md" },
		{ name: "path relative to the source folder", target: "Notes/Kickoff", source: "Clients/Acme/x.md", expected: "Clients/Acme/Notes/Kickoff.md" },
		{ name: "the root path beats the source-relative one", target: "People/Bo Li", source: "Archive/x.md", expected: "People/Bo Li.md" },
		{ name: "./ is relative to the source", target: "./Kickoff", source: "Clients/Acme/Notes/x.md", expected: "Clients/Acme/Notes/Kickoff.md" },
		{ name: "../ is relative to the source", target: "../Kickoff", source: "Clients/Acme/Notes/x.md", expected: "Clients/Acme/Kickoff.md" },
		{ name: "../ above the vault is nothing", target: "../../x", source: "a/b.md", expected: null },
		{ name: "partial path matches the end of a path", target: "Acme/Bo Li", expected: "Clients/Acme/Bo Li.md" },
		{ name: "partial path must match whole folders", target: "cme/Bo Li", expected: null },
		{ name: "alias", target: "Bobby", expected: "People/Bo Li.md" },
		{ name: "alias is case-insensitive", target: "pricing ESSAY", expected: "Posts/Pricing.md" },
		{ name: "alias shared by two files: shortest then alphabetical", target: "Shared Alias", expected: "a/Same.md" },
		{ name: "a file name beats an alias", target: "Pricing", expected: "Posts/Pricing.md" },
		{ name: "heading and display text are ignored", target: "Bo Li#Log|Bo", expected: "People/Bo Li.md" },
		{ name: "unknown name", target: "Nobody", expected: null },
		{ name: "unknown path", target: "People/Nobody", expected: null },
		{ name: "empty target", target: "  ", expected: null },
		{ name: "a folder is not a note", target: "People", expected: null },
	];
	it.each(cases)("$name: $target", ({ target, source, expected }) => {
		expect(resolver.resolve(target, source ?? "Index.md")).toBe(expected);
	});

	it("prefers exact case for paths that differ only in case", () => {
		const r = createLinkResolver(["notes/a.md", "Notes/A.md"]);
		expect(r.resolve("Notes/A", "x.md")).toBe("Notes/A.md");
		expect(r.resolve("notes/a", "x.md")).toBe("notes/a.md");
	});

	it("follows additions and removals", () => {
		const r = createLinkResolver(["People/Ana Diaz.md"]);
		expect(r.resolve("Ana Diaz", "x.md")).toBe("People/Ana Diaz.md");
		r.add("Ana Diaz.md");
		expect(r.resolve("Ana Diaz", "x.md")).toBe("Ana Diaz.md");
		r.remove("Ana Diaz.md");
		expect(r.resolve("Ana Diaz", "x.md")).toBe("People/Ana Diaz.md");
		r.remove("People/Ana Diaz.md");
		expect(r.resolve("Ana Diaz", "x.md")).toBeNull();
		expect(r.resolve("People/Ana Diaz", "x.md")).toBeNull();
	});

	it("replaces aliases when a file is added again", () => {
		const r = createLinkResolver([]);
		r.add("People/Ana Diaz.md", ["Ana"]);
		expect(r.resolve("ana", "x.md")).toBe("People/Ana Diaz.md");
		r.add("People/Ana Diaz.md", ["Annie"]);
		expect(r.resolve("Ana", "x.md")).toBeNull();
		expect(r.resolve("Annie", "x.md")).toBe("People/Ana Diaz.md");
		r.remove("People/Ana Diaz.md");
		expect(r.resolve("Annie", "x.md")).toBeNull();
	});

	it("removing an unknown path changes nothing", () => {
		const r = createLinkResolver(["a.md"]);
		r.remove("b.md");
		expect(r.resolve("a", "x.md")).toBe("a.md");
	});
});
