/**
 * The evidence that a person cares about a note, gathered for everyone at once: text
 * relevance of the note's distinctive terms against their note, the one most distinctive
 * term they say, their topics that the note has or says, whether the note mentions them,
 * and similar posts already sent to them. Each kind is combined as independent evidence.
 */
import type { NetworkReader } from "../index/network-reader";
import { eachMatched, type SearchHit } from "../index/search-hit";
import type { Mention } from "../links/names";
import { compareText } from "../model/compare";
import type { NoteQuery } from "./note-query";
import { feedbackWanted, withFeedback } from "./feedback";
import { peopleTopics, topicInNote } from "./person-topics";
import { queryTerms, termStrengths, withPhrases } from "./query-terms";
import { WEIGHTS } from "./weights";
import type { Person } from "../model/types";

export { WEIGHTS } from "./weights";
export { isPhrase, queryTerms, searchNote, termStrengths, topTerms } from "./query-terms";

export interface Evidence {
	text: number;
	/** How distinctive the most distinctive query term they say is: 1 for the note's strongest. */
	keyTerm: number;
	topicExact: string[];
	/** The topics of topicExact weighed by how rare each is (1 each when all are rare). */
	topicExactWeight: number;
	topicInText: string[];
	mentioned: boolean;
	/** How the note mentions them (the link or name it wrote), when it does. */
	mention?: Mention;
	history: { similarity: number; posts: string[] };
	/** Earlier posts they replied to that bear on this note, in the order found. */
	replies: string[];
	/** Their text match (each query term they say → the fields it is in): read through matchOf, only for people shown. */
	textHit: SearchHit | null;
	/** The query terms' weights, shared by everyone's evidence, for ordering the match. */
	termWeights: ReadonlyMap<string, number>;
	/** Query terms the note does not say, from the people it matches best (NoteProbe.related). */
	related: ReadonlySet<string>;
}

const NO_MATCH: Readonly<Record<string, string[]>> = Object.freeze({});

/** What a person's text matched: each query term they say → the fields it is in. */
export function matchOf(evidence: Evidence): Readonly<Record<string, string[]>> {
	return evidence.textHit?.match ?? NO_MATCH;
}
const NO_WEIGHTS: ReadonlyMap<string, number> = new Map();
const NO_TERMS: ReadonlySet<string> = new Set();

export function combine(evidence: Evidence): number {
	const parts = [
		WEIGHTS.text * evidence.text,
		WEIGHTS.keyTerm * evidence.keyTerm,
		Math.min(WEIGHTS.topicExactMax, WEIGHTS.topicExact * evidence.topicExactWeight),
		Math.min(WEIGHTS.topicInTextMax, WEIGHTS.topicInText * evidence.topicInText.length),
		evidence.mentioned ? (evidence.mention?.byFirstName ? WEIGHTS.firstNameMention : WEIGHTS.mention) : 0,
		Math.min(WEIGHTS.historyMax, WEIGHTS.history * evidence.history.similarity),
		Math.min(WEIGHTS.replyMax, WEIGHTS.reply * evidence.replies.length),
	];
	return 1 - parts.reduce((rest, p) => rest * (1 - p), 1);
}

// Shared by every fresh evidence and never written to: a search gives a thousand people
// evidence, most of it text alone. addHistory and addReply make their own before adding.
const NO_LIST: string[] = Object.freeze([]) as unknown as string[];
const NO_HISTORY: Evidence["history"] = Object.freeze({ similarity: 0, posts: NO_LIST });

function emptyEvidence(): Evidence {
	return { text: 0, keyTerm: 0, topicExact: NO_LIST, topicExactWeight: 0, topicInText: NO_LIST, mentioned: false, history: NO_HISTORY, replies: NO_LIST, textHit: null, termWeights: NO_WEIGHTS, related: NO_TERMS };
}

/**
 * What evidence for a note needs of it, worked out once whoever it is weighed for: its
 * search among people, the people's topics it has or says, who it mentions, the similar
 * posts already sent and the topics replies are checked against. Small, so a post's can be
 * kept for reading it from a person's side (posts-for, pair.ts).
 */
