import { describe, expect, it } from "vitest";
import { parseFrontmatterYaml } from "../../../src/cli/frontmatter-yaml";
import { propertyLinks, propertyLinksWith, topLevelKey } from "../../../src/core/markdown/property-links";
import { buildRecord } from "../../../src/core/markdown/record";
import type { NoteLink } from "../../../src/core/model/types";

/** A property link as records hold it: no body line, never on a task. */
function link(property: string, target: string, extra: Partial<NoteLink> = {}): NoteLink {
	return { target, embed: false, line: 0, inUncheckedTask: false, property, ...extra };
}

/** The links of a note whose properties are `yaml`, read as the command line reads them. */
function linksOf(yaml: string, body = ""): NoteLink[] {
	return buildRecord({ path: "Notes/Meeting.md", text: `---\n${yaml}\n---\n${body}`, mtime: 0, parseYaml: parseFrontmatterYaml }).links;
}

describe("links in properties", () => {
	it.each<[string, string, NoteLink[]]>([
		["a quoted link", 'author: "[[Steph Ango]]"', [link("author", "Steph Ango")]],
		["an alias", 'author: "[[Steph Ango|Steph]]"', [link("author", "Steph Ango", { display: "Steph" })]],
		["a heading", 'author: "[[Steph Ango#Work]]"', [link("author", "Steph Ango", { heading: "Work" })]],
		["a path", 'author: "[[People/Steph Ango]]"', [link("author", "People/Steph Ango")]],
		["a flow list", 'attendees: ["[[Ana Diaz]]", "[[Ben Okafor]]"]', [link("attendees", "Ana Diaz"), link("attendees", "Ben Okafor")]],
		["a block list", 'attendees:\n  - "[[Ana Diaz]]"\n  - Cy Lo\n  - "[[Ben Okafor]]"', [link("attendees", "Ana Diaz"), link("attendees", "Ben Okafor")]],
		["two links in one text", 'related: "[[A]] and [[B]]"', [link("related", "A"), link("related", "B")]],
		["an unquoted link (a list in a list to YAML)", "people: [[Ben Okafor]]", [link("people", "Ben Okafor")]],
		["an unquoted link with an alias", "people: [[Ben Okafor|Ben]]", [link("people", "Ben Okafor", { display: "Ben" })]],
		["unquoted links in a block list", "people:\n  - [[Ana Diaz]]\n  - [[Ben Okafor]]", [link("people", "Ana Diaz"), link("people", "Ben Okafor")]],
		["quoted links before unquoted ones in a property", 'people:\n  - [[Ana Diaz]]\n  - "[[Ben Okafor]]"', [link("people", "Ben Okafor"), link("people", "Ana Diaz")]],
		["a nested object", 'meeting:\n  host: "[[Ana Diaz]]"\n  guests: ["[[Ben Okafor]]"]', [link("meeting", "Ana Diaz"), link("meeting", "Ben Okafor")]],
		["an embed reads as a link", 'cover: "![[Ana Diaz]]"', [link("cover", "Ana Diaz")]],
		["properties in the note's order", 'b: "[[B]]"\na: "[[A]]"', [link("b", "B"), link("a", "A")]],
		["a key with a dot", 'x.y: "[[A]]"', [link("x.y", "A")]],
	])("%s", (_, yaml, expected) => {
		expect(linksOf(yaml)).toEqual(expected);
	});

	it.each<[string, string]>([
		["plain text", "author: Steph Ango"],
		["a number", "count: 12"],
		["a date", "date: 2026-03-04"],
		["a date and time", "date: 2026-03-04T10:00"],
		["true", "done: true"],
		["null", "author:"],
		["a URL", "url: https://example.com/pricing?a=[1]"],
		["a Markdown link", 'source: "[Ana](People/Ana Diaz.md)"'],
		["an empty link", 'author: "[[]]"'],
		["a link to a heading only", 'author: "[[#Notes]]"'],
		["brackets that never close", 'author: "[[Ana Diaz"'],
		["a single bracket", 'author: "[Ana Diaz]"'],
		["an empty list", "attendees: []"],
		["a list of numbers", "scores: [1, 2, 3]"],
	])("%s is no link", (_, yaml) => {
		expect(linksOf(yaml)).toEqual([]);
	});

	it("puts the properties' links before the body's, which keep their lines", () => {
		const links = linksOf('author: "[[Ana Diaz]]"', "Lunch with [[Ben Okafor]].\n- [ ] call [[Cy Lo]]\n");
		expect(links).toEqual([
			link("author", "Ana Diaz"),
			{ target: "Ben Okafor", embed: false, line: 3, inUncheckedTask: false },
			{ target: "Cy Lo", embed: false, line: 4, inUncheckedTask: true },
		]);
	});

	it("gives no property links for a note without properties or with broken ones", () => {
		expect(buildRecord({ path: "A.md", text: "[[Ana Diaz]]", mtime: 0, parseYaml: parseFrontmatterYaml }).links.map((l) => l.property)).toEqual([undefined]);
		expect(linksOf('author: "[[Ana Diaz]]\nbroken: [')).toEqual([]);
	});

	it("reads a list that holds itself, and a list shared by YAML aliases, once", () => {
		const loop: unknown[] = ["[[Ana Diaz]]"];
		loop.push(loop);
		const shared = ["[[Ben Okafor]]"];
		expect(propertyLinks({ loop, a: shared, b: shared })).toEqual([link("loop", "Ana Diaz"), link("a", "Ben Okafor"), link("b", "Ben Okafor")]);
	});

	it("reads a value nested 100,000 lists deep without running out of stack", () => {
		let value: unknown = "[[Ana Diaz]]";
		for (let i = 0; i < 100_000; i++) value = [value, 1];
		expect(propertyLinks({ deep: value })).toEqual([link("deep", "Ana Diaz")]);
	});

	it("reads 100,000 properties without links in linear time", () => {
		const frontmatter: Record<string, unknown> = {};
		for (let i = 0; i < 100_000; i++) frontmatter[`k${i}`] = i % 2 === 0 ? `text ${i}` : [i, `t${i}`];
		frontmatter.last = "[[Ana Diaz]]";
		const start = performance.now();
		expect(propertyLinks(frontmatter)).toEqual([link("last", "Ana Diaz")]);
		expect(performance.now() - start).toBeLessThan(2_000);
	});
});

