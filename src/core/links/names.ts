/**
 * People named in text: their full names and multi-word aliases, and the notes that write
 * them out or link to them.
 */
import type { NoteRecord, Person } from "../model/types";
import { foldCase } from "../text/terms";

export interface NameEntry {
	words: string[];
	path: string;
}

/**
 * People's full names and multi-word aliases, keyed by their first folded word, for
 * finding unlinked mentions. One-word names are left out: "Ben" is too ambiguous.
 */
export function buildNameTable(people: Iterable<Person>): Map<string, NameEntry[]> {
	const table = new Map<string, NameEntry[]>();
	for (const person of people) {
		for (const name of [person.name, ...person.aliases]) {
			const words = foldCase(name).match(/[\p{L}\p{N}]+/gu) ?? [];
			if (words.length < 2) continue;
			const first = words[0] as string;
			const list = table.get(first) ?? [];
			list.push({ words, path: person.path });
			table.set(first, list);
		}
	}
	return table;
}

/** What finding mentions asks of the index: people by link target, and the name table. */
export interface PeopleByName {
	resolvePerson(target: string, sourcePath: string): string | null;
	nameTable(): ReadonlyMap<string, readonly NameEntry[]>;
}

/** People the note links to, or names in full (a first name alone is too ambiguous). */
export function findMentions(record: NoteRecord, people: PeopleByName): Set<string> {
	const mentions = new Set<string>();
	// Each target once: a note may link the same name thousands of times.
	const targets = new Set<string>();
	for (const link of record.links) {
		if (targets.has(link.target)) continue;
		targets.add(link.target);
		const person = people.resolvePerson(link.target, record.path);
		if (person !== null) mentions.add(person);
	}
	const names = people.nameTable();
	if (names.size === 0) return mentions;
	const words = foldCase(record.body).match(/[\p{L}\p{N}]+/gu) ?? [];
	for (let i = 0; i < words.length; i++) {
		const candidates = names.get(words[i] as string);
		if (!candidates) continue;
		for (const { words: nameWords, path } of candidates) {
			if (mentions.has(path)) continue;
			let matches = true;
			for (let j = 1; j < nameWords.length; j++) {
				if (words[i + j] !== nameWords[j]) {
					matches = false;
					break;
				}
			}
			if (matches) mentions.add(path);
		}
	}
	return mentions;
}
