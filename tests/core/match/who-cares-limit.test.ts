import { describe, expect, it } from "vitest";
import { NetworkIndex } from "../../../src/core/index/network-index";
import { whoCares } from "../../../src/core/match/who-cares";
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
});
