import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { DocumentScore } from "../../../src/core/index/document-score";
import { SearchParts } from "../../../src/core/index/search-engine";
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

/**
 * The index's own OR search must give what MiniSearch's search gives, to the last bit: the
 * same documents, scores and matched fields, whatever the weights (zero included) and boosts.
 */
describe("DocumentScore.search agrees with MiniSearch's search", () => {
	interface Doc {
		id: string;
		title: string;
		body: string;
	}
	const split = (text: string): string[] => (text.length === 0 ? [] : text.split(" "));
	const options = { idField: "id", fields: ["title", "body"], storeFields: [], tokenize: split, processTerm: (term: string) => term };

	function engineOf(seed: number): { engine: MiniSearch<Doc>; words: string[]; random: () => number } {
		const random = mulberry32(seed);
		const words = Array.from({ length: 200 }, (_, i) => `w${i.toString(36)}`);
		const text = (max: number): string => Array.from({ length: Math.floor(random() * max) }, () => words[Math.floor(random() ** 2 * words.length)]).join(" ");
		const engine = SearchParts.create<Doc>(options);
		const docs = Array.from({ length: 150 }, (_, i) => ({ id: `n${i}.md`, title: text(5), body: text(80) }));
		for (const doc of docs) engine.add(doc);
		// Removed documents leave short ids unused, as edits do.
		for (const doc of docs.slice(0, 30)) engine.remove(doc);
		return { engine, words, random };
	}

	const own = (engine: MiniSearch<Doc>, weights: Map<string, number>, boost: Record<string, number>, bm25: { k: number; b: number; d: number }) =>
		engine
			.search([...weights.keys()].join(" "), { boost, bm25, combineWith: "OR", boostTerm: (term) => weights.get(term) ?? 0 })
			.map((result) => ({ id: String(result.id), score: result.score, match: result.match }))
			.sort((a, b) => (a.id < b.id ? -1 : 1));

	it.each([1, 2, 3, 4])("on random queries (seed %i)", (seed) => {
		const { engine, words, random } = engineOf(seed);
		const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
		for (let query = 0; query < 40; query++) {
			const weights = new Map<string, number>();
			const count = 1 + Math.floor(random() * 30);
			for (let i = 0; i < count; i++) weights.set(words[Math.floor(random() * words.length)] as string, random() < 0.1 ? 0 : random() * 3);
			// A term nobody has, too.
			weights.set("absent", 1);
			const boost = { title: 1 + Math.floor(random() * 3), body: random() < 0.5 ? 1 : 0.5 };
			const mine = DocumentScore.search(engine, weights, boost, bm25);
			expect(mine).not.toBeNull();
			// What each hit matched as read from the search's log, before its match is built…
			const logged = (mine ?? []).map((hit) => {
				const terms: string[] = [];
				hit.eachTerm((term) => terms.push(term));
				return { terms, has: [...weights.keys()].filter((term) => hit.has(term)), matched: hit.matched };
			});
			// …is what the match says once built, and the match is MiniSearch's.
			(mine ?? []).forEach((hit, i) => {
				expect(logged[i]?.terms).toEqual(Object.keys(hit.match));
				expect(logged[i]?.has.sort()).toEqual(Object.keys(hit.match).sort());
				expect(logged[i]?.matched).toBe(Object.keys(hit.match).length);
			});
			const sorted = (mine ?? []).map((hit) => ({ id: hit.path, score: hit.score, match: hit.match })).sort((a, b) => (a.id < b.id ? -1 : 1));
			expect(sorted).toEqual(own(engine, weights, boost, bm25));
		}
	});

	it("leaves to MiniSearch a term it would split", () => {
		const { engine } = engineOf(5);
		expect(DocumentScore.search(engine, new Map([["w1 w2", 1]]), {}, { k: 1.2, b: 0.7, d: 0.5 })).toBeNull();
	});

	it("leaves to MiniSearch a posting of a document no longer in the index", () => {
		const engine = SearchParts.create<Doc>(options);
		engine.add({ id: "a.md", title: "", body: "w1 w2 w3" });
		engine.add({ id: "b.md", title: "", body: "w3" });
		// Removed with what it said before an edit lost "w3", as a changed note can be: its "w3" posting stays.
		SearchParts.remove(engine, "a.md", [new Map(), new Map([["w1", 1], ["w2", 1]])]);
		const weights = new Map([["w3", 1]]);
		expect(DocumentScore.search(engine, weights, {}, { k: 1.2, b: 0.7, d: 0.5 })).toBeNull();
		expect(engine.search("w3").map((result) => String(result.id))).toEqual(["b.md"]);
	});
});
