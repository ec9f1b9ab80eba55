/**
 * Notes shaped to find work worse than linear in the readers (issue 23): each shape is one
 * note of a chosen size, built so that a quadratic regex or loop over it takes minutes while a
 * linear reader takes well under a second. Shared by `npm run bench -- hostile` and the deep
 * tests, so both read the very same text.
 */

export interface HostileShape {
	/** A short name, as the bench table prints it. */
	name: string;
	/** What the note is, in words. */
	what: string;
	/** The size the issue's audit found a hang at, in the shape's own unit. */
	size: number;
	unit: string;
	/** The note's text at `size` units. */
	text: (size: number) => string;
	/**
	 * True when the note is meant to meet the size limit (settings `maxNoteBytes`); the other
	 * shapes are read whole, the limit raised, so that what is timed is the readers themselves.
	 */
	overLimit?: boolean;
}

const letters = (n: number): string => "abcdefghij".repeat(Math.ceil(n / 10)).slice(0, n);

/** Plain prose lines with links, tags and a log line now and then: a long note as people write it. */
function prose(bytes: number): string {
	const paragraph = [
		"Pricing is the most common question clients ask about, and #pricing notes link [[Ana Diaz]].",
		"- 2026-03-04 Coffee with [[Ben Okafor]]; talked about `retainers` and %% a private aside %%.",
		"See https://example.com/a/b?c=d for the survey, and [the report](Reports/Q1.md \"Q1\").",
		"",
	].join("\n");
	return `---\ntype: post\ntopics: [pricing]\n---\n# A long note\n\n${paragraph.repeat(Math.ceil(bytes / paragraph.length))}`.slice(0, bytes);
}

export const HOSTILE_SHAPES: readonly HostileShape[] = [
	{
		name: "frontmatter keys",
		what: "a frontmatter block of distinct keys",
		size: 200_000,
		unit: "keys",
		text: (n) => `---\n${Array.from({ length: n }, (_, i) => `k${i}: v`).join("\n")}\n---\nBody.\n`,
	},
	{
		name: "letters then #tag",
		what: "one line: a run of letters, then ` #tag`",
		size: 1_000_000,
		unit: "letters",
		text: (n) => `${letters(n)} #tag\n`,
	},
	{
		name: "links on one line",
		what: "one line of wikilinks `[[a]]`",
		size: 1_000_000,
		unit: "links",
		text: (n) => `${"[[a]]".repeat(n)}\n`,
	},
	{
		name: "backtick runs",
		what: "one line of backtick runs of growing length, none closed",
		size: 1_000_000,
		unit: "bytes",
		text: (n) => {
			const parts: string[] = [];
			let length = 0;
			for (let run = 1; length < n; run++) {
				parts.push("`".repeat(run));
				length += run + 1;
			}
			return `${parts.join(" ")}\n`;
		},
	},
	{
		name: "heading with spaces",
		what: "a heading whose words are split by a long run of spaces",
		size: 1_000_000,
		unit: "spaces",
		text: (n) => `# a${" ".repeat(n)}b\n`,
	},
	{
		name: "open brackets",
		what: "one line of `[a](` never closed",
		size: 250_000,
		unit: "repeats",
		text: (n) => `${"[a](".repeat(n)}\n`,
	},
	{
		name: "URL schemes",
		what: "one line of `a+` runs ending in `:/`, never a URL",
		size: 1_000_000,
		unit: "bytes",
		text: (n) => `${`${letters(98)}:/`.repeat(Math.ceil(n / 100))} #tag\n`,
	},
	{
		name: "long note",
		what: "a note of ordinary prose lines",
		size: 50_000_000,
		unit: "bytes",
		text: prose,
		overLimit: true,
	},
];
