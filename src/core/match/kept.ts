/**
 * Work kept between queries: values worked out per key (a post, a person) for one text
 * revision of one index, the most recently used few kept. A panel asks about the same
 * handful of notes and people again and again; an edit to any person or post changes the
 * revision and starts afresh.
 */
import type { NetworkReader } from "../index/network-reader";

export class Kept<K, V> {
	private _index: NetworkReader | null = null;
	private _revision = -1;
	/** In order of use: the first key is the least recently used. */
	private readonly _values = new Map<K, V>();

	constructor(private readonly _limit: number) {}

	/** The value for `key`, made by `make` unless kept (and still valid by `valid`). */
	get(index: NetworkReader, key: K, make: () => V, valid: (value: V) => boolean = () => true): V {
		if (this._index !== index || this._revision !== index.textRevision) {
			this._values.clear();
			this._index = index;
			this._revision = index.textRevision;
		}
		const found = this._values.get(key);
		this._values.delete(key);
		const value = found !== undefined && valid(found) ? found : make();
		this._values.set(key, value);
		if (this._values.size > this._limit) this._values.delete(this._values.keys().next().value as K);
		return value;
	}
}
