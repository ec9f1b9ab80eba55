/**
 * Full-text search over people and posts: their MiniSearch indexes, the phrase indexes of
 * what bodies say only once, and the document frequencies matching weighs terms by.
 */
import type MiniSearch from "minisearch";
import { compareText } from "../model/compare";
import type { Person, Post } from "../model/types";
import { analyzeForIndex, phraseHash, termCounts } from "../text/phrases";
import { bm25Rarity, DocumentFrequency, SearchFrequency, type DocumentFrequencyTable } from "./frequency";
import { PhraseIndex } from "./phrase-index";
import { PEOPLE_OPTIONS, PERSON_FIELDS, personBody, personDoc, POST_FIELDS, POST_OPTIONS, postBody, postDoc, postTerms, type PersonDoc, type PostDoc } from "./search-documents";
import { BatchedSearch, SearchParts, type PackedTerms, type SearchMeta, type TermData } from "./search-engine";
import { documentsOf } from "./search-unpack";
import { DocumentScore } from "./document-score";
import { hasHash } from "./phrase-index";
import { ExtendedHit, hasMatched, matchedCount, type SearchHit } from "./search-hit";

export type SearchName = "people" | "posts";

export interface SearchTuning {
	peopleBoost: Record<string, number>;
	postBoost: Record<string, number>;
	/**
	 * BM25 over people's notes. Fully length-normalised (b = 1), with term frequency slower to
	 * saturate (k = 1.8): a person known by many documents has a long note about several
	 * subjects, and at b = 0.7 its many single matches outscored a short note about the
	 * query's subject (tuned on the labeled sets' long profiles, eval-profiles.ts).
	 */
	peopleBm25: { k: number; b: number; d: number };
	/** BM25 over posts (history, posts like a note). */
	postBm25: { k: number; b: number; d: number };
}

export const DEFAULT_SEARCH_TUNING: SearchTuning = {
	peopleBoost: { topics: 2, role: 1.5, name: 1, body: 1 },
	postBoost: { title: 2.5, topics: 3, body: 1 },
	peopleBm25: { k: 1.8, b: 1, d: 0 },
	postBm25: { k: 1.2, b: 0.7, d: 0 },
};

export type { SearchHit } from "./search-hit";

/**
 * What the index keeps of a person or a post: the note itself. The document given to
 * MiniSearch (and a post's terms counted for document frequency) is worked out again from
 * it when an edit or a removal needs it, rather than kept: kept, those were about a fifth
 * of the index's memory (26 MB at 10k notes), for one analysis of the old text per edit.
 */
export interface IndexedPerson {
	person: Person;
}

export interface IndexedPost {
	post: Post;
}

const NO_PHRASES: ReadonlyMap<string, number> = new Map();
/** Terms whose postings are kept for scoring one note at a time (references into the index, not copies). */
const MAX_KEPT_POSTINGS = 50_000;

/**
 * The hashes of a query's phrases, in its order: scoreOne looks one query's phrases up in
 * many notes. A query's phrases are final once built; a map that grew is hashed again.
 */
const phraseHashes = new WeakMap<ReadonlyMap<string, number>, number[]>();

function phraseHashesOf(phrases: ReadonlyMap<string, number>): number[] {
	let hashes = phraseHashes.get(phrases);
	if (hashes === undefined || hashes.length !== phrases.size) phraseHashes.set(phrases, (hashes = [...phrases.keys()].map(phraseHash)));
	return hashes;
}

export class TextSearch {
	private readonly _people = new BatchedSearch<PersonDoc>(PEOPLE_OPTIONS, PERSON_FIELDS);
	private readonly _posts = new BatchedSearch<PostDoc>(POST_OPTIONS, POST_FIELDS);
	/** Document frequency over people (their name aside), read from their search index. */
	readonly peopleDf: DocumentFrequencyTable = new SearchFrequency(() => this._people.engine, "name", () => this._people.revision);
	/** Over posts: every distinct term of a post, not only the ones its search document keeps. */
	readonly postDf = new DocumentFrequency();
	/** The phrase terms of people's and posts' bodies, as hashes (see analyzeForIndex). */
	private readonly _personPhrases = new PhraseIndex();
	private readonly _postPhrases = new PhraseIndex();

