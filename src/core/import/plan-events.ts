/**
 * Meetings from a calendar logged on the people who took part: a person is in an event when
 * one of their addresses is an attendee's or the organiser's, or when their full name or an
 * alias is written in its title (whole words, compared by the same-person rule). Each day the
 * event took place is one log line, added unless the note already has that very line.
 */
import { appendToSection, oneLine } from "../edits/note-edits";
import { samePersonKey } from "../links/names";
import type { Candidate } from "./plan";
import type { ImportEvent, ImportOptions, ImportSkip } from "./types";

const WORD = /[\p{L}\p{N}]+/gu;

interface NameEntry {
	words: string[];
	candidate: Candidate;
}

/** Every name and alias of every candidate, by its first word as the same-person rule folds it. */
function nameIndex(candidates: readonly Candidate[]): Map<string, NameEntry[]> {
	const index = new Map<string, NameEntry[]>();
	for (const candidate of candidates) {
		for (const name of [candidate.name, ...candidate.aliases]) {
			const words = samePersonKey(name).match(WORD) ?? [];
			const first = words[0];
			if (first === undefined) continue;
			const list = index.get(first) ?? [];
			list.push({ words, candidate });
			index.set(first, list);
		}
	}
	return index;
}

/** The candidates whose name or alias the title writes out, word for word. */
function namedIn(title: string, names: ReadonlyMap<string, NameEntry[]>): Set<Candidate> {
	const found = new Set<Candidate>();
	const words = samePersonKey(title).match(WORD) ?? [];
	for (let i = 0; i < words.length; i++) {
		for (const { words: nameWords, candidate } of names.get(words[i] as string) ?? []) {
			if (nameWords.every((word, j) => words[i + j] === word)) found.add(candidate);
		}
	}
	return found;
}

/** Who took part in the event: by address (an address two people share names neither), then by name in the title. */
function participants(event: ImportEvent, emailIndex: ReadonlyMap<string, Candidate[]>, names: ReadonlyMap<string, NameEntry[]>, skipped: ImportSkip[]): Set<Candidate> {
	const found = new Set<Candidate>();
	for (const email of event.emails) {
		const owners = emailIndex.get(email) ?? [];
		if (owners.length > 1) {
			const [a, b] = owners as [Candidate, Candidate];
			skipped.push({ item: event.item, reason: `${email} in "${event.title}" matches both ${a.name} (${a.path}) and ${b.name} (${b.path}); neither is logged for it.` });
		} else if (owners[0]) {
			found.add(owners[0]);
		}
	}
	for (const candidate of namedIn(event.title, names)) found.add(candidate);
	return found;
}

/** The lines of a note, trimmed, to tell a log line already there. */
const linesOf = (text: string): Set<string> => new Set(text.split(/\r\n|\n|\r/).map((line) => line.trim()));

/**
 * Adds each event's log lines to the candidates it concerns; returns how many events change
 * nothing (nobody matched, or every line already written).
 */
export function planEvents(events: readonly ImportEvent[], candidates: readonly Candidate[], emailIndex: ReadonlyMap<string, Candidate[]>, options: ImportOptions, skipped: ImportSkip[]): number {
	const names = nameIndex(candidates);
	const written = new Map<Candidate, Set<string>>();
	let unchanged = 0;
	for (const event of events) {
		const title = oneLine(event.title) || "(no title)";
		let changed = false;
		for (const candidate of participants(event, emailIndex, names, skipped)) {
			let lines = written.get(candidate);
			if (lines === undefined) {
				lines = linesOf(candidate.text);
				written.set(candidate, lines);
			}
			for (const date of event.dates) {
				const line = `- ${date} Meeting: ${title}`;
				if (lines.has(line)) continue;
				candidate.text = appendToSection(candidate.text, options.logHeading, line);
				lines.add(line);
				changed = true;
				if (!candidate.changes.includes("log")) candidate.changes.push("log");
				if (!candidate.items.includes(event.item)) candidate.items.push(event.item);
			}
		}
		if (!changed) unchanged++;
	}
	return unchanged;
}
