import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import { FieldPostings } from "./field-postings";
import { idStep, numbersToText } from "./number-text";
import { PostingList } from "./posting-list";
import { TermTable } from "./term-table";

/** Terms set between two hand-backs of the main thread when an index is filled in steps. */
const TERMS_PER_STEP = 2_000;

/** A term's postings as MiniSearch keeps them: field id → document short id → occurrences. */
export type TermData = Map<number, Map<number, number>>;

/** A search index's serialisation without its terms, as MiniSearch's toJSON gives it. */
export type SearchMeta = Omit<AsPlainObject, "index">;

/**
 * Terms with their postings, for a snapshot line: for each term in turn, its number of
 * fields, then per field its id, its number of documents, and each document's short id (as
 * the step from the one before it, idStep) and occurrences. Numbers only, so reading it back
 * makes no object per posting, written as text (number-text.ts).
 */
export interface PackedTerms {
	terms: string[];
	postings: string;
}

/** What an index holds besides its terms, as MiniSearch keeps it. */
export interface Documents {
	documentCount: number;
	nextId: number;
	documentIds: Map<number, string>;
	fieldLength: Map<number, number[]>;
	averageFieldLength: number[];
	dirtCount: number;
}

/**
 * MiniSearch taken apart and put together a part at a time: its serialisation read in
 * parts, so a large index is written without one long step, and an empty index filled
 * with documents and terms (a batch, or a snapshot) a step at a time. Uses the fields
 * MiniSearch makes available to subclasses; tests check that an index filled here equals
 * MiniSearch's own, by toJSON.
 */
export class SearchParts<T> extends MiniSearch<T> {
	/** A new, empty MiniSearch index whose terms are kept in a hash map (see TermTable). */
	static create<U>(options: Options<U>): MiniSearch<U> {
		const e = new SearchParts<U>(options);
		// TermTable answers every call MiniSearch makes on its term map for exact search;
		// its type is SearchableMap's only in the calls this index uses.
		e._index = new TermTable<TermData>() as unknown as typeof e._index;
		return e;
	}

	static meta<U>(e: SearchParts<U>): SearchMeta {
		return {
			documentCount: e._documentCount,
			nextId: e._nextId,
			documentIds: Object.fromEntries(e._documentIds),
			fieldIds: e._fieldIds,
			fieldLength: Object.fromEntries(e._fieldLength),
			averageFieldLength: e._avgFieldLength,
			storedFields: Object.fromEntries(e._storedFields),
			dirtCount: e._dirtCount,
			serializationVersion: 2,
		};
	}

	/**
	 * How many documents have a term, in any field but `ignored`: what a separate
	 * document-frequency table would count, read from the index instead of kept twice.
	 */
	static documentFrequency<U>(e: SearchParts<U>, term: string, ignored: string): number {
		const fields = e._index.get(term);
		if (fields === undefined) return 0;
		const skip = e._fieldIds[ignored];
		let only: Map<number, number> | null = null;
		let union: Set<number> | null = null;
		for (const [fieldId, documents] of fields) {
			if (fieldId === skip || documents.size === 0) continue;
			if (only === null) only = documents;
			else {
				union ??= new Set(only.keys());
				for (const id of documents.keys()) union.add(id);
			}
		}
		return union?.size ?? only?.size ?? 0;
	}

	/** The index's terms in groups of about `numbers` numbers: common terms have long postings, so a count of terms would not bound a group. */
	static *packedTerms<U>(e: SearchParts<U>, numbers: number): Generator<PackedTerms, void, undefined> {
		let terms: string[] = [];
		let postings: number[] = [];
		for (const [term, data] of e._index) {
			terms.push(term);
			postings.push(data.size);
			for (const [fieldId, documents] of data) {
				postings.push(fieldId, documents.size);
				let previous = 0;
				if (documents instanceof PostingList) {
					const pairs = documents.pairs;
					for (let i = 0; i + 1 < pairs.length; i += 2) {
						const id = pairs[i] as number;
						postings.push(idStep(id, previous), pairs[i + 1] as number);
						previous = id;
					}
				} else {
					for (const [id, count] of documents) {
						postings.push(idStep(id, previous), count);
						previous = id;
					}
				}
			}
			if (postings.length >= numbers) {
				yield { terms, postings: numbersToText(postings) };
				terms = [];
				postings = [];
			}
		}
		if (terms.length > 0) yield { terms, postings: numbersToText(postings) };
	}

