/**
 * People and posts as MiniSearch documents: which fields each has and which terms go in
 * them. Terms are analysed once, before MiniSearch sees them, so the index and queries
 * share one analyser (text/).
 */
import type { Options } from "minisearch";
import type { Person, Post } from "../model/types";
import { analyze, tagWords } from "../text/phrases";

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

/** A person as MiniSearch indexes them; the same person always gives the same document. */
export function personDoc(person: Person, bodyTerms: readonly string[]): PersonDoc {
	return {
		id: person.path,
		name: analyzed([person.name, ...person.aliases]),
		topics: topicTerms(person),
		role: analyzed([person.role ?? "", person.company ?? ""]),
		body: capped(bodyTerms, BODY_TERM_REPEATS).join(" "),
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

/** The terms, each kept only for its first `max` occurrences. */
function capped(terms: readonly string[], max: number): string[] {
	const seen = new Map<string, number>();
	return terms.filter((term) => {
		const count = (seen.get(term) ?? 0) + 1;
		seen.set(term, count);
		return count <= max;
	});
}

/** A post as MiniSearch indexes it: title, topics and its most frequent body terms. */
export function postDoc(post: Post, bodyTerms: Map<string, number>, bodyTermCount: number): PostDoc {
	const body: string[] = [];
	for (const term of mostFrequent(bodyTerms, bodyTermCount)) {
		const count = Math.min(bodyTerms.get(term) ?? 1, BODY_TERM_REPEATS);
		for (let i = 0; i < count; i++) body.push(term);
	}
	return {
		id: post.path,
		title: analyzed([post.title]),
		topics: topicTerms(post),
		body: body.join(" "),
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