export interface NoteProbe {
	path: string;
	/** The note's strongest terms that people say, and its strongest phrases, on one scale. */
	terms: Map<string, number>;
	phrases: Map<string, number>;
	/** Both, for ordering matched terms. */
	termWeights: Map<string, number>;
	/** Terms the note does not say, added from the people it matches best (feedback.ts). */
	related: ReadonlySet<string>;
	/** What a person saying every term once would score, over which text scores saturate. */
	reference: number;
	relative(term: string): number;
	/** People's topics (as written) that the note has (`exact`) or says, with their weight. */
	topics: Map<string, { exact: boolean; weight: number }>;
	mentions: Map<string, Mention>;
	/** The note's search among posts, for history: earlier posts like it. */
	posts: { terms: Map<string, number>; phrases: Map<string, number>; ideal: number; having?: number[] };
	/** Earlier posts similar enough to count as history, in the order found, with their similarity: searched for when first needed (similarPosts). */
	similar?: Array<{ path: string; similarity: number }>;
	/** The note's topic keys (replies to posts on them bear on it). */
	topicKeys: ReadonlySet<string>;
	/** The search terms as the note wrote them: for reasons without the whole query. */
	surface: Map<string, string>;
	/** For a search term a synonym added, the note's own term of that group ("kubernetes" for "k8"), so reasons cite what it says. */
	own: Map<string, string>;
	/** How many people say each phrase: worked out only when one person is scored alone. */
	having?: number[];
	/**
	 * Posts already scored against this one as history (pairEvidence), null when not similar
	 * enough: whoever was sent a post, the pair of posts scores the same, and a person's list
	 * or a report reads the same few sent posts against each post looked at.
	 */
	similarTo?: Map<string, { similarity: number; score: number } | null>;
}

/** Most posts a probe remembers scoring against (similarTo): a probe stays small. */
const SIMILAR_TO_KEPT = 256;

export function probeNote(index: NetworkReader, query: NoteQuery): NoteProbe {
	const own = queryTerms(index, query.weights, "people");
	const feedback = withFeedback(index, query.weights, feedbackWanted(index) ? index.searchPeople(own.terms, own.phrases) : []);
	const { terms, phrases } = feedback.extra.size > 0 ? queryTerms(index, query.weights, "people", feedback.extra) : own;
	const peopleTerms = withPhrases(terms, phrases);
	const strength = termStrengths(index.peopleDf, peopleTerms);

	const topics = new Map<string, { exact: boolean; weight: number }>();
	// A topic also comes up when the note itself says it another way the synonyms know (its
	// own words: the weights hold other groups' expansions too, which would chain groups).
	const said = index.synonyms().keysSaid(query.allTerms, (words) => (words.length > 1 || query.allTerms.has(words[0] as string)) && topicInNote(words, query, WEIGHTS.topicWordMinWeight));
	for (const { topic, key, terms: words, weight } of peopleTopics(index)) {
		const exact = query.topics.has(key);
		if (exact || said.has(key) || topicInNote(words, query, WEIGHTS.topicWordMinWeight)) topics.set(topic, { exact, weight });
	}

	const postTerms = queryTerms(index, query.weights, "posts");
	const ideal = WEIGHTS.historyIdealShare * termStrengths(index.postDf, withPhrases(postTerms.terms, postTerms.phrases)).total;
	return {
		path: query.path,
		terms,
		phrases,
		termWeights: peopleTerms,
		related: feedback.related,
		reference: WEIGHTS.textIdealShare * strength.total,
		relative: (term) => strength.relative(term),
		topics,
		mentions: query.mentions,
		posts: { ...postTerms, ideal },
		...ownWords(index, query, peopleTerms),
		topicKeys: new Set(query.topics.keys()),
	};
}

