/**
 * How many notes hold each key, kept in step one note at a time: a note's keys replace what
 * it held before, and a removed note takes its keys with it. Topic counts are this; the
 * boilerplate's sentence hashes are counted alike in number-counts.ts.
 */
export class PathCounts<K> {
	private readonly _counts = new Map<K, number>();
	private readonly _byPath = new Map<string, readonly K[]>();

	/** How many notes are counted. */
	get notes(): number {
		return this._byPath.size;
	}

	/** How many notes hold `key`. */
	count(key: K): number {
		return this._counts.get(key) ?? 0;
	}

	/** Counts a note's distinct keys, in place of what it held. */
	set(path: string, keys: Iterable<K>): void {
		this.remove(path);
		const distinct = [...new Set(keys)];
		this._byPath.set(path, distinct);
		for (const key of distinct) this._counts.set(key, this.count(key) + 1);
	}

	remove(path: string): void {
		const keys = this._byPath.get(path);
		if (keys === undefined) return;
		this._byPath.delete(path);
		for (const key of keys) {
			const count = this.count(key) - 1;
			if (count <= 0) this._counts.delete(key);
			else this._counts.set(key, count);
		}
	}
}
