/**
 * The note readers on text shaped to make work worse than linear show (issue 23). Sizes are
 * chosen so that a linear reader takes milliseconds and a quadratic one minutes: a regression
 * shows as a test stuck past vitest's timeout, not as a flaky timing assertion.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractHeadings, headingOf } from "../../../src/core/markdown/headings";
import { extractLinks } from "../../../src/core/markdown/links";
import { maskInlineCode } from "../../../src/core/markdown/masking";
import { buildRecord } from "../../../src/core/markdown/record";
import { formatBytes, limitNoteText } from "../../../src/core/markdown/size-limit";
import { blankUrls, extractTags } from "../../../src/core/markdown/tags";
import { parseFrontmatterYaml } from "../../../src/cli/vault-reader";
import { HOSTILE_SHAPES } from "../../../bench/hostile-shapes";

const noYaml = (): unknown => null;

// The readers as they were, quadratic on hostile lines: the oracle on short ones.
const OLD_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s<>]*/gi;
function oldMaskInlineCode(line: string): string {
	if (!line.includes("`")) return line;
	let out = "";
	let i = 0;
	while (i < line.length) {
		const start = line.indexOf("`", i);
		if (start < 0) {
			out += line.slice(i);
			break;
		}
		out += line.slice(i, start);
		let runEnd = start;
		while (line[runEnd] === "`") runEnd++;
		const run = runEnd - start;
		// Find a closing run of exactly the same length.
		let search = runEnd;
		let close = -1;
		while (search < line.length) {
			const next = line.indexOf("`", search);
			if (next < 0) break;
			let nextEnd = next;
			while (line[nextEnd] === "`") nextEnd++;
			if (nextEnd - next === run) {
				close = nextEnd;
				break;
			}
			search = nextEnd;
		}
		if (close < 0) {
			out += line.slice(start, runEnd);
			i = runEnd;
		} else {
			out += " ".repeat(close - start);
			i = close;
		}
	}
	return out;
}

describe("blankUrls", () => {
	it.each([
		["see https://a.b/c d", "https://a.b/c"],
		["x1http://a y", "x1http://a"],
		["1http://a y", "http://a"],
		["no scheme ://a", ""],
		["<https://a.b>", "https://a.b"],
		["", ""],
	])("%j", (line, url) => {
		expect(blankUrls(line)).toBe(url === "" ? line : line.replace(url, " ".repeat(url.length)));
	});

	it("blanks what the regex it replaces blanked", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("a", "B", "1", "+", ":", "/", " ", "<", "#", "é") }), (line) => {
				expect(blankUrls(line)).toBe(line.replace(OLD_URL, (url) => " ".repeat(url.length)));
			}),
		);
	});
});

describe("maskInlineCode", () => {
	it.each([
		["a `b` c", "a     c"],
		["` open", "` open"],
		["`a` ``b`` ```c", "          ```c"],
	])("%j", (line, masked) => {
		expect(maskInlineCode(line)).toBe(masked);
	});

	it("masks what a search for the closing run of the same length masks", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("`", "`", "a", " ") }), (line) => {
				expect(maskInlineCode(line)).toBe(oldMaskInlineCode(line));
			}),
		);
	});
});

describe("headingOf", () => {
	it.each([
		["## Log ##", "Log"],
		["## Log##", "Log##"],
		["# ###", ""],
		["# C#", "C#"],
		["# a   b  #", "a   b"],
	])("%j", (line, text) => {
		expect(headingOf(line)?.text).toBe(text);
	});
});

describe("limitNoteText", () => {
	it("keeps a text within the limit whole", () => {
		expect(limitNoteText("one\ntwo", 100)).toEqual({ text: "one\ntwo" });
	});

	it("cuts after the last whole line within the limit and says how large the note was", () => {
		expect(limitNoteText("one\ntwo\nthree", 10)).toEqual({ text: "one\ntwo", cutFrom: 13 });
	});

	it("counts UTF-8 bytes and never splits a surrogate pair", () => {
		const text = "é".repeat(10) + "😀".repeat(3);
		const cut = limitNoteText(text, 26);
		expect(cut.text).toBe("é".repeat(10) + "😀");
		expect(cut.cutFrom).toBe(32);
	});

	it("trusts a file's size on disk over the text's length", () => {
		expect(limitNoteText("abc\ndef", 5, 900).cutFrom).toBe(900);
	});

	it.each([
		[999, "1 KB"],
		[12_345, "12 KB"],
		[2_000_000, "2.0 MB"],
		[52_400_000, "52 MB"],
	])("formats %d bytes as %s", (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});

describe("linear reading of hostile notes", () => {
	const shape = (name: string): ((size: number) => string) => {
		const found = HOSTILE_SHAPES.find((candidate) => candidate.name === name);
		if (!found) throw new Error(name);
		return found.text;
	};

	it("reads a tag after 300,000 letters on one line (the URL scan does not rescan the run)", () => {
		const record = buildRecord({ path: "a.md", text: shape("letters then #tag")(300_000), mtime: 0, parseYaml: noYaml });
		expect(record.tags).toEqual(["tag"]);
	});

	it("reads 200,000 wikilinks on one line (the line is not copied once per link)", () => {
		const links = extractLinks(shape("links on one line")(200_000), 0);
		expect(links).toHaveLength(200_000);
		expect(links[199_999]).toMatchObject({ target: "a", line: 0 });
	});

	it("masks a line of 300 KB of backtick runs of growing length that never close", () => {
		const line = shape("backtick runs")(300_000).trimEnd();
		expect(maskInlineCode(line)).toBe(line);
	});

	it("reads a heading whose words are split by 300,000 spaces", () => {
		expect(extractHeadings(shape("heading with spaces")(300_000), 0)[0]?.text).toBe(`a${" ".repeat(300_000)}b`);
	});

	it("reads tags between 300 KB of scheme-like runs that are never URLs", () => {
		expect(extractTags(shape("URL schemes")(300_000))).toEqual(["tag"]);
	});

	it("parses frontmatter of 60,000 keys, and finds a duplicate key among them", () => {
		const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: v`);
		expect(Object.keys(parseFrontmatterYaml(keys.join("\n")) as object)).toHaveLength(60_000);
		// A list item sends the block through the full parser, duplicate-key check included.
		const full = [...keys, "list:", "  - a", "k7: again"].join("\n");
		expect(() => parseFrontmatterYaml(full)).toThrow("Map keys must be unique at line 60003, column 1");
	});
});
