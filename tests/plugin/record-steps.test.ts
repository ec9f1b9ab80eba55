/**
 * A long note's record is made in steps (links and headings a few thousand at a time, with a
 * hand-back between): the same record as in one go, for a note whole and one cut at the size
 * limit, with links, embeds, tasks and headings spread over the note.
 */
import { describe, expect, it } from "vitest";
import { recordFromCache, recordFromCacheInSteps } from "../../src/obsidian/record-source";
import { App } from "../obsidian";
import { fileAt } from "../helpers/plugin-harness";

function longNote(sections: number): string {
	const parts = ["---\ntype: post\nrelated: \"[[Ana Diaz]]\"\n---\n"];
	for (let i = 0; i < sections; i++) {
		parts.push(`## Part ${i}\n- [ ] ask [[Person ${i % 50}]] about ![[Chart ${i}.png]]\n- [x] sent [[Post ${i % 7}#Intro|the intro]]\nText with [[Ana Diaz]] and [[#Part 1]].\n`);
	}
	return parts.join("");
}

describe("a long note's record made in steps", () => {
	it.each([
		["read whole", Number.POSITIVE_INFINITY],
		["cut at the size limit", 150_000],
	])("is the record made in one go (%s)", async (_name, maxBytes) => {
		const text = longNote(3_000);
		const app = new App({ "Posts/Long.md": text }, { cache: { start: "warm" } });
		const file = fileAt(app, "Posts/Long.md");
		const cache = app.metadataCache.getFileCache(file);
		if (!cache) throw new Error("the stand-in did not parse the note");
		const read = Number.isFinite(maxBytes) ? text.slice(0, maxBytes) : text;
		let pauses = 0;
		const stepped = await recordFromCacheInSteps(file, cache, read, maxBytes, async () => void pauses++);
		const whole = recordFromCache(file, cache, read, maxBytes);
		expect(stepped).toEqual(whole);
		expect(whole.links.length).toBeGreaterThan(4_000);
		expect(pauses).toBeGreaterThan(2);
		if (Number.isFinite(maxBytes)) expect(whole.links.length).toBeLessThan(cache.links?.length ?? 0);
		expect(whole.links.some((link) => link.inUncheckedTask)).toBe(true);
		expect(whole.links.some((link) => link.embed)).toBe(true);
	});
});
