import type MiniSearch from "minisearch";
import { SearchParts } from "./search-engine";

/** How many of a set of documents contain each term: the rarity side of text relevance. */
export interface DocumentFrequencyTable {
	get(term: string): number;
	readonly documentCount: number;
}

/** How rare a term is among `documents` of which `having` contain it, as MiniSearch's BM25+ weighs it. */
export function bm25Rarity(documents: number, having: number): number {
	return Math.log(1 + (documents - having + 0.5) / (having + 0.5));
}

/**
 * Document frequency read from a search index: how many documents have a term, in any field
 * but one. Each term is counted once per revision of the index: a query asks for hundreds of
 * terms, and counting one walks the index's tree and the documents of every field.
 */
export class SearchFrequency<T> implements DocumentFrequencyTable {
	private readonly _counts = new Map<string, number>();
	private _revision = -1;
	private _documents = 0;

	constructor(
		private readonly _engine: () => MiniSearch<T>,
		private readonly _ignoredField: string,
		private readonly _revisionOf: () => number,
	) {}

	get(term: string): number {
		this._sync();
		let count = this._counts.get(term);
		if (count === undefined) {
			count = SearchParts.documentFrequency(this._engine(), term, this._ignoredField);
			this._counts.set(term, count);
		}
		return count;
	}

	get documentCount(): number {
		this._sync();
		return this._documents;
	}

	private _sync(): void {
		const revision = this._revisionOf();
		if (revision === this._revision) return;
		this._counts.clear();
		this._documents = this._engine().documentCount;
		this._revision = revision;
	}
}

/** Document frequency of terms over one set of documents, kept up to date on every change. */
export class DocumentFrequency implements DocumentFrequencyTable {
	private readonly _counts = new Map<string, number>();
	private _docs = 0;

	add(terms: Iterable<string>): void {
		this._docs++;
		for (const term of terms) this._counts.set(term, (this._counts.get(term) ?? 0) + 1);
	}

	remove(terms: Iterable<string>): void {
		this._docs--;
		for (const term of terms) {
			const next = (this._counts.get(term) ?? 0) - 1;
			if (next <= 0) this._counts.delete(term);
			else this._counts.set(term, next);
		}
	}

	get(term: string): number {
		return this._counts.get(term) ?? 0;
	}

	entries(): IterableIterator<[string, number]> {
		return this._counts.entries();
	}

	/** Adds saved counts (a snapshot gives them a part at a time) and sets the document count. */
	restore(documents: number, terms: readonly string[], counts: ArrayLike<number>): void {
		this._docs = documents;
		for (let i = 0; i < terms.length; i++) this._counts.set(terms[i] as string, counts[i] as number);
	}

	get documentCount(): number {
		return this._docs;
	}
}