describe("links Obsidian reported, with the unquoted ones it does not", () => {
	it("keeps each property's reported links, then its unquoted ones, in the note's order", () => {
		const frontmatter = { people: [[["Ana Diaz"]], "[[Ben Okafor]]"], author: "[[Cy Lo]]" };
		const reported = new Map([
			["author", [link("author", "Cy Lo")]],
			["people", [link("people", "Ben Okafor")]],
		]);
		expect(propertyLinksWith(frontmatter, reported)).toEqual(propertyLinks(frontmatter));
	});

	it("keeps links under a key the properties lack, last", () => {
		expect(propertyLinksWith({ a: 1 }, new Map([["gone", [link("gone", "X")]]]))).toEqual([link("gone", "X")]);
	});
});

describe("topLevelKey", () => {
	it.each<[string, Record<string, unknown>, string]>([
		["attendees", { attendees: "[[A]]" }, "attendees"],
		["attendees.0", { attendees: ["[[A]]"] }, "attendees"],
		["meeting.with.1", { meeting: { with: [] } }, "meeting"],
		["x.y", { "x.y": "[[A]]" }, "x.y"],
		["x.y.0", { "x.y": ["[[A]]"], x: 1 }, "x.y"],
		["gone.0", {}, "gone"],
	])("%s", (key, frontmatter, expected) => {
		expect(topLevelKey(key, frontmatter)).toBe(expected);
	});
});
