import { PostingList } from "./posting-list";

/** Fields an index may have: a person's four (name, topics, role, body), a post's three. */
export const MAX_FIELDS = 4;

/**
 * One term's postings in each field (field id → its PostingList), in place of the Map
 * MiniSearch keeps per term. An index holds one per distinct term, some seventy thousand at
 * 10k notes, most in one field: a Map costs about 180 bytes before its first list, this
 * object under 60. Field ids are MiniSearch's, 0 to MAX_FIELDS - 1; entries come in field-id
 * order.
 *
 * It answers every Map call MiniSearch and this index make on a term's fields (get, set,
 * has, delete, size, keys, values, entries and iteration).
 */
export class FieldPostings implements Map<number, PostingList> {
	private _f0: PostingList | undefined = undefined;
	private _f1: PostingList | undefined = undefined;
	private _f2: PostingList | undefined = undefined;
	private _f3: PostingList | undefined = undefined;

	get size(): number {
		return (this._f0 ? 1 : 0) + (this._f1 ? 1 : 0) + (this._f2 ? 1 : 0) + (this._f3 ? 1 : 0);
	}

	get(fieldId: number): PostingList | undefined {
		switch (fieldId) {
			case 0:
				return this._f0;
			case 1:
				return this._f1;
			case 2:
				return this._f2;
			case 3:
				return this._f3;
			default:
				return undefined;
		}
	}

	has(fieldId: number): boolean {
		return this.get(fieldId) !== undefined;
	}

	set(fieldId: number, list: PostingList): this {
		this._put(fieldId, list);
		return this;
	}

	delete(fieldId: number): boolean {
		if (this.get(fieldId) === undefined) return false;
		this._put(fieldId, undefined);
		return true;
	}

	clear(): void {
		this._f0 = this._f1 = this._f2 = this._f3 = undefined;
	}

	forEach(each: (list: PostingList, fieldId: number, map: Map<number, PostingList>) => void, self?: unknown): void {
		for (const [fieldId, list] of this.entries()) each.call(self, list, fieldId, this);
	}

	keys(): MapIterator<number> {
		const ids = this._entries().map(([fieldId]) => fieldId);
		return ids[Symbol.iterator]();
	}

	values(): MapIterator<PostingList> {
		const lists = this._entries().map(([, list]) => list);
		return lists[Symbol.iterator]();
	}

	entries(): MapIterator<[number, PostingList]> {
		return this._entries()[Symbol.iterator]();
	}

	[Symbol.iterator](): MapIterator<[number, PostingList]> {
		return this.entries();
	}

	get [Symbol.toStringTag](): string {
		return "FieldPostings";
	}

	/** Makes every list as long as its pairs (see PostingList.compact): once a build is done. */
	compact(): void {
		this._f0?.compact();
		this._f1?.compact();
		this._f2?.compact();
		this._f3?.compact();
	}

	private _entries(): Array<[number, PostingList]> {
		const out: Array<[number, PostingList]> = [];
		if (this._f0) out.push([0, this._f0]);
		if (this._f1) out.push([1, this._f1]);
		if (this._f2) out.push([2, this._f2]);
		if (this._f3) out.push([3, this._f3]);
		return out;
	}

	private _put(fieldId: number, list: PostingList | undefined): void {
		if (fieldId === 0) this._f0 = list;
		else if (fieldId === 1) this._f1 = list;
		else if (fieldId === 2) this._f2 = list;
		else if (fieldId === 3) this._f3 = list;
		else throw new RangeError(`field id ${fieldId} outside 0–${MAX_FIELDS - 1}`);
	}
}
