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

/** What finding mentions knows of people's names: full names to find in text, and first names one person has. */
export interface NameTable {
	/** Full names and multi-word aliases, keyed by their first word as the same-person rule reads it. */
	full: Map<string, NameEntry[]>;
	/** A first name (or one-word name) → the one person who has it; names two people share are left out. */
	firstNames: Map<string, string>;
}

/** First names shorter than this are never read alone: "Al", "Jo" are too often something else. */
const MIN_FIRST_NAME = 3;

/**
 * People's names for finding unlinked mentions. A full name is found wherever it is
 * written out; a first name alone only when exactly one person has it (see findMentions).
 */
export function buildNameTable(people: Iterable<Person>): NameTable {
	const full = new Map<string, NameEntry[]>();
	const owners = new Map<string, Set<string>>();
	for (const person of people) {
		for (const name of [person.name, ...person.aliases]) {
			const words = samePersonKey(name).match(/[\p{L}\p{N}]+/gu) ?? [];
			const first = words[0];
			if (first === undefined) continue;
			const holders = owners.get(first) ?? new Set<string>();
			holders.add(person.path);
			owners.set(first, holders);
			if (words.length < 2) continue;
			const list = full.get(first) ?? [];
			list.push({ words, path: person.path });
			full.set(first, list);
		}
	}
	const firstNames = new Map<string, string>();
	for (const [word, holders] of owners) {
		const [only] = holders;
		if (holders.size === 1 && only !== undefined && word.length >= MIN_FIRST_NAME && !/^\d+$/.test(word)) firstNames.set(word, only);
	}
	return { full, firstNames };
}

/** What finding mentions asks of the index: people by link target, the name table, and words too common to be a name alone. */
export interface PeopleByName {
	resolvePerson(target: string, sourcePath: string): string | null;
	nameTable(): NameTable;
}

/** How a note mentions a person: the link or the name as this note writes it. */
export interface Mention {
	/** `[[Ana Diaz]]` for a link, the words as written for a name. */
	cited: string;
	/** Only the first name was written: weaker evidence than a link or a full name. */
	byFirstName: boolean;
	/** For a link in the body: its line in the body (0 is the body's first line). */
	bodyLine?: number;
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
 * People the note links to or names. Links are those of mentionLinks (`sharedWithKey` is the
 * shared-with key). `prose` is the note's visible text (text/visible-text.ts): a name inside a
 * URL, a link's target path, code or a property is no mention. A full name counts wherever it
 * is written; a first name alone only when one person has it, it is written with a capital,
 * and `isEveryday` does not call it an everyday word ("Will", "May").
 */
export function findMentions(
	record: NoteRecord,
	prose: string,
	people: PeopleByName,
	sharedWithKey: string,
	isEveryday: (word: string) => boolean = () => false,
): Map<string, Mention> {
	const mentions = new Map<string, Mention>();
	// Each target once: a note may link the same name thousands of times.
	const targets = new Set<string>();
	for (const link of mentionLinks(record.links, sharedWithKey)) {
		if (targets.has(link.target)) continue;
		targets.add(link.target);
		const person = people.resolvePerson(link.target, record.path);
		if (person === null || mentions.has(person)) continue;
		const bodyLine = link.property === undefined ? link.line - record.bodyStartLine : -1;
		mentions.set(person, { cited: `[[${link.target}]]`, byFirstName: false, ...(bodyLine >= 0 ? { bodyLine } : {}) });
	}
	const { full, firstNames } = people.nameTable();
	if (full.size === 0 && firstNames.size === 0) return mentions;
	const words = samePersonKey(prose).match(NAME_WORD) ?? [];
	// The words as written, for citing and for capitals; folding keeps word boundaries, and where it does not, the folded words stand in.
	const asWritten = prose.normalize("NFC").match(NAME_WORD) ?? [];
	const written = asWritten.length === words.length ? asWritten : words;
	const byFirst = new Map<string, Mention>();
	for (let i = 0; i < words.length; i++) {
		const word = words[i] as string;
		for (const { words: nameWords, path } of full.get(word) ?? []) {
			if (mentions.has(path)) continue;
			if (nameWords.every((part, j) => words[i + j] === part)) mentions.set(path, { cited: written.slice(i, i + nameWords.length).join(" "), byFirstName: false });
		}
		const only = firstNames.get(word);
		const shown = written[i] as string;
		if (only !== undefined && !byFirst.has(only) && written !== words && isCapitalised(shown) && !isEveryday(word)) byFirst.set(only, { cited: shown, byFirstName: true });
	}
	for (const [path, mention] of byFirst) if (!mentions.has(path)) mentions.set(path, mention);
	return mentions;
}

const NAME_WORD = /[\p{L}\p{N}]+/gu;

function isCapitalised(word: string): boolean {
	const first = word.charAt(0);
	return first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}
