import MiniSearch, { type Options } from "minisearch";
import { describe, expect, it } from "vitest";
import { BatchedSearch, SearchBatch } from "../../../src/core/index/search-engine";
import { mulberry32 } from "../../builders/random";

interface Doc {
	id: string;
	title: string;
	body: string;
}

const FIELDS = ["title", "body"] as const;
const split = (text: string): string[] => (text.length === 0 ? [] : text.split(" "));
const OPTIONS: Options<Doc> = {
	idField: "id",
	fields: [...FIELDS],
	storeFields: [],
	tokenize: split,
	processTerm: (term) => term,
	searchOptions: { tokenize: split, processTerm: (term) => term },
};

/** Documents as the index's analyser writes them: terms joined by single spaces, some repeated, some fields empty. */
function randomDocs(seed: number, count: number): Doc[] {
	const random = mulberry32(seed);
	const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}`);
	const text = (max: number): string => {
		const length = Math.floor(random() * max);
		// Squared, so a few words are common and most are rare, as in prose.
		return Array.from({ length }, () => words[Math.floor(random() ** 2 * words.length)]).join(" ");
	};
	return Array.from({ length: count }, (_, i) => ({ id: `note ${i}.md`, title: text(6), body: text(120) }));
}

function counts(text: string): Map<string, number> {
	const out = new Map<string, number>();
	for (const term of split(text)) out.set(term, (out.get(term) ?? 0) + 1);
	return out;
}

function addedOneByOne(docs: readonly Doc[]): MiniSearch<Doc> {
	const engine = new MiniSearch<Doc>(OPTIONS);
	for (const doc of docs) engine.add(doc);
	return engine;
}

function loaded(docs: readonly Doc[]): MiniSearch<Doc> {
	const batch = new SearchBatch<Doc>();
	for (const doc of docs) batch.add(doc.id, FIELDS.map((field) => counts(doc[field])));
	const engine = new MiniSearch<Doc>(OPTIONS);
	let steps = 0;
	for (const step of batch.loadInto(engine)) {
		void step;
		steps++;
	}
	expect(steps).toBeGreaterThanOrEqual(0);
	return engine;
}

const searchAll = (engine: MiniSearch<Doc>, query: string) =>
	engine.search(query, { combineWith: "OR", boost: { title: 2 } }).map((r) => ({ id: r.id as string, score: r.score, match: r.match }));

/** An index's contents by document id rather than short id, averages rounded: equal for equal contents. */
function canonical(engine: MiniSearch<Doc>) {
	const json = engine.toJSON();
	const id = (shortId: string): string => json.documentIds[shortId] as string;
	return {
		documentCount: json.documentCount,
		averages: json.averageFieldLength.map((n) => Math.round(n * 1e9) / 1e9),
		lengths: Object.fromEntries(Object.entries(json.fieldLength).map(([shortId, lengths]) => [id(shortId), lengths])),
		terms: json.index
			.map(([term, fields]) => [term, Object.fromEntries(Object.entries(fields).map(([field, postings]) => [field, Object.fromEntries(Object.entries(postings).map(([shortId, n]) => [id(shortId), n]).sort())]))] as const)
			.sort(([a], [b]) => (a < b ? -1 : 1)),
	};
}

/**
 * An index's serialisation with its terms in term order: the same for the same contents and
 * short ids, whichever map keeps the terms (MiniSearch's tree lists them in tree order, the
 * index's hash map in the order they came).
 */
function exact(engine: MiniSearch<Doc>): string {
	const json = engine.toJSON();
	return JSON.stringify({ ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : 1)) });
}

const rounded = (results: Array<{ id: string; score: number; match: unknown }>) =>
	results.map((r) => ({ ...r, score: Math.round(r.score * 1e9) / 1e9 })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));

describe("SearchBatch", () => {
	it.each([1, 2, 3])("loads exactly the index that adding the documents one by one gives (seed %i)", (seed) => {
		const docs = randomDocs(seed, 200);
		const expected = addedOneByOne(docs);
		const actual = loaded(docs);
		// Serialised text, not deep equality: the order of terms and postings must match too.
		expect(exact(actual)).toBe(exact(expected));
		expect(actual.documentCount).toBe(200);
		for (const query of ["w0 w1", "w5 wz w2s", "w0", "nothing"]) expect(searchAll(actual, query)).toEqual(searchAll(expected, query));
	});

	it("gives an index that takes further changes as MiniSearch's own does", () => {
		const docs = randomDocs(7, 120);
		const expected = addedOneByOne(docs);
		const actual = loaded(docs);
		for (const engine of [expected, actual]) {
			engine.remove(docs[3] as Doc);
			engine.remove(docs[50] as Doc);
			engine.add({ id: "new.md", title: "w0 w1", body: "w1 w1 w2" });
		}
		expect(exact(actual)).toBe(exact(expected));
		expect(searchAll(actual, "w1 w2")).toEqual(searchAll(expected, "w1 w2"));
	});

	it("refuses a document id twice, as MiniSearch does", () => {
		const batch = new SearchBatch<Doc>();
		batch.add("a.md", [counts("w0"), counts("w1")]);
		expect(() => batch.add("a.md", [counts("w2"), counts("")])).toThrow(/duplicate ID/);
	});

	it("loads an empty batch as an empty index", () => {
		const engine = loaded([]);
		expect(engine.documentCount).toBe(0);
		expect(engine.search("w0")).toEqual([]);
	});
});

describe("BatchedSearch", () => {
	it("gathers documents while empty and loads them on first use", () => {
		const docs = randomDocs(4, 50);
		const search = new BatchedSearch<Doc>(OPTIONS, FIELDS);
		for (const doc of docs) search.add(doc, doc.id);
		expect(exact(search.engine)).toBe(exact(addedOneByOne(docs)));
		// Once loaded, documents go straight into the index, and can be removed again.
		search.add({ id: "late.md", title: "w0", body: "w1" }, "late.md");
		expect(search.engine.has("late.md")).toBe(true);
		search.engine.remove({ id: "late.md", title: "w0", body: "w1" });
		const expected = addedOneByOne(docs);
		expected.add({ id: "late.md", title: "w0", body: "w1" });
		expected.remove({ id: "late.md", title: "w0", body: "w1" });
		expect(exact(search.engine)).toBe(exact(expected));
	});

	it("settles in steps, and reading the index halfway finishes the load at once", () => {
		// Enough distinct terms for several steps.
		const docs = Array.from({ length: 60 }, (_, i) => ({
			id: `n${i}.md`,
			title: `t${i}`,
			body: Array.from({ length: 150 }, (_, j) => `u${i}x${j}`).join(" "),
		}));
		const expected = exact(addedOneByOne(docs));

		const stepped = new BatchedSearch<Doc>(OPTIONS, FIELDS);
		for (const doc of docs) stepped.add(doc, doc.id);
		let steps = 0;
		for (const step of stepped.settle()) {
			void step;
			steps++;
		}
		expect(steps).toBeGreaterThan(3);
		expect(exact(stepped.engine)).toBe(expected);

		const interrupted = new BatchedSearch<Doc>(OPTIONS, FIELDS);
		for (const doc of docs) interrupted.add(doc, doc.id);
		const settling = interrupted.settle();
		settling.next();
		settling.next();
		// A document added halfway waits for the load to finish, then goes in after the others.
		interrupted.add({ id: "late.md", title: "w0", body: "w1" }, "late.md");
		expect(interrupted.engine.documentCount).toBe(61);
		expect([...settling]).toEqual([]);
		interrupted.engine.remove({ id: "late.md", title: "w0", body: "w1" });
		expect(interrupted.engine.search("u3x7").map((r) => String(r.id))).toEqual(["n3.md"]);
	});

	it.each([1, 2, 3])("adds and removes documents exactly as MiniSearch's own add and remove do (seed %i)", (seed) => {
		const random = mulberry32(seed + 100);
		const docs = randomDocs(seed, 120);
		const search = new BatchedSearch<Doc>(OPTIONS, FIELDS);
		const reference = new MiniSearch<Doc>(OPTIONS);
		// A first document, loaded, so the rest go straight into the index.
		search.add(docs[0] as Doc, (docs[0] as Doc).id);
		reference.add(docs[0] as Doc);
		const present = new Map<string, Doc>([[(docs[0] as Doc).id, docs[0] as Doc]]);
		for (let step = 0; step < 400; step++) {
			const doc = docs[Math.floor(random() * docs.length)] as Doc;
			const old = present.get(doc.id);
			if (old) {
				search.remove(old, old.id);
				// Read, so the removal is applied now rather than merged with a later add of the same note.
				void search.engine;
				reference.remove(old);
				present.delete(old.id);
			} else {
				search.add(doc, doc.id);
				reference.add(doc);
				present.set(doc.id, doc);
			}
		}
		expect(present.size).toBeGreaterThan(20);
		expect(exact(search.engine)).toBe(exact(reference));
		for (const query of ["w0 w1", "w5 wz w2s"]) expect(searchAll(search.engine, query)).toEqual(searchAll(reference, query));
		// Removing everything leaves what MiniSearch leaves.
		for (const doc of present.values()) {
			search.remove(doc, doc.id);
			reference.remove(doc);
		}
		expect(exact(search.engine)).toBe(exact(reference));
		expect(() => search.remove(docs[0] as Doc, "missing.md")).toThrow(/not in the index/);
	});

	it.each([4, 5, 6])("applies an edit (a removal, then an add of the same note) as MiniSearch's remove and add would (seed %i)", (seed) => {
		const random = mulberry32(seed + 200);
		const docs = randomDocs(seed, 80);
		const search = new BatchedSearch<Doc>(OPTIONS, FIELDS);
		const reference = new MiniSearch<Doc>(OPTIONS);
		for (const doc of docs) {
			search.add(doc, doc.id);
			reference.add(doc);
		}
		void search.engine;
		const current = new Map(docs.map((doc) => [doc.id, doc]));
		for (let step = 0; step < 200; step++) {
			const old = docs[Math.floor(random() * docs.length)] as Doc;
			const before = current.get(old.id) as Doc;
			// Most edits change a few terms; some rewrite the note.
			const edited: Doc =
				random() < 0.7
					? { id: old.id, title: before.title, body: `${before.body} w${Math.floor(random() * 40).toString(36)}`.trim() }
					: { ...(randomDocs(seed * 1000 + step, 1)[0] as Doc), id: old.id };
			search.remove(before, before.id);
			search.add(edited, edited.id);
			reference.remove(before);
			reference.add(edited);
			current.set(old.id, edited);
		}
		// Short ids differ (an edit keeps its note's), and averages may differ in the last bit.
		expect(canonical(search.engine)).toEqual(canonical(reference));
		for (const query of ["w0 w1", "w5 wz w2s", "w3"]) expect(rounded(searchAll(search.engine, query))).toEqual(rounded(searchAll(reference, query)));
	});

	it("replaces a note whole when what is removed is not what was added", () => {
		const search = new BatchedSearch<Doc>(OPTIONS, FIELDS);
		search.add({ id: "a.md", title: "w0", body: "w1 w2 w3" }, "a.md");
		search.add({ id: "b.md", title: "w9", body: "w1" }, "b.md");
		void search.engine;
		// Removed with a document that lost a term meanwhile: "w3" must not stay attached to a.md.
		search.remove({ id: "a.md", title: "w0", body: "w1 w2" }, "a.md");
		search.add({ id: "a.md", title: "w5", body: "w6" }, "a.md");
		const expected = new MiniSearch<Doc>(OPTIONS);
		expected.add({ id: "b.md", title: "w9", body: "w1" });
		expected.add({ id: "a.md", title: "w5", body: "w6" });
		expect(search.engine.search("w3").map((r) => String(r.id))).toEqual([]);
		// As MiniSearch's own remove with such a document, "w3" keeps a posting of the old, dead short id, which no search returns.
		for (const query of ["w0 w1 w2 w3", "w5 w6", "w9 w1"]) expect(rounded(searchAll(search.engine, query))).toEqual(rounded(searchAll(expected, query)));
		expect(search.engine.documentCount).toBe(2);
	});

	it("removes at once what is removed without being added again", () => {
		const docs = randomDocs(9, 20);
		const search = new BatchedSearch<Doc>(OPTIONS, FIELDS);
		for (const doc of docs) search.add(doc, doc.id);
		search.remove(docs[2] as Doc, (docs[2] as Doc).id);
		expect(search.engine.has((docs[2] as Doc).id)).toBe(false);
		expect(search.engine.documentCount).toBe(19);
		expect(() => search.remove(docs[2] as Doc, (docs[2] as Doc).id)).toThrow(/not in the index/);
	});

	it("gives up what it gathered when another index takes its place", () => {
		const search = new BatchedSearch<Doc>(OPTIONS, FIELDS);
		search.add({ id: "a.md", title: "w0", body: "" }, "a.md");
		const other = addedOneByOne(randomDocs(5, 10));
		search.engine = other;
		expect(search.engine).toBe(other);
		expect(search.engine.has("a.md")).toBe(false);
	});
});
