/**
 * Which language a text is read in: the one set for the vault, or a guess from the text
 * itself, so the same text always reads the same whichever side (index or query) reads it.
 * A guess counts stop words of each language over the text's first few hundred words (the
 * lists are already here; a detector library would weigh more than they do), and reads
 * the script first: kana is Japanese, Han alone Chinese, Cyrillic Russian. Too little
 * evidence (a topic, a name, a title) reads as English.
 */
import { LANGUAGES, type Language, type NoteLanguage } from "../model/languages";
import { foldCase } from "./fold";
import { languagesOf } from "./stop-lists";

/** Words counted: enough to tell, and the same work for a note of any length. */
export const SAMPLE_WORDS = 400;
/** Characters whose scripts are counted: about as many as SAMPLE_WORDS words. */
const SAMPLE_CHARS = 2500;
/** Fewer stop words of a language than this is no evidence for it. */
const MIN_HITS = 3;
/** Another language must beat English by this factor: English words are common in any note. */
const OVER_ENGLISH = 1.5;

const SAMPLE_WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const HAN = /^\p{Script=Han}$/u;
const CYRILLIC = /^\p{Script=Cyrillic}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const NON_ASCII = /[^\0-\x7f]/;

/**
 * One setting per process: the index and every query must read text alike, and a vault
 * has one setting. NetworkIndex sets it from the settings it is built with.
 */
let current: NoteLanguage = "auto";

export function setNoteLanguage(setting: NoteLanguage): void {
	current = setting;
}

export function noteLanguage(): NoteLanguage {
	return current;
}

/** The language a text is read in under a setting. */
export function languageFor(text: string, setting: NoteLanguage = current): Language {
	return setting === "auto" ? guessLanguage(text) : setting;
}

const LATIN_BIT = 1;
const KANA_BIT = 2;
const HAN_BIT = 4;
const CYRILLIC_BIT = 8;
/** Script bits of each code unit met outside ASCII, plus 16 once known (0: not asked yet). */
const scriptsKnown = new Uint8Array(0x10000);

function scriptBits(character: string): number {
	return (LATIN.test(character) ? LATIN_BIT : 0) | (KANA.test(character) ? KANA_BIT : 0) | (HAN.test(character) ? HAN_BIT : 0) | (CYRILLIC.test(character) ? CYRILLIC_BIT : 0);
}

/**
 * Latin letters, kana, Han and Cyrillic characters of a text, as counting each script's
 * matches would count them (code points, a lone surrogate none), in one pass: each
 * character outside ASCII is asked about once per process.
 */
export function scriptCounts(sample: string): { latin: number; kana: number; han: number; cyrillic: number } {
	let latin = 0;
	let kana = 0;
	let han = 0;
	let cyrillic = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		let bits: number;
		if (code < 0x80) bits = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? LATIN_BIT : 0;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length && (sample.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			bits = scriptBits(sample.slice(i, i + 2));
			i++;
		} else {
			if (scriptsKnown[code] === 0) scriptsKnown[code] = 16 | scriptBits(String.fromCharCode(code));
			bits = (scriptsKnown[code] as number) & 15;
		}
		if (bits === 0) continue;
		if (bits & LATIN_BIT) latin++;
		if (bits & KANA_BIT) kana++;
		if (bits & HAN_BIT) han++;
		if (bits & CYRILLIC_BIT) cyrillic++;
	}
	return { latin, kana, han, cyrillic };
}

/** The script of a text that is not mostly Latin letters, or null. */
function scriptLanguage(sample: string): Language | null {
	const { latin, kana, han, cyrillic } = scriptCounts(sample);
	// A CJK character carries about a word; a Latin letter a fifth of one.
	const cjk = kana + han;
	if (cjk * 5 > latin) return kana > 0 ? "jpn" : cjk > 0 ? "zho" : null;
	if (cyrillic > latin) return "rus";
	return null;
}

/**
 * False when a text whose first words hold `english` English stop words and `other` words
 * that are stop words of another language is sure to be guessed English: no language can
 * have more hits than `other`. Lets termRun's ASCII reading skip guessing most texts.
 */
export function mayNotBeEnglish(english: number, other: number): boolean {
	return other >= MIN_HITS && other > english * OVER_ENGLISH;
}

/** Counts stop words of each language, a word at a time. */
class LanguageTally {
	private readonly _hits = new Int32Array(LANGUAGES.length);
	/** Words counted so far: only the first SAMPLE_WORDS count. */
	words = 0;

	/** Counts one word by its stop-word languages (see languagesOf). */
	add(languages: number): void {
		this.words++;
		for (let i = 0, mask = languages; mask !== 0; i++, mask >>>= 1) if (mask & 1) this._hits[i] = (this._hits[i] as number) + 1;
	}

	/** The language with most stop words, if it has enough and clearly more than English. */
	language(): Language {
		const hits = this._hits;
		let best = 0;
		for (let i = 1; i < hits.length; i++) if ((hits[i] as number) > (hits[best] as number)) best = i;
		const top = hits[best] as number;
		return mayNotBeEnglish(hits[0] as number, top) ? (LANGUAGES[best] as Language) : "eng";
	}
}

/**
 * The language a text (folded or not) is most likely written in; English when unsure.
 * Reads the scripts of its first SAMPLE_CHARS characters, then counts its first
 * SAMPLE_WORDS words, as termRun's ASCII reading counts them.
 */
export function guessLanguage(text: string): Language {
	const start = text.slice(0, SAMPLE_CHARS);
	const script = NON_ASCII.test(start) ? scriptLanguage(start) : null;
	if (script !== null) return script;
	const tally = new LanguageTally();
	for (const match of text.matchAll(SAMPLE_WORD)) {
		if (tally.words >= SAMPLE_WORDS) break;
		const word = match[0];
		// The stop-word lists are folded, with straight apostrophes.
		tally.add(languagesOf(NON_ASCII.test(word) ? foldCase(word.replace(/’/g, "'")) : word.toLowerCase()));
	}
	return tally.language();
}
