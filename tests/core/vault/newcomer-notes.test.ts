/**
 * Notes as a newcomer writes them: `publish: true`, `top-of-mind: ignore`, a `created` date on a
 * person never contacted, `tags: #person` (a YAML comment) and log entries written as headings.
 */
import { describe, expect, it } from "vitest";
import { parseFrontmatterYaml } from "../../../src/cli/vault-reader";
import { contactStatus } from "../../../src/core/contact/last-contact";
import { parseLogSection } from "../../../src/core/contact/log-section";
import { commentedTagsIn } from "../../../src/core/markdown/frontmatter";
import { buildRecord } from "../../../src/core/markdown/record";
import { isPublished } from "../../../src/core/match/posts-for";
import { defaultCoreConfig } from "../../../src/core/model/config";
import { classify, optsOut } from "../../../src/core/vault/classify";
import { isInTemplatesFolder, templatesFolderOf } from "../../../src/core/vault/ignore-filters";
import { toPerson, toPost } from "../../../src/core/vault/people-and-posts";
import { buildIndex } from "../../builders/index-builder";
import { note } from "../../builders/note-builder";

const config = defaultCoreConfig();
const record = (path: string, text: string) => buildRecord({ path, text, mtime: 0, parseYaml: parseFrontmatterYaml });

describe("published posts", () => {
	it.each<[string, string, boolean, string | null]>([
		["publish: true (Obsidian Publish)", "publish: true", true, null],
		["published: true", "published: true", true, null],
		["published: yes", "published: yes", true, null],
		["published: false", "published: false", false, null],
		["publish: false", "publish: false", false, null],
		["a published date stays the date", "published: 2026-09-01", true, "2026-09-01"],
		["publish: true with a draft status", "status: draft\npublish: true", true, null],
		["a draft with a date", "status: draft\npublished: 2026-09-01", false, "2026-09-01"],
		["status published", "status: published", true, null],
		["nothing", "topics: [x]", false, null],
	])("%s", (_, yaml, published, date) => {
		const { post, problems } = toPost(record("Posts/P.md", `---\ntype: post\n${yaml}\n---\nText.\n`), config);
		expect(isPublished(post)).toBe(published);
		expect(post.published).toBe(date);
		expect(problems).toEqual([]);
	});

	it("a publish value that is no yes or no is a problem, and not published", () => {
		const { post, problems } = toPost(record("Posts/P.md", "---\ntype: post\npublish: sometimes\n---\n"), config);
		expect(isPublished(post)).toBe(false);
		expect(problems.map((p) => p.key)).toEqual(["publish"]);
	});
});

describe("top-of-mind: ignore", () => {
	it.each<[string, unknown, boolean]>([
		["ignore", "ignore", true],
		["any case and spaces", " Ignore ", true],
		["a list holding it", ["ignore"], true],
		["another value", "yes", false],
		["absent", undefined, false],
	])("%s", (_, value, out) => {
		const fm: Record<string, unknown> = { type: "person" };
		if (value !== undefined) fm["top-of-mind"] = value;
		const r = note("People/Ana.md").fm(fm).build();
		expect(optsOut(r)).toBe(out);
		expect(classify(r, config)).toBe(out ? "other" : "person");
	});

	it("a note that opts out is no person, no post, and no contact", () => {
		const index = buildIndex([
			record("People/Ana.md", "---\ntype: person\ntop-of-mind: ignore\n---\n## Log\n- 2026-10-01 Coffee\n"),
			record("People/Bo.md", "---\ntype: person\n---\nBo.\n"),
			record("Posts/Draft.md", "---\ntype: post\ntop-of-mind: ignore\n---\nAbout [[Bo]].\n"),
			record("2026-10-05.md", "---\ntop-of-mind: ignore\n---\nLunch with [[Bo]].\n"),
			record("2026-10-06.md", "Lunch with [[Bo]].\n"),
		]);
		expect(index.allPeople().map((p) => p.path)).toEqual(["People/Bo.md"]);
		expect(index.allPosts()).toEqual([]);
		expect(index.contactDates("People/Bo.md")).toEqual(["2026-10-06"]);
	});
});

