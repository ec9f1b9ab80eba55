import { describe, expect, it } from "vitest";
import { NetworkIndex } from "../../../src/core/index/network-index";
import { probeNote } from "../../../src/core/match/evidence";
import { buildNoteQuery } from "../../../src/core/match/note-query";
import { postAsRecord } from "../../../src/core/match/pair";
import { mulberry32 } from "../../builders/random";
import { indexOptions, RandomVault } from "../../builders/random-vault";

/**
 * Scoring one person for a query (posts-for's side of a pair) must give what searching
 * everyone gives that person, phrases said once included, and nothing for a person the
 * search does not find.
 */
describe("scoreOne agrees with searchPeople", () => {
	it.each([41, 42, 43, 44])("for every person and every post's query (seed %i)", (seed) => {
		const vault = new RandomVault(mulberry32(seed));
		const index = new NetworkIndex(indexOptions());
		let found = 0;
		for (let change = 0; change < 80; change++) {
			vault.step(index);
			if (change % 20 !== 19) continue;
			for (const post of index.allPosts()) {
				const probe = probeNote(index, buildNoteQuery(postAsRecord(index, post), index));
				const hits = new Map(index.searchPeople(probe.terms, probe.phrases).map((hit) => [hit.path, hit]));
				const having = index.phraseHaving("people", probe.phrases);
				for (const person of index.allPeople()) {
					const one = index.scoreOne("people", person.path, probe.terms, probe.phrases, having);
					const all = hits.get(person.path);
					expect(one === null, `${post.path} for ${person.path}`).toBe(all === undefined);
					if (one === null || all === undefined) continue;
					expect(Math.abs(one.score - all.score)).toBeLessThan(1e-9 * Math.max(1, all.score));
					expect(one.match).toEqual(all.match);
					found++;
				}
			}
		}
		expect(found).toBeGreaterThan(0);
	});
});
