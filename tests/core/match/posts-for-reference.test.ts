import { describe, expect, it } from "vitest";
import { pairKey, postsFor } from "../../../src/core/match/posts-for";
import { postAsRecord } from "../../../src/core/match/pair";
import { whoCares } from "../../../src/core/match/who-cares";
import { mulberry32 } from "../../builders/random";
import { RandomVault } from "../../builders/random-vault";
import { NetworkIndex as Index } from "../../../src/core/index/network-index";
import { indexOptions } from "../../builders/random-vault";

/**
 * A person and a post are one pair with one score: posts-for reads it from the person's
 * side (one person against each post's query, without searching everyone), who-cares from
 * the post's (everyone at once). The two must agree on every pair, as the vault changes.
 */
describe("a pair scores the same from either side", () => {
	it.each([21, 22, 23, 24, 25, 26])("on a random vault as it changes (seed %i)", (seed) => {
		const vault = new RandomVault(mulberry32(seed));
		const index = new Index(indexOptions());
		let pairs = 0;
		for (let change = 0; change < 120; change++) {
			vault.step(index);
			if (change % 20 !== 19) continue;
			const fromPosts = new Map<string, number>();
			for (const post of index.allPosts()) {
				const result = whoCares(index, postAsRecord(index, post), "2026-12-01", { every: true });
				for (const match of [...result.people, ...result.alreadyShared]) if (match.pairScore > 0) fromPosts.set(pairKey(match.path, post.path), match.pairScore);
			}
			for (const person of index.allPeople()) {
				if (person.archived) continue;
				const sent = index.sentPosts(person.path);
				for (const match of postsFor(index, person, { every: true })) {
					const key = pairKey(person.path, match.path);
					expect(fromPosts.get(key) ?? 0, `seed ${seed}, change ${change}, ${key}`).toBeCloseTo(match.pairScore, 9);
					fromPosts.delete(key);
					pairs++;
				}
				// What posts-for leaves out is a post already sent, an idea, or one the person is the subject of.
				for (const [key] of fromPosts) {
					if (!key.startsWith(`${person.path}::`)) continue;
					const post = index.post(key.slice(person.path.length + 2));
					expect(sent.has(post?.path ?? "") || post?.status === "idea", `seed ${seed}, change ${change}, ${key} missing from posts-for`).toBe(true);
				}
			}
		}
		expect(pairs).toBeGreaterThan(0);
	});

	it.each([31, 32, 33])("lists what it shows by default with the scores of every post (seed %i)", (seed) => {
		const vault = new RandomVault(mulberry32(seed));
		const index = new Index(indexOptions());
		for (let change = 0; change < 60; change++) vault.step(index);
		for (const person of index.allPeople()) {
			const all = new Map(postsFor(index, person, { every: true }).map((match) => [match.path, match.pairScore]));
			const shown = postsFor(index, person, { limit: 10 });
			for (const match of shown) expect(all.get(match.path)).toBe(match.pairScore);
			const pairScores = shown.map((match) => match.pairScore);
			expect(pairScores).toEqual([...pairScores].sort((a, b) => b - a));
			expect(shown[0]?.score ?? 1).toBe(1);
		}
	});

	it.each([41, 42, 43])("answers from kept work what a fresh index answers, as the vault changes (seed %i)", (seed) => {
		// Kept between queries: each person's search terms, each post's probe with the sent
		// posts scored against it, each person's first words. Asked in several orders, with
		// who-cares in between, the lists must be those of an index that kept nothing yet.
		const vault = new RandomVault(mulberry32(seed));
		const index = new Index(indexOptions());
		let lists = 0;
		for (let change = 0; change < 90; change++) {
			vault.step(index);
			if (change % 30 !== 29) continue;
			const people = index.allPeople().filter((person) => !person.archived);
			const asked = (reader: Index, person: (typeof people)[number]): string => JSON.stringify(postsFor(reader, person, { limit: 10 }));
			const first = new Map(people.map((person) => [person.path, asked(index, person)]));
			for (const post of index.allPosts()) whoCares(index, postAsRecord(index, post), "2026-12-01");
			const fresh = vault.freshIndex();
			for (const person of [...people].reverse()) {
				const own = fresh.person(person.path);
				if (own === undefined) throw new Error(`${person.path} missing from the fresh index`);
				const want = asked(fresh, own);
				expect(asked(index, person), `seed ${seed}, change ${change}, ${person.path}`).toBe(want);
				expect(first.get(person.path)).toBe(want);
				lists++;
			}
		}
		expect(lists).toBeGreaterThan(0);
	});
});
