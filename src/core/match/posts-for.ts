import type { NetworkReader } from "../index/network-reader";
import { compareText } from "../model/compare";
import { SCORE_FLOOR, scoreFloor } from "./floor";
import { buildNoteQuery, type NoteQuery } from "./note-query";
import { phraseTerms, tagWords } from "../text/phrases";
import { isPhrase, searchNote, WEIGHTS } from "./evidence";
import { isVaultCommon, nameTerms, readablePhrases } from "./reasons";
import { snippetFor, type Reason } from "./snippets";
import type { NoteRecord, Person, Post } from "../model/types";

/**
 * The reverse of who-cares: which posts suit one person. The person's note (topics, role,
 * body) becomes the query; posts are ranked by the same text relevance plus topic overlap
 * and whether the post mentions them.
 */

export interface PostMatch {
	path: string;
	title: string;
	score: number;
	reasons: string[];
	/** The reasons again, in the same order, each with the post's sentence it cites (null when none). */
	evidence: Reason[];
}

export interface PostsForOptions {
	limit?: number;
	/** Only posts that are published (status published, or no status but a published date). Default false. */
	publishedOnly?: boolean;
	/** "person path::post path" pairs marked "not for them". */
	notForThem?: ReadonlySet<string>;
	/** Drop posts scoring below this. Default SCORE_FLOOR.absolute (floor.ts). */
	minScore?: number;
	/** Drop posts scoring below this share of the best score. Default SCORE_FLOOR.relative; 0 lists every scored post. */
	relativeFloor?: number;
	/** Every post with a score above 0, with or without a reason, whatever the limit and the floors (the command line's `--all`). */
	every?: boolean;
}

export function pairKey(personPath: string, postPath: string): string {
	return `${personPath}::${postPath}`;
}

/** Published: `status: published`, `published: true` or `publish: true`, or a publication date and no status. */
export function isPublished(post: Post): boolean {
	return post.status === "published" || post.markedPublished || (post.status === null && post.published !== null);
}

/** A person note as a record the query builder understands: topics first, then role and body. */
export function personAsRecord(person: Person): NoteRecord {
	return {
		path: person.path,
		basename: person.name,
		frontmatter: { topics: person.topics },
		body: [person.role ?? "", person.company ?? "", person.body].join("\n"),
		bodyStartLine: 0,
		tags: person.tags,
		links: [],
		headings: [],
		mtime: person.mtime,
	};
}

/** A person's note searched against the posts: the part of postsFor that only text changes affect. */
interface PersonSearch {
	textRevision: number;
	query: NoteQuery;
	/** The strongest terms of their note, weighted. */
	terms: Map<string, number>;
	/** Posts matching the terms: score relative to the best match, and the terms matched. */
	text: Map<string, { score: number; match: Record<string, string[]> }>;
}

/**
 * The last searches per index, by person: follow-ups ask for the same people again whenever
 * the vault changes, and most changes (a daily note) leave every search as it was.
 */
const recentSearches = new WeakMap<NetworkReader, Map<Person, PersonSearch>>();
const RECENT_SEARCHES = 64;

function searchFor(index: NetworkReader, person: Person): PersonSearch {
	let recent = recentSearches.get(index);
	if (recent === undefined) {
		recent = new Map();
		recentSearches.set(index, recent);
	}
	const cached = recent.get(person);
	if (cached !== undefined && cached.textRevision === index.textRevision) return cached;
	const query = buildNoteQuery(personAsRecord(person), index);
	const { hits, terms } = searchNote(index, query.weights, "posts");
	const best = hits[0]?.score ?? 0;
	const text = new Map(hits.map((hit) => [hit.path, { score: best > 0 ? hit.score / best : 0, match: hit.match }]));
	const search: PersonSearch = { textRevision: index.textRevision, query, terms, text };
	recent.delete(person);
	recent.set(person, search);
	// Map order is insertion order: the first key is the least recently searched.
	if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value as Person);
	return search;
}

/** Posts by the canonical keys of their topics and tags, and by the people they mention, and the reverse; per text revision. */
interface PostLookup {
	textRevision: number;
	byTopic: Map<string, Post[]>;
	mentioning: Map<string, Post[]>;
	/** Each post's topics and tags with their canonical keys, the people it mentions, and its title in lower case (for ordering). */
	ofPost: Map<Post, { topics: Array<[topic: string, key: string]>; mentions: Set<string>; title: string }>;
}

const lookups = new WeakMap<NetworkReader, PostLookup>();

export function postLookup(index: NetworkReader): PostLookup {
	const cached = lookups.get(index);
	if (cached !== undefined && cached.textRevision === index.textRevision) return cached;
	const synonyms = index.synonyms();
	const byTopic = new Map<string, Post[]>();
	const mentioning = new Map<string, Post[]>();
	const add = (map: Map<string, Post[]>, key: string, post: Post): void => {
		const list = map.get(key);
		if (list === undefined) map.set(key, [post]);
		else if (list[list.length - 1] !== post) list.push(post);
	};
	const ofPost: PostLookup["ofPost"] = new Map();
	for (const post of index.allPosts()) {
		const topics = [...post.topics, ...post.tags].filter((topic) => index.commons.topicWeight(topic) > 0).map((topic): [string, string] => [topic, synonyms.canonicalTopic(topic)]);
		const mentions = index.mentionsOf(post.path);
		ofPost.set(post, { topics, mentions, title: post.title.toLowerCase() });
		for (const [, key] of topics) add(byTopic, key, post);
		for (const person of mentions) add(mentioning, person, post);
	}
	const lookup = { textRevision: index.textRevision, byTopic, mentioning, ofPost };
	lookups.set(index, lookup);
	return lookup;
}

