/**
 * A note's query as searched among people or posts: its strongest terms that the targets
 * say, its strongest phrases, and how much each says on its own.
 */
import type { DocumentFrequencyTable } from "../index/frequency";
import { bm25Rarity } from "../index/frequency";
import type { NetworkReader } from "../index/network-reader";
import type { SearchHit } from "../index/text-search";
import { compareText } from "../model/compare";
import { WEIGHTS } from "./weights";

/**
 * A query's weights, strongest first, sorted once however many searches read them: a
 * note's query is built once and then only read, and a long note has thousands of terms
 * of which a search takes thirty.
 */
const sorted = new WeakMap<ReadonlyMap<string, number>, ReadonlyArray<readonly [string, number]>>();

export function strongestFirst(weights: ReadonlyMap<string, number>): ReadonlyArray<readonly [string, number]> {
	let found = sorted.get(weights);
	if (found === undefined) {
		found = [...weights.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
		sorted.set(weights, found);
	}
	return found;
}

const byWeight = (a: readonly [string, number], b: readonly [string, number]): number => b[1] - a[1] || compareText(a[0], b[0]);

/**
 * The strongest terms of a query that occur in one target set, renormalised. `extra` adds
 * weight to some terms (feedback.ts); only they can overtake a term, so the rest are read
 * in their sorted order and no further than needed.
 */
export function topTerms(weights: ReadonlyMap<string, number>, df: DocumentFrequencyTable, count: number, extra?: ReadonlyMap<string, number>): Map<string, number> {
	const top: Array<[string, number]> = [];
	for (const [term, weight] of strongestFirst(weights)) {
		if (top.length >= count) break;
		if (df.get(term) > 0) top.push([term, weight + (extra?.get(term) ?? 0)]);
	}
	if (extra !== undefined && extra.size > 0) {
		const taken = new Set(top.map(([term]) => term));
		for (const [term, added] of extra) if (!taken.has(term) && df.get(term) > 0) top.push([term, (weights.get(term) ?? 0) + added]);
		top.sort(byWeight);
		top.length = Math.min(top.length, count);
	}
	const max = top[0]?.[1] ?? 1;
	return new Map(top.map(([term, w]) => [term, w / max]));
}

/**
 * How much each query term says on its own: its weight in the note times its rarity among
 * the targets (bm25Rarity). `total` is what a target saying every term once, at average
 * length, would score without the bonus for matching several terms.
 */
export function termStrengths(df: DocumentFrequencyTable, terms: ReadonlyMap<string, number>): { total: number; relative(term: string): number } {
	const strengths = new Map<string, number>();
	const documents = df.documentCount;
	let total = 0;
	let strongest = 0;
	for (const [term, weight] of terms) {
		// Phrases said only once are not counted in the table: as rare as a term can be.
		const having = Math.max(1, df.get(term));
		const strength = weight * bm25Rarity(documents, having);
		strengths.set(term, strength);
		total += strength;
		strongest = Math.max(strongest, strength);
	}
	return { total, relative: (term) => (strongest > 0 ? (strengths.get(term) ?? 0) / strongest : 0) };
}

/** A query word in more than this share of the targets is left out of the search… */
const DF_CEILING = 0.6;
/** …among at least this many targets (in a handful, every word is in half of them). */
const DF_CEILING_MIN = 50;
/**
 * A query phrase in more than this share of them is left out too: two words said side by
 * side in a tenth of the notes are a template's, a footer's or two everyday words, and the
 * notes that say such a phrase once were most of a search's phrase work.
 */
const PHRASE_CEILING = 0.1;

/**
 * A note's terms for searching among people or posts: its strongest that those contain,
 * and its strongest phrases, weighted on the same scale; `extra` is added to the words'
 * weights (feedback.ts).
 */
export function queryTerms(
	index: NetworkReader,
	weights: ReadonlyMap<string, number>,
	among: "people" | "posts",
	extra?: ReadonlyMap<string, number>,
): { terms: Map<string, number>; phrases: Map<string, number> } {
	const df = among === "people" ? index.peopleDf : index.postDf;
	const terms = topTerms(weights, df, WEIGHTS.queryTerms, extra);
	// A word most of them say (a template's, a footer's) hardly moves a ranking, yet walking
	// its postings is most of a search's cost on a templated vault.
	if (df.documentCount >= DF_CEILING_MIN) for (const term of [...terms.keys()]) if (df.get(term) > DF_CEILING * df.documentCount) terms.delete(term);
	let strongest = 0;
	for (const term of terms.keys()) strongest = Math.max(strongest, (weights.get(term) ?? 0) + (extra?.get(term) ?? 0));
	const phrases = new Map<string, number>();
	const ceiling = df.documentCount >= DF_CEILING_MIN ? PHRASE_CEILING * df.documentCount : Number.POSITIVE_INFINITY;
	for (const [term, weight] of strongestFirst(weights)) {
		if (phrases.size >= WEIGHTS.queryPhrases) break;
		if (!isPhrase(term)) continue;
		// Said more than once in a note, a phrase is indexed as a term; said once, it is in the phrase index.
		if (ceiling !== Number.POSITIVE_INFINITY && df.get(term) + index.phraseSaidOnce(term, among) > ceiling) continue;
		phrases.set(term, strongest > 0 ? Math.min(1, weight / strongest) : 1);
	}
	return { terms, phrases };
}

export function withPhrases(terms: ReadonlyMap<string, number>, phrases: ReadonlyMap<string, number>): Map<string, number> {
	const all = new Map(terms);
	for (const [term, weight] of phrases) if (!all.has(term)) all.set(term, weight);
	return all;
}

/**
 * A note searched among people or posts (queryTerms). The phrases join the returned terms,
 * which order the matched words in reasons.
 */
export function searchNote(index: NetworkReader, weights: Map<string, number>, among: "people" | "posts"): { hits: SearchHit[]; terms: Map<string, number> } {
	const { terms, phrases } = queryTerms(index, weights, among);
	const hits = among === "people" ? index.searchPeople(terms, phrases) : index.searchPosts(terms, phrases);
	return { hits, terms: withPhrases(terms, phrases) };
}

/** At equal weight a phrase says more than its words alone ("usage based" over "usage"). */
export function isPhrase(term: string): boolean {
	return term.includes("_");
}
