import type { KeyCounts } from "./path-counts";

/**
 * A count per 32-bit number (a sentence hash), in two typed arrays with open addressing,
 * in place of a Map: the vault's boilerplate counts every sentence of every person and post
 * (about 200,000 at 10k notes), which a Map holds at some thirty bytes an entry and fills
 * (at each build and each restore) a hash lookup and a store at a time. Here an entry is
 * eight bytes and an increment one probe. A count of 0 marks a free slot; a removal shifts
 * the entries after it back, so lookups never meet a hole.
 */
export class NumberCounts implements KeyCounts<number> {
	private _keys = new Uint32Array(1024);
	private _counts = new Uint32Array(1024);
	private _size = 0;

	/** Numbers with a count above 0. */
	get size(): number {
		return this._size;
	}

	get(key: number): number {
		const mask = this._keys.length - 1;
		for (let slot = this._start(key, mask); ; slot = (slot + 1) & mask) {
			const count = this._counts[slot] as number;
			if (count === 0) return 0;
			if (this._keys[slot] === key >>> 0) return count;
		}
	}

	/** Adds `step` (±1) to a number's count; a count that reaches 0 is removed. */
	add(key: number, step: 1 | -1): void {
		const mask = this._keys.length - 1;
		const unsigned = key >>> 0;
		for (let slot = this._start(unsigned, mask); ; slot = (slot + 1) & mask) {
			const count = this._counts[slot] as number;
			if (count === 0) {
				if (step < 0) return;
				this._keys[slot] = unsigned;
				this._counts[slot] = 1;
				if (++this._size * 2 > this._keys.length) this._grow();
				return;
			}
			if (this._keys[slot] !== unsigned) continue;
			if (count + step > 0) this._counts[slot] = count + step;
			else this._remove(slot, mask);
			return;
		}
	}

	private _start(key: number, mask: number): number {
		return (Math.imul(key >>> 0, 0x9e3779b1) >>> 0) & mask;
	}

	/** Empties a slot and moves back the entries after it that probed past it (backward-shift deletion). */
	private _remove(slot: number, mask: number): void {
		this._size--;
		let hole = slot;
		for (let next = (hole + 1) & mask; (this._counts[next] as number) !== 0; next = (next + 1) & mask) {
			const home = this._start(this._keys[next] as number, mask);
			// The entry at `next` may move to the hole when the hole lies on its probe path (from home to next).
			const onPath = hole <= next ? home <= hole || home > next : home <= hole && home > next;
			if (!onPath) continue;
			this._keys[hole] = this._keys[next] as number;
			this._counts[hole] = this._counts[next] as number;
			hole = next;
		}
		this._counts[hole] = 0;
	}

	private _grow(): void {
		const keys = this._keys;
		const counts = this._counts;
		this._keys = new Uint32Array(keys.length * 2);
		this._counts = new Uint32Array(keys.length * 2);
		const mask = this._keys.length - 1;
		for (let i = 0; i < keys.length; i++) {
			const count = counts[i] as number;
			if (count === 0) continue;
			let slot = this._start(keys[i] as number, mask);
			while ((this._counts[slot] as number) !== 0) slot = (slot + 1) & mask;
			this._keys[slot] = keys[i] as number;
			this._counts[slot] = count;
		}
	}
}