	/** `postBodyTerms`: how many of a post's most frequent terms are indexed besides title and topics. */
	constructor(private readonly _postBodyTerms: number) {}

	addPerson(person: Person): IndexedPerson {
		const body = analyzeForIndex(person.body);
		const doc = personDoc(person);
		this._people.add(doc, doc.id, { body: personBody(body.terms) });
		this._personPhrases.set(person.path, body.phrases);
		return { person };
	}

	addPost(post: Post): IndexedPost {
		const body = analyzeForIndex(post.body);
		const bodyTerms = termCounts(body.terms);
		const doc = postDoc(post);
		this._posts.add(doc, doc.id, { body: postBody(bodyTerms, this._postBodyTerms) });
		this.postDf.add(postTerms(doc, bodyTerms));
		this._postPhrases.set(post.path, body.phrases);
		return { post };
	}

	// `remove` (not `discard`) with the document as indexed, rebuilt from the same data: a
	// discarded document lingers in the term statistics until a vacuum, and searches in the
	// meantime score with inflated document frequencies (even negative scores).
	removePerson({ person }: IndexedPerson): void {
		const doc = personDoc(person);
		this._people.remove(doc, doc.id, { body: personBody(analyzeForIndex(person.body).terms) });
		this._personPhrases.delete(person.path);
	}

	removePost({ post }: IndexedPost): void {
		const bodyTerms = termCounts(analyzeForIndex(post.body).terms);
		const doc = postDoc(post);
		this._posts.remove(doc, doc.id, { body: postBody(bodyTerms, this._postBodyTerms) });
		this.postDf.remove(postTerms(doc, bodyTerms));
		this._postPhrases.delete(post.path);
	}

	/**
	 * About how many people and posts say a phrase only once in their body (phraseIndex
	 * counts), which the document frequencies do not count: without it a footer's phrase,
	 * said once in each of thousands of posts, would weigh as the rarest of phrases.
	 */
	saidOnce(term: string, among?: SearchName): number {
		const hash = phraseHash(term);
		return (among === "posts" ? 0 : this._personPhrases.notesWith(hash)) + (among === "people" ? 0 : this._postPhrases.notesWith(hash));
	}

	/** The phrase hashes of a person's or post's body, as a snapshot stores them. */
	phrasesOf(search: SearchName, path: string): Uint32Array {
		return (search === "people" ? this._personPhrases : this._postPhrases).get(path) ?? new Uint32Array(0);
	}

	/** Puts back a body's phrase hashes from a snapshot. */
	restorePhrases(search: SearchName, path: string, phrases: Uint32Array): void {
		(search === "people" ? this._personPhrases : this._postPhrases).set(path, phrases);
	}

	/** A search index as MiniSearch serialises it, without its terms (see packedTerms). */
	meta(search: SearchName): SearchMeta {
		return SearchParts.meta(this._searchOf(search).engine);
	}

	/** A search index's terms with their postings, in groups of about `numbers` numbers. */
	packedTerms(search: SearchName, numbers: number): Generator<PackedTerms, void, undefined> {
		return SearchParts.packedTerms(this._searchOf(search).engine, numbers);
	}

	/** A search index, whatever its documents: for what does not depend on them (snapshots). */
	private _searchOf(search: SearchName): BatchedSearch<unknown> {
		return (search === "people" ? this._people : this._posts) as BatchedSearch<unknown>;
	}

	restorePostFrequencies(documents: number, terms: readonly string[], counts: ArrayLike<number>): void {
		this.postDf.restore(documents, terms, counts);
	}

	/**
	 * Puts back a search index from its meta and terms; it loads as a build's documents do
	 * (see settle). Throws on a meta MiniSearch did not write, or one that does not hold
	 * exactly `notes` (edits would fail on it later).
	 */
	restore(search: SearchName, meta: SearchMeta, terms: Iterable<[string, TermData]>, notes: ReadonlyMap<string, unknown>): void {
		const documents = documentsOf(meta);
		const { documentCount, documentIds, fieldLength, averageFieldLength: averages } = documents;
		const fields = averages.length;
		const whole =
			documentCount === notes.size &&
			documentIds.size === documentCount &&
			// An index that never held a document has no averages yet (a vault with people and no posts).
			(fields === (search === "people" ? PERSON_FIELDS : POST_FIELDS).length || (documentCount === 0 && fields === 0)) &&
			averages.every(Number.isFinite) &&
			[...documentIds].every(([shortId, path]) => notes.has(path) && fieldLength.get(shortId)?.length === fields);
		if (!whole) throw new Error("damaged");
		this._searchOf(search).restore(documents, terms);
	}

