/**
 * Which notes say a phrase: the phrase terms a body says only once, which the search index
 * does not keep as terms (they would be most of its memory). Each note keeps the sorted
 * 32-bit hashes of its phrases; to find the notes with a phrase without looking at every
 * note, each note also sets two bits per phrase in a bit-sliced signature: for each of
 * SLICES bit positions, one bit per note. A phrase's two slices, ANDed, leave about one
 * note in a hundred to check against its own list, whatever the number of notes.
 */

const SLICES = 8192;
/** A phrase hash sets two slices: `hash & SLICE_MASK` and `(hash >>> 13) & SLICE_MASK`, independent bits of it. */
const SLICE_MASK = SLICES - 1;

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

/**
 * How many notes say each phrase, estimated without a table of every phrase (there are about
 * as many as words in the vault): two rows of counters, each phrase counted in one slot of
 * each row, read as the smaller of the two (a count-min sketch). A count is never too low;
 * it is too high only where two phrases share both slots, which stays rare as the rows grow
 * with the phrases they count. Counters stop at their maximum rather than wrap.
 */
class PhraseCounts {
	private _bits = 12;
	private _counts = new Uint16Array(2 << 12);
	private _total = 0;

	add(hashes: Uint32Array, step: 1 | -1): void {
		this._total += step * hashes.length;
		const counts = this._counts;
		const size = 1 << this._bits;
		const shift = 32 - this._bits;
		// The two slots of _slots, worked out inline: this runs for every phrase of every note.
		for (let i = 0; i < hashes.length; i++) {
			const hash = hashes[i] as number;
			const first = hash & (size - 1);
			const second = size + (Math.imul(hash, 0x9e3779b1) >>> shift);
			// A counter at its maximum no longer knows its count: it stays there.
			const a = counts[first] as number;
			if (a < 0xffff && (step > 0 || a > 0)) counts[first] = a + step;
			const b = counts[second] as number;
			if (b < 0xffff && (step > 0 || b > 0)) counts[second] = b + step;
		}
	}

	count(hash: number): number {
		const [a, b] = this._slots(hash);
		return Math.min(this._counts[a] as number, this._counts[b] as number);
	}

	/** True when the rows hold more than twice as many phrases as they have slots. */
	get full(): boolean {
		return this._total > 2 << this._bits && this._bits < 22;
	}

	/** Rows twice as long, counted again from every note's phrases. */
	grow(all: Iterable<Uint32Array>): void {
		this._bits++;
		this._counts = new Uint16Array(2 << this._bits);
		this._total = 0;
		for (const hashes of all) this.add(hashes, 1);
	}

	private _slots(hash: number): [number, number] {
		const size = 1 << this._bits;
		return [hash & (size - 1), size + (Math.imul(hash, 0x9e3779b1) >>> (32 - this._bits))];
	}
}

interface Entry {
	slot: number;
	hashes: Uint32Array;
}

export class PhraseIndex {
	private readonly _entries = new Map<string, Entry>();
	/** Slot → key of the note in it, and its hashes (so a candidate is checked without a lookup by key). */
	private readonly _keys: Array<string | undefined> = [];
	private readonly _slotHashes: Array<Uint32Array | undefined> = [];
	private readonly _free: number[] = [];
	/** 32-bit words per slice: room for 32 × words notes. */
	private _words = 0;
	/** SLICES rows of `words` words each. */
	private _bits = new Uint32Array(0);
	private readonly _counts = new PhraseCounts();

	get size(): number {
		return this._entries.size;
	}

	/** A note's phrase hashes (sorted, each once); replaces what the note had. */
	set(key: string, hashes: Uint32Array): void {
		this.delete(key);
		const slot = this._free.pop() ?? this._keys.length;
		if (slot >= this._words * 32) this._grow();
		this._keys[slot] = key;
		this._slotHashes[slot] = hashes;
		this._entries.set(key, { slot, hashes });
		this._mark(slot, hashes, true);
		this._counts.add(hashes, 1);
		if (this._counts.full) this._counts.grow([...this._entries.values()].map((entry) => entry.hashes));
	}

	/** About how many notes say the phrase of this hash (never fewer than do). */
	notesWith(hash: number): number {
		return this._counts.count(hash);
	}

	get(key: string): Uint32Array | undefined {
		return this._entries.get(key)?.hashes;
	}

	delete(key: string): void {
		const entry = this._entries.get(key);
		if (entry === undefined) return;
		this._mark(entry.slot, entry.hashes, false);
		this._counts.add(entry.hashes, -1);
		this._entries.delete(key);
		this._keys[entry.slot] = undefined;
		this._slotHashes[entry.slot] = undefined;
		this._free.push(entry.slot);
	}

	/** For each note that has some of the hashes: which of them (indexes into `hashes`). */
	matches(hashes: readonly number[]): Map<string, number[]> {
		const out = new Map<string, number[]>();
		const { _words: words, _bits: bits, _keys: keys, _slotHashes: slotHashes } = this;
		for (let index = 0; index < hashes.length; index++) {
			const hash = hashes[index] as number;
			// Its two slices (see SLICE_MASK): this runs for every phrase of every query.
			const rowA = (hash & SLICE_MASK) * words;
			const rowB = ((hash >>> 13) & SLICE_MASK) * words;
			for (let w = 0; w < words; w++) {
				let candidates = (bits[rowA + w] as number) & (bits[rowB + w] as number);
				while (candidates !== 0) {
					const bit = 31 - Math.clz32(candidates);
					candidates &= ~(1 << bit);
					const slot = w * 32 + bit;
					const said = slotHashes[slot];
					if (said === undefined || !hasHash(said, hash)) continue;
					const key = keys[slot] as string;
					const found = out.get(key);
					if (found === undefined) out.set(key, [index]);
					else found.push(index);
				}
			}
		}
		return out;
	}

	/** Sets (or clears) the note's bits; a slot's bits belong to its note alone. */
	private _mark(slot: number, hashes: Uint32Array, on: boolean): void {
		const word = slot >>> 5;
		const bit = 1 << (slot & 31);
		const { _words: words, _bits: bits } = this;
		// Its two slices (see SLICE_MASK): this runs for every phrase of every note.
		for (let i = 0; i < hashes.length; i++) {
			const hash = hashes[i] as number;
			const a = (hash & SLICE_MASK) * words + word;
			const b = ((hash >>> 13) & SLICE_MASK) * words + word;
			if (on) {
				bits[a] = (bits[a] as number) | bit;
				bits[b] = (bits[b] as number) | bit;
			} else {
				bits[a] = (bits[a] as number) & ~bit;
				bits[b] = (bits[b] as number) & ~bit;
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
