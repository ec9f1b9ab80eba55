import { describe, expect, it } from "vitest";
import { NetworkIndex } from "../../../src/core/index/network-index";
import { whoCares } from "../../../src/core/match/who-cares";
import { postsFor } from "../../../src/core/match/posts-for";
import { mulberry32 } from "../../builders/random";
import { indexOptions, RandomVault } from "../../builders/random-vault";

/** whoCares works out reasons and contact status only for the people it returns: the limit must only cut the list. */
describe("whoCares limit", () => {
	it.each([31, 32, 33])("cuts the full ranking, reasons included (seed %i)", (seed) => {
		const vault = new RandomVault(mulberry32(seed));
		const index = new NetworkIndex(indexOptions());
		for (let change = 0; change < 90; change++) {
			vault.step(index);
			if (change % 15 !== 14) continue;
			for (const record of vault.records.values()) {
				const all = whoCares(index, record, "2026-11-26", { limit: 10_000, minScore: 0, relativeFloor: 0 });
				for (const limit of [1, 3]) {
					const cut = whoCares(index, record, "2026-11-26", { limit, minScore: 0, relativeFloor: 0 });
					expect(cut.people, `seed ${seed}, ${record.path}, limit ${limit}`).toEqual(all.people.slice(0, limit));
					expect(cut.alreadyShared).toEqual(all.alreadyShared);
				}
			}
		}
	});

	it.each([41, 42])("lists with every: every candidate above 0, the shown list first in the same order (seed %i)", (seed) => {
		const vault = new RandomVault(mulberry32(seed));
		const index = new NetworkIndex(indexOptions());
		for (let change = 0; change < 60; change++) vault.step(index);
		let longer = 0;
		for (const record of vault.records.values()) {
			const shown = whoCares(index, record, "2026-11-26").people;
			const every = whoCares(index, record, "2026-11-26", { every: true, limit: 1 }).people;
			const unfloored = whoCares(index, record, "2026-11-26", { limit: 10_000, minScore: Number.MIN_VALUE, relativeFloor: 0 }).people;
			// The floors and the limit only cut the list: what is shown is where every places it.
			expect(every.filter((match) => shown.some((s) => s.path === match.path))).toEqual(shown);
			expect(every.filter((match) => match.reasons.length > 0)).toEqual(unfloored);
			if (every.length > 1) longer++;
		}
		for (const person of index.allPeople()) {
			const shown = postsFor(index, person);
			const every = postsFor(index, person, { every: true, limit: 1 });
			expect(every.filter((match) => shown.some((s) => s.path === match.path))).toEqual(shown);
			if (every.length > 1) longer++;
		}
		// The limit of 1 asked for was not applied.
		expect(longer).toBeGreaterThan(0);
	});
});
