/**
 * People's topics and tags as matching checks them against a note: each distinct topic
 * once (whoever holds it), with its words, its synonym key and how much it weighs.
 */
import type { NetworkReader } from "../index/network-reader";
import { phraseTerms, tagWords } from "../text/phrases";
import type { NoteQuery } from "./note-query";

export interface PersonTopic {
	/** As people wrote it. */
	topic: string;
	/** Its canonical key (synonyms applied). */
	key: string;
	/** Its words as terms. */
	terms: readonly string[];
	/** What it weighs as a topic (index.topicWeight): never 0, such topics are left out. */
	weight: number;
	/** The people (not archived) who have it, and where it stands among their topics and tags. */
	holders: Array<{ path: string; position: number }>;
}

/** The topics and tags of people who are not archived, worked out once per text revision of the index. */
const topicCache = new WeakMap<NetworkReader, { textRevision: number; topics: PersonTopic[] }>();

export function peopleTopics(index: NetworkReader): PersonTopic[] {
	const cached = topicCache.get(index);
	if (cached !== undefined && cached.textRevision === index.textRevision) return cached.topics;
	const synonyms = index.synonyms();
	const byTopic = new Map<string, PersonTopic>();
	for (const person of index.allPeople()) {
		if (person.archived) continue;
		[...person.topics, ...person.tags].forEach((topic, position) => {
			let entry = byTopic.get(topic);
			if (entry === undefined) {
				const weight = index.commons.topicWeight(topic);
				if (weight === 0) return;
				entry = { topic, key: synonyms.canonicalTopic(topic), terms: phraseTerms(tagWords(topic)), holders: [], weight };
				byTopic.set(topic, entry);
			}
			entry.holders.push({ path: person.path, position });
		});
	}
	const topics = [...byTopic.values()];
	topicCache.set(index, { textRevision: index.textRevision, topics });
	return topics;
}

/**
 * A person's topic (its terms) "appears" in a note when all its words stand together in the
 * note; a one-word topic when the note itself says it, among its distinctive words (the
 * weights also hold words that synonyms added, which the note never said).
 */
export function topicInNote(terms: readonly string[], query: NoteQuery, minWeight: number): boolean {
	if (terms.length === 0) return false;
	if (terms.length === 1) return query.allTerms.has(terms[0] as string) && (query.weights.get(terms[0] as string) ?? 0) >= minWeight;
	for (let i = 1; i < terms.length; i++) {
		if (!query.allTerms.has(`${terms[i - 1] as string}_${terms[i] as string}`)) return false;
	}
	return true;
}

