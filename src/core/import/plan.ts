/**
 * An import planned before anything is written: which people are created, which notes change
 * and how, what changes nothing and what is skipped. Adapters show the plan, then apply it.
 *
 * Matching a contact: first by email (any of the person's addresses, case-insensitively), then
 * by full name or alias with the one same-person rule (findSamePerson). Two people matching is
 * a skip, never a guess. Two rows for the same new person make one note.
 */
import { findSamePerson } from "../links/names";
import { fillEmptyFields } from "./fill-fields";
import { planEvents } from "./plan-events";
import { freePath, newPersonText, noteNameOf } from "./new-note";
import type { ImportContact, ImportItems, ImportOptions, ImportPerson, ImportPlan, ImportSkip, PlannedCreate, PlannedUpdate } from "./types";

/** A person as matching sees them: one already in the vault, or one this import creates. */
export interface Candidate {
	path: string;
	name: string;
	aliases: string[];
	emails: Set<string>;
	/** The note's text as the plan has it so far (existing people). */
	text: string;
	before: string;
	changes: string[];
	items: number[];
	/** The merged contact of a person this import creates. */
	created: ImportContact | null;
}

export function candidateOf(person: ImportPerson): Candidate {
	return {
		path: person.path,
		name: person.name,
		aliases: [...person.aliases],
		emails: new Set(person.emails.map((email) => email.toLowerCase())),
		text: person.text,
		before: person.text,
		changes: [],
		items: [],
		created: null,
	};
}

/** Every candidate with one of the addresses, once each, in order. */
function byEmail(emails: readonly string[], index: ReadonlyMap<string, Candidate[]>): Candidate[] {
	const found = new Set<Candidate>();
	for (const email of emails) for (const candidate of index.get(email.toLowerCase()) ?? []) found.add(candidate);
	return [...found];
}

/** The one candidate the contact is, null for nobody, or the skip when two match. */
export function matchContact(contact: ImportContact, candidates: readonly Candidate[], emailIndex: ReadonlyMap<string, Candidate[]>): Candidate | null | ImportSkip {
	const both = (a: Candidate, b: Candidate): ImportSkip => ({ item: contact.item, reason: `${contact.name} matches both ${a.name} (${a.path}) and ${b.name} (${b.path}); add the email to one of them to choose.` });
	const mailed = byEmail(contact.emails, emailIndex);
	if (mailed.length > 1) return both(mailed[0] as Candidate, mailed[1] as Candidate);
	if (mailed.length === 1) return mailed[0] as Candidate;
	const first = findSamePerson(contact.name, candidates);
	if (first === null) return null;
	const second = findSamePerson(
		contact.name,
		candidates.filter((candidate) => candidate !== first),
	);
	return second === null ? first : both(first, second);
}

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

/** A later row for a person this import already creates: what it adds, earlier values kept. */
function mergeInto(target: ImportContact, contact: ImportContact): void {
	target.emails = unique([...target.emails, ...contact.emails]);
	target.tags = unique([...target.tags, ...contact.tags]);
	target.company ??= contact.company;
	target.role ??= contact.role;
	target.url ??= contact.url;
	target.note ??= contact.note;
	target.connected ??= contact.connected;
}

function indexEmails(candidate: Candidate, emails: Iterable<string>, index: Map<string, Candidate[]>): void {
	for (const email of emails) {
		const key = email.toLowerCase();
		candidate.emails.add(key);
		const list = index.get(key) ?? [];
		if (!list.includes(candidate)) list.push(candidate);
		index.set(key, list);
	}
}

interface State {
	candidates: Candidate[];
	emailIndex: Map<string, Candidate[]>;
	taken: Set<string>;
	skipped: ImportSkip[];
	unchanged: number;
}

function newState(people: readonly ImportPerson[], options: ImportOptions, skipped: readonly ImportSkip[]): State {
	const state: State = { candidates: [], emailIndex: new Map(), taken: new Set(), skipped: [...skipped], unchanged: 0 };
	for (const path of options.existingPaths) state.taken.add(path.toLowerCase());
	for (const person of people) {
		const candidate = candidateOf(person);
		state.candidates.push(candidate);
		indexEmails(candidate, candidate.emails, state.emailIndex);
	}
	return state;
}

/** One contact planned: matched and filled in, merged into a new person, or a new person. */
function planContact(contact: ImportContact, state: State, options: ImportOptions): void {
	const match = matchContact(contact, state.candidates, state.emailIndex);
	if (match !== null && "reason" in match) {
		state.skipped.push(match);
		return;
	}
	if (match?.created) {
		mergeInto(match.created, contact);
		match.items.push(contact.item);
		indexEmails(match, contact.emails, state.emailIndex);
		return;
	}
	if (match) {
		const filled = fillEmptyFields(match.text, contact, options);
		if (!filled.ok) {
			state.skipped.push({ item: contact.item, reason: `${match.path} was not updated: ${filled.error}` });
		} else if (filled.changes.length === 0) {
			state.unchanged++;
		} else {
			match.text = filled.text;
			match.changes = unique([...match.changes, ...filled.changes]);
			match.items.push(contact.item);
		}
		return;
	}
	const name = noteNameOf(contact);
	if (name === "") {
		state.skipped.push({ item: contact.item, reason: `"${contact.name}" has no letter or digit a note name can hold.` });
		return;
	}
	const placed = freePath(name, options.folder, state.taken);
	const created = { ...contact, emails: [...contact.emails], tags: [...contact.tags] };
	const candidate: Candidate = { ...candidateOf({ path: placed.path, name: placed.name, aliases: [contact.name], emails: [], text: "" }), created, items: [contact.item] };
	state.candidates.push(candidate);
	indexEmails(candidate, contact.emails, state.emailIndex);
}

/** The plan's lists from the candidates: new notes in the order first seen, then changed notes. */
function results(state: State, options: ImportOptions): { created: PlannedCreate[]; updated: PlannedUpdate[] } {
	const created: PlannedCreate[] = [];
	const updated: PlannedUpdate[] = [];
	for (const candidate of state.candidates) {
		if (candidate.created) {
			created.push({ path: candidate.path, name: candidate.name, text: newPersonText(candidate.created, candidate.name, options), items: candidate.items });
		} else if (candidate.text !== candidate.before) {
			updated.push({ path: candidate.path, name: candidate.name, before: candidate.before, after: candidate.text, changes: candidate.changes, items: candidate.items });
		}
	}
	return { created, updated };
}

/**
 * Plans importing `items` into a vault whose people are `people`. Pure: nothing is written,
 * and planning the same file again after applying the plan finds everything unchanged.
 */
export function planImport(items: ImportItems, people: readonly ImportPerson[], options: ImportOptions): ImportPlan {
	const state = newState(people, options, items.skipped);
	if (items.source === "ics") {
		state.unchanged += planEvents(items.events, state.candidates, state.emailIndex, options, state.skipped);
	} else {
		for (const contact of items.contacts) planContact(contact, state, options);
	}
	const { created, updated } = results(state, options);
	state.skipped.sort((a, b) => a.item - b.item);
	return { source: items.source, created, updated, unchanged: state.unchanged, skipped: state.skipped };
}
