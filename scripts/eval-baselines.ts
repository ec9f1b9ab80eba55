import MiniSearch from "minisearch";
import { coerceStringList } from "../src/core/values/coerce";
import type { NetworkIndex } from "../src/core/index/network-index";
import { topicKey } from "../src/core/text/phrases";
import type { NoteRecord } from "../src/core/model/types";

/**
 * Baseline (a): what a Dataview query gives — people ranked by how many of their topics
 * and tags equal the note's topics and tags. Archived people are not filtered out,
 * as a plain query would not know to.
 */
export function rankByTopicOverlap(index: NetworkIndex, note: NoteRecord): string[] {
	const noteKeys = new Set<string>();
	for (const key of index.config.fields.topics) {
		for (const t of coerceStringList(note.frontmatter?.[key], { path: note.path, key }).values) noteKeys.add(topicKey(t));
	}
	for (const tag of note.tags) noteKeys.add(topicKey(tag));
	const scored: Array<[string, number]> = [];
	for (const person of index.allPeople()) {
		if (person.path === note.path) continue;
		const overlap = [...person.topics, ...person.tags].filter((t) => noteKeys.has(topicKey(t))).length;
		if (overlap > 0) scored.push([person.path, overlap]);
	}
	return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
}

/** Baseline (b): MiniSearch with default options over people's full text, queried with the whole note. */
export function rankByDefaultMiniSearch(index: NetworkIndex, records: Map<string, NoteRecord>, note: NoteRecord): string[] {
	const search = new MiniSearch<{ id: string; text: string }>({ fields: ["text"] });
	for (const person of index.allPeople()) {
		const record = records.get(person.path);
		search.add({ id: person.path, text: `${JSON.stringify(record?.frontmatter ?? {})} ${person.body}` });
	}
	return search
		.search(note.body)
		.map((r) => String(r.id))
		.filter((p) => p !== note.path);
}
