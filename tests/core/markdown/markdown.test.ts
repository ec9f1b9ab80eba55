import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { basenameOf } from "../../../src/core/model/paths";
import { buildRecord } from "../../../src/core/markdown/record";
import { extractHeadings } from "../../../src/core/markdown/headings";
import { extractLinks } from "../../../src/core/markdown/links";
import { extractTags, frontmatterTags } from "../../../src/core/markdown/tags";
import { splitFrontmatter, type FrontmatterSplit } from "../../../src/core/markdown/frontmatter";
import type { NoteLink } from "../../../src/core/model/types";

const parseYaml = (yaml: string): unknown => parse(yaml, { schema: "core" });

describe("splitFrontmatter", () => {
	const cases: { name: string; text: string; expected: FrontmatterSplit }[] = [
		{
			name: "no frontmatter",
			text: "# Title\nbody",
			expected: { yaml: null, body: "# Title\nbody", bodyStartLine: 0, unclosed: false },
		},
		{
			name: "a simple block",
			text: "---\ntype: person\n---\nHello",
			expected: { yaml: "type: person", body: "Hello", bodyStartLine: 3, unclosed: false },
		},
		{
			name: "closed with ...",
			text: "---\na: 1\nb: 2\n...\nbody\nmore",
			expected: { yaml: "a: 1\nb: 2", body: "body\nmore", bodyStartLine: 4, unclosed: false },
		},
		{
			name: "byte-order mark and CRLF line endings",
			text: "\uFEFF---\r\ntype: post\r\ntags: [a]\r\n---\r\nLine one\r\nLine two\r\n",
			expected: { yaml: "type: post\ntags: [a]", body: "Line one\nLine two\n", bodyStartLine: 4, unclosed: false },
		},
		{
			name: "delimiters with trailing spaces",
			text: "---  \na: 1\n---\t\nbody",
			expected: { yaml: "a: 1", body: "body", bodyStartLine: 3, unclosed: false },
		},
		{
			name: "an empty block",
			text: "---\n---\nbody",
			expected: { yaml: "", body: "body", bodyStartLine: 2, unclosed: false },
		},
		{
			name: "a block that is never closed",
			text: "---\ntype: person\nno end",
			expected: { yaml: null, body: "---\ntype: person\nno end", bodyStartLine: 0, unclosed: true },
		},
		{
			name: "--- that is not the very first line",
			text: "\n---\na: 1\n---\nbody",
			expected: { yaml: null, body: "\n---\na: 1\n---\nbody", bodyStartLine: 0, unclosed: false },
		},
		{
			name: "a first line that only starts with ---",
			text: "----\na: 1\n---\n",
			expected: { yaml: null, body: "----\na: 1\n---\n", bodyStartLine: 0, unclosed: false },
		},
		{
			name: "a body that is empty",
			text: "---\na: 1\n---",
			expected: { yaml: "a: 1", body: "", bodyStartLine: 3, unclosed: false },
		},
	];
	it.each(cases)("$name", ({ text, expected }) => {
		expect(splitFrontmatter(text)).toEqual(expected);
	});

	/** The split as lines: what the walk that stops at the block's end must equal, for any text. */
	function splitByLines(text: string): FrontmatterSplit {
		const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split(/\r\n|\n|\r/);
		const opened = /^---[ \t]*$/.test(lines[0] ?? "");
		for (let i = 1; opened && i < lines.length; i++) {
			if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i] ?? "")) return { yaml: lines.slice(1, i).join("\n"), body: lines.slice(i + 1).join("\n"), bodyStartLine: i + 1, unclosed: false };
		}
		return { yaml: null, body: lines.join("\n"), bodyStartLine: 0, unclosed: opened };
	}

	it("equals a split into lines for any mix of delimiters, line endings and a BOM", () => {
		const piece = fc.constantFrom("---", "...", "--- ", "a: 1", "", "x", "\r", "\n", "\r\n", "\uFEFF", "\t");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
				const text = pieces.join("");
				expect(splitFrontmatter(text)).toEqual(splitByLines(text));
			}),
			{ numRuns: 200 },
		);
	});
});

