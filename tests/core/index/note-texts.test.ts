import { describe, expect, it } from "vitest";
import { NetworkIndex } from "../../../src/core/index/network-index";
import { snapshotLines } from "../../../src/core/index/snapshot";
import { buildIndex, emptyIndex, person, post, recordsOf } from "../../builders/index-builder";
import { mulberry32 } from "../../builders/random";
import { answers, indexOptions, RandomVault } from "../../builders/random-vault";

/** The same changes given to an index that analyses text as notes arrive and to one that waits to be asked (textWhenAsked). */
function bothWays(seed: number, steps: number, readEvery: number): { eager: NetworkIndex; asked: NetworkIndex; vault: RandomVault } {
	const vault = new RandomVault(mulberry32(seed));
	const twin = new RandomVault(mulberry32(seed));
	const eager = new NetworkIndex(indexOptions());
	const asked = new NetworkIndex({ ...indexOptions(), textWhenAsked: true });
	for (let i = 0; i < steps; i++) {
		vault.step(eager);
		twin.step(asked);
		// Reads between changes, so text is analysed at many points of the sequence; the eager
		// index is read too, as a search loads the documents a build gathered (settle).
		if (readEvery > 0 && i % readEvery === readEvery - 1) for (const index of [eager, asked]) index.searchPeople(new Map([["price", 1]]));
	}
	return { eager, asked, vault };
}

describe("text analysed when first read (textWhenAsked)", () => {
	it.each([
		[1, 0],
		[2, 7],
		[3, 1],
		[4, 13],
	])("holds what an eager index holds, to the snapshot's last byte (seed %i, a search every %i changes)", (seed, readEvery) => {
		const { eager, asked, vault } = bothWays(seed, 120, readEvery);
		expect([...snapshotLines(asked)]).toEqual([...snapshotLines(eager)]);
		expect(answers(asked, vault.records)).toEqual(answers(eager, vault.records));
	});

	it("answers every reading of text as an eager index does, whichever is asked first", () => {
		const notes = {
			"People/Ana Diaz.md": person({ topics: ["pricing"] }, "Works on usage-based pricing.\nSubscribe to the newsletter."),
			"People/Ben Ode.md": person({}, "Hires engineers.\nSubscribe to the newsletter."),
			"People/Cy Lu.md": person({}, "Cloud bills.\nSubscribe to the newsletter."),
			"People/Di Ng.md": person({}, "Pricing pages.\nSubscribe to the newsletter."),
			"Posts/Pricing.md": post({ topics: ["pricing"] }, "Usage-based pricing, again."),
		};
		const eager = buildIndex(notes);
		const readings: Array<[string, (index: NetworkIndex) => unknown]> = [
			["boilerplate", (index) => index.commons.withoutBoilerplate("Pricing.\nSubscribe to the newsletter.")],
			["people's document frequency", (index) => [index.peopleDf.documentCount, index.peopleDf.get("price")]],
			["posts' document frequency", (index) => [index.postDf.documentCount, index.postDf.get("price")]],
			["a phrase said once", (index) => index.phraseSaidOnce("usage_base")],
			["a search of posts", (index) => index.searchPosts(new Map([["price", 1]])).map((hit) => [hit.path, hit.score])],
			["one person's score", (index) => index.scoreOne("people", "People/Ana Diaz.md", new Map([["price", 1]]), new Map(), [])?.score],
		];
		for (const [what, read] of readings) {
			const asked = new NetworkIndex({ ...emptyIndex().options, textWhenAsked: true });
			for (const record of recordsOf(notes)) asked.upsert(record);
			expect(read(asked), what).toEqual(read(eager));
		}
	});

	it("reads no text until asked, and a removal first reads what came before it", () => {
		const asked = new NetworkIndex({ ...emptyIndex().options, textWhenAsked: true });
		for (const record of recordsOf({ "People/Ana Diaz.md": person({}, "Pricing."), "People/Ben Ode.md": person({}, "Pricing and hiring.") })) asked.upsert(record);
		expect(asked.allPeople().map((p) => p.name)).toEqual(["Ana Diaz", "Ben Ode"]);
		asked.remove("People/Ana Diaz.md");
		expect(asked.peopleDf.documentCount).toBe(1);
		expect(asked.searchPeople(new Map([["price", 1]])).map((hit) => hit.path)).toEqual(["People/Ben Ode.md"]);
	});
});
