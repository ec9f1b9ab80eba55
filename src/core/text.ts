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

const stemCache = new Map<string, string>();

/** Stems one folded word; cached because the same words recur across a vault. */
export function stemWord(word: string): string {
	let stem = stemCache.get(word);
	if (stem === undefined) {
		stem = /^\d/.test(word) ? word : stemmer(word);
		if (stemCache.size > 200_000) stemCache.clear();
		stemCache.set(word, stem);
	}
	return stem;
}

/**
 * Content terms of a text in order, with `null` where a stop word or punctuation broke
 * the run, so callers can tell adjacent terms (a phrase) from distant ones.
 */
export function termRun(text: string): Array<string | null> {
	const out: Array<string | null> = [];
	const folded = foldCase(text);
	let lastEnd = 0;
	for (const match of folded.matchAll(WORD)) {
		const start = match.index;
		// A sentence break or other punctuation between words ends a phrase.
		if (start > lastEnd && PHRASE_BREAK.test(folded.slice(lastEnd, start))) out.push(null);
		lastEnd = start + match[0].length;
		// Stop words are checked as written too: "don't" is one, its stem "don" is not.
		const whole = match[0].replace(/’/g, "'");
		const word = whole.replace(APOSTROPHE_SUFFIX, "");
		if (word.length < 2 || STOPWORDS.has(word) || STOPWORDS.has(whole) || /^\d+$/.test(word)) {
			out.push(null);
			continue;
		}
		out.push(stemWord(word));
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

/** The terms of a short phrase such as a topic, without phrase terms: "usage-based pricing" → [usag, base, price]. */
export function phraseTerms(text: string): string[] {
	return termRun(text).filter((t): t is string => t !== null);
}

/** A stable key for a topic or tag: "Usage-Based Pricing", "usage based pricing" and "#usage-based-pricing" agree. */
export function topicKey(topic: string): string {
	return phraseTerms(topic.replace(/^#/, "").replace(/[-_/]/g, " ")).join(" ");
}

/** Counts of each term. */
export function termCounts(terms: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
	return counts;
}
