import type { NetworkReader } from "../index/network-reader";
import { compareText } from "../model/compare";
import { SCORE_FLOOR, scoreFloor } from "./floor";
import { buildNoteQuery } from "./note-query";
import { phraseTerms, tagWords } from "../text/phrases";
import { queryTerms, similarPosts, WEIGHTS, type Evidence } from "./evidence";
import { historyReason, isVaultCommon, matchedTerms, nameTerms, readablePhrases, relatedWords, replyReason } from "./reasons";
import { Kept } from "./kept";
import { postProbe, scorePair } from "./pair";
import { personInOrder } from "./person-words";
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
	/** The pair's score over the best in this list: 1 for the best. */
	score: number;
	/** The pair's own score (combine, evidence.ts): the score who-cares gives this person for this post, comparable across lists. */
	pairScore: number;
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

/**
 * A person's note as searched among posts (queryTerms of their note's query): a few dozen
 * weighted terms, where the query they come from holds every term of the note with the
 * words it writes. Building the query is most of a search; a report, the follow-ups and
 * a person's list ask for the same people while the vault's text stays as it was.
 */
const personTerms = new Kept<Person, { terms: Map<string, number>; phrases: Map<string, number> }>(1024);

/**
 * The last searches, by person: the posts matching their terms, each scored relative to the
 * best match. Follow-ups ask for the same people again whenever the vault changes, and most
 * changes (a daily note) leave every search as it was.
 */
const recentSearches = new Kept<Person, Map<string, { score: number }>>(64);

function searchFor(index: NetworkReader, person: Person): Map<string, { score: number }> {
	return recentSearches.get(index, person, () => {
		const { terms, phrases } = personTerms.get(index, person, () => queryTerms(index, buildNoteQuery(personAsRecord(person), index).weights, "posts"));
		const hits = index.searchPosts(terms, phrases);
		const best = hits[0]?.score ?? 0;
		return new Map(hits.map((hit) => [hit.path, { score: best > 0 ? hit.score / best : 0 }]));
	});
}

/** Posts by the canonical keys of their topics and tags, and by the people they mention, and the reverse; per text revision. */
interface PostLookup {
	textRevision: number;
	byTopic: Map<string, Post[]>;
	mentioning: Map<string, Post[]>;
	/** Each post's topics and tags with their canonical keys, the people it mentions, and its title in lower case (for ordering). */
	ofPost: Map<Post, { topics: Array<[topic: string, key: string]>; mentions: Set<string>; title: string }>;
}

/** Posts a step of the lookup reads (postLookupSteps): about 10 ms on a phone-class core. */
const POSTS_PER_STEP = 400;

/** A lookup being filled in, post by post, for its text revision: whole once `next` reaches the last post. */
interface LookupWork {
	lookup: PostLookup;
	posts: Post[];
	next: number;
}

const lookups = new WeakMap<NetworkReader, LookupWork>();

function lookupWork(index: NetworkReader): LookupWork {
	const known = lookups.get(index);
	if (known !== undefined && known.lookup.textRevision === index.textRevision) return known;
	const work: LookupWork = { lookup: { textRevision: index.textRevision, byTopic: new Map(), mentioning: new Map(), ofPost: new Map() }, posts: index.allPosts(), next: 0 };
	lookups.set(index, work);
	return work;
}

/** Adds up to `count` more posts to the lookup of the index's text revision. */
function advance(index: NetworkReader, work: LookupWork, count: number): void {
	if (work.next >= work.posts.length) return;
	const synonyms = index.synonyms();
	const { byTopic, mentioning, ofPost } = work.lookup;
	const add = (map: Map<string, Post[]>, key: string, post: Post): void => {
		const list = map.get(key);
		if (list === undefined) map.set(key, [post]);
		else if (list[list.length - 1] !== post) list.push(post);
	};
	const end = Math.min(work.posts.length, work.next + count);
	for (; work.next < end; work.next++) {
		const post = work.posts[work.next] as Post;
		const topics = [...post.topics, ...post.tags].filter((topic) => index.commons.topicWeight(topic) > 0).map((topic): [string, string] => [topic, synonyms.canonicalTopic(topic)]);
		const mentions = index.mentionsOf(post.path);
		ofPost.set(post, { topics, mentions, title: post.title.toLowerCase() });
		for (const [, key] of topics) add(byTopic, key, post);
		for (const person of mentions) add(mentioning, person, post);
	}
}

