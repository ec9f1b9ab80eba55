import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumberCounts } from "../../../src/core/index/number-counts";
import { PathCounts } from "../../../src/core/index/path-counts";

describe("NumberCounts", () => {
	it("counts as a Map does through any adds and removals, growth and wrapped probes included", () => {
		// Few distinct keys, many of them colliding in a small table, and large ones (sign bit set).
		const key = fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(0xffffffff, 0x80000000, 0x9e3779b1));
		fc.assert(
			fc.property(fc.array(fc.tuple(key, fc.boolean()), { maxLength: 3000 }), (steps) => {
				const counts = new NumberCounts();
				const map = new Map<number, number>();
				for (const [k, up] of steps) {
					counts.add(k, up ? 1 : -1);
					const now = (map.get(k) ?? 0) + (up ? 1 : -1);
					if (now > 0) map.set(k, now);
					else map.delete(k);
				}
				expect(counts.size).toBe(map.size);
				for (const [k] of steps) expect(counts.get(k)).toBe(map.get(k) ?? 0);
			}),
			{ numRuns: 100 },
		);
	});

	it("takes a hash given as a negative 32-bit number as the same number unsigned", () => {
		const counts = new NumberCounts();
		counts.add(-1, 1);
		expect(counts.get(0xffffffff)).toBe(1);
	});
});

describe("PathCounts over NumberCounts", () => {
	it("replaces what a note held and takes it away with the note", () => {
		const counts = new PathCounts<number>(new NumberCounts());
		counts.setDistinct("a.md", Uint32Array.of(1, 2));
		counts.setDistinct("b.md", Uint32Array.of(2, 3));
		expect([counts.count(1), counts.count(2), counts.count(3), counts.notes]).toEqual([1, 2, 1, 2]);
		counts.setDistinct("a.md", Uint32Array.of(3));
		expect([counts.count(1), counts.count(2), counts.count(3)]).toEqual([0, 1, 2]);
		counts.remove("b.md");
		expect([counts.count(2), counts.count(3), counts.notes]).toEqual([0, 1, 1]);
		expect(counts.keysOf("a.md")).toEqual(Uint32Array.of(3));
	});
});
