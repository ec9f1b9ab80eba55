import { describe, expect, it } from "vitest";
import { recordKey } from "../../src/obsidian/record-key";
import { note } from "../builders/note-builder";

const longBody = (end: string): string => `${"word [[Ana Diaz]] and more. ".repeat(40_000)}${end}`;

describe("recordKey", () => {
	it("is the same with and without hand-backs, and hands back between the chunks of a long note", async () => {
		const record = note("Posts/Long.md").fm({ type: "post" }).body(longBody("the end")).build();
		let pauses = 0;
		const stepped = await recordKey(record, async () => void pauses++);
		expect(stepped).toBe(await recordKey(record));
		expect(record.links.length).toBeGreaterThan(2_000);
		expect(pauses).toBeGreaterThan(4);
	});

	it("changes with the last characters of a long body and with a link past the first chunk of links", async () => {
		const record = note("Posts/Long.md").fm({ type: "post" }).body(longBody("the end")).build();
		const key = await recordKey(record);
		const otherEnd = note("Posts/Long.md").fm({ type: "post" }).body(longBody("the enD")).build();
		expect(await recordKey(otherEnd)).not.toBe(key);
		const links = record.links.map((link, i) => (i === 30_000 ? { ...link, link: "Bo Lee" } : link));
		expect(await recordKey({ ...record, links })).not.toBe(key);
	});

	it("changes with the frontmatter, tags and headings, and not with the modification time", async () => {
		const record = note("Posts/Short.md").fm({ type: "post", zip: "01234" }).body("# Title\nSome #pricing text").build();
		const key = await recordKey(record);
		expect(await recordKey({ ...record, mtime: record.mtime + 1 })).toBe(key);
		expect(await recordKey({ ...record, frontmatter: { type: "post", zip: "1234" } })).not.toBe(key);
		expect(await recordKey({ ...record, tags: [] })).not.toBe(key);
		expect(await recordKey({ ...record, headings: [] })).not.toBe(key);
	});
});