	/** MiniSearch's add, walking the tree once per distinct term of a field instead of once per token. */
	static add<U>(e: SearchParts<U>, id: string, fields: ReadonlyArray<Map<string, number>>): void {
		if (e._idToShortId.has(id)) throw new Error(`duplicate ID ${id}`);
		const shortId = e._nextId++;
		e._idToShortId.set(id, shortId);
		e._documentIds.set(shortId, id);
		e._fieldLength.set(
			shortId,
			fields.map((counts) => counts.size),
		);
		const before = e._documentCount++;
		fields.forEach((counts, fieldId) => {
			withDocument(e._avgFieldLength, fieldId, before, counts.size);
			for (const [term, count] of counts) SearchParts._post(e, term, fieldId, shortId, count);
		});
	}

	/** MiniSearch's remove, as add: the document must be the one added under `id`. */
	static remove<U>(e: SearchParts<U>, id: string, fields: ReadonlyArray<Map<string, number>>): void {
		const shortId = SearchParts.shortId(e, id);
		const lengths = e._fieldLength.get(shortId);
		fields.forEach((counts, fieldId) => {
			const averages = e._avgFieldLength;
			// As MiniSearch's own removal computes it, from the lengths as added (the same, unless the document changed meanwhile).
			const length = lengths?.[fieldId] ?? counts.size;
			averages[fieldId] = e._documentCount === 1 ? 0 : ((averages[fieldId] as number) * e._documentCount - length) / (e._documentCount - 1);
			for (const term of counts.keys()) SearchParts._unpost(e, term, fieldId, shortId);
		});
		e._documentIds.delete(shortId);
		e._idToShortId.delete(id);
		e._fieldLength.delete(shortId);
		e._documentCount -= 1;
	}

	/**
	 * As remove then add under the same id, touching only the terms whose occurrences
	 * changed: an edit rarely changes most of a note.
	 */
	static replace<U>(e: SearchParts<U>, id: string, before: ReadonlyArray<Map<string, number>>, after: ReadonlyArray<Map<string, number>>): void {
		const shortId = SearchParts.shortId(e, id);
		const lengths = e._fieldLength.get(shortId);
		if (lengths === undefined || before.some((counts, fieldId) => counts.size !== lengths[fieldId])) {
			// Not the document that was added (its terms changed meanwhile): replaced whole, so
			// nothing of it can stay attached to the note.
			SearchParts.remove(e, id, before);
			SearchParts.add(e, id, after);
			return;
		}
		const documents = e._documentCount;
		// The same averages as a removal then an add, though not always to the last bit.
		after.forEach((counts, fieldId) => {
			const old = before[fieldId] ?? new Map<string, number>();
			const averages = e._avgFieldLength;
			averages[fieldId] = ((averages[fieldId] ?? 0) * documents - old.size + counts.size) / documents;
			for (const term of old.keys()) if (!counts.has(term)) SearchParts._unpost(e, term, fieldId, shortId);
			for (const [term, count] of counts) if (old.get(term) !== count) SearchParts._post(e, term, fieldId, shortId, count);
		});
		e._fieldLength.set(
			shortId,
			after.map((counts) => counts.size),
		);
	}

	/** The short id of the document added under `id`; throws when there is none. */
	static shortId<U>(e: SearchParts<U>, id: string): number {
		const shortId = e._idToShortId.get(id);
		if (shortId === undefined) throw new Error(`not in the index: ${id}`);
		return shortId;
	}

	/** Sets a document's occurrences of a term in a field. */
	private static _post<U>(e: SearchParts<U>, term: string, fieldId: number, shortId: number, count: number): void {
		const data: TermData = e._index.fetch(term, () => new FieldPostings());
		let postings = data.get(fieldId);
		if (postings === undefined) data.set(fieldId, (postings = PostingList.empty()));
		postings.set(shortId, count);
	}

