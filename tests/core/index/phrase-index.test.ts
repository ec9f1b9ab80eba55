import { describe, expect, it } from "vitest";
import { hasHash, PhraseIndex } from "../../../src/core/index/phrase-index";
import { mulberry32 } from "../../builders/random";

function sortedHashes(random: () => number, count: number, pool: number): Uint32Array {
	const set = new Set<number>();
	while (set.size < count) set.add(Math.floor(random() * pool) >>> 0);
	return Uint32Array.from(set).sort();
}

describe("PhraseIndex", () => {
	it.each([1, 2, 3, 4])("finds exactly the notes a scan of every list finds, as notes come and go (seed %i)", (seed) => {
		const random = mulberry32(seed);
		const index = new PhraseIndex();
		const lists = new Map<string, Uint32Array>();
		// A small pool of hashes, so notes share phrases; a large one too, for the full 32 bits.
		const pool = seed % 2 === 0 ? 2_000 : 2 ** 32;
		for (let step = 0; step < 400; step++) {
			const key = `note-${Math.floor(random() * 150)}`;
			if (random() < 0.25) {
				index.delete(key);
				lists.delete(key);
			} else {
				const hashes = sortedHashes(random, Math.floor(random() * 60), pool);
				index.set(key, hashes);
				lists.set(key, hashes);
			}
			if (step % 20 !== 19) continue;
			const present = [...lists.values()].flatMap((list) => [...list]);
			const query = [...Array.from({ length: 10 }, () => present[Math.floor(random() * present.length)] ?? 7), 123_456_789];
			const expected = new Map<string, number[]>();
			for (const [key, list] of lists) {
				const found = query.flatMap((hash, i) => (hasHash(list, hash) ? [i] : []));
				if (found.length > 0) expected.set(key, found);
			}
			const actual = index.matches(query);
			expect(new Map([...actual].sort()), `seed ${seed}, step ${step}`).toEqual(new Map([...expected].sort()));
			expect(index.size).toBe(lists.size);
			for (const [key, list] of lists) expect(index.get(key)).toEqual(list);
		}
	});

	it("grows past its first slots and reuses freed ones", () => {
		const index = new PhraseIndex();
		for (let i = 0; i < 300; i++) index.set(`n${i}`, Uint32Array.of(i, 1_000_000 + i));
		for (let i = 0; i < 300; i += 2) index.delete(`n${i}`);
		for (let i = 0; i < 150; i++) index.set(`m${i}`, Uint32Array.of(5_000_000 + i));
		expect(index.matches([1, 2, 299, 5_000_149])).toEqual(new Map([["n1", [0]], ["n299", [2]], ["m149", [3]]]));
		expect(index.size).toBe(300);
	});

	it("counts the notes that say a phrase never too low, and a rare one as rare, as notes come and go and its rows grow", () => {
		const random = mulberry32(9);
		const index = new PhraseIndex();
		const lists = new Map<string, Uint32Array>();
		// Enough phrases for the rows to grow several times; a few shared by many notes, as a footer's are.
		const footer = 4_242_424_242;
		for (let step = 0; step < 3_000; step++) {
			const key = `note-${Math.floor(random() * 1_200)}`;
			if (random() < 0.2) {
				index.delete(key);
				lists.delete(key);
				continue;
			}
			const own = sortedHashes(random, 40, 2 ** 32);
			const hashes = random() < 0.5 ? Uint32Array.from(new Set([...own, footer])).sort() : own;
			index.set(key, hashes);
			lists.set(key, hashes);
		}
		const truth = new Map<number, number>();
		for (const list of lists.values()) for (const hash of list) truth.set(hash, (truth.get(hash) ?? 0) + 1);
		// Matching asks only whether a phrase is common (note-query.ts: at least 10 notes): a
		// phrase one note says must read as said by a few at most.
		let rare = 0;
		let rareKept = 0;
		for (const [hash, count] of truth) {
			const estimate = index.notesWith(hash);
			expect(estimate).toBeGreaterThanOrEqual(count);
			if (count > 1) continue;
			rare++;
			if (estimate < 5) rareKept++;
		}
		expect(rareKept / rare).toBeGreaterThan(0.99);
		const footerCount = truth.get(footer) ?? 0;
		expect(footerCount).toBeGreaterThan(300);
		expect(index.notesWith(footer)).toBeLessThan(footerCount + 10);
		for (const key of [...lists.keys()]) index.delete(key);
		expect(index.notesWith(footer)).toBe(0);
	});
});