function ownWords(index: NetworkReader, query: NoteQuery, terms: ReadonlyMap<string, number>): { surface: Map<string, string>; own: Map<string, string> } {
	const surface = new Map<string, string>();
	const own = new Map<string, string>();
	const synonyms = index.synonyms();
	// The note's own synonym words by group, worked out only when a synonym added a term: only
	// a word the synonym table knows can be of a group, which spares reading every word.
	let groups: Map<string, readonly [string, string]> | null = null;
	const groupsOfNote = (): Map<string, readonly [string, string]> => {
		groups = new Map();
		for (const [mine, written] of query.surface) {
			if (!query.allTerms.has(mine) || synonyms.surfaceOf(mine) === undefined) continue;
			const group = synonyms.canonicalTopic(written);
			if (!groups.has(group)) groups.set(group, [mine, written]);
		}
		return groups;
	};
	for (const term of terms.keys()) {
		const words = query.surface.get(term);
		if (words !== undefined) surface.set(term, words);
		// Terms of the query a synonym added (feedback words are not the note's in any spelling).
		const added = query.allTerms.has(term) || !query.weights.has(term) ? undefined : synonyms.surfaceOf(term);
		if (added === undefined) continue;
		const mine = (groups ?? groupsOfNote()).get(synonyms.canonicalTopic(added));
		if (mine === undefined) continue;
		own.set(term, mine[0]);
		surface.set(mine[0], mine[1]);
	}
	return { surface, own };
}

export function gatherEvidence(index: NetworkReader, query: NoteQuery, probe: NoteProbe = probeNote(index, query)): Map<string, Evidence> {
	const evidence = new Map<string, Evidence>();
	const get = (path: string): Evidence => {
		let found = evidence.get(path);
		if (!found) {
			found = emptyEvidence();
			evidence.set(path, found);
		}
		return found;
	};
	for (const hit of index.searchPeople(probe.terms, probe.phrases)) addText(get(hit.path), hit, probe);

	// Each topic is checked once, however many people share it (in the probe); then per person in their own order.
	const matched = new Map<string, Array<{ position: number; topic: string; exact: boolean; weight: number }>>();
	for (const { topic, holders } of peopleTopics(index)) {
		const found = probe.topics.get(topic);
		if (found === undefined) continue;
		for (const { path, position } of holders) {
			const entry = { position, topic, ...found };
			const list = matched.get(path);
			if (list === undefined) matched.set(path, [entry]);
			else list.push(entry);
		}
	}
	for (const [path, list] of matched) addTopics(get(path), list);

	for (const [path, mention] of probe.mentions) {
		const found = get(path);
		found.mentioned = true;
		found.mention = mention;
	}
	const similar = similarPosts(index, probe);
	for (const { path, similarity } of similar) for (const person of index.recipients(path)) addHistory(get(person), path, similarity);
	const similarPaths = new Set(similar.map((s) => s.path));
	const bears = bearing(index, probe, (path) => similarPaths.has(path));
	for (const [person, posts] of index.replies()) for (const post of posts) if (bears(post)) addReply(get(person), post);
	return evidence;
}

/**
 * One person's evidence for a note, as gatherEvidence finds it for everyone: the same
 * numbers, so a pair scores the same read from either side (who-cares, posts-for).
 */
export function pairEvidence(index: NetworkReader, probe: NoteProbe, person: Person): Evidence {
	const found = emptyEvidence();
	probe.having ??= index.phraseHaving("people", probe.phrases);
	const hit = index.scoreOne("people", person.path, probe.terms, probe.phrases, probe.having);
	if (hit !== null) addText(found, hit, probe);
	if (!person.archived) {
		const list: Array<{ position: number; topic: string; exact: boolean; weight: number }> = [];
		[...person.topics, ...person.tags].forEach((topic, position) => {
			const entry = probe.topics.get(topic);
			if (entry !== undefined) list.push({ position, topic, ...entry });
		});
		if (list.length > 0) addTopics(found, list);
	}
	const mention = probe.mentions.get(person.path);
	if (mention !== undefined) {
		found.mentioned = true;
		found.mention = mention;
	}
	// Only the posts they were sent (or replied to) are compared with the note, each as the
	// note's search among posts would score it.
	const similarity = (path: string): { similarity: number; score: number } | null => {
		if (path === probe.path) return null;
		const known = probe.similarTo?.get(path);
		if (known !== undefined) return known;
		probe.posts.having ??= index.phraseHaving("posts", probe.posts.phrases);
		const hit = index.scoreOne("posts", path, probe.posts.terms, probe.posts.phrases, probe.posts.having);
		const value = hit === null || probe.posts.ideal <= 0 ? 0 : Math.min(1, hit.score / probe.posts.ideal);
		const result = hit !== null && value >= WEIGHTS.historyMinSimilarity ? { similarity: value, score: hit.score } : null;
		probe.similarTo ??= new Map();
		if (probe.similarTo.size < SIMILAR_TO_KEPT) probe.similarTo.set(path, result);
		return result;
	};
	const sent: Array<{ path: string; similarity: number; score: number }> = [];
	for (const path of index.sentPosts(person.path)) {
		const found = index.recipients(path).has(person.path) ? similarity(path) : null;
		if (found !== null) sent.push({ path, ...found });
	}
	// In the order the search finds them, so the sum is the same to the last bit.
	sent.sort((a, b) => b.score - a.score || compareText(a.path, b.path));
	for (const { path, similarity: value } of sent) addHistory(found, path, value);
	const replied = index.replies().get(person.path);
	if (replied !== undefined) {
		const bears = bearing(index, probe, (path) => similarity(path) !== null);
		for (const post of replied) if (bears(post)) addReply(found, post);
	}
	return found;
}

