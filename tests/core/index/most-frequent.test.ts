import { describe, expect, it } from "vitest";
import { mostFrequent } from "../../../src/core/index/search-documents";
import { mulberry32 } from "../../builders/random";

/** What posts are indexed by: the most frequent terms, ties broken by code-unit order, as a full sort gives them. */
function reference(counts: Map<string, number>, limit: number): string[] {
	return [...counts.entries()]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
		.slice(0, limit)
		.map(([term]) => term);
}

describe("mostFrequent", () => {
	it.each([1, 2, 3, 4, 5, 6, 7, 8])("picks the same terms as a full sort (seed %i)", (seed) => {
		const random = mulberry32(seed);
		for (let round = 0; round < 50; round++) {
			const counts = new Map<string, number>();
			const size = Math.floor(random() * 400);
			for (let i = 0; i < size; i++) {
				const term = Math.floor(random() * 100_000).toString(36) + (random() < 0.3 ? "_x" : "");
				counts.set(term, 1 + Math.floor(random() * random() * 8));
			}
			const limit = Math.floor(random() * 150);
			expect(mostFrequent(counts, limit).sort()).toEqual(reference(counts, limit).sort());
		}
	});

	it("keeps every term when there are no more than asked for", () => {
		const counts = new Map([
			["b", 1],
			["a", 2],
		]);
		expect(mostFrequent(counts, 5).sort()).toEqual(["a", "b"]);
		expect(mostFrequent(counts, 0)).toEqual([]);
	});
});