	/** Takes a document out of a term's postings in a field, and the term out of the index once no document has it. */
	private static _unpost<U>(e: SearchParts<U>, term: string, fieldId: number, shortId: number): void {
		const data = e._index.get(term);
		const postings = data?.get(fieldId);
		if (data === undefined || postings?.has(shortId) !== true) return;
		if (postings.size <= 1) data.delete(fieldId);
		else postings.delete(shortId);
		if (data.size === 0) e._index.delete(term);
	}

	/** Fills `e`, new and empty, with documents and terms, a step at a time: it is whole when the steps are done. */
	static *fill<U>(e: SearchParts<U>, documents: Documents, terms: Iterable<[string, TermData]>): Generator<void, void, undefined> {
		e._documentCount = documents.documentCount;
		e._nextId = documents.nextId;
		e._documentIds = documents.documentIds;
		for (const [shortId, id] of documents.documentIds) e._idToShortId.set(id, shortId);
		e._fieldLength = documents.fieldLength;
		e._avgFieldLength = documents.averageFieldLength;
		e._dirtCount = documents.dirtCount;
		let done = 0;
		for (const [term, data] of terms) {
			if (data instanceof FieldPostings) data.compact();
			e._index.set(term, data);
			if (++done % TERMS_PER_STEP === 0) yield;
		}
	}
}

/**
 * A field's average length with one more document of `length` terms, `count` before:
 * computed as MiniSearch does, so scores match to the last bit.
 */
function withDocument(averages: number[], fieldId: number, count: number, length: number): void {
	averages[fieldId] = ((averages[fieldId] ?? 0) * count + length) / (count + 1);
}

/**
 * Fields whose terms the caller has counted already (as fieldTerms would count the field's
 * text): a long body is analysed into counts, and writing them out only to count them again
 * was a tenth of a build.
 */
export type CountedFields<T> = Partial<Record<keyof T & string, Map<string, number>>>;

/**
 * Each field's terms and their occurrences, fields in id order. Documents are terms
 * separated by single spaces, as the index's analyser writes them.
 */
function fieldTerms<T>(document: T, fields: ReadonlyArray<keyof T & string>, counted?: CountedFields<T>): Array<Map<string, number>> {
	return fields.map((field) => {
		const given = counted?.[field];
		if (given !== undefined) return given;
		const counts = new Map<string, number>();
		const text = String(document[field]);
		if (text.length > 0) for (const term of text.split(" ")) if (term !== "") counts.set(term, (counts.get(term) ?? 0) + 1);
		return counts;
	});
}

/**
 * Documents for a MiniSearch index that starts empty, gathered into MiniSearch's own
 * structures and handed over in one piece. MiniSearch's `add` walks its radix tree once
 * for every token; here a token costs one hash lookup and the tree is walked once per
 * distinct term. The result is the index that adding the same documents one by one, in
 * the same order, gives (a test compares their toJSON).
 *
 * Documents are terms separated by single spaces, as the index's analyser writes them,
 * with nothing stored (`storeFields` is empty), as `add` would then keep them.
 */
export class SearchBatch<T> {
	private readonly _documents: Documents = { documentCount: 0, nextId: 0, documentIds: new Map(), fieldLength: new Map(), averageFieldLength: [], dirtCount: 0 };
	private readonly _index = new Map<string, TermData>();
	private readonly _ids = new Set<string>();

	/** Adds a document given as each field's terms and their occurrences (see fieldTerms). */
	add(id: string, fields: ReadonlyArray<Map<string, number>>): void {
		if (this._ids.has(id)) throw new Error(`duplicate ID ${id}`);
		this._ids.add(id);
		const documents = this._documents;
		const shortId = documents.nextId++;
		documents.documentCount++;
		documents.documentIds.set(shortId, id);
		fields.forEach((counts, fieldId) => {
			withDocument(documents.averageFieldLength, fieldId, shortId, counts.size);
			for (const [term, count] of counts) {
				let data = this._index.get(term);
				if (data === undefined) this._index.set(term, (data = new FieldPostings()));
				let postings = data.get(fieldId);
				if (postings === undefined) data.set(fieldId, (postings = PostingList.empty()));
				postings.set(shortId, count);
			}
		});
		documents.fieldLength.set(
			shortId,
			fields.map((counts) => counts.size),
		);
	}

