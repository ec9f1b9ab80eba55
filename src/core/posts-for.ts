import type { NetworkIndex } from "./network-index";
import { compareText } from "./network-index";
import { buildNoteQuery } from "./note-query";
import { phraseTerms } from "./text";
import { isPhrase, nameTerms, readablePhrases, topTerms, WEIGHTS } from "./who-cares";
import type { NoteRecord, Person, Post } from "./types";

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
}

export interface PostsForOptions {
	limit?: number;
	/** Only posts that are published (status published, or no status but a published date). Default false. */
	publishedOnly?: boolean;
	/** "person path::post path" pairs marked "not for them". */
	notForThem?: ReadonlySet<string>;
	minScore?: number;
}

export function pairKey(personPath: string, postPath: string): string {
	return `${personPath}::${postPath}`;
}

export function isPublished(post: Post): boolean {
	return post.status === "published" || (post.status === null && post.published !== null);
}

/** A person note as a record the query builder understands: topics first, then role and body. */
function personAsRecord(person: Person): NoteRecord {
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

export function postsFor(index: NetworkIndex, person: Person, options: PostsForOptions = {}): PostMatch[] {
	const limit = options.limit ?? 5;
	const minScore = options.minScore ?? 0.05;
	const query = buildNoteQuery(personAsRecord(person), index);
	const terms = topTerms(query.weights, index.postDf, WEIGHTS.queryTerms);
	const hits = index.searchPosts(terms);
	const best = hits[0]?.score ?? 0;
	const text = new Map(hits.map((hit) => [hit.path, { score: best > 0 ? hit.score / best : 0, match: hit.match }]));
	const sent = index.sentPosts(person.path);
	const synonyms = index.synonyms();
	const personTopics = new Map(person.topics.map((t) => [synonyms.canonicalTopic(t), t]));

	const out: PostMatch[] = [];
	for (const post of index.allPosts()) {
		if (sent.has(post.path)) continue;
		if (options.notForThem?.has(pairKey(person.path, post.path))) continue;
		if (options.publishedOnly && !isPublished(post)) continue;
		const reasons: string[] = [];
		const topics = [...post.topics, ...post.tags].filter((t) => personTopics.has(synonyms.canonicalTopic(t)));
		for (const topic of topics.slice(0, 3)) reasons.push(`topic: ${topic}`);
		const mentioned = index.mentionsOf(post.path).has(person.path);
		if (mentioned) reasons.push("mentions them");
		const found = text.get(post.path);
		if (found) {
			const ordered = Object.keys(found.match).sort(
				(a, b) => (terms.get(b) ?? 0) - (terms.get(a) ?? 0) || Number(isPhrase(b)) - Number(isPhrase(a)) || compareText(a, b),
			);
			const said = new Set([...topics.flatMap((t) => phraseTerms(t)), ...nameTerms(person)]);
			const words = readablePhrases(ordered, query.surface, said, [post.title, ...post.topics, post.body].join(".\n"));
			if (words.length > 0) reasons.push(`about ${words.join(", ")}`);
		}
		const parts = [
			WEIGHTS.text * (found?.score ?? 0),
			Math.min(WEIGHTS.topicExactMax, WEIGHTS.topicExact * topics.length),
			mentioned ? WEIGHTS.mention : 0,
		];
		const score = 1 - parts.reduce((rest, p) => rest * (1 - p), 1);
		if (score < minScore) continue;
		out.push({ path: post.path, title: post.title, score: Math.round(score * 1000) / 1000, reasons });
	}
	out.sort((a, b) => b.score - a.score || compareText(a.title.toLowerCase(), b.title.toLowerCase()) || compareText(a.path, b.path));
	return out.slice(0, limit);
}
