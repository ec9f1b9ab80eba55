/**
 * Text kept in about half the memory. A JavaScript engine keeps a string at one byte a
 * character only when every character fits in one byte (Latin-1): one curly quote, dash or
 * emoji makes a whole note two bytes a character. Such a text, mostly ASCII, is kept as its
 * UTF-8 bytes, one character a byte (so still a one-byte string), and decoded when read.
 */

const encoder = new TextEncoder();
/** ignoreBOM: a text that starts with U+FEFF must keep it (by default the decoder drops it). */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const NOT_ONE_BYTE = /[^\0-\xff]/;
/**
 * True when the text has a surrogate that is not half of a pair: TextEncoder would write it
 * as U+FFFD, so it would not come back as it was. A loop, not a regex: the regex needs a
 * lookbehind, which the engines without isWellFormed cannot even parse.
 */
export function hasLoneSurrogate(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0xd800 || code > 0xdfff) continue;
		const next = text.charCodeAt(i + 1);
		if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return true;
		i++;
	}
	return false;
}

/** String.prototype.isWellFormed (ES2024, not in this project's lib), else the slower loop. */
const wellFormed: (text: string) => boolean =
	typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === "function"
		? (text) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
		: (text) => !hasLoneSurrogate(text);
/** Characters given to String.fromCharCode at once: well under engines' argument limits. */
const CHUNK = 8192;
/** Below this a text is not worth packing (the saving is smaller than the bookkeeping). */
const MIN_CHARS = 64;
/** The reusable buffer's size; a longer text gets a buffer of its own, so no huge one stays. */
const SCRATCH_BYTES = 1 << 18;
const scratch = new Uint8Array(SCRATCH_BYTES);

function bufferFor(bytes: number): Uint8Array {
	return bytes <= SCRATCH_BYTES ? scratch : new Uint8Array(bytes);
}

/**
 * The text as UTF-8 bytes in a one-byte string, or null when that would not save at least a
 * quarter: the text is short, already one byte a character, mostly outside ASCII (Chinese,
 * say, takes three bytes a character in UTF-8), or not well-formed UTF-16.
 */
export function packText(text: string): string | null {
	if (text.length < MIN_CHARS || !NOT_ONE_BYTE.test(text) || !wellFormed(text)) return null;
	// Room for the most that is still worth it: encodeInto stops where the room ends.
	const buffer = bufferFor(Math.floor(text.length * 1.5) + 4);
	const { read, written } = encoder.encodeInto(text, buffer);
	if (read < text.length || written > text.length * 1.5) return null;
	let packed = "";
	for (let at = 0; at < written; at += CHUNK) {
		// fromCharCode reads its arguments as numbers: a byte array serves (typed as number[]).
		packed += String.fromCharCode.apply(null, buffer.subarray(at, Math.min(written, at + CHUNK)) as unknown as number[]);
	}
	return packed;
}

/** The text packText packed. */
export function unpackText(packed: string): string {
	const length = packed.length;
	const buffer = bufferFor(length);
	for (let i = 0; i < length; i++) buffer[i] = packed.charCodeAt(i);
	return decoder.decode(buffer.subarray(0, length));
}
