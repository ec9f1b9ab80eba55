/**
 * Whole numbers (0 or more) written as text, a few characters each: base 32, most
 * significant digit first, every digit but the last from one range of characters and the
 * last from another, so numbers need no separator. Both ranges are printable ASCII with
 * neither `"` nor `\`, so the text goes into JSON as it is, one byte a character. A
 * snapshot's postings are most of its numbers: as JSON numbers with commas they took about
 * 7 characters a posting, and parsing them was a sixth of a warm start's parse.
 */

/** Digits that end a number: `#` (0x23) to `B` (0x42). */
const LAST = 0x23;
/** Digits that a number goes on after: `]` (0x5d) to `|` (0x7c). */
const MORE = 0x5d;
const BASE = 32;
/** Longer than any number written (7 digits: 2^35): a damaged text is refused, not read as a huge number. */
const MAX_DIGITS = 7;

/** The text of `values`, each a whole number from 0 to 2^35 - 1. */
export function numbersToText(values: ArrayLike<number>): string {
	const codes: number[] = [];
	let text = "";
	for (let i = 0; i < values.length; i++) {
		let value = values[i] as number;
		if (!Number.isInteger(value) || value < 0 || value >= BASE ** MAX_DIGITS) throw new RangeError(`not a number numbersToText writes: ${value}`);
		const start = codes.length;
		codes.push(LAST + (value % BASE));
		value = Math.floor(value / BASE);
		while (value > 0) {
			codes.push(MORE + (value % BASE));
			value = Math.floor(value / BASE);
		}
		// Digits were pushed least significant first.
		for (let a = start, b = codes.length - 1; a < b; a++, b--) [codes[a], codes[b]] = [codes[b] as number, codes[a] as number];
		// fromCharCode takes its arguments on the stack: a line is written a few thousand codes at a time.
		if (codes.length >= 4096) {
			text += String.fromCharCode(...codes);
			codes.length = 0;
		}
	}
	return text + String.fromCharCode(...codes);
}

/**
 * The numbers of a text numbersToText wrote, read one at a time (no array of them all is
 * made); throws on any other text.
 */
export class NumberReader {
	private _at = 0;

	constructor(private readonly _text: string) {}

	get done(): boolean {
		return this._at >= this._text.length;
	}

	next(): number {
		const text = this._text;
		let value = 0;
		for (let digits = 0; digits < MAX_DIGITS; digits++) {
			// Past the end, charCodeAt gives NaN, which is in neither range.
			const code = text.charCodeAt(this._at++);
			const last = code - LAST;
			if (last >= 0 && last < BASE) return value * BASE + last;
			const more = code - MORE;
			// A leading 0 digit is never written.
			if (!(more >= 0 && more < BASE) || (digits === 0 && more === 0)) break;
			value = value * BASE + more;
		}
		throw new Error("damaged");
	}
}

/** The numbers numbersToText wrote; throws on any other text. */
export function textToNumbers(text: string): number[] {
	const reader = new NumberReader(text);
	const out: number[] = [];
	while (!reader.done) out.push(reader.next());
	return out;
}

/**
 * A posting's short id as written after `previous`: the difference, as a whole number (0, 1, 2… for
 * 0, -1, 1, -2…). Postings are kept in id order, so most steps are small and positive.
 */
export function idStep(id: number, previous: number): number {
	const step = id - previous;
	return step >= 0 ? step * 2 : -step * 2 - 1;
}

/** The short id idStep wrote after `previous`. */
export function idAfter(step: number, previous: number): number {
	return previous + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
}