describe("extractTags", () => {
	const cases: { name: string; body: string; tags: string[] }[] = [
		{ name: "simple tags", body: "Talk about #pricing and #Strategy", tags: ["pricing", "strategy"] },
		{ name: "nested tags", body: "#client/acme #client/acme/2026", tags: ["client/acme", "client/acme/2026"] },
		{ name: "unicode letters", body: "#café #日本語 #Überblick", tags: ["café", "日本語", "überblick"] },
		{ name: "dashes and underscores", body: "#follow-up #big_idea", tags: ["follow-up", "big_idea"] },
		{ name: "lower-cased and deduplicated in order", body: "#B #a #b #A", tags: ["b", "a"] },
		{ name: "a heading is not a tag", body: "# Title\n## Sub title", tags: [] },
		{ name: "tags inside a heading are tags", body: "## Notes #meeting", tags: ["meeting"] },
		{ name: "a tag at the start of a line", body: "#idea\ntext", tags: ["idea"] },
		{ name: "pure numbers are not tags", body: "Issue #123 and #2026/11 but #y1984 and #1a", tags: ["y1984", "1a"] },
		{ name: "punctuation ends a tag", body: "See #pricing, #sales. (and #growth!)", tags: ["pricing", "sales", "growth"] },
		{ name: "a # inside a word is not a tag", body: "C#sharp a#b", tags: [] },
		{ name: "# followed by another # is not two tags", body: "#a#b", tags: ["a"] },
		{ name: "URL fragments are not tags", body: "http://x.com/#frag and <https://y.org/ #real", tags: ["real"] },
		{ name: "a URL fragment after a space-free path", body: "https://example.com/page#section", tags: [] },
		{ name: "inline code", body: "Use `#notatag` and ``a #nope b`` but #yes", tags: ["yes"] },
		{ name: "fenced code with backticks", body: "```js\n#notatag\n```\n#after", tags: ["after"] },
		{ name: "fenced code with tildes", body: "~~~\n#notatag\n~~~\n#after", tags: ["after"] },
		{ name: "a longer fence is not closed by a shorter one", body: "````\n```\n#inside\n````\n#out", tags: ["out"] },
		{ name: "an indented fence in a list", body: "- item\n    ```\n    #code\n    ```\n- #tag", tags: ["tag"] },
		{ name: "an unclosed fence runs to the end", body: "#before\n```\n#inside", tags: ["before"] },
		{ name: "Obsidian comments", body: "%% #hidden %% #shown\n%%\n#hidden2\n%%\n#last", tags: ["shown", "last"] },
		{ name: "a trailing slash is dropped", body: "#area/", tags: ["area"] },
		{ name: "emoji tags", body: "#🚀launch", tags: ["🚀launch"] },
		{ name: "escaped hash", body: "\\#nottag", tags: [] },
		{ name: "a wikilink heading is not a tag", body: "[[Note#Heading]] [[#Local]]", tags: [] },
	];
	it.each(cases)("$name", ({ body, tags }) => {
		expect(extractTags(body)).toEqual(tags);
	});
});

describe("frontmatterTags", () => {
	const cases: { name: string; value: unknown; tags: string[] }[] = [
		{ name: "a list", value: ["pricing", "Sales"], tags: ["pricing", "sales"] },
		{ name: "a comma string", value: "pricing, sales,growth", tags: ["pricing", "sales", "growth"] },
		{ name: "a space string", value: "pricing sales", tags: ["pricing", "sales"] },
		{ name: "leading # is optional", value: ["#person", "#Client/Acme"], tags: ["person", "client/acme"] },
		{ name: "duplicates removed", value: ["a", "A", "#a"], tags: ["a"] },
		{ name: "numbers in a list", value: [2026, "x"], tags: ["2026", "x"] },
		{ name: "null", value: null, tags: [] },
		{ name: "an object", value: { a: 1 }, tags: [] },
		{ name: "a boolean", value: true, tags: [] },
		{ name: "an empty string", value: "", tags: [] },
		{ name: "a list with junk", value: ["ok", null, {}, ["nested"], ""], tags: ["ok"] },
	];
	it.each(cases)("$name", ({ value, tags }) => {
		expect(frontmatterTags(value)).toEqual(tags);
	});
});

