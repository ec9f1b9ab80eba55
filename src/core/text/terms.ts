import { stemmer } from "stemmer";
import { STOPWORDS } from "./stopwords";

/**
 * Text analysis shared by indexing and querying, so both sides always agree on what a
 * term is: lower case, accents folded, stop words dropped, English suffixes stemmed.
 */

/** A word: letters and digits, with apostrophes inside (`company's`, `don’t`). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/**
 * Punctuation between two words that ends a phrase: sentence and clause marks, brackets,
 * straight and typographic quotes, en and em dashes, slashes and line breaks (a hyphen
 * joins: "usage-based pricing" stays one phrase).
 */
export const PHRASE_BREAK = /[.,;:!?()[\]{}"“”‘«»—–…|/\\\n]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHE_SUFFIX = /['’](s|t|re|ve|ll|d|m)$/u;

/** Lower case with accents removed: "Tomás" and "tomas" compare equal. */
export function foldCase(text: string): string {
	return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
}

/** Entries a cache of words may hold before it starts again. */
export const CACHE_LIMIT = 200_000;

/**
 * A copy of a string that holds no reference to a longer one. A word cut out of a note is
 * a view into the whole note's text; kept in a cache or an index, it would keep that text
 * alive for as long as the word is known.
 */
export function detached(text: string): string {
	return text.length < 13 ? text : ` ${text}`.slice(1);
}
const stemCache = new Map<string, string>();

/** Stems one folded word; cached because the same words recur across a vault. */
export function stemWord(word: string): string {
	let stem = stemCache.get(word);
	if (stem === undefined) {
		stem = detached(/^\d/.test(word) ? word : stemmer(word));
		if (stemCache.size > CACHE_LIMIT) stemCache.clear();
		stemCache.set(detached(word), stem);
	}
	return stem;
}

/** A word as matched (curly apostrophes made straight) → its term, or null for a stop word. */
const wordCache = new Map<string, string | null>();

/** The term of one matched word, or null when it carries no meaning (see termRun). */
function termOfWord(whole: string): string | null {
	let term = wordCache.get(whole);
	if (term === undefined) {
		// Stop words are checked as written too: "don't" is one, its stem "don" is not.
		const word = whole.includes("'") ? whole.replace(APOSTROPHE_SUFFIX, "") : whole;
		term = word.length < 2 || STOPWORDS.has(word) || STOPWORDS.has(whole) || /^\d+$/.test(word) ? null : stemWord(word);
		if (wordCache.size > CACHE_LIMIT) wordCache.clear();
		wordCache.set(detached(whole), term);
	}
	return term;
}

/** Character classes of ASCII, for the fast path of termRun: 1 letter, 2 digit, 4 phrase break. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 2;
for (const ch of ".,;:!?()[]{}\"|/\\\n") ASCII_CLASS[ch.charCodeAt(0)] = 4;
const NON_ASCII = /[^ -~\t\n\r\f\v]/;
const APOSTROPHE = 39;

/**
 * Content terms of a text in order, with `null` where a stop word or punctuation broke
 * the run, so callers can tell adjacent terms (a phrase) from distant ones.
 */
export function termRun(text: string): Array<string | null> {
	// ASCII needs no folding but lower case, which the ASCII reading does as it goes.
	if (!NON_ASCII.test(text)) return termRunAscii(text);
	const folded = foldCase(text);
	return NON_ASCII.test(folded) ? termRunUnicode(folded) : termRunAscii(folded);
}

/**
 * The terms of ASCII words already met, in an open-addressing table keyed by a hash of the
 * lower-cased word, so a word is looked up without cutting it out of the text first.
 */
class AsciiWords {
	private _mask = 0xffff;
	private _hashes = new Int32Array(this._mask + 1);
	private _words: Array<string | undefined> = new Array<string | undefined>(this._mask + 1);
	private _terms: Array<string | null> = new Array<string | null>(this._mask + 1);
	private _size = 0;

	/** The term of `text[start, end)`, whose lower-cased characters hash to `hash`. */
	termOf(text: string, start: number, end: number, hash: number): string | null {
		const length = end - start;
		let slot = hash & this._mask;
		for (;;) {
			const word = this._words[slot];
			if (word === undefined) break;
			if (this._hashes[slot] === hash && word.length === length && sameLowerCase(word, text, start)) return this._terms[slot] as string | null;
			slot = (slot + 1) & this._mask;
		}
		const word = detached(text.slice(start, end).toLowerCase());
		const term = termOfWord(word);
		if (this._size >= CACHE_LIMIT) this._clear();
		if ((this._size + 1) * 2 > this._mask) this._grow();
		this._insert(word, hash, term);
		return term;
	}

	private _insert(word: string, hash: number, term: string | null): void {
		let slot = hash & this._mask;
		while (this._words[slot] !== undefined) slot = (slot + 1) & this._mask;
		this._words[slot] = word;
		this._hashes[slot] = hash;
		this._terms[slot] = term;
		this._size++;
	}

	private _grow(): void {
		const { _words: words, _hashes: hashes, _terms: terms } = this;
		this._mask = this._mask * 2 + 1;
		this._hashes = new Int32Array(this._mask + 1);
		this._words = new Array<string | undefined>(this._mask + 1);
		this._terms = new Array<string | null>(this._mask + 1);
		this._size = 0;
		words.forEach((word, slot) => {
			if (word !== undefined) this._insert(word, hashes[slot] as number, terms[slot] as string | null);
		});
	}

	private _clear(): void {
		this._words = new Array<string | undefined>(this._mask + 1);
		this._size = 0;
	}
}

function lowerCode(c: number): number {
	return c >= 65 && c <= 90 ? c + 32 : c;
}

function sameLowerCase(word: string, text: string, start: number): boolean {
	for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== lowerCode(text.charCodeAt(start + k))) return false;
	return true;
}

