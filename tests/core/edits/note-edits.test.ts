import { describe, expect, it } from "vitest";
import { appendToSection, findSection, lineEndingOf, oneLine, replaceSection } from "../../../src/core/edits/note-edits";

/** Writes "\n" line endings as CRLF or CR, so those cases read like the LF ones. */
const crlf = (text: string): string => text.replace(/\n/g, "\r\n");
const cr = (text: string): string => text.replace(/\n/g, "\r");

interface AppendCase {
	name: string;
	before: string;
	heading?: string;
	entry?: string;
	after: string;
}

const ENTRY = "- 2026-11-20 Shared [[Pricing page]]";

describe("appendToSection", () => {
	const cases: AppendCase[] = [
		{
			name: "adds the line after the last line of the section, before the next heading",
			before: "Intro\n\n## Log\n- 2026-10-02 Coffee\n\n## Family\nTwo kids.\n",
			after: `Intro\n\n## Log\n- 2026-10-02 Coffee\n${ENTRY}\n\n## Family\nTwo kids.\n`,
		},
		{
			name: "an empty section gets the line right under its heading",
			before: "## Log\n\n## Family\n",
			after: `## Log\n${ENTRY}\n\n## Family\n`,
		},
		{
			name: "the section at the end of the note",
			before: "## Log\n- 2026-10-02 Coffee\n",
			after: `## Log\n- 2026-10-02 Coffee\n${ENTRY}\n`,
		},
		{
			name: "blank lines at the end of the section stay after the new line",
			before: "## Log\n- 2026-10-02 Coffee\n\n\n",
			after: `## Log\n- 2026-10-02 Coffee\n${ENTRY}\n\n\n`,
		},
		{
			name: "a note without a final newline keeps ending without one",
			before: "## Log\n- 2026-10-02 Coffee",
			after: `## Log\n- 2026-10-02 Coffee\n${ENTRY}`,
		},
		{
			name: "a heading without a final newline and no lines",
			before: "Intro\n## Log",
			after: `Intro\n## Log\n${ENTRY}`,
		},
		{
			name: "CRLF notes get CRLF lines",
			before: crlf("Intro\n\n## Log\n- 2026-10-02 Coffee\n\n## Family\n"),
			after: crlf(`Intro\n\n## Log\n- 2026-10-02 Coffee\n${ENTRY}\n\n## Family\n`),
		},
		{
			name: "a missing heading is created at the end, after a blank line",
			before: "---\ntype: person\n---\nAna runs pricing.\n",
			after: `---\ntype: person\n---\nAna runs pricing.\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "a missing heading in a note without a final newline",
			before: "Ana runs pricing.",
			after: `Ana runs pricing.\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "a missing heading in a CRLF note",
			before: crlf("Ana runs pricing.\n"),
			after: crlf(`Ana runs pricing.\n\n## Log\n${ENTRY}\n`),
		},
		{
			name: "a missing heading after a trailing blank line adds no second blank line",
			before: "Ana runs pricing.\n\n",
			after: `Ana runs pricing.\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "an empty note",
			before: "",
			after: `## Log\n${ENTRY}\n`,
		},
		{
			name: "the configured heading may be written with its hashes",
			heading: "## Log",
			before: "Intro\n",
			after: `Intro\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "of two matching headings, only the first is used",
			before: "## Log\n- 2026-01-01 A\n\n## Log\n- 2026-02-01 B\n",
			after: `## Log\n- 2026-01-01 A\n${ENTRY}\n\n## Log\n- 2026-02-01 B\n`,
		},
		{
			name: "a heading inside a fenced code block is not the section",
			before: "```md\n## Log\n- example\n```\n\n## Log\n- 2026-10-02 Coffee\n",
			after: `\`\`\`md\n## Log\n- example\n\`\`\`\n\n## Log\n- 2026-10-02 Coffee\n${ENTRY}\n`,
		},
		{
			name: "a heading only inside a code block means the section is missing",
			before: "~~~\n## Log\n~~~\n",
			after: `~~~\n## Log\n~~~\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "a `## Log` comment in the frontmatter is not the section",
			before: "---\ntype: person\n## Log\n---\nBody\n\n## Log\n- 2026-10-02 Coffee\n",
			after: `---\ntype: person\n## Log\n---\nBody\n\n## Log\n- 2026-10-02 Coffee\n${ENTRY}\n`,
		},
		{
			name: "a frontmatter comment alone does not count as the section",
			before: "---\n## Log\ntype: person\n---\nBody\n",
			after: `---\n## Log\ntype: person\n---\nBody\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "deeper headings belong to the section: the line goes after the section's last line",
			before: "## Log\n### 2026\n- 2026-10-02 Coffee\n\n## Family\n",
			after: `## Log\n### 2026\n- 2026-10-02 Coffee\n${ENTRY}\n\n## Family\n`,
		},
		{
			name: "a higher-level heading ends the section",
			before: "### Log\n- 2026-10-02 Coffee\n## Projects\n- big one\n",
			after: `### Log\n- 2026-10-02 Coffee\n${ENTRY}\n## Projects\n- big one\n`,
		},
		{
			name: "headings compare case-insensitively, ignoring a closing sequence, markup and a colon",
			before: "## **log:** ##\n- 2026-10-02 Coffee\n",
			after: `## **log:** ##\n- 2026-10-02 Coffee\n${ENTRY}\n`,
		},
		{
			name: "a #tag line is not a heading",
			before: "#log\n",
			after: `#log\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "CR-only notes get CR lines",
			before: cr("Intro\n\n## Log\n- 2026-10-02 Coffee\n\n## Family\n"),
			after: cr(`Intro\n\n## Log\n- 2026-10-02 Coffee\n${ENTRY}\n\n## Family\n`),
		},
		{
			name: "a missing heading in a CR-only note",
			before: cr("Ana runs pricing.\n"),
			after: cr(`Ana runs pricing.\n\n## Log\n${ENTRY}\n`),
		},
		{
			name: "a CR-only note without a final newline keeps ending without one",
			before: cr("## Log\n- 2026-10-02 Coffee"),
			after: cr(`## Log\n- 2026-10-02 Coffee\n${ENTRY}`),
		},
		{
			name: "mixed endings: the new line takes the dominant one, every other line keeps its own",
			before: "a\rb\r## Log\n- 2026-10-02 Coffee\r\n\r## Family\r",
			after: `a\rb\r## Log\n- 2026-10-02 Coffee\r\n${ENTRY}\r\r## Family\r`,
		},
		{
			name: "a byte-order mark before the heading does not hide it",
			before: "\uFEFF## Log\n- 2026-10-02 Coffee\n",
			after: `\uFEFF## Log\n- 2026-10-02 Coffee\n${ENTRY}\n`,
		},
		{
			name: "a byte-order mark and a code block left open: the fence is closed before the heading",
			before: "\uFEFF```\nscratch\n",
			after: `\uFEFF\`\`\`\nscratch\n\`\`\`\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "a byte-order mark, a code block left open and a log heading inside it",
			before: "\uFEFF~~~\n## Log\n- 2026-10-02 example",
			after: `\uFEFF~~~\n## Log\n- 2026-10-02 example\n~~~\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "frontmatter, then a code block left open",
			before: "---\ntype: person\n---\n```\ncode\n",
			after: `---\ntype: person\n---\n\`\`\`\ncode\n\`\`\`\n\n## Log\n${ENTRY}\n`,
		},
		{
			name: "a byte-order mark, frontmatter with the heading, then a code block left open",
			before: "\uFEFF---\n## Log\n---\n```\n## Log\n",
			after: `\uFEFF---\n## Log\n---\n\`\`\`\n## Log\n\`\`\`\n\n## Log\n${ENTRY}\n`,
		},
	];

	it.each(cases)("$name", ({ before, heading = "Log", entry = ENTRY, after }) => {
		expect(appendToSection(before, heading, entry)).toBe(after);
	});

	it("never changes a byte outside the inserted line", () => {
		const before = "---\ntype: person\nodd:   spacing  \n---\n\tTabbed line  \n## Log\n- 2026-10-02 Coffee\n\n## Family\ntrailing   \n";
		const after = appendToSection(before, "Log", ENTRY);
		expect(after.replace(`${ENTRY}\n`, "")).toBe(before);
	});
});