describe("the Templates folder", () => {
	it.each<[unknown, string]>([
		[{ folder: "Templates" }, "Templates"],
		[{ folder: "/Meta/Templates/ " }, "Meta/Templates"],
		[{ folder: 3 }, ""],
		[{}, ""],
		[null, ""],
	])("%j is the folder %j", (options, folder) => {
		expect(templatesFolderOf(options)).toBe(folder);
	});

	it.each<[string, string, boolean]>([
		["Templates/Person.md", "Templates", true],
		["Templates/Sub/Post.md", "Templates", true],
		["Templates Old/Person.md", "Templates", false],
		["Templates.md", "Templates", false],
		["Templates/Person.md", "", false],
	])("%s in %j: %s", (path, folder, inside) => {
		expect(isInTemplatesFolder(path, folder)).toBe(inside);
	});
});

describe("a person never contacted", () => {
	const status = (fm: Record<string, unknown>, today = "2026-11-20") => contactStatus(toPerson(note("People/Ana.md").fm({ type: "person", cadence: "30d", ...fm }).build(), config).person, config, null, today);

	it.each<[string, Record<string, unknown>, string, boolean]>([
		["created today: due one cadence later", { created: "2026-11-20" }, "2026-12-20", false],
		["created long ago: due since then", { created: "2026-09-01" }, "2026-10-01", true],
		["no created: due now", {}, "2026-11-20", true],
		["a created that is no date: due now", { created: "soon" }, "2026-11-20", true],
	])("%s", (_, fm, nextDue, due) => {
		expect(status(fm)).toMatchObject({ nextDue, due });
	});

	it("a contact counts from the contact, not from created", () => {
		const ana = toPerson(note("People/Ana.md").fm({ type: "person", cadence: "30d", created: "2026-11-01" }).build(), config).person;
		expect(contactStatus(ana, config, "2026-10-01", "2026-11-20")).toMatchObject({ nextDue: "2026-10-31", due: true });
	});
});

describe("tags: #person, a YAML comment", () => {
	it.each<[string, { key: string; value: string } | undefined]>([
		["tags: #person", { key: "tags", value: "#person" }],
		["tag:   #person #friend  ", { key: "tag", value: "#person #friend" }],
		["Tags: #person", { key: "Tags", value: "#person" }],
		["tags: [person]", undefined],
		['tags: "#person"', undefined],
		["  tags: #person", undefined],
		["mytags: #person", undefined],
		["tags:#person", undefined],
	])("%j", (yaml, found) => {
		expect(commentedTagsIn(`type: person\n${yaml}`)).toEqual(found);
	});

	it("is a problem of kind tags with the fix, and the note has no tags", () => {
		const index = buildIndex([record("Notes/Ana.md", "---\ntags: #person\n---\nAna.\n"), record("Notes/Bo.md", "---\ntag: #person #friend\n---\n")]);
		expect(index.allPeople()).toEqual([]);
		expect(index.problems()).toEqual([
			{ path: "Notes/Ana.md", key: "tags", kind: "tags", message: '"tags: #person" is a YAML comment, so the note has no tags; write tags: [person] or tags: person' },
			{ path: "Notes/Bo.md", key: "tag", kind: "tags", message: '"tag: #person #friend" is a YAML comment, so the note has no tags; write tag: [person, friend]' },
		]);
	});

	it("is no problem when a list follows on the lines below", () => {
		const index = buildIndex([record("Notes/Ana.md", "---\ntags: # people\n  - person\n---\nAna.\n")]);
		expect(index.problems()).toEqual([]);
		expect(index.allPeople().map((p) => p.path)).toEqual(["Notes/Ana.md"]);
	});

	it("is found in linear time", () => {
		const yaml = `${"t".repeat(200_000)}\n${"tags:".padEnd(200_000, " ")}x\n`;
		const start = performance.now();
		expect(commentedTagsIn(yaml)).toBeUndefined();
		expect(performance.now() - start).toBeLessThan(500);
	});
});

describe("log entries written as headings", () => {
	it.each<[string, Array<[string, string]>]>([
		["## Log\n### 2026-03-21\nLunch at the market.\n### 2026-03-28 Call\n- 2026-04-02 Coffee", [["2026-03-21", ""], ["2026-03-28", "Call"], ["2026-04-02", "Coffee"]]],
		["## Log\n### 2026-03-21 — Lunch", [["2026-03-21", "Lunch"]]],
		["## Log\n### 2026\n- 2026-03-21 Lunch", [["2026-03-21", "Lunch"]]],
		["### 2026-03-21 Lunch\n## Log\n- 2026-04-01 x", [["2026-04-01", "x"]]],
		["## Log\n## 2026-03-21 Lunch", []],
		["## Log\n```\n### 2026-03-21 Lunch\n```", []],
	])("%j", (body, entries) => {
		expect(parseLogSection(body, "Log").map((e) => [e.date, e.text])).toEqual(entries);
	});
});
