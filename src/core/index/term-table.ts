/**
 * The terms of a MiniSearch index in a plain hash map, in place of MiniSearch's radix tree.
 *
 * The tree is there for prefix and fuzzy search, and a node of it finds a child by scanning
 * every child in turn. Text in Chinese or Japanese gives the root one child per character
 * used: thousands in a vault with some such notes (2,483 for the people of the synthetic
 * 10k vault), so every lookup, and every term set while a build or a restore fills the
 * index, scanned thousands of keys (about 20 µs a lookup there, seconds a fill). This
 * index searches exact terms only (no prefix, no fuzzy: see search-documents.ts), which a
 * hash map answers in one lookup. Prefix and fuzzy search are refused rather than answered
 * wrongly.
 */
export class TermTable<V> {
	private readonly _map = new Map<string, V>();

	get size(): number {
		return this._map.size;
	}

	get(key: string): V | undefined {
		return this._map.get(key);
	}

	has(key: string): boolean {
		return this._map.has(key);
	}

	set(key: string, value: V): this {
		this._map.set(key, value);
		return this;
	}

	delete(key: string): void {
		this._map.delete(key);
	}

	clear(): void {
		this._map.clear();
	}

	/** The value of `key`, set to `initial()` first when there is none (as SearchableMap's fetch). */
	fetch(key: string, initial: () => V): V {
		let value = this._map.get(key);
		if (value === undefined) this._map.set(key, (value = initial()));
		return value;
	}

	update(key: string, change: (value: V | undefined) => V): this {
		this._map.set(key, change(this._map.get(key)));
		return this;
	}

	entries(): IterableIterator<[string, V]> {
		return this._map.entries();
	}

	keys(): IterableIterator<string> {
		return this._map.keys();
	}

	values(): IterableIterator<V> {
		return this._map.values();
	}

	forEach(each: (key: string, value: V) => void): void {
		for (const [key, value] of this._map) each(key, value);
	}

	[Symbol.iterator](): IterableIterator<[string, V]> {
		return this._map.entries();
	}

	atPrefix(): never {
		throw new Error("Prefix search is not available: this index keeps exact terms only");
	}

	fuzzyGet(): never {
		throw new Error("Fuzzy search is not available: this index keeps exact terms only");
	}
}
