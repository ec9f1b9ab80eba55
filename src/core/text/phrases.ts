/**
 * Terms in pairs and short texts as terms: the phrase terms the index and queries share
 * (two adjacent content terms joined), a long text reduced to what the index keeps, and
 * the keys of topics and tags.
 */
import type { NoteLanguage } from "../model/languages";
import { noteLanguage } from "./language-guess";
import { CACHE_LIMIT, detached, termRun } from "./terms";

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
export function analyzeForIndex(text: string, setting: NoteLanguage = noteLanguage()): IndexedText {
	const ready = prepared;
	if (ready !== null && ready.text === text && ready.setting === setting) {
		prepared = null;
		return ready.indexed;
	}
	return indexedText(text, setting);
}

/** A long text's analysis worked out ahead (prepareForIndex), taken by the next analyzeForIndex of the same text. */
let prepared: { text: string; setting: NoteLanguage; indexed: IndexedText } | null = null;

/**
 * Works out analyzeForIndex(text) now, for the next call to take: the plugin does a long
 * note's analysis in a turn of its own, so the upsert that follows stays short.
 */
export function prepareForIndex(text: string, setting: NoteLanguage = noteLanguage()): void {
	prepared = { text, setting, indexed: indexedText(text, setting) };
}

function indexedText(text: string, setting: NoteLanguage): IndexedText {
	const run = termRun(text, setting);
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
const topicKeyCache = new Map<string, string>();
/** The language setting the caches of phrases and topic keys were filled under. */
let cachedUnder = noteLanguage();

/** Empties the caches when the setting changed since they were filled. */
function checkSetting(): void {
	if (cachedUnder === noteLanguage()) return;
	cachedUnder = noteLanguage();
	phraseCache.clear();
	topicKeyCache.clear();
}
/** Texts longer than this are not worth remembering: phrases are topics, names, aliases. */
const PHRASE_CACHE_LENGTH = 200;

/**
 * The terms of a short phrase such as a topic, without phrase terms: "usage-based pricing"
 * → [usag, base, price]. Short phrases are answered from a cache, with a frozen list: copy
 * it to change it.
 */
export function phraseTerms(text: string): string[] {
	if (text.length > PHRASE_CACHE_LENGTH) return termRun(text).filter((t): t is string => t !== null);
	checkSetting();
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

/** A stable key for a topic or tag: "Usage-Based Pricing", "usage based pricing" and "#usage-based-pricing" agree. */
export function topicKey(topic: string): string {
	checkSetting();
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
