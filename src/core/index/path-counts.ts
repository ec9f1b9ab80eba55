/**
 * How many notes hold each key, kept in step one note at a time: a note's keys replace what
 * it held before, and a removed note takes its keys with it. Topic counts are this, over a
 * Map; the boilerplate's sentence hashes too, over a table of numbers (number-counts.ts).
 */

/** A count per key, as PathCounts keeps it. */
export interface KeyCounts<K> {
	get(key: K): number;
	/** Adds `step` to a key's count; a count that reaches 0 goes. */
	add(key: K, step: 1 | -1): void;
}

class MapCounts<K> implements KeyCounts<K> {
	private readonly _counts = new Map<K, number>();

	get(key: K): number {
		return this._counts.get(key) ?? 0;
	}

	add(key: K, step: 1 | -1): void {
		const count = this.get(key) + step;
		if (count <= 0) this._counts.delete(key);
		else this._counts.set(key, count);
	}
}

export class PathCounts<K> {
	private readonly _byPath = new Map<string, ArrayLike<K>>();

	constructor(private readonly _counts: KeyCounts<K> = new MapCounts<K>()) {}

	/** How many notes are counted. */
	get notes(): number {
		return this._byPath.size;
	}

	/** How many notes hold `key`. */
	count(key: K): number {
		return this._counts.get(key);
	}

	/** Counts a note's keys (each once), in place of what it held. */
	set(path: string, keys: Iterable<K>): void {
		this.setDistinct(path, [...new Set(keys)]);
	}

	/** As set, for keys known to be distinct: kept as given (a typed array stays one). */
	setDistinct(path: string, keys: ArrayLike<K>): void {
		this.remove(path);
		this._byPath.set(path, keys);
		// Indexed, not for-of: a restore counts every sentence of every note through here.
		for (let i = 0; i < keys.length; i++) this._counts.add(keys[i] as K, 1);
	}

	/** The keys counted for a note. */
	keysOf(path: string): ArrayLike<K> | undefined {
		return this._byPath.get(path);
	}

	remove(path: string): void {
		const keys = this._byPath.get(path);
		if (keys === undefined) return;
		this._byPath.delete(path);
		for (let i = 0; i < keys.length; i++) this._counts.add(keys[i] as K, -1);
	}
}
