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

/** The strongest terms of a query that occur in one target set, renormalised. */
export function topTerms(weights: Map<string, number>, df: DocumentFrequencyTable, count: number): Map<string, number> {
	const top = [...weights.entries()]
		.filter(([term]) => df.get(term) > 0)
		.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
		.slice(0, count);
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

/** A note's terms for searching among people or posts: its strongest that those contain, and its strongest phrases, weighted on the same scale. */
export function queryTerms(index: NetworkReader, weights: Map<string, number>, among: "people" | "posts"): { terms: Map<string, number>; phrases: Map<string, number> } {
	const df = among === "people" ? index.peopleDf : index.postDf;
	const terms = topTerms(weights, df, WEIGHTS.queryTerms);
	// A word most of them say (a template's, a footer's) hardly moves a ranking, yet walking
	// its postings is most of a search's cost on a templated vault.
	if (df.documentCount >= DF_CEILING_MIN) for (const term of [...terms.keys()]) if (df.get(term) > DF_CEILING * df.documentCount) terms.delete(term);
	let strongest = 0;
	for (const term of terms.keys()) strongest = Math.max(strongest, weights.get(term) ?? 0);
	const phrases = new Map(
		[...weights.entries()]
			.filter(([term]) => isPhrase(term))
			.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
			.slice(0, WEIGHTS.queryPhrases)
			.map(([term, weight]) => [term, strongest > 0 ? Math.min(1, weight / strongest) : 1]),
	);
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
