import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FieldPostings, MAX_FIELDS } from "../../../src/core/index/field-postings";
import { PostingList } from "../../../src/core/index/posting-list";

type Op = { kind: "set"; field: number; id: number } | { kind: "delete"; field: number } | { kind: "clear" };

const op: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ kind: fc.constant("set" as const), field: fc.integer({ min: 0, max: MAX_FIELDS - 1 }), id: fc.integer({ min: 0, max: 9 }) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), field: fc.integer({ min: 0, max: MAX_FIELDS - 1 }) }) },
	{ weight: 1, arbitrary: fc.constant({ kind: "clear" as const }) },
);

const byField = <V>(map: Map<number, V>): Array<[number, V]> => [...map].sort(([a], [b]) => a - b);

describe("FieldPostings", () => {
	it("holds what a Map holds after any sets, deletes and clears, in field-id order", () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
				const fields = new FieldPostings();
				const map = new Map<number, PostingList>();
				for (const step of ops) {
					if (step.kind === "set") {
						const list = PostingList.ofPairs([step.id, 1]);
						expect(fields.set(step.field, list)).toBe(fields);
						map.set(step.field, list);
					} else if (step.kind === "delete") expect(fields.delete(step.field)).toBe(map.delete(step.field));
					else {
						fields.clear();
						map.clear();
					}
				}
				expect(fields.size).toBe(map.size);
				expect([...fields]).toEqual(byField(map));
				expect([...fields.keys()]).toEqual(byField(map).map(([field]) => field));
				expect([...fields.values()]).toEqual(byField(map).map(([, list]) => list));
				const seen: Array<[number, PostingList]> = [];
				fields.forEach((list, field) => seen.push([field, list]));
				expect(seen).toEqual(byField(map));
				for (let field = -1; field <= MAX_FIELDS; field++) {
					expect(fields.get(field)).toBe(map.get(field));
					expect(fields.has(field)).toBe(map.has(field));
				}
			}),
			{ numRuns: 200 },
		);
	});

	it("refuses a field id outside the ones an index has", () => {
		expect(() => new FieldPostings().set(MAX_FIELDS, PostingList.empty())).toThrow(RangeError);
		expect(new FieldPostings().delete(MAX_FIELDS)).toBe(false);
	});

	it("keeps every pair when its lists are compacted", () => {
		const list = PostingList.empty();
		for (let id = 0; id < 50; id++) list.set(id, id + 1);
		const fields = new FieldPostings().set(2, list);
		fields.compact();
		expect([...(fields.get(2) ?? [])]).toEqual(Array.from({ length: 50 }, (_, id) => [id, id + 1]));
		list.set(50, 7);
		expect(list.get(50)).toBe(7);
	});
});
