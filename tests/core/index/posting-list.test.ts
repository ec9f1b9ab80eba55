import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PostingList } from "../../../src/core/index/posting-list";

type Op = { kind: "set"; id: number; count: number } | { kind: "delete"; id: number };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant("set" as const), id: fc.integer({ min: 0, max: 40 }), count: fc.integer({ min: 1, max: 9 }) }),
	fc.record({ kind: fc.constant("delete" as const), id: fc.integer({ min: 0, max: 40 }) }),
);

/** What a Map keyed by short id holds, as PostingList keeps it: by short id. */
const sortedEntries = (map: Map<number, number>): Array<[number, number]> => [...map].sort(([a], [b]) => a - b);

describe("PostingList", () => {
	it("holds what a Map holds after any sets and deletes, in short-id order", () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
				const list = PostingList.empty();
				const map = new Map<number, number>();
				for (const step of ops) {
					if (step.kind === "set") {
						list.set(step.id, step.count);
						map.set(step.id, step.count);
					} else expect(list.delete(step.id)).toBe(map.delete(step.id));
				}
				expect(list.size).toBe(map.size);
				expect([...list]).toEqual(sortedEntries(map));
				expect([...list.keys()]).toEqual(sortedEntries(map).map(([id]) => id));
				expect([...list.values()]).toEqual(sortedEntries(map).map(([, count]) => count));
				for (let id = 0; id <= 40; id++) {
					expect(list.get(id)).toBe(map.get(id));
					expect(list.has(id)).toBe(map.has(id));
				}
			}),
			{ numRuns: 200 },
		);
	});

	it("takes pairs in any order", () => {
		expect([...PostingList.ofPairs([5, 1, 2, 3, 9, 1])]).toEqual([[2, 3], [5, 1], [9, 1]]);
		expect(PostingList.ofPairs([1, 2, 4, 1]).pairs).toEqual([1, 2, 4, 1]);
	});

	it("iterates over a copy, so deleting while reading skips nothing", () => {
		const list = PostingList.ofPairs([1, 1, 2, 1, 3, 1]);
		const seen: number[] = [];
		for (const id of list.keys()) {
			seen.push(id);
			list.delete(id);
		}
		expect(seen).toEqual([1, 2, 3]);
		expect(list.size).toBe(0);
		// Serialised as a Map's entries are, as MiniSearch's toJSON reads them.
		expect(Object.fromEntries(PostingList.ofPairs([7, 2]))).toEqual({ 7: 2 });
	});
});
