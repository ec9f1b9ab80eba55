/**
 * People and posts as MiniSearch documents: which fields each has and which terms go in
 * them. Terms are analysed once, before MiniSearch sees them, so the index and queries
 * share one analyser (text/).
 */
import type { Options } from "minisearch";
import type { Person, Post } from "../model/types";
import { analyze, tagWords } from "../text/phrases";

/**
 * A document's fields as terms separated by spaces, but the body: its terms are given to the
 * search as counts (personBody, postBody, passed as CountedFields), so its text stays empty.
 */
export interface PersonDoc {
	id: string;
	name: string;
	topics: string;
	role: string;
	body: string;
}

export interface PostDoc {
	id: string;
	title: string;
	topics: string;
	body: string;
}

export const PERSON_FIELDS = ["name", "topics", "role", "body"] as const;
export const POST_FIELDS = ["title", "topics", "body"] as const;

export const splitTerms = (text: string): string[] => (text.length === 0 ? [] : text.split(" "));
const keepTerm = (term: string): string => term;

function searchOptions<T>(fields: readonly string[]): Options<T> {
	return {
		idField: "id",
		fields: [...fields],
		storeFields: [],
		tokenize: splitTerms,
		processTerm: keepTerm,
		searchOptions: { tokenize: splitTerms, processTerm: keepTerm, fuzzy: false, prefix: false },
		// Documents are removed, never discarded: there is nothing to vacuum.
		autoVacuum: false,
	};
}

export const PEOPLE_OPTIONS = searchOptions<PersonDoc>(PERSON_FIELDS);
export const POST_OPTIONS = searchOptions<PostDoc>(POST_FIELDS);

/** What a person's body field holds: each term as often as it counts (BODY_TERM_REPEATS at most), in the order the note first says them. */
export function personBody(bodyTerms: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const term of bodyTerms) counts.set(term, Math.min(BODY_TERM_REPEATS, (counts.get(term) ?? 0) + 1));
	return counts;
}

/** A person as MiniSearch indexes them, but the body (personBody gives it); the same person always gives the same document. */
export function personDoc(person: Person): PersonDoc {
	return {
		id: person.path,
		name: analyzed([person.name, ...person.aliases]),
		topics: topicTerms(person),
		role: analyzed([person.role ?? "", person.company ?? ""]),
		body: "",
	};
}

/**
 * The analysed terms of some texts, as one search field. Each is analysed alone, as
 * queries and topic matching read it: its language is guessed from it, not its neighbours.
 */
function analyzed(texts: string[]): string {
	return texts.flatMap((text) => analyze(text)).join(" ");
}

/** A person's or post's topics and tags as a search field. */
function topicTerms(note: { topics: string[]; tags: string[] }): string {
	return analyzed([...note.topics, ...note.tags.map(tagWords)]);
}

/**
 * A term counts at most this often in a body: relevance saturates long before (BM25), and
 * every repeat is work for the index.
 */
const BODY_TERM_REPEATS = 2;

/** What a post's body field holds: its `bodyTermCount` most frequent terms, each as often as it counts. */
export function postBody(bodyTerms: ReadonlyMap<string, number>, bodyTermCount: number): Map<string, number> {
	const body = new Map<string, number>();
	for (const term of mostFrequent(bodyTerms, bodyTermCount)) body.set(term, Math.min(bodyTerms.get(term) ?? 1, BODY_TERM_REPEATS));
	return body;
}

/** A post as MiniSearch indexes it, but the body (postBody gives it): title and topics. */
export function postDoc(post: Post): PostDoc {
	return {
		id: post.path,
		title: analyzed([post.title]),
		topics: topicTerms(post),
		body: "",
	};
}

/** The `limit` most frequent terms (ties: the first in code-unit order), in no particular order. */
export function mostFrequent(counts: ReadonlyMap<string, number>, limit: number): string[] {
	if (counts.size <= limit) return [...counts.keys()];
	// Bucketed by count, so only the bucket that straddles the limit is sorted.
	const byCount = new Map<number, string[]>();
	for (const [term, count] of counts) {
		const bucket = byCount.get(count);
		if (bucket) bucket.push(term);
		else byCount.set(count, [term]);
	}
	const out: string[] = [];
	for (const count of [...byCount.keys()].sort((x, y) => y - x)) {
		const bucket = byCount.get(count) as string[];
		const room = limit - out.length;
		out.push(...(bucket.length <= room ? bucket : bucket.sort().slice(0, room)));
		if (out.length >= limit) break;
	}
	return out;
}

/** The distinct terms of a post: title, topics and its whole body, not only the part indexed. */
export function postTerms(doc: PostDoc, bodyTerms: Map<string, number>): Set<string> {
	return new Set<string>([...splitTerms(doc.title), ...splitTerms(doc.topics), ...bodyTerms.keys()]);
}