function link(target: string, line: number, extra: Partial<NoteLink> = {}): NoteLink {
	return { target, embed: false, line, inUncheckedTask: false, ...extra };
}

describe("extractLinks", () => {
	const cases: { name: string; text: string; offset?: number; links: NoteLink[] }[] = [
		{ name: "a wikilink", text: "Met [[Ana Diaz]] today", links: [link("Ana Diaz", 0)] },
		{ name: "a wikilink with display text", text: "[[Ana Diaz|Ana]]", links: [link("Ana Diaz", 0, { display: "Ana" })] },
		{
			name: "a wikilink with heading and display",
			text: "[[People/Ana Diaz#Log|her log]]",
			links: [link("People/Ana Diaz", 0, { heading: "Log", display: "her log" })],
		},
		{ name: "an embed", text: "![[Diagram]]", links: [link("Diagram", 0, { embed: true })] },
		{ name: "a table-escaped pipe", text: "| [[Ana Diaz\\|Ana]] |", links: [link("Ana Diaz", 0, { display: "Ana" })] },
		{ name: "a heading-only wikilink is skipped", text: "[[#Local heading]]", links: [] },
		{ name: "a Markdown link", text: "[Ana](People/Ana.md)", links: [link("People/Ana.md", 0, { display: "Ana" })] },
		{
			name: "a Markdown link with encoded spaces",
			text: "[Ana](People/Ana%20Diaz.md)",
			links: [link("People/Ana Diaz.md", 0, { display: "Ana" })],
		},
		{
			name: "a Markdown link in angle brackets",
			text: "[Ana](<People/Ana Diaz.md>)",
			links: [link("People/Ana Diaz.md", 0, { display: "Ana" })],
		},
		{
			name: "a Markdown link with heading and title",
			text: '[x](Note%20One.md#Some%20Heading "title")',
			links: [link("Note One.md", 0, { display: "x", heading: "Some Heading" })],
		},
		{ name: "a Markdown link with parentheses", text: "[x](Note(2).md)", links: [link("Note(2).md", 0, { display: "x" })] },
		{ name: "a Markdown image embed", text: "![](image.png)", links: [link("image.png", 0, { embed: true })] },
		{ name: "a broken percent escape stays as written", text: "[x](100%.md)", links: [link("100%.md", 0, { display: "x" })] },
		{
			name: "external links are skipped",
			text: "[site](https://example.com) [mail](mailto:a@b.c) [o](obsidian://open?x) [p](//cdn.x/a.md)",
			links: [],
		},
		{ name: "a same-note heading link is skipped", text: "[up](#top)", links: [] },
		{ name: "links in inline code are skipped", text: "`[[Ana]]` and `[a](b.md)` and [[Bo]]", links: [link("Bo", 0)] },
		{ name: "links in fenced code are skipped", text: "```\n[[Ana]]\n```\n[[Bo]]", links: [link("Bo", 3)] },
		{
			name: "several links in reading order",
			text: "[b](B.md) then [[A]] then ![[C]]",
			links: [link("B.md", 0, { display: "b" }), link("A", 0), link("C", 0, { embed: true })],
		},
		{
			name: "lines count from the offset",
			text: "intro\n\n[[A]]\r\n[[B]]",
			offset: 5,
			links: [link("A", 7), link("B", 8)],
		},
		{ name: "an unclosed wikilink is not a link", text: "[[Ana", links: [] },
	];
	it.each(cases)("$name", ({ text, offset, links }) => {
		expect(extractLinks(text, offset ?? 0)).toEqual(links);
	});

	const taskLines: { line: string; unchecked: boolean }[] = [
		{ line: "- [ ] call [[Ana]]", unchecked: true },
		{ line: "* [ ] call [[Ana]]", unchecked: true },
		{ line: "+ [ ] call [[Ana]]", unchecked: true },
		{ line: "1. [ ] call [[Ana]]", unchecked: true },
		{ line: "12) [ ] call [[Ana]]", unchecked: true },
		{ line: "    - [ ] nested [[Ana]]", unchecked: true },
		{ line: "> - [ ] quoted [[Ana]]", unchecked: true },
		{ line: "- [x] called [[Ana]]", unchecked: false },
		{ line: "- [X] called [[Ana]]", unchecked: false },
		{ line: "- [-] cancelled [[Ana]]", unchecked: false },
		{ line: "- [>] forwarded [[Ana]]", unchecked: false },
		{ line: "- met [[Ana]]", unchecked: false },
		{ line: "[ ] not a list [[Ana]]", unchecked: false },
		{ line: "-[ ] no space [[Ana]]", unchecked: false },
		{ line: "- [ ][[Ana]]", unchecked: false },
	];
	it.each(taskLines)("task line $line → unchecked $unchecked", ({ line, unchecked }) => {
		const links = extractLinks(line, 0);
		expect(links).toHaveLength(1);
		expect(links[0]?.inUncheckedTask).toBe(unchecked);
	});

	it("only the task line's links are flagged", () => {
		const links = extractLinks("- [ ] call [[Ana]]\n- [[Bo]]", 0);
		expect(links.map((l) => [l.target, l.inUncheckedTask])).toEqual([
			["Ana", true],
			["Bo", false],
		]);
	});
});

