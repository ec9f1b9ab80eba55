import { describe, expect, it } from "vitest";
import { Kept, RecentlyUsed } from "../../../src/core/match/kept";
import type { NetworkReader } from "../../../src/core/index/network-reader";

/** Only what Kept reads of an index. */
function reader(textRevision = 0): NetworkReader & { textRevision: number } {
	return { textRevision } as NetworkReader & { textRevision: number };
}

/** The keys made while asking for a, b, a, c, a, b in turn: with two kept, c pushes out b (used before a), so b is made again. */
function madeAskingInTurn(get: (key: string, make: () => string) => string): string[] {
	const made: string[] = [];
	for (const key of ["a", "b", "a", "c", "a", "b"]) get(key, () => (made.push(key), key));
	return made;
}

describe("Kept", () => {
	it("makes a value once per key while the index's text stays as it was", () => {
		const kept = new Kept<string, number>(4);
		const index = reader();
		let made = 0;
		const make = (): number => ++made;
		expect(kept.get(index, "a", make)).toBe(1);
		expect(kept.get(index, "a", make)).toBe(1);
		index.textRevision++;
		expect(kept.get(index, "a", make)).toBe(2);
		expect(kept.get(reader(index.textRevision), "a", make)).toBe(3);
	});

	it("drops the least recently used key beyond its limit", () => {
		const kept = new Kept<string, string>(2);
		const index = reader();
		expect(madeAskingInTurn((key, make) => kept.get(index, key, make))).toEqual(["a", "b", "c", "b"]);
	});

	it("makes the value again when the kept one is no longer valid", () => {
		const kept = new Kept<string, { text: string }>(2);
		const index = reader();
		const first = kept.get(index, "p", () => ({ text: "one" }));
		expect(kept.get(index, "p", () => ({ text: "two" }), (value) => value.text === "one")).toBe(first);
		expect(kept.get(index, "p", () => ({ text: "two" }), (value) => value.text === "two").text).toBe("two");
	});
});

describe("RecentlyUsed", () => {
	it("keeps a value by its key alone, the most recently used few", () => {
		const recent = new RecentlyUsed<string, string>(2);
		expect(madeAskingInTurn((key, make) => recent.get(key, make))).toEqual(["a", "b", "c", "b"]);
	});

	it("makes the value again when the kept one is no longer valid", () => {
		const recent = new RecentlyUsed<string, { setting: string }>(4);
		const first = recent.get("p", () => ({ setting: "auto" }));
		expect(recent.get("p", () => ({ setting: "deu" }), (value) => value.setting === "auto")).toBe(first);
		expect(recent.get("p", () => ({ setting: "deu" }), (value) => value.setting === "deu").setting).toBe("deu");
	});
});
