/**
 * Words a note's closest people share (pseudo-relevance feedback): the people a note's own
 * words find first are read for their most distinctive words, which join the note's query
 * at a lower weight. A person who describes the note's subject in other words than the
 * note ("Druckluft" for compressed air, "display chillers" for store refrigeration) is then
 * found through the people who use both. Measured on both labeled sets (README).
 */
import type { NetworkReader } from "../index/network-reader";
import { bm25Rarity } from "../index/frequency";
import { compareText } from "../model/compare";
import type { Person } from "../model/types";
import { analyzeForIndex } from "../text/phrases";
import { bestPart, termHashes, textParts } from "./person-parts";
import { strongestFirst } from "./query-terms";

export const FEEDBACK = {
	/** The added words' weight, relative to the note's strongest word, at full strength. */
	weight: 1,
	/** How many of the best-matching people are read. */
	people: 3,
	/** How many words each of them gives. */
	terms: 10,
	/**
	 * Only among at least this many people: in a handful, the closest three are most of the
	 * vault, and their own words only push them further up.
	 */
	minPeople: 20,
};

/** Whether a note's query gains feedback words in this vault. */
export function feedbackWanted(index: NetworkReader): boolean {
	return FEEDBACK.weight > 0 && index.peopleDf.documentCount >= FEEDBACK.minPeople;
}

/** A body term counts at most this often (as the people index counts it). */
const MAX_REPEATS = 2;

/** Each person's strongest body words, worked out when first read, for one text revision of the index. */
const kept = new WeakMap<Person, { revision: number; terms: ReadonlyArray<readonly [string, number]> }>();

/** A long note's parts as read for feedback: each part's terms (termHashes) and strongest words. */
interface Parts {
	hashes: Uint32Array[];
	words: Array<ReadonlyArray<readonly [string, number]>>;
}

/** The parts of each person note read, null for a note of one part, for one text revision of the index. */
const partsKept = new WeakMap<Person, { revision: number; parts: Parts | null }>();

function partsOf(index: NetworkReader, person: Person): Parts | null {
	const found = partsKept.get(person);
	if (found !== undefined && found.revision === index.textRevision) return found.parts;
	const texts = textParts(person.body);
	let parts: Parts | null = null;
	if (texts.length > 1) {
		const counts = texts.map(termCounts);
		parts = { hashes: counts.map((part) => termHashes(part.keys())), words: counts.map((part) => distinctive(index, part)) };
	}
	partsKept.set(person, { revision: index.textRevision, parts });
	return parts;
}

function termCounts(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	// Words, not phrases: a reason quotes each as the person wrote it.
	for (const term of analyzeForIndex(text).terms) if (!term.includes("_")) counts.set(term, Math.min(MAX_REPEATS, (counts.get(term) ?? 0) + 1));
	return counts;
}

/** The most distinctive of some counted words (said by at least one other person), strongest first, on a 0–1 scale. */
function distinctive(index: NetworkReader, counts: ReadonlyMap<string, number>): ReadonlyArray<readonly [string, number]> {
	const df = index.peopleDf;
	const scored: Array<[string, number]> = [];
	for (const [term, count] of counts) {
		const having = df.get(term);
		// A word only they say finds nobody else.
		if (having >= 2) scored.push([term, count * bm25Rarity(df.documentCount, having)]);
	}
	scored.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
	const top = scored.slice(0, FEEDBACK.terms);
	const max = top[0]?.[1] ?? 1;
	return top.map(([term, value]) => [term, value / max] as const);
}

/**
 * A person's strongest words for a query: those of the part of their note most like it when
 * the note is long enough to have parts, else of their whole note.
 */
function strongestWords(index: NetworkReader, person: Person, weights: ReadonlyMap<string, number>): ReadonlyArray<readonly [string, number]> {
	const parts = partsOf(index, person);
	const best = parts === null ? -1 : bestPart(parts.hashes, weights);
	if (parts !== null && best >= 0) return parts.words[best] as ReadonlyArray<readonly [string, number]>;
	const found = kept.get(person);
	if (found !== undefined && found.revision === index.textRevision) return found.terms;
	const terms = distinctive(index, termCounts(person.body));
	kept.set(person, { revision: index.textRevision, terms });
	return terms;
}

/**
 * The weight the feedback words add to a note's query (a word it says already gains
 * weight), and which of them it does not say itself. `hits` are the note's own search
 * among people, best first.
 */
export function withFeedback(
	index: NetworkReader,
	weights: ReadonlyMap<string, number>,
	hits: ReadonlyArray<{ path: string; score: number }>,
): { extra: Map<string, number>; related: Set<string> } {
	const extra = new Map<string, number>();
	const related = new Set<string>();
	const top = hits.slice(0, FEEDBACK.people);
	const best = top[0]?.score ?? 0;
	if (best <= 0 || !feedbackWanted(index)) return { extra, related };
	const strongest = Math.max(0, strongestFirst(weights)[0]?.[1] ?? 0);
	for (const hit of top) {
		const person = index.person(hit.path);
		if (person === undefined) continue;
		const share = (FEEDBACK.weight * strongest * (hit.score / best)) / top.length;
		for (const [term, value] of strongestWords(index, person, weights)) {
			if (!weights.has(term)) related.add(term);
			extra.set(term, (extra.get(term) ?? 0) + share * value);
		}
	}
	return { extra, related };
}