interface ReplaceCase {
	name: string;
	before: string;
	content?: string;
	heading?: string;
	after: string;
}

const LIST = "- [ ] [[Ana Diaz]] — overdue 7 days\n- [ ] [[Cy Chen]] — due today";

describe("replaceSection", () => {
	const cases: ReplaceCase[] = [
		{
			name: "a missing section is added at the end after a blank line",
			before: "# Friday\n\n## Plan\nShip it.\n",
			after: `# Friday\n\n## Plan\nShip it.\n\n## Follow-ups\n${LIST}\n`,
		},
		{
			name: "a missing section in an empty note",
			before: "",
			after: `## Follow-ups\n${LIST}\n`,
		},
		{
			name: "a missing section in a note without a final newline",
			before: "# Friday",
			after: `# Friday\n\n## Follow-ups\n${LIST}\n`,
		},
		{
			name: "an existing section's content is replaced; the next section and its blank line stay",
			before: "## Follow-ups\n- [ ] [[Old]] — due today\n- [x] done\n\n## Journal\nGood day.\n",
			after: `## Follow-ups\n${LIST}\n\n## Journal\nGood day.\n`,
		},
		{
			name: "a section at the end of the note is replaced",
			before: "Intro\n\n## Follow-ups\n- [ ] [[Old]]\n",
			after: `Intro\n\n## Follow-ups\n${LIST}\n`,
		},
		{
			name: "a note without a final newline keeps ending without one",
			before: "Intro\n\n## Follow-ups\n- [ ] [[Old]]",
			after: `Intro\n\n## Follow-ups\n${LIST}`,
		},
		{
			name: "CRLF notes stay CRLF, including the new lines",
			before: crlf("Intro\n\n## Follow-ups\n- [ ] [[Old]]\n\n## Journal\n"),
			after: crlf(`Intro\n\n## Follow-ups\n${LIST}\n\n## Journal\n`),
		},
		{
			name: "content written with CRLF goes into an LF note as LF",
			content: crlf(LIST),
			before: "## Follow-ups\n",
			after: `## Follow-ups\n${LIST}\n`,
		},
		{
			name: "of two matching sections only the first is replaced",
			before: "## Follow-ups\n- [ ] [[Old]]\n\n## Follow-ups\nkept\n",
			after: `## Follow-ups\n${LIST}\n\n## Follow-ups\nkept\n`,
		},
		{
			name: "a heading inside a code block is not the section",
			before: "```\n## Follow-ups\nexample\n```\n",
			after: `\`\`\`\n## Follow-ups\nexample\n\`\`\`\n\n## Follow-ups\n${LIST}\n`,
		},
		{
			name: "a heading inside a code block before the real one",
			before: "```\n## Follow-ups\n```\n\n## Follow-ups\n- [ ] [[Old]]\n",
			after: `\`\`\`\n## Follow-ups\n\`\`\`\n\n## Follow-ups\n${LIST}\n`,
		},
		{
			name: "deeper headings inside the section are part of it",
			before: "## Follow-ups\n### Old\n- [ ] [[Old]]\n## Journal\n",
			after: `## Follow-ups\n${LIST}\n\n## Journal\n`,
		},
		{
			name: "an existing heading of another level is reused at its level",
			before: "# Follow-ups\n- [ ] [[Old]]\n# Journal\n",
			after: `# Follow-ups\n${LIST}\n\n# Journal\n`,
		},
		{
			name: "a `## Follow-ups` comment in the frontmatter is not the section",
			before: "---\n## Follow-ups\ntags: [daily]\n---\nBody\n",
			after: `---\n## Follow-ups\ntags: [daily]\n---\nBody\n\n## Follow-ups\n${LIST}\n`,
		},
		{
			name: "a heading without a final newline",
			before: "Intro\n## Follow-ups",
			after: `Intro\n## Follow-ups\n${LIST}`,
		},
		{
			name: "a configured heading written with its hashes is not doubled",
			heading: "## Follow-ups",
			before: "Intro\n",
			after: `Intro\n\n## Follow-ups\n${LIST}\n`,
		},
		{
			name: "a configured heading written with its hashes finds the section",
			heading: "## Follow-ups",
			before: "## Follow-ups\n- [ ] [[Old]]\n",
			after: `## Follow-ups\n${LIST}\n`,
		},
		{
			name: "CR-only notes stay CR-only, including the new lines",
			before: cr("Intro\n\n## Follow-ups\n- [ ] [[Old]]\n\n## Journal\n"),
			after: cr(`Intro\n\n## Follow-ups\n${LIST}\n\n## Journal\n`),
		},
		{
			name: "a missing section in a CR-only note",
			before: cr("# Friday\n"),
			after: cr(`# Friday\n\n## Follow-ups\n${LIST}\n`),
		},
		{
			name: "content written with CR goes into a CRLF note as CRLF",
			content: cr(LIST),
			before: crlf("## Follow-ups\n"),
			after: crlf(`## Follow-ups\n${LIST}\n`),
		},
		{
			name: "a byte-order mark before the heading does not hide it",
			before: "\uFEFF## Follow-ups\n- [ ] [[Old]]\n",
			after: `\uFEFF## Follow-ups\n${LIST}\n`,
		},
		{
			name: "a byte-order mark and a code block left open",
			before: "\uFEFF```\n## Follow-ups\n",
			after: `\uFEFF\`\`\`\n## Follow-ups\n\`\`\`\n\n## Follow-ups\n${LIST}\n`,
		},
		{
			name: "a byte-order mark, frontmatter, then a code block left open",
			before: "\uFEFF---\ntags: [daily]\n---\n```\ncode",
			after: `\uFEFF---\ntags: [daily]\n---\n\`\`\`\ncode\n\`\`\`\n\n## Follow-ups\n${LIST}\n`,
		},
	];

	it.each(cases)("$name", ({ before, heading = "Follow-ups", content = LIST, after }) => {
		expect(replaceSection(before, heading, content)).toBe(after);
	});

	it.each(cases)("running it twice changes nothing more: $name", ({ before, heading = "Follow-ups", content = LIST }) => {
		const once = replaceSection(before, heading, content);
		expect(replaceSection(once, heading, content)).toBe(once);
	});

	it("replacing with a different list touches only the section", () => {
		const note = "# Friday\n\n## Plan\nShip it.\n\n## Follow-ups\n- [ ] [[Old]]\n\n## Journal\nGood day.\n";
		const next = replaceSection(note, "Follow-ups", "_No one is due for a follow-up today._");
		expect(next).toBe("# Friday\n\n## Plan\nShip it.\n\n## Follow-ups\n_No one is due for a follow-up today._\n\n## Journal\nGood day.\n");
	});
});

