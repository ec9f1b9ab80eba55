import MiniSearch, { type Options } from "minisearch";
import { describe, expect, it } from "vitest";
import { SearchParts } from "../../../src/core/index/search-engine";
import { TermTable } from "../../../src/core/index/term-table";
import { mulberry32 } from "../../builders/random";

interface Doc {
	id: string;
	body: string;
}

const split = (text: string): string[] => (text.length === 0 ? [] : text.split(" "));
const OPTIONS: Options<Doc> = {
	idField: "id",
	fields: ["body"],
	storeFields: [],
	tokenize: split,
	processTerm: (term) => term,
	searchOptions: { tokenize: split, processTerm: (term) => term },
};

/** Terms that start with hundreds of different characters, as a vault with Chinese notes has. */
function docs(count: number): Doc[] {
	const random = mulberry32(7);
	const term = (): string => String.fromCodePoint(0x4e00 + Math.floor(random() * 600)) + String.fromCodePoint(0x4e00 + Math.floor(random() * 600));
	return Array.from({ length: count }, (_, i) => ({ id: `n${i}.md`, body: Array.from({ length: 1 + Math.floor(random() * 30) }, term).join(" ") }));
}

const sortedTerms = (engine: MiniSearch<Doc>) => JSON.stringify([...engine.toJSON().index].sort(([a], [b]) => (a < b ? -1 : 1)));

describe("TermTable", () => {
	it("keeps, fetches, updates and deletes terms as a map does", () => {
		const table = new TermTable<number>();
		expect(table.fetch("a", () => 1)).toBe(1);
		expect(table.fetch("a", () => 2)).toBe(1);
		table.update("a", (value) => (value ?? 0) + 10).set("b", 3);
		expect([...table]).toEqual([["a", 11], ["b", 3]]);
		expect(table.has("b") && table.size === 2).toBe(true);
		table.delete("a");
		expect(table.get("a")).toBeUndefined();
		expect([...table.keys()]).toEqual(["b"]);
	});

	it("gives a MiniSearch index the same contents and scores as its own tree does", () => {
		const all = docs(300);
		const own = new MiniSearch<Doc>(OPTIONS);
		const flat = SearchParts.create<Doc>(OPTIONS);
		for (const doc of all) {
			own.add(doc);
			flat.add(doc);
		}
		for (const doc of all.slice(0, 40)) {
			own.remove(doc);
			flat.remove(doc);
		}
		expect(sortedTerms(flat)).toBe(sortedTerms(own));
		expect(flat.termCount).toBe(own.termCount);
		for (const doc of all.slice(50, 60)) {
			const query = doc.body;
			expect(flat.search(query, { combineWith: "OR" })).toEqual(own.search(query, { combineWith: "OR" }));
		}
	});

	it("refuses prefix and fuzzy search, which it cannot answer, with a clear error", () => {
		const flat = SearchParts.create<Doc>(OPTIONS);
		flat.add({ id: "a.md", body: "pricing" });
		expect(flat.search("pricing").map((result) => String(result.id))).toEqual(["a.md"]);
		expect(() => flat.search("pri", { prefix: true })).toThrow(/Prefix search is not available/);
		expect(() => flat.search("pricng", { fuzzy: 1 })).toThrow(/Fuzzy search is not available/);
	});
});
