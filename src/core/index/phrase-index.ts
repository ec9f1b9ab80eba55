/**
 * Which notes say a phrase: the phrase terms a body says only once, which the search index
 * does not keep as terms (they would be most of its memory). Each note keeps the sorted
 * 32-bit hashes of its phrases; to find the notes with a phrase without looking at every
 * note, each note also sets two bits per phrase in a bit-sliced signature: for each of
 * SLICES bit positions, one bit per note. A phrase's two slices, ANDed, leave about one
 * note in a hundred to check against its own list, whatever the number of notes.
 */

const SLICES = 8192;
const SLICE_MASK = SLICES - 1;

/** The two slices a phrase hash sets: independent bits of the hash. */
function slicesOf(hash: number): [number, number] {
	return [hash & SLICE_MASK, (hash >>> 13) & SLICE_MASK];
}

/** Whether a sorted list of hashes has one. */
export function hasHash(hashes: Uint32Array, hash: number): boolean {
	let lo = 0;
	let hi = hashes.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		const value = hashes[mid] as number;
		if (value === hash) return true;
		if (value < hash) lo = mid + 1;
		else hi = mid - 1;
	}
	return false;
}

interface Entry {
	slot: number;
	hashes: Uint32Array;
}

export class PhraseIndex {
	private readonly _entries = new Map<string, Entry>();
	/** Slot → key of the note in it. */
	private readonly _keys: Array<string | undefined> = [];
	private readonly _free: number[] = [];
	/** 32-bit words per slice: room for 32 × words notes. */
	private _words = 0;
	/** SLICES rows of `words` words each. */
	private _bits = new Uint32Array(0);

	get size(): number {
		return this._entries.size;
	}

	/** A note's phrase hashes (sorted, each once); replaces what the note had. */
	set(key: string, hashes: Uint32Array): void {
		this.delete(key);
		const slot = this._free.pop() ?? this._keys.length;
		if (slot >= this._words * 32) this._grow();
		this._keys[slot] = key;
		this._entries.set(key, { slot, hashes });
		this._mark(slot, hashes, true);
	}

	get(key: string): Uint32Array | undefined {
		return this._entries.get(key)?.hashes;
	}

	delete(key: string): void {
		const entry = this._entries.get(key);
		if (entry === undefined) return;
		this._mark(entry.slot, entry.hashes, false);
		this._entries.delete(key);
		this._keys[entry.slot] = undefined;
		this._free.push(entry.slot);
	}

	/** For each note that has some of the hashes: which of them (indexes into `hashes`). */
	matches(hashes: readonly number[]): Map<string, number[]> {
		const out = new Map<string, number[]>();
		const { _words: words, _bits: bits } = this;
		hashes.forEach((hash, index) => {
			const [a, b] = slicesOf(hash);
			const rowA = a * words;
			const rowB = b * words;
			for (let w = 0; w < words; w++) {
				let candidates = (bits[rowA + w] as number) & (bits[rowB + w] as number);
				while (candidates !== 0) {
					const bit = 31 - Math.clz32(candidates);
					candidates &= ~(1 << bit);
					const key = this._keys[w * 32 + bit];
					const entry = key === undefined ? undefined : this._entries.get(key);
					if (key === undefined || entry === undefined || !hasHash(entry.hashes, hash)) continue;
					const found = out.get(key);
					if (found === undefined) out.set(key, [index]);
					else found.push(index);
				}
			}
		});
		return out;
	}

	/** Sets (or clears) the note's bits; a slot's bits belong to its note alone. */
	private _mark(slot: number, hashes: Uint32Array, on: boolean): void {
		const word = slot >>> 5;
		const bit = 1 << (slot & 31);
		const { _words: words, _bits: bits } = this;
		for (const hash of hashes) {
			for (const slice of slicesOf(hash)) {
				const at = slice * words + word;
				bits[at] = on ? (bits[at] as number) | bit : (bits[at] as number) & ~bit;
			}
		}
	}

	private _grow(): void {
		const words = Math.max(4, this._words * 2);
		const bits = new Uint32Array(SLICES * words);
		for (let slice = 0; slice < SLICES; slice++) bits.set(this._bits.subarray(slice * this._words, (slice + 1) * this._words), slice * words);
		this._words = words;
		this._bits = bits;
	}
}