/**
 * The posts that can score at least `minScore`. A post scores above 0 only with evidence
 * (a text match, a topic of theirs, a mention of them), so with a positive minimum only
 * those are looked at instead of every post in the vault.
 */
function candidates(
	index: NetworkReader,
	person: Person,
	personTopics: ReadonlyMap<string, string>,
	text: ReadonlyMap<string, { score: number }>,
	minScore: number,
): Iterable<Post> {
	if (minScore <= 0) return index.allPosts();
	const lookup = postLookup(index);
	const out = new Set<Post>();
	// Text alone scores what postsFor computes with no topic and no mention: a weaker match
	// needs a topic or a mention to reach minScore, and those posts are added below.
	for (const [path, { score }] of text) {
		const post = 1 - (1 - WEIGHTS.text * score) >= minScore ? index.post(path) : undefined;
		if (post) out.add(post);
	}
	for (const key of personTopics.keys()) for (const post of lookup.byTopic.get(key) ?? []) out.add(post);
	for (const post of lookup.mentioning.get(person.path) ?? []) out.add(post);
	return out;
}

export function postsFor(index: NetworkReader, person: Person, options: PostsForOptions = {}): PostMatch[] {
	const every = options.every === true;
	const limit = every ? Number.POSITIVE_INFINITY : (options.limit ?? 5);
	const minScore = every ? Number.MIN_VALUE : (options.minScore ?? SCORE_FLOOR.absolute);
	const { query, terms, text } = searchFor(index, person);
	const sent = index.sentPosts(person.path);
	const synonyms = index.synonyms();
	const personTopics = new Map(person.topics.filter((t) => index.commons.topicWeight(t) > 0).map((t) => [synonyms.canonicalTopic(t), t]));

	const { ofPost } = postLookup(index);
	const scored: Array<{ post: Post; score: number; topics: string[]; mentioned: boolean; title: string }> = [];
	for (const post of candidates(index, person, personTopics, text, minScore)) {
		if (sent.has(post.path)) continue;
		if (options.notForThem?.has(pairKey(person.path, post.path))) continue;
		// An idea is not written yet: never suggested, whatever else asks.
		if (post.status === "idea" || (options.publishedOnly && !isPublished(post))) continue;
		const known = ofPost.get(post);
		let shared = 0;
		for (const [, key] of known?.topics ?? []) if (personTopics.has(key)) shared++;
		const mentioned = known?.mentions.has(person.path) ?? false;
		// Independent evidence, as who-cares combines it; worked out without allocating, as most candidates fall short.
		const score =
			1 -
			(1 - WEIGHTS.text * (text.get(post.path)?.score ?? 0)) *
				(1 - Math.min(WEIGHTS.topicExactMax, WEIGHTS.topicExact * shared)) *
				(1 - (mentioned ? WEIGHTS.mention : 0));
		if (score < minScore) continue;
		const topics = (known?.topics ?? []).filter(([, key]) => personTopics.has(key)).map(([topic]) => topic);
		scored.push({ post, score: Math.round(score * 1000) / 1000, topics, mentioned, title: known?.title ?? post.title.toLowerCase() });
	}
	scored.sort((a, b) => b.score - a.score || compareText(a.title, b.title) || compareText(a.post.path, b.post.path));
	const lowest = every ? minScore : scoreFloor(scored[0]?.score ?? 0, { absolute: minScore, relative: options.relativeFloor ?? SCORE_FLOOR.relative });
	const listed: PostMatch[] = [];
	// Reasons are worked out only for the posts shown; one nobody can read a reason for is not shown.
	for (const candidate of scored) {
		if (listed.length >= limit || candidate.score < lowest) break;
		const match = describePost(index, person, candidate, text, terms, query);
		if (every || match.reasons.length > 0) listed.push(match);
	}
	return listed;
}

interface ScoredPost {
	post: Post;
	score: number;
	topics: string[];
	mentioned: boolean;
}

function describePost(index: NetworkReader, person: Person, { post, score, topics, mentioned }: ScoredPost, text: PersonSearch["text"], terms: PersonSearch["terms"], query: NoteQuery): PostMatch {
	const evidence: Reason[] = [];
	const body = [post.title, ...post.topics, post.body].join(".\n");
	const cite = (reason: string, words: string | null): void => {
		evidence.push({ reason, snippet: words === null ? null : snippetFor(post, body, words) });
	};
	for (const topic of topics.slice(0, 3)) cite(`topic: ${topic}`, tagWords(topic));
	if (mentioned) cite("mentions them", null);
	const found = text.get(post.path);
	if (found) {
		const ordered = Object.keys(found.match)
			.sort((a, b) => (terms.get(b) ?? 0) - (terms.get(a) ?? 0) || Number(isPhrase(b)) - Number(isPhrase(a)) || compareText(a, b))
			.filter((term) => !isVaultCommon(index, term));
		const said = new Set([...topics.flatMap((t) => phraseTerms(t)), ...nameTerms(person)]);
		const words = readablePhrases(ordered, query.surface, said, body);
		if (words.length > 0) cite(`about ${words.join(", ")}`, words[0]?.replace(/"/g, "") ?? null);
	}
	return { path: post.path, title: post.title, score, reasons: evidence.map((r) => r.reason), evidence };
}
