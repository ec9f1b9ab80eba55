import { stemmer } from "stemmer";
import type { Language, NoteLanguage } from "../model/languages";
import { foldCase } from "./fold";
import { guessLanguage, languageFor, mayNotBeEnglish, noteLanguage, SAMPLE_WORDS } from "./language-guess";
import { languagesOf, stopWordsOf } from "./stop-lists";
import { STOPWORDS } from "./stopwords";
import { asciiPunctuationReader } from "./wide-punctuation";
import { wordScanner } from "./word-scan";

export { foldCase } from "./fold";

/**
 * Text analysis shared by indexing and querying, so both sides always agree on what a
 * term is: lower case, accents folded, stop words of the text's language dropped, English
 * suffixes stemmed in English text only, Chinese and Japanese split into words.
 */

/** A word: letters and digits (with their marks), with apostrophes inside (`company's`, `don’t`). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;
/**
 * Punctuation between two words that ends a phrase: sentence and clause marks, brackets,
 * straight and typographic quotes, en and em dashes, slashes and line breaks (a hyphen
 * joins: "usage-based pricing" stays one phrase), and the CJK full stop, comma and quotes.
 */
export const PHRASE_BREAK = /[.,;:!?()[\]{}"“”‘«»—–…|/\\\n。、「」『』【】〈〉《》]/;
const APOSTROPHE_SUFFIX = /['’](s|t|re|ve|ll|d|m)$/u;
/** French and Italian elide before a vowel: "l'équipe" is the word "équipe". */
const ELISION = /^\p{L}{1,4}'(?=\p{L})/u;
const ELIDING: ReadonlySet<Language> = new Set<Language>(["fra", "ita"]);
/** Languages not written in Latin letters: their notes' ASCII words are read as English. */
const OTHER_SCRIPT: ReadonlySet<Language> = new Set<Language>(["rus", "jpn", "zho"]);
const ASCII_WORD = /^[a-z0-9']+$/;
const HAN = /\p{Script=Han}/u;

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

/** Per language: a word as matched (curly apostrophes made straight) → its term, or null for a stop word. */
const wordCaches = new Map<Language, Map<string, string | null>>();

/** The term of one matched word, or null when it carries no meaning (see termRun). */
function termOfWord(whole: string, language: Language): string | null {
	let cache = wordCaches.get(language);
	if (cache === undefined) wordCaches.set(language, (cache = new Map<string, string | null>()));
	let term = cache.get(whole);
	if (term === undefined) {
		// Product names, code and loanwords in a Russian, Japanese or Chinese note are English.
		const english = language === "eng" || (OTHER_SCRIPT.has(language) && ASCII_WORD.test(whole));
		term = english ? englishTerm(whole) : plainTerm(whole, language);
		if (cache.size > CACHE_LIMIT) cache.clear();
		cache.set(detached(whole), term);
	}
	return term;
}

function englishTerm(whole: string): string | null {
	// Stop words are checked as written too: "don't" is one, its stem "don" is not.
	const word = whole.includes("'") ? whole.replace(APOSTROPHE_SUFFIX, "") : whole;
	return word.length < 2 || STOPWORDS.has(word) || STOPWORDS.has(whole) || /^\d+$/.test(word) ? null : stemWord(word);
}

/**
 * A word of another language: folded, never stemmed (an English stemmer only mangles
 * German or French). One Han character can be a whole word; one kana or letter is not.
 */
function plainTerm(whole: string, language: Language): string | null {
	const word = ELIDING.has(language) && whole.includes("'") ? whole.replace(ELISION, "") : whole;
	const stops = stopWordsOf(language);
	if (stops.has(word) || stops.has(whole) || /^\d+$/.test(word)) return null;
	return word.length < 2 && !HAN.test(word) ? null : detached(word);
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
 * the run, so callers can tell adjacent terms (a phrase) from distant ones. The text's
 * language is the setting's, or guessed from the text itself (see languageFor).
 */
export function termRun(text: string, setting: NoteLanguage = noteLanguage()): Array<string | null> {
	// ASCII needs no folding but lower case, which the ASCII reading does as it goes, and
	// it guesses the language itself only when the text may not be English.
	const given = setting === "auto" ? null : setting;
	if (!NON_ASCII.test(text)) return termRunAscii(text, given);
	const folded = foldCase(text);
	if (!NON_ASCII.test(folded)) return termRunAscii(folded, given);
	// Typographic quotes, dashes, arrows and emoji are most of what keeps Latin text off the
	// ASCII reading once accents are folded: written as the ASCII it reads them as, it takes
	// it. Their scripts are none the guess counts, and they make no word of its sample.
	const plain = asciiOrNull(folded);
	if (plain !== null) return termRunAscii(plain, given);
	return termRunUnicode(folded, languageFor(folded, setting));
}

const asciiOrNull = asciiPunctuationReader(PHRASE_BREAK);

/** termRun's reading of any folded text, without its ASCII shortcuts (tests compare the two). */
export function termRunWide(folded: string, language: Language): Array<string | null> {
	return termRunUnicode(folded, language);
}

/**
 * The terms of ASCII words already met, in an open-addressing table keyed by a hash of the
 * lower-cased word, so a word is looked up without cutting it out of the text first.
 */
class AsciiWords {
	constructor(private readonly _language: Language) {}

	private _mask = 0xffff;
	private _hashes = new Int32Array(this._mask + 1);
	private _words: Array<string | undefined> = new Array<string | undefined>(this._mask + 1);
	private _terms: Array<string | null> = new Array<string | null>(this._mask + 1);
	private _languages = new Int32Array(this._mask + 1);
	private _size = 0;
	/** The stop-word languages (languagesOf) of the word termOf read last. */
	lastLanguages = 0;

	/** The term of `text[start, end)`, whose lower-cased characters hash to `hash`. */
	termOf(text: string, start: number, end: number, hash: number): string | null {
		const length = end - start;
		let slot = hash & this._mask;
		for (;;) {
			const word = this._words[slot];
			if (word === undefined) break;
			if (this._hashes[slot] === hash && word.length === length && sameLowerCase(word, text, start)) {
				this.lastLanguages = this._languages[slot] as number;
				return this._terms[slot] as string | null;
			}
			slot = (slot + 1) & this._mask;
		}
		const word = detached(text.slice(start, end).toLowerCase());
		const term = termOfWord(word, this._language);
		this.lastLanguages = languagesOf(word);
		if (this._size >= CACHE_LIMIT) this._clear();
		if ((this._size + 1) * 2 > this._mask) this._grow();
		this._insert(word, hash, term, this.lastLanguages);
		return term;
	}

	private _insert(word: string, hash: number, term: string | null, languages: number): void {
		let slot = hash & this._mask;
		while (this._words[slot] !== undefined) slot = (slot + 1) & this._mask;
		this._words[slot] = word;
		this._hashes[slot] = hash;
		this._terms[slot] = term;
		this._languages[slot] = languages;
		this._size++;
	}

	private _grow(): void {
		const { _words: words, _hashes: hashes, _terms: terms, _languages: languages } = this;
		this._mask = this._mask * 2 + 1;
		this._hashes = new Int32Array(this._mask + 1);
		this._languages = new Int32Array(this._mask + 1);
		this._words = new Array<string | undefined>(this._mask + 1);
		this._terms = new Array<string | null>(this._mask + 1);
		this._size = 0;
		words.forEach((word, slot) => {
			if (word !== undefined) this._insert(word, hashes[slot] as number, terms[slot] as string | null, languages[slot] as number);
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

const englishWords = new AsciiWords("eng");
/** English's bit in languagesOf's masks (the first language). */
const ENGLISH_BIT = 1;
const asciiWords = new Map<Language, AsciiWords>([["eng", englishWords]]);

function asciiWordsOf(language: Language): AsciiWords {
	if (language === "eng") return englishWords;
	let words = asciiWords.get(language);
	if (words === undefined) asciiWords.set(language, (words = new AsciiWords(language)));
	return words;
}

/**
 * termRun of ASCII text (any case): the same words as WORD and breaks as PHRASE_BREAK,
 * read char by char, hashing each word's lower-cased characters on the way. With no
 * language given it reads as English, counting in the first words the stop words of
 * English and of any other language: only a text with enough of the others can be
 * another language's (see mayNotBeEnglish), and only then is it guessed and read again.
 */
function termRunAscii(text: string, language: Language | null): Array<string | null> {
	const words = language === null ? englishWords : asciiWordsOf(language);
	let counted = language === null ? 0 : SAMPLE_WORDS;
	let english = 0;
	let other = 0;
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
		out.push(words.termOf(text, start, i, hash));
		if (counted < SAMPLE_WORDS) {
			counted++;
			const languages = words.lastLanguages;
			if (languages !== 0) {
				english += languages & ENGLISH_BIT;
				if ((languages & ~ENGLISH_BIT) !== 0) other++;
			}
		}
	}
	if (language !== null || !mayNotBeEnglish(english, other)) return out;
	const guessed = guessLanguage(text);
	return guessed === "eng" ? out : termRunAscii(text, guessed);
}

/** The words of a folded text, and the breaks between them (word-scan.ts). */
const eachWord = wordScanner(PHRASE_BREAK);

function termRunUnicode(folded: string, language: Language): Array<string | null> {
	const out: Array<string | null> = [];
	eachWord(folded, (word) => {
		out.push(word === null ? null : termOfWord(word.replace(/’/g, "'"), language));
	});
	return out;
}

function wordsOf(text: string): string[] {
	const out: string[] = [];
	eachWord(text, (word) => {
		out.push(word ?? "");
	});
	return out;
}

/**
 * The words of a text in lower case, in the same positions as termRun's entries (breaks
 * are ""): with their accents ("prüfung", not "prufung") when reading the text unfolded
 * finds the same words (NFKC still writes ligatures and half-width kana the usual way).
 */
export function surfaceWords(text: string): string[] {
	const folded = wordsOf(foldCase(text));
	if (!NON_ASCII.test(text)) return folded;
	const cased = wordsOf(text.normalize("NFKC").toLowerCase());
	return cased.length === folded.length ? cased : folded;
}

/**
 * surfaceWords(text), given the length of termRun(text): that is the length of the folded
 * reading (termRun reads as termRunWide does, which visits each of its words and breaks), so
 * the folded text is read only when the cased reading's length differs from it.
 */
export function surfaceWordsOfRun(text: string, runLength: number): string[] {
	if (!NON_ASCII.test(text)) return wordsOf(foldCase(text));
	const cased = wordsOf(text.normalize("NFKC").toLowerCase());
	return cased.length === runLength ? cased : wordsOf(foldCase(text));
}

/** True when a text has no character outside printable ASCII and ASCII white space. */
export function isAsciiText(text: string): boolean {
	return !NON_ASCII.test(text);
}

/**
 * surfaceWords(text)[position] of an ASCII text (isAsciiText), reading no further than that
 * word: its words are then the lower-cased words as written. A reason quotes one word of a
 * long note.
 */
export function asciiSurfaceWordAt(text: string, position: number): string | undefined {
	let found: string | undefined;
	let at = 0;
	eachWord(text.toLowerCase(), (word) => {
		if (at++ < position) return true;
		found = word ?? "";
		return false;
	});
	return found;
}