export function postLookup(index: NetworkReader): PostLookup {
	const work = lookupWork(index);
	advance(index, work, Infinity);
	return work.lookup;
}

/**
 * The lookup made in steps (query-steps.ts), so that a vault of thousands of posts never
 * makes it in one turn: enough steps for every post, the last may find nothing left. The
 * lookup is the one postLookup makes, whichever runs first.
 */
export function postLookupSteps(index: NetworkReader): Array<() => void> {
	const steps = Math.ceil(index.allPosts().length / POSTS_PER_STEP) + 1;
	return Array.from({ length: steps }, () => () => advance(index, lookupWork(index), POSTS_PER_STEP));
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

/** Posts looked at for one person, besides every post of theirs: enough that the best are among them. */
const POOL = 20;
/** ...and up to this many posts like ones they were sent (history)... */
const HISTORY_POOL = 5;
/** ...from this many of those. */
const HISTORY_POSTS = 10;

/**
 * The posts worth scoring for a person: the best by their own note's evidence (text,
 * topics, a mention), and posts similar to what they were sent. Each is then scored as
 * the pair it is (pair.ts); scoring every post of a large vault that way costs seconds,
 * so only `every` does.
 */
function pool(index: NetworkReader, person: Person, eligible: (post: Post) => boolean): Post[] {
	const text = searchFor(index, person);
	const synonyms = index.synonyms();
	const personTopics = new Map(person.topics.filter((t) => index.commons.topicWeight(t) > 0).map((t) => [synonyms.canonicalTopic(t), t]));
	const { ofPost } = postLookup(index);
	const ranked: Array<{ post: Post; score: number }> = [];
	for (const post of candidates(index, person, personTopics, text, SCORE_FLOOR.absolute)) {
		if (!eligible(post)) continue;
		const known = ofPost.get(post);
		let shared = 0;
		for (const [, key] of known?.topics ?? []) if (personTopics.has(key)) shared++;
		const mentioned = known?.mentions.has(person.path) ?? false;
		const score =
			1 -
			(1 - WEIGHTS.text * (text.get(post.path)?.score ?? 0)) *
				(1 - Math.min(WEIGHTS.topicExactMax, WEIGHTS.topicExact * shared)) *
				(1 - (mentioned ? WEIGHTS.mention : 0));
		ranked.push({ post, score });
	}
	ranked.sort((a, b) => b.score - a.score || compareText(a.post.path, b.post.path));
	const out = new Set(ranked.slice(0, POOL).map((r) => r.post));
	// The posts most like ten they were sent, the last by path so the pick is stable (by those posts' own searches).
	const like: Array<{ post: Post; similarity: number }> = [];
	for (const path of [...index.sentPosts(person.path)].sort(compareText).slice(-HISTORY_POSTS)) {
		const post = index.post(path);
		if (post === undefined) continue;
		for (const { path: other, similarity } of similarPosts(index, postProbe(index, post))) {
			const found = index.post(other);
			if (found !== undefined && !out.has(found) && eligible(found)) like.push({ post: found, similarity });
		}
	}
	like.sort((a, b) => b.similarity - a.similarity || compareText(a.post.path, b.post.path));
	for (const { post } of like) {
		if (out.size >= POOL + HISTORY_POOL) break;
		out.add(post);
	}
	return [...out];
}

export function postsFor(index: NetworkReader, person: Person, options: PostsForOptions = {}): PostMatch[] {
	const every = options.every === true;
	const limit = every ? Number.POSITIVE_INFINITY : (options.limit ?? 5);
	const minScore = every ? Number.MIN_VALUE : (options.minScore ?? SCORE_FLOOR.absolute);
	const sent = index.sentPosts(person.path);
	const eligible = (post: Post): boolean =>
		// An idea is not written yet: never suggested, whatever else asks.
		!sent.has(post.path) && !options.notForThem?.has(pairKey(person.path, post.path)) && post.status !== "idea" && !(options.publishedOnly && !isPublished(post));
	const looked = every ? index.allPosts().filter(eligible) : pool(index, person, eligible);
	const scored: Array<{ post: Post; evidence: Evidence; pairScore: number; title: string }> = [];
	for (const post of looked) {
		const { evidence, pairScore } = scorePair(index, person, post);
		if (pairScore < minScore) continue;
		scored.push({ post, evidence, pairScore, title: post.title.toLowerCase() });
	}
	scored.sort((a, b) => b.pairScore - a.pairScore || compareText(a.title, b.title) || compareText(a.post.path, b.post.path));
	const best = scored[0]?.pairScore ?? 0;
	const lowest = every ? minScore : scoreFloor(best, { absolute: minScore, relative: options.relativeFloor ?? SCORE_FLOOR.relative });
	const listed: PostMatch[] = [];
	// Reasons are worked out only for the posts shown; one nobody can read a reason for is not shown.
	for (const candidate of scored) {
		if (listed.length >= limit || candidate.pairScore < lowest) break;
		const evidence = describePair(index, person, candidate.post, candidate.evidence);
		if (!every && evidence.length === 0) continue;
		const score = best > 0 ? Math.round((candidate.pairScore / best) * 1000) / 1000 : 0;
		listed.push({ path: candidate.post.path, title: candidate.post.title, score, pairScore: candidate.pairScore, reasons: evidence.map((r) => r.reason), evidence });
	}
	return listed;
}

/** Posts' prose as their query reads it (boilerplate out), for snippets: the posts a person's list describes. */
const postProses = new Kept<Post, string>(256);

/** The pair's evidence in words, from the person's side, each citing the post's sentence. */
function describePair(index: NetworkReader, person: Person, post: Post, found: Evidence): Reason[] {
	const probe = postProbe(index, post);
	// What the post's query read of it (visible text, boilerplate out), without building the query again.
	const prose = postProses.get(index, post, () => index.commons.withoutBoilerplate(post.body));
	const reasons: Reason[] = [];
	const cite = (reason: string, words: string | null): void => {
		reasons.push({ reason, snippet: words === null ? null : snippetFor(probe, prose, words) });
	};
	for (const topic of found.topicExact.slice(0, 3)) cite(`topic: ${topic}`, tagWords(topic));
	for (const topic of found.topicInText.slice(0, 2)) cite(`their topic "${topic}" comes up in it`, tagWords(topic));
	if (found.mentioned) reasons.push({ reason: "mentions them", snippet: found.mention && !found.mention.cited.startsWith("[[") ? snippetFor(probe, prose, found.mention.cited) : null });
	const said = new Set([...[...found.topicExact, ...found.topicInText].flatMap((t) => phraseTerms(t)), ...nameTerms(person)]);
	const textTerms = matchedTerms(found)
		.filter(({ fields }) => !fields.every((field) => field === "name"))
		.map(({ term }) => probe.own.get(term) ?? term)
		.filter((term) => !isVaultCommon(index, term) && !found.related.has(term));
	const words = readablePhrases(textTerms, probe.surface, said, personInOrder(person, "role", () => [person.role ?? "", person.company ?? "", ...person.topics, person.body].join(".\n")));
	if (words.length > 0) cite(`about ${words.join(", ")}`, words[0]?.replace(/"/g, "") ?? null);
	const related = relatedWords(index, person, found);
	if (related.length > 0) cite(`they say ${related.join(", ")}, as the people closest to it do`, null);
	if (found.history.posts.length > 0) cite(historyReason(index, found.history.posts, { topics: probe.topicKeys }), null);
	if (found.replies.length > 0) cite(replyReason(index, found.replies), null);
	return reasons;
}