describe("helpers", () => {
	it("lineEndingOf picks the ending most lines use: LF, CRLF or CR", () => {
		expect(lineEndingOf("a\r\nb\r\nc\n")).toBe("\r\n");
		expect(lineEndingOf("a\nb\r\nc\n")).toBe("\n");
		expect(lineEndingOf("a\rb\rc\n")).toBe("\r");
		expect(lineEndingOf("a\rb\r\nc\r")).toBe("\r");
		expect(lineEndingOf("a\rb\r\n")).toBe("\r\n");
		expect(lineEndingOf("a\rb\n")).toBe("\n");
		expect(lineEndingOf("no ending")).toBe("\n");
	});

	it("findSection ends at the next heading of the same or a higher level", () => {
		const lines = "## Log\n### 2026\n- x\n## Next\n".split("\n").map((text) => ({ text, end: "\n" }));
		expect(findSection(lines, "Log")).toEqual({ heading: 0, level: 2, end: 3 });
		expect(findSection(lines, "Missing")).toBeNull();
	});
});

describe("oneLine: text for a line the plugin writes", () => {
	it.each([
		["plain text stays", "Lunch; talked pricing", "Lunch; talked pricing"],
		["trimmed", "  Lunch  ", "Lunch"],
		["LF", "Lunch\n## Pricing", "Lunch ## Pricing"],
		["CRLF is one break", "Lunch\r\nthen coffee", "Lunch then coffee"],
		["a lone CR", "Lunch\r## Family", "Lunch ## Family"],
		["line and paragraph separators", "a\u2028b\u2029c", "a b c"],
		["NEL and other control characters", "a\u0085b\u0000c\u001bd\u007fe", "a b c d e"],
		["a tab", "a\tb", "a b"],
		["a run of breaks and the spaces around them", "a \r\n\r\n  \n b", "a b"],
		["spaces without a break stay as typed", "a  b", "a  b"],
		["only breaks", "\r\n\r", ""],
		["emoji and joiners stay", "met 👩‍💻 Ana", "met 👩‍💻 Ana"],
	])("%s", (_name, text, flat) => {
		expect(oneLine(text)).toBe(flat);
	});

	it("never leaves a character that ends a line", () => {
		const breaks = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\v", "\f"];
		for (const a of breaks) for (const b of breaks) expect(oneLine(`x${a}# y${b}z`)).not.toMatch(/[\r\n\u2028\u2029\u0085\v\f]/);
	});
});
