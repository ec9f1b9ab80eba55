import MiniSearch, { type AsPlainObject, type Options } from "minisearch";

/** A term's postings as MiniSearch keeps them: field id → document short id → occurrences. */
type TermData = Map<number, Map<number, number>>;

/** What a SearchBatch hands to a new index besides its terms. */
interface Documents {
	count: number;
	ids: Map<number, string>;
	lengths: Map<number, number[]>;
	averages: number[];
}

/**
 * MiniSearch taken apart and put together a part at a time: its serialisation (the same
 * data as toJSON) read in parts, so a large index is written without one long step, and
 * an index filled in bulk (SearchBatch). Uses the fields MiniSearch makes available to
 * subclasses; tests check the parts join into exactly what toJSON gives, and that a bulk
 * load equals adding the same documents one by one.
 */
export class SearchParts<T> extends MiniSearch<T> {
	static meta<U>(e: SearchParts<U>): Omit<AsPlainObject, "index"> {
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

	static *terms<U>(e: SearchParts<U>): Generator<AsPlainObject["index"][number], void, undefined> {
		for (const [term, fieldIndex] of e._index) {
			const data: Record<string, Record<string, number>> = {};
			for (const [fieldId, freqs] of fieldIndex) data[fieldId] = Object.fromEntries(freqs);
			yield [term, data];
		}
	}

	/** Gives a new, empty index the documents of a batch (their terms follow with setTerm). */
	static adopt<U>(e: SearchParts<U>, documents: Documents): void {
		e._documentCount = documents.count;
		e._nextId = documents.count;
		e._documentIds = documents.ids;
		for (const [shortId, id] of documents.ids) e._idToShortId.set(id, shortId);
		e._fieldLength = documents.lengths;
		e._avgFieldLength = documents.averages;
	}

	static setTerm<U>(e: SearchParts<U>, term: string, data: TermData): void {
		e._index.set(term, data);
	}
}

/** Terms set between two hand-backs of the main thread when a batch loads in steps. */
const TERMS_PER_STEP = 2_000;

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
	private readonly _documents: Documents;
	private readonly _index = new Map<string, TermData>();

	constructor(private readonly _fields: ReadonlyArray<keyof T & string>) {
		this._documents = { count: 0, ids: new Map(), lengths: new Map(), averages: _fields.map(() => 0) };
	}

	add(document: T, id: string): void {
		const documents = this._documents;
		const shortId = documents.count++;
		documents.ids.set(shortId, id);
		const lengths: number[] = [];
		this._fields.forEach((field, fieldId) => {
			const text = String(document[field]);
			const counts = new Map<string, number>();
			if (text.length > 0) for (const term of text.split(" ")) counts.set(term, (counts.get(term) ?? 0) + 1);
			lengths[fieldId] = counts.size;
			// MiniSearch's running average, worked out the same way so scores match to the last bit.
			documents.averages[fieldId] = ((documents.averages[fieldId] ?? 0) * shortId + counts.size) / (shortId + 1);
			for (const [term, count] of counts) {
				let data = this._index.get(term);
				if (data === undefined) {
					data = new Map();
					this._index.set(term, data);
				}
				let postings = data.get(fieldId);
				if (postings === undefined) {
					postings = new Map();
					data.set(fieldId, postings);
				}
				postings.set(shortId, count);
			}
		});
		documents.lengths.set(shortId, lengths);
	}

	/** Fills `engine` (new and empty) with the batch, a step at a time: it is complete when the steps are done. */
	*loadInto(engine: MiniSearch<T>): Generator<void, void, undefined> {
		SearchParts.adopt(engine, this._documents);
		let done = 0;
		for (const [term, data] of this._index) {
			SearchParts.setTerm(engine, term, data);
			if (++done % TERMS_PER_STEP === 0) yield;
		}
	}
}

/**
 * A MiniSearch index that gathers documents in a SearchBatch while it is empty (a build),
 * and loads them when first used, or a step at a time through `settle`.
 */
export class BatchedSearch<T> {
	private _engine: MiniSearch<T>;
	private _batch: SearchBatch<T> | null = null;
	private _loading: Iterator<void> | null = null;

	constructor(
		private readonly _options: Options<T>,
		private readonly _fields: ReadonlyArray<keyof T & string>,
	) {
		this._engine = new MiniSearch<T>(_options);
	}

	/** The index, with every document added so far. */
	get engine(): MiniSearch<T> {
		this._startLoading();
		while (this._loading !== null) this._step();
		return this._engine;
	}

	set engine(engine: MiniSearch<T>) {
		this._engine = engine;
		this._batch = null;
		this._loading = null;
	}

	add(document: T, id: string): void {
		if (this._loading === null) {
			if (this._batch === null && this._engine.documentCount === 0) this._batch = new SearchBatch<T>(this._fields);
			if (this._batch !== null) {
				this._batch.add(document, id);
				return;
			}
		}
		this.engine.add(document);
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
		const engine = new MiniSearch<T>(this._options);
		this._loading = this._batch.loadInto(engine);
		this._engine = engine;
		this._batch = null;
	}

	private _step(): void {
		if (this._loading?.next().done) this._loading = null;
	}
}
