/**
 * One term's documents in one field of a MiniSearch index, with how often each says the
 * term, in place of the Map MiniSearch would keep: one plain array of numbers, short id then
 * count, by short id.
 *
 * A Map costs about a hundred bytes before its first entry and some thirty an entry; the
 * index holds about as many of these lists as terms, most of one to three documents, and
 * well over a million entries at 10k notes (most of the index's memory). Pairs of small
 * integers cost eight bytes an entry, and reading every document of a list (each search,
 * each snapshot) walks an array. Documents arrive in short-id order as notes are added, so
 * a set is nearly always an append; a lookup is a binary search.
 *
 * It answers every Map call MiniSearch and this index make on a term's documents (get, set,
 * has, delete, size, keys, entries and iteration); keys and entries iterate over a copy, so a
 * document removed meanwhile (as MiniSearch's search does for a document no longer indexed)
 * does not make them skip another.
 */
export class PostingList implements Map<number, number> {
	/** Short id, then count, for each document, by increasing short id. */
	private _pairs: number[];

	private constructor(pairs: number[]) {
		this._pairs = pairs;
	}

	static empty(): PostingList {
		return new PostingList([]);
	}

	/** A list of the pairs (short id, count, short id, count…), in any order, each id once. */
	static ofPairs(pairs: number[]): PostingList {
		let sorted = true;
		for (let i = 2; i < pairs.length; i += 2) {
			if ((pairs[i] as number) <= (pairs[i - 2] as number)) {
				sorted = false;
				break;
			}
		}
		if (sorted) return new PostingList(pairs);
		const list = new PostingList([]);
		for (let i = 0; i + 1 < pairs.length; i += 2) list.set(pairs[i] as number, pairs[i + 1] as number);
		return list;
	}

	get size(): number {
		return this._pairs.length >> 1;
	}

	/** The pairs themselves, for a loop over every document: short id at even places, count after. */
	get pairs(): readonly number[] {
		return this._pairs;
	}

	get(id: number): number | undefined {
		const at = this._find(id);
		return at >= 0 ? this._pairs[at + 1] : undefined;
	}

	has(id: number): boolean {
		return this._find(id) >= 0;
	}

	set(id: number, count: number): this {
		const pairs = this._pairs;
		const length = pairs.length;
		if (length === 0 || (pairs[length - 2] as number) < id) {
			pairs.push(id, count);
			return this;
		}
		const at = this._find(id);
		if (at >= 0) pairs[at + 1] = count;
		else pairs.splice(-at - 1, 0, id, count);
		return this;
	}

	delete(id: number): boolean {
		const at = this._find(id);
		if (at < 0) return false;
		this._pairs.splice(at, 2);
		return true;
	}

	clear(): void {
		this._pairs = [];
	}

	/**
	 * Leaves the list as long as its pairs: an array grown one push at a time keeps room for
	 * half as many again and at least sixteen more, most of a short list's memory. Once a
	 * build is loaded; a later change may grow it again.
	 */
	compact(): void {
		this._pairs = this._pairs.slice();
	}

	forEach(each: (count: number, id: number, map: Map<number, number>) => void, self?: unknown): void {
		const pairs = this._pairs.slice();
		for (let i = 0; i < pairs.length; i += 2) each.call(self, pairs[i + 1] as number, pairs[i] as number, this);
	}

	keys(): MapIterator<number> {
		const ids: number[] = [];
		for (let i = 0; i < this._pairs.length; i += 2) ids.push(this._pairs[i] as number);
		return ids[Symbol.iterator]();
	}

	values(): MapIterator<number> {
		const counts: number[] = [];
		for (let i = 1; i < this._pairs.length; i += 2) counts.push(this._pairs[i] as number);
		return counts[Symbol.iterator]();
	}

	entries(): MapIterator<[number, number]> {
		const entries: Array<[number, number]> = [];
		for (let i = 0; i < this._pairs.length; i += 2) entries.push([this._pairs[i] as number, this._pairs[i + 1] as number]);
		return entries[Symbol.iterator]();
	}

	[Symbol.iterator](): MapIterator<[number, number]> {
		return this.entries();
	}

	get [Symbol.toStringTag](): string {
		return "PostingList";
	}

	/** The place of `id`'s pair, or -(place it would go) - 1. */
	private _find(id: number): number {
		const pairs = this._pairs;
		let lo = 0;
		let hi = (pairs.length >> 1) - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >>> 1;
			const value = pairs[mid * 2] as number;
			if (value === id) return mid * 2;
			if (value < id) lo = mid + 1;
			else hi = mid - 1;
		}
		return -(lo * 2) - 1;
	}
}
