/**
 * People named in text: their full names and multi-word aliases, and the notes that write
 * them out or link to them; and the one rule for when two names are the same person.
 */
import { normalizeKey } from "../markdown/property-links";
import type { NoteLink, NoteRecord, Person } from "../model/types";

/** Letters with a stroke, which Unicode does not decompose, read as their plain letter like any other accent. */
const STROKED: Readonly<Record<string, string>> = { ł: "l", ø: "o", đ: "d", ħ: "h", ŧ: "t" };

/**
 * A name (or any text) as the same-person rule compares it: NFC, case folded, accents removed,
 * spaces collapsed. Two names are the same person when their keys are equal; mentions, New
 * person note and importers all compare names through this, so "Ana Diaz", "ana diaz" and
 * "Ána Díaz" are one person everywhere. Upper then lower case is Unicode's full case folding
 * but for a few letters fixed after: ß and ẞ fold to "ss", final ς to σ. The Turkish dotless ı
 * folds to i, and İ to i once its dot is removed as an accent, so "IŞIK", "Işık" and "Isik"
 * are one name whatever keyboard typed them.
 */
export function samePersonKey(text: string): string {
	return text
		.normalize("NFC")
		.toUpperCase()
		.toLowerCase()
		.replace(/ß/g, "ss")
		.replace(/ς/g, "σ")
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.replace(/[łøđħŧ]/g, (letter) => STROKED[letter] ?? letter)
		.normalize("NFC")
		.replace(/\s+/g, " ")
		.trim();
}

/** Who a person is known as: their note and the names it goes by (basename and aliases). */
export interface KnownPerson {
	path: string;
	name: string;
	aliases: readonly string[];
}

/** The first of `people` that `name` is the same person as (by their name or an alias), or null. */
export function findSamePerson<T extends KnownPerson>(name: string, people: Iterable<T>): T | null {
	const key = samePersonKey(name);
	if (key === "") return null;
	for (const person of people) {
		if (samePersonKey(person.name) === key || person.aliases.some((alias) => samePersonKey(alias) === key)) return person;
	}
	return null;
}

export interface NameEntry {
	words: string[];
	path: string;
}

/**
 * People's full names and multi-word aliases, keyed by their first word as the same-person rule reads it, for
 * finding unlinked mentions. One-word names are left out: "Ben" is too ambiguous.
 */
export function buildNameTable(people: Iterable<Person>): Map<string, NameEntry[]> {
	const table = new Map<string, NameEntry[]>();
	for (const person of people) {
		for (const name of [person.name, ...person.aliases]) {
			const words = samePersonKey(name).match(/[\p{L}\p{N}]+/gu) ?? [];
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

/**
 * The links of a note that mention whom they point to: every link in the body, and in the
 * properties (`author: "[[Ana Diaz]]"`) but `sharedWithKey`, the plugin's own record of whom a
 * post was sent to, which says nothing about what the post is about.
 */
export function mentionLinks(links: readonly NoteLink[], sharedWithKey: string): NoteLink[] {
	const shared = normalizeKey(sharedWithKey);
	return links.filter((link) => link.property === undefined || normalizeKey(link.property) !== shared);
}

/**
 * People the note links to (see mentionLinks, `sharedWithKey` is the shared-with key), or
 * names in full (a first name alone is too ambiguous).
 */
export function findMentions(record: NoteRecord, people: PeopleByName, sharedWithKey: string): Set<string> {
	const mentions = new Set<string>();
	// Each target once: a note may link the same name thousands of times.
	const targets = new Set<string>();
	for (const link of mentionLinks(record.links, sharedWithKey)) {
		if (targets.has(link.target)) continue;
		targets.add(link.target);
		const person = people.resolvePerson(link.target, record.path);
		if (person !== null) mentions.add(person);
	}
	const names = people.nameTable();
	if (names.size === 0) return mentions;
	const words = samePersonKey(record.body).match(/[\p{L}\p{N}]+/gu) ?? [];
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