	/** Fills `engine`, new and empty, with the batch, a step at a time (see SearchParts.fill). */
	loadInto(engine: MiniSearch<T>): Generator<void, void, undefined> {
		return SearchParts.fill(engine, this._documents, this._index);
	}
}

/**
 * A MiniSearch index that gathers documents in a SearchBatch while it is empty (a build),
 * and loads them when first used, or a step at a time through `settle`. Documents are
 * added and removed as MiniSearch's add and remove would (see SearchParts).
 */
export class BatchedSearch<T> {
	private _engine: MiniSearch<T>;
	private _batch: SearchBatch<T> | null = null;
	private _loading: Iterator<void> | null = null;
	/**
	 * Documents removed but still in the index until it is next read: an edit is a removal
	 * then an add of the same note, which is then applied as one replacement.
	 */
	private readonly _removed = new Map<string, { document: T; counted?: CountedFields<T> }>();
	/** Bumped on every change of documents: what is worked out from the index is kept against it. */
	revision = 0;

	constructor(
		private readonly _options: Options<T>,
		private readonly _fields: ReadonlyArray<keyof T & string>,
	) {
		this._engine = SearchParts.create<T>(_options);
	}

	/** The index, with every document added so far. */
	get engine(): MiniSearch<T> {
		this._startLoading();
		while (this._loading !== null) this._step();
		for (const [id, { document, counted }] of this._removed) SearchParts.remove(this._engine, id, fieldTerms(document, this._fields, counted));
		this._removed.clear();
		return this._engine;
	}

	set engine(engine: MiniSearch<T>) {
		this.revision++;
		this._engine = engine;
		this._batch = null;
		this._loading = null;
		this._removed.clear();
	}

	/** Takes the documents and terms of a snapshot in place of everything so far, to load as a batch is. */
	restore(documents: Documents, terms: Iterable<[string, TermData]>): void {
		const engine = SearchParts.create<T>(this._options);
		this.engine = engine;
		this._loading = SearchParts.fill(engine, documents, terms);
	}

	/** Adds a document; `counted` holds fields already counted (they must be what the document's text of them counts to). */
	add(document: T, id: string, counted?: CountedFields<T>): void {
		this.revision++;
		const fields = fieldTerms(document, this._fields, counted);
		const old = this._removed.get(id);
		if (old !== undefined) {
			this._removed.delete(id);
			SearchParts.replace(this.engine, id, fieldTerms(old.document, this._fields, old.counted), fields);
			return;
		}
		if (this._loading === null) {
			if (this._batch === null && this._engine.documentCount === 0) this._batch = new SearchBatch<T>();
			if (this._batch !== null) {
				this._batch.add(id, fields);
				return;
			}
		}
		SearchParts.add(this.engine, id, fields);
	}

	/** Removes a document: the one added under `id`, with the fields it was added with counted (see add). */
	remove(document: T, id: string, counted?: CountedFields<T>): void {
		this.revision++;
		SearchParts.shortId(this.engine, id);
		this._removed.set(id, { document, counted });
	}

	/** Loads the gathered documents a step at a time; reading `engine` meanwhile finishes at once. */
	*settle(): Generator<void, void, undefined> {
		this._startLoading();
		while (this._loading !== null) {
			this._step();
			yield;
		}
	}

	private _startLoading(): void {
		if (this._batch === null) return;
		const engine = SearchParts.create<T>(this._options);
		this._loading = this._batch.loadInto(engine);
		this._engine = engine;
		this._batch = null;
	}

	private _step(): void {
		if (this._loading?.next().done) this._loading = null;
	}
}