const asciiWords = new AsciiWords();

/**
 * termRun of ASCII text (any case): the same words as WORD and breaks as PHRASE_BREAK,
 * read char by char, hashing each word's lower-cased characters on the way.
 */
function termRunAscii(text: string): Array<string | null> {
	const out: Array<string | null> = [];
	const n = text.length;
	let i = 0;
	let lastEnd = 0;
	while (i < n) {
		let c = text.charCodeAt(i);
		if (((ASCII_CLASS[c] as number) & 3) === 0) {
			i++;
			continue;
		}
		const start = i;
		for (let j = lastEnd; j < start; j++) {
			if (ASCII_CLASS[text.charCodeAt(j)] === 4) {
				out.push(null);
				break;
			}
		}
		let hash = 0;
		while (i < n && ((ASCII_CLASS[(c = text.charCodeAt(i))] as number) & 3) !== 0) {
			hash = (Math.imul(hash, 31) + lowerCode(c)) | 0;
			i++;
		}
		// `'` followed by letters continues the word: `company's`, `don't`.
		while (i + 1 < n && text.charCodeAt(i) === APOSTROPHE && ASCII_CLASS[text.charCodeAt(i + 1)] === 1) {
			hash = (Math.imul(hash, 31) + APOSTROPHE) | 0;
			i++;
			while (i < n && ASCII_CLASS[(c = text.charCodeAt(i))] === 1) {
				hash = (Math.imul(hash, 31) + lowerCode(c)) | 0;
				i++;
			}
		}
		lastEnd = i;
		out.push(asciiWords.termOf(text, start, i, hash));
	}
	return out;
}

function termRunUnicode(folded: string): Array<string | null> {
	const out: Array<string | null> = [];
	let lastEnd = 0;
	for (const match of folded.matchAll(WORD)) {
		const start = match.index;
		// A sentence break or other punctuation between words ends a phrase.
		if (start > lastEnd && PHRASE_BREAK.test(folded.slice(lastEnd, start))) out.push(null);
		lastEnd = start + match[0].length;
		out.push(termOfWord(match[0].replace(/’/g, "'")));
	}
	return out;
}