describe("extractHeadings", () => {
	const cases: { name: string; body: string; offset?: number; headings: { text: string; level: number; line: number }[] }[] = [
		{
			name: "levels and lines",
			body: "# Title\ntext\n## Log\n###### Deep",
			headings: [
				{ text: "Title", level: 1, line: 0 },
				{ text: "Log", level: 2, line: 2 },
				{ text: "Deep", level: 6, line: 3 },
			],
		},
		{ name: "offset", body: "x\n## Log", offset: 4, headings: [{ text: "Log", level: 2, line: 5 }] },
		{ name: "closing hashes are dropped", body: "## Log ##", headings: [{ text: "Log", level: 2, line: 0 }] },
		{ name: "no space is a tag, not a heading", body: "#tag", headings: [] },
		{ name: "seven hashes is not a heading", body: "####### x", headings: [] },
		{ name: "headings in code are skipped", body: "```\n# not\n```\n# yes", headings: [{ text: "yes", level: 1, line: 3 }] },
		{ name: "inline code in a heading is kept", body: "## Use `x`", headings: [{ text: "Use `x`", level: 2, line: 0 }] },
		{ name: "empty headings are skipped", body: "#\n## ", headings: [] },
		{ name: "up to three spaces of indent", body: "   ## Ok\n    ## Code?", headings: [{ text: "Ok", level: 2, line: 0 }] },
	];
	it.each(cases)("$name", ({ body, offset, headings }) => {
		expect(extractHeadings(body, offset ?? 0)).toEqual(headings);
	});
});

describe("basenameOf", () => {
	it.each([
		["People/Ana Diaz.md", "Ana Diaz"],
		["Root.md", "Root"],
		["a/b/c.v2.md", "c.v2"],
		["image.png", "image.png"],
	])("%s → %s", (path, expected) => {
		expect(basenameOf(path)).toBe(expected);
	});
});