	/**
	 * Loads the documents a build gathered for the search indexes, a step at a time (the
	 * caller may hand the main thread back between steps); without it they are loaded at
	 * once on the first search.
	 */
	*settle(): Generator<void, void, undefined> {
		yield* this._people.settle();
		yield* this._posts.settle();
	}

	/** As settle, at once. */
	settleNow(): void {
		void this._people.engine;
		void this._posts.engine;
	}

	/**
	 * Full-text search over people: `terms` (analysed terms, weighted by importance) through
	 * MiniSearch, and `phrases` (phrase terms on the same scale) also among the phrases a
	 * body says only once, which MiniSearch does not hold.
	 */
	searchPeople(terms: Map<string, number>, phrases: ReadonlyMap<string, number> = NO_PHRASES, tuning: SearchTuning = DEFAULT_SEARCH_TUNING): SearchHit[] {
		const engine = this._people.engine;
		const hits = search(engine, terms, tuning.peopleBoost, tuning.peopleBm25);
		return withPhrases(hits, phrases, this._personPhrases, engine.documentCount, tuning.peopleBoost.body ?? 1, tuning.peopleBm25);
	}

	/**
	 * Each term's postings once per revision of an index: one person is scored against many
	 * queries that share terms, and finding a term walks the index's tree.
	 */
	private readonly _postings = { people: { revision: -1, terms: new Map<string, TermData | null>() }, posts: { revision: -1, terms: new Map<string, TermData | null>() } };

	private _postingsOf(among: SearchName): (term: string) => TermData | undefined {
		const search = this._searchOf(among);
		const kept = this._postings[among];
		if (kept.revision !== search.revision || kept.terms.size > MAX_KEPT_POSTINGS) {
			kept.revision = search.revision;
			kept.terms.clear();
		}
		const engine = search.engine;
		return (term) => {
			// One lookup for a term met before: null stands for a term the index does not have.
			const found = kept.terms.get(term);
			if (found !== undefined) return found ?? undefined;
			const data = (DocumentScore.postings(engine, term) as TermData | undefined) ?? null;
			kept.terms.set(term, data);
			return data ?? undefined;
		};
	}

	/**
	 * How many people (or posts) say each phrase of a query in the part of their body the
	 * phrase index holds: what a search weighs those phrases by (see withPhrases).
	 */
	phraseHaving(among: SearchName, phrases: ReadonlyMap<string, number>): number[] {
		const having = new Array<number>(phrases.size).fill(0);
		if (phrases.size === 0) return having;
		const bodies = among === "people" ? this._personPhrases : this._postPhrases;
		for (const matched of bodies.matches([...phrases.keys()].map(phraseHash)).values()) for (const i of matched) having[i] = (having[i] ?? 0) + 1;
		return having;
	}

	/**
	 * What searchPeople (or searchPosts) would score one person (or post) for the same query,
	 * or null when it would not find them; `having` is phraseHaving's for the phrases. For
	 * one target against many queries (posts-for), where searching all each time would be wasted.
	 */
	scoreOne(among: SearchName, path: string, terms: ReadonlyMap<string, number>, phrases: ReadonlyMap<string, number>, having: readonly number[], tuning: SearchTuning = DEFAULT_SEARCH_TUNING): SearchHit | null {
		const engine = this._searchOf(among).engine;
		const boost = among === "people" ? tuning.peopleBoost : tuning.postBoost;
		const bm25 = among === "people" ? tuning.peopleBm25 : tuning.postBm25;
		if (terms.size === 0 && phrases.size === 0) return null;
		const found = engine.documentCount === 0 || terms.size === 0 ? null : DocumentScore.score(engine, path, terms, boost, bm25, this._postingsOf(among));
		const hashes = (among === "people" ? this._personPhrases : this._postPhrases).get(path);
		const said: number[] = [];
		if (hashes !== undefined) phraseHashesOf(phrases).forEach((hash, i) => hasHash(hashes, hash) && said.push(i));
		const hit: SearchHit | null = found === null ? null : { path, score: found.score, match: found.match };
		if (said.length === 0) return hit;
		const scores = phraseScores(phrases, having, engine.documentCount, boost.body ?? 1, bm25);
		return rescore(hit ?? { path, score: 0, match: {} }, said, [...phrases.keys()], scores);
	}

