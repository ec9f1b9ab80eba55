/**
 * Work kept between queries: values worked out per key (a post, a person) for one text
 * revision of one index, the most recently used few kept. A panel asks about the same
 * handful of notes and people again and again; an edit to any person or post changes the
 * revision and starts afresh.
 */
import type { NetworkReader } from "../index/network-reader";

/**
 * The most recently used few values by key, for work that depends on the key alone: a
 * person's own words are the same whatever else in the vault changed (an edited person
 * is a new Person), so an edit to a post, which changes the index's revision, keeps them.
 */
export class RecentlyUsed<K, V> {
	/** In order of use: the first key is the least recently used. */
	private readonly _values = new Map<K, V>();

	constructor(private readonly _limit: number) {}

	/** The value for `key`, made by `make` unless kept (and still valid by `valid`). */
	get(key: K, make: () => V, valid: (value: V) => boolean = () => true): V {
		const found = this._values.get(key);
		this._values.delete(key);
		const value = found !== undefined && valid(found) ? found : make();
		this._values.set(key, value);
		if (this._values.size > this._limit) this._values.delete(this._values.keys().next().value as K);
		return value;
	}
}

export class Kept<K, V> {
	/** Per index (held weakly: a rebuilt index lets the old one go). */
	private readonly _byIndex = new WeakMap<NetworkReader, { revision: number; values: RecentlyUsed<K, V> }>();

	constructor(private readonly _limit: number) {}

	/** The value for `key`, made by `make` unless kept (and still valid by `valid`). */
	get(index: NetworkReader, key: K, make: () => V, valid: (value: V) => boolean = () => true): V {
		let kept = this._byIndex.get(index);
		if (kept === undefined || kept.revision !== index.textRevision) {
			kept = { revision: index.textRevision, values: new RecentlyUsed<K, V>(this._limit) };
			this._byIndex.set(index, kept);
		}
		return kept.values.get(key, make, valid);
	}
}