describe("buildRecord", () => {
	const build = (path: string, text: string) => buildRecord({ path, text, mtime: 42, parseYaml });

	it("reads frontmatter, tags, links and headings with file lines", () => {
		const record = build(
			"People/Ana Diaz.md",
			"---\ntype: person\ntags: [Person, client]\nlast_contact: 2026-11-05\n---\nLikes #pricing and #person.\n\n## Log\n- 2026-10-01 Coffee with [[Bo]]\n",
		);
		expect(record).toEqual({
			path: "People/Ana Diaz.md",
			basename: "Ana Diaz",
			frontmatter: { type: "person", tags: ["Person", "client"], last_contact: "2026-11-05" },
			body: "Likes #pricing and #person.\n\n## Log\n- 2026-10-01 Coffee with [[Bo]]\n",
			bodyStartLine: 5,
			tags: ["person", "client", "pricing"],
			links: [link("Bo", 8)],
			headings: [{ text: "Log", level: 2, line: 7 }],
			mtime: 42,
		});
		expect(record).not.toHaveProperty("frontmatterError");
	});

	it("reads the singular tag key", () => {
		expect(build("a.md", "---\ntag: '#x'\n---\n").tags).toEqual(["x"]);
	});

	it("handles a byte-order mark and CRLF", () => {
		const record = build("n.md", "\uFEFF---\r\ntitle: Hi\r\n---\r\n[[A]]\r\n#t\r\n");
		expect(record.frontmatter).toEqual({ title: "Hi" });
		expect(record.links).toEqual([link("A", 3)]);
		expect(record.tags).toEqual(["t"]);
		expect(record.body).toBe("[[A]]\n#t\n");
	});

	it.each([
		["a list", "---\n- a\n- b\n---\nbody", /list/],
		["a scalar", "---\njust text\n---\nbody", /text/],
		["a number", "---\n42\n---\nbody", /number/],
	])("frontmatter that is %s is an error, not data", (_name, text, shape) => {
		const record = build("n.md", text);
		expect(record.frontmatter).toBeNull();
		expect(record.frontmatterError).toMatch(/key: value/);
		expect(record.frontmatterError).toMatch(shape);
		expect(record.body).toBe("body");
	});

	it("reports invalid YAML in one line and still reads the body", () => {
		const record = build("n.md", "---\ntopics: [a, b\nrole: x\n---\nText with #tag and [[Link]]");
		expect(record.frontmatter).toBeNull();
		expect(record.frontmatterError).toMatch(/^The frontmatter is not valid YAML \(.+\)/);
		expect(record.frontmatterError).not.toContain("\n");
		expect(record.tags).toEqual(["tag"]);
		expect(record.links).toEqual([link("Link", 4)]);
	});

	it("reports an unclosed block and reads the whole text as body", () => {
		const record = build("n.md", "---\ntype: person\n[[A]]");
		expect(record.frontmatter).toBeNull();
		expect(record.frontmatterError).toMatch(/never closed/);
		expect(record.links).toEqual([link("A", 2)]);
		expect(record.bodyStartLine).toBe(0);
	});

	it("treats an empty block as no frontmatter without an error", () => {
		const record = build("n.md", "---\n---\nbody");
		expect(record.frontmatter).toBeNull();
		expect(record.frontmatterError).toBeUndefined();
	});

	it("passes a parser exception that is not an Error through as text", () => {
		const record = buildRecord({
			path: "n.md",
			text: "---\na: 1\n---\n",
			mtime: 0,
			parseYaml: () => {
				// eslint-disable-next-line @typescript-eslint/only-throw-error -- the point of the test
				throw "boom";
			},
		});
		expect(record.frontmatterError).toContain("boom");
	});

	it("never throws on arbitrary text, and lines stay inside the file", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("-", "\n", "\r", "[", "]", "#", "`", "a", " ", "|", "!", "%", ":", "(", ")") }), (text) => {
				const record = buildRecord({ path: "x.md", text, mtime: 0, parseYaml });
				const lineCount = text.split(/\r\n|\n|\r/).length;
				for (const item of [...record.links, ...record.headings]) {
					expect(item.line).toBeGreaterThanOrEqual(record.bodyStartLine);
					expect(item.line).toBeLessThan(lineCount);
				}
			}),
		);
	});
});