/** Earlier posts like the note, as history counts them (searched once per probe). */
export function similarPosts(index: NetworkReader, probe: NoteProbe): Array<{ path: string; similarity: number }> {
	if (probe.similar !== undefined) return probe.similar;
	const { terms, phrases, ideal } = probe.posts;
	const similar: Array<{ path: string; similarity: number }> = [];
	for (const hit of index.searchPosts(terms, phrases)) {
		if (hit.path === probe.path) continue;
		const similarity = ideal > 0 ? Math.min(1, hit.score / ideal) : 0;
		if (similarity >= WEIGHTS.historyMinSimilarity) similar.push({ path: hit.path, similarity });
	}
	probe.similar = similar;
	return similar;
}

function addText(found: Evidence, hit: SearchHit, probe: NoteProbe): void {
	// Saturating, so the strongest matches stay ordered instead of tying at the cap.
	found.text = probe.reference > 0 ? 1 - Math.exp(-WEIGHTS.textSaturation * (hit.score / probe.reference)) : 0;
	// Matched terms are put in order only for the people shown (see describe).
	found.textHit = hit;
	found.termWeights = probe.termWeights;
	found.related = probe.related;
	// One rare word said in passing in a long note still counts: BM25 alone drowns it in
	// length and in the many everyday words a long note shares with anything.
	eachMatched(hit, (term) => {
		found.keyTerm = Math.max(found.keyTerm, probe.relative(term));
	});
}

function addTopics(found: Evidence, list: Array<{ position: number; topic: string; exact: boolean; weight: number }>): void {
	list.sort((a, b) => a.position - b.position);
	found.topicExact = list.filter((t) => t.exact).map((t) => t.topic);
	found.topicExactWeight = list.filter((t) => t.exact).reduce((sum, t) => sum + t.weight, 0);
	found.topicInText = list.filter((t) => !t.exact).map((t) => t.topic);
}

function addHistory(found: Evidence, post: string, similarity: number): void {
	if (found.history === NO_HISTORY) found.history = { similarity: 0, posts: [] };
	found.history.similarity += similarity;
	found.history.posts.push(post);
}

function addReply(found: Evidence, post: string): void {
	if (found.replies === NO_LIST) found.replies = [];
	found.replies.push(post);
}

/** Whether a post someone replied to bears on the note: similar to it, or on one of its topics. */
function bearing(index: NetworkReader, probe: NoteProbe, isSimilar: (path: string) => boolean): (path: string) => boolean {
	const synonyms = index.synonyms();
	const known = new Map<string, boolean>();
	return (path) => {
		let bears = known.get(path);
		if (bears === undefined) {
			const post = index.post(path);
			bears = path !== probe.path && post !== undefined && (isSimilar(path) || [...post.topics, ...post.tags].some((topic) => probe.topicKeys.has(synonyms.canonicalTopic(topic))));
			known.set(path, bears);
		}
		return bears;
	};
}