	searchPosts(terms: Map<string, number>, phrases: ReadonlyMap<string, number> = NO_PHRASES, tuning: SearchTuning = DEFAULT_SEARCH_TUNING): SearchHit[] {
		const engine = this._posts.engine;
		const hits = search(engine, terms, tuning.postBoost, tuning.postBm25);
		return withPhrases(hits, phrases, this._postPhrases, engine.documentCount, tuning.postBoost.body ?? 1, tuning.postBm25);
	}
}

/**
 * Adds the phrases found in bodies that say them only once, scored as MiniSearch scores
 * a term (BM25+ at average length, and the total times the number of terms matched), so
 * the results are as if those phrases were indexed; gives the hits in rank order.
 */
function withPhrases(
	hits: SearchHit[],
	phrases: ReadonlyMap<string, number>,
	bodies: PhraseIndex,
	documents: number,
	boost: number,
	bm25: { k: number; b: number; d: number },
): SearchHit[] {
	if (phrases.size === 0) return inRankOrder(hits);
	const list = [...phrases.keys()];
	const found = bodies.matches(list.map(phraseHash));
	if (found.size === 0) return inRankOrder(hits);
	// How many notes have each phrase, for its rarity.
	const having = new Array<number>(list.length).fill(0);
	for (const matched of found.values()) for (const i of matched) having[i] = (having[i] ?? 0) + 1;
	const scores = phraseScores(phrases, having, documents, boost, bm25);
	const rescored = (hit: SearchHit, matched: number[]): SearchHit => rescore(hit, matched, list, scores);
	const out: SearchHit[] = [];
	for (const hit of hits) {
		const matched = found.get(hit.path);
		if (matched === undefined) out.push(hit);
		else {
			out.push(rescored(hit, matched));
			found.delete(hit.path);
		}
	}
	for (const [path, matched] of found) out.push(rescored({ path, score: 0, match: {} }, matched));
	return inRankOrder(out);
}

/** Each phrase's score where it is said, as MiniSearch scores a term said once at average length. */
function phraseScores(phrases: ReadonlyMap<string, number>, having: readonly number[], documents: number, boost: number, bm25: { d: number }): number[] {
	return [...phrases.values()].map((weight, i) => weight * bm25Rarity(documents, having[i] ?? 0) * (bm25.d + 1) * boost);
}

/** A hit with the phrases `matched` (indexes into `list`) added, as if MiniSearch had found them too. */
function rescore(hit: SearchHit, matched: readonly number[], list: readonly string[], scores: readonly number[]): SearchHit {
	const terms = matchedCount(hit);
	let raw = terms > 0 ? hit.score / terms : 0;
	const added: string[] = [];
	for (const i of matched) {
		const term = list[i] as string;
		if (hasMatched(hit, term) || added.includes(term)) continue;
		added.push(term);
		raw += scores[i] as number;
	}
	return added.length === 0 ? hit : new ExtendedHit(hit, added, raw * (terms + added.length));
}

/** The engine's hits for the weighted terms, in no order: withPhrases puts them in rank order. */
function search<T>(
	engine: MiniSearch<T>,
	weights: Map<string, number>,
	boost: Record<string, number>,
	bm25: { k: number; b: number; d: number },
): SearchHit[] {
	if (weights.size === 0 || engine.documentCount === 0) return [];
	return (
		DocumentScore.search(engine, weights, boost, bm25) ??
		engine
			.search([...weights.keys()].join(" "), {
				boost,
				bm25,
				combineWith: "OR",
				boostTerm: (term) => weights.get(term) ?? 0,
			})
			.map((result) => ({ path: String(result.id), score: result.score, match: result.match }))
	);
}

/**
 * Best first; equal scores in path order: MiniSearch leaves them in insertion order, which
 * would make results depend on the order notes arrived in. A total order, so the order hits
 * come in changes nothing: they are sorted once, after phrases are added (withPhrases).
 */
function inRankOrder(hits: SearchHit[]): SearchHit[] {
	return hits.sort((a, b) => b.score - a.score || compareText(a.path, b.path));
}
