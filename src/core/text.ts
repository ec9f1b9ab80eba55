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

const CACHE_LIMIT = 200_000;

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

/** Joins two adjacent terms into one phrase term. */
export function phraseTerm(a: string, b: string): string {
	return `${a}_${b}`;
}

/** Content terms plus a phrase term for every pair of adjacent content terms. */
export function analyze(text: string): string[] {
	const run = termRun(text);
	const terms: string[] = [];
	let previous: string | null = null;
	for (const term of run) {
		if (term !== null) {
			terms.push(term);
			if (previous !== null) terms.push(phraseTerm(previous, term));
		}
		previous = term;
	}
	return terms;
}

/** A long text as the index keeps it. */
export interface IndexedText {
	/** Every content term, and the phrase terms the text repeats (at least twice). */
	terms: string[];
	/** Hashes (phraseHash) of all its phrase terms, sorted, each once. */
	phrases: Uint32Array;
}

/**
 * A long text reduced to what the index keeps. Phrase terms that occur once are most of a
 * text's distinct terms and would be most of the search index's memory, yet matter only
 * when a query has the same phrase: they are kept as 4-byte hashes to look up instead.
 */
export function analyzeForIndex(text: string): IndexedText {
	const run = termRun(text);
	// Phrases are counted by hash, sorted, so a phrase said once never becomes a string.
	const hashes = new Uint32Array(run.length);
	const sorted = new Uint32Array(run.length);
	let pairs = 0;
	for (let i = 1; i < run.length; i++) {
		const previous = run[i - 1];
		const term = run[i];
		if (previous == null || term == null) continue;
		const hash = pairHash(previous, term);
		hashes[i] = hash;
		sorted[pairs++] = hash;
	}
	const all = sorted.subarray(0, pairs).sort();
	const repeated = new Set<number>();
	let distinct = 0;
	for (let i = 0; i < pairs; i++) {
		const hash = all[i] as number;
		if (i > 0 && all[i - 1] === hash) repeated.add(hash);
		else all[distinct++] = hash;
	}
	const terms: string[] = [];
	for (let i = 0; i < run.length; i++) {
		const term = run[i];
		if (term == null) continue;
		terms.push(term);
		const previous = i > 0 ? run[i - 1] : null;
		if (previous != null && repeated.has(hashes[i] as number)) terms.push(phraseTerm(previous, term));
	}
	return { terms, phrases: all.slice(0, distinct) };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const JOIN = "_".charCodeAt(0);

function fnv(hash: number, text: string): number {
	let h = hash;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
	return h;
}

/** phraseHash(phraseTerm(a, b)), without making the string. */
function pairHash(a: string, b: string): number {
	return fnv(Math.imul(fnv(FNV_OFFSET, a) ^ JOIN, FNV_PRIME), b) >>> 0;
}

/** A 32-bit hash (FNV-1a) of a phrase term. */
export function phraseHash(term: string): number {
	return fnv(FNV_OFFSET, term) >>> 0;
}

const phraseCache = new Map<string, string[]>();
/** Texts longer than this are not worth remembering: phrases are topics, names, aliases. */
const PHRASE_CACHE_LENGTH = 200;

/**
 * The terms of a short phrase such as a topic, without phrase terms: "usage-based pricing"
 * → [usag, base, price]. Short phrases are answered from a cache, with a frozen list: copy
 * it to change it.
 */
export function phraseTerms(text: string): string[] {
	if (text.length > PHRASE_CACHE_LENGTH) return termRun(text).filter((t): t is string => t !== null);
	let terms = phraseCache.get(text);
	if (terms === undefined) {
		terms = Object.freeze(termRun(text).filter((t): t is string => t !== null)) as string[];
		if (phraseCache.size > CACHE_LIMIT) phraseCache.clear();
		phraseCache.set(detached(text), terms);
	}
	return terms;
}

/** A tag's words: `usage-based/pricing` → `usage based pricing`. */
export function tagWords(tag: string): string {
	return tag.replace(/[-_/]/g, " ");
}

const topicKeyCache = new Map<string, string>();

/** A stable key for a topic or tag: "Usage-Based Pricing", "usage based pricing" and "#usage-based-pricing" agree. */
export function topicKey(topic: string): string {
	let key = topicKeyCache.get(topic);
	if (key === undefined) {
		key = phraseTerms(tagWords(topic.replace(/^#/, ""))).join(" ");
		if (topicKeyCache.size > CACHE_LIMIT) topicKeyCache.clear();
		topicKeyCache.set(detached(topic), key);
	}
	return key;
}

/** Counts of each term. */
export function termCounts(terms: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
	return counts;
}
