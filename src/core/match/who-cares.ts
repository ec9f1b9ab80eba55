import { statusOf } from "../index/contact-status";
import type { NetworkReader } from "../index/network-reader";
import { compareText } from "../model/compare";
import type { IsoDate, NoteRecord, Person } from "../model/types";
import { combine, gatherEvidence, type Evidence } from "./evidence";
import { SCORE_FLOOR, scoreFloor } from "./floor";
import { buildNoteQuery } from "./note-query";
import { describe } from "./reasons";
import type { Reason } from "./snippets";

/**
 * "Who cares about this note": every person scored on four kinds of evidence
 * (evidence.ts), each of which also becomes a reason a person can read (reasons.ts).
 *   - topics: their topics or tags are the note's topics or tags, or appear in its text;
 *   - text: the note's distinctive terms found in their note (body, role, topics);
 *   - mention: the note links to them or names them;
 *   - history: posts like this one that you already sent them.
 */

export interface PersonMatch {
	path: string;
	name: string;
	/** The pair's score over the best in this list (0–1, 1 for the best). */
	score: number;
	/** The pair's own score (combine, evidence.ts), 0–1: what posts-for gives this post for this person, comparable across lists. */
	pairScore: number;
	reasons: string[];
	/** The reasons again, in the same order, each with the sentence of the note it cites (null when none). */
	evidence: Reason[];
	lastContact: IsoDate | null;
	nextDue: IsoDate | null;
	due: boolean;
	overdueDays: number;
	/** The day a snooze ends, while snoozed; else null. */
	snoozedUntil: IsoDate | null;
}

export interface WhoCaresResult {
	note: string;
	title: string;
	people: PersonMatch[];
	alreadyShared: PersonMatch[];
}

export interface WhoCaresOptions {
	/** Most people to return in `people` (already shared are not limited). Default 10. */
	limit?: number;
	/** Person paths never to suggest for this note ("not for them", dismissed). */
	exclude?: ReadonlySet<string>;
	/** Drop people scoring below this. Default SCORE_FLOOR.absolute (floor.ts). */
	minScore?: number;
	/** Drop people scoring below this share of the best score. Default SCORE_FLOOR.relative; 0 lists every scored person. */
	relativeFloor?: number;
	/**
	 * Every person with a score above 0, with or without a reason, whatever the limit and
	 * the floors (the command line's `--all`: for reading the whole ranking).
	 */
	every?: boolean;
}

export function whoCares(index: NetworkReader, record: NoteRecord, today: IsoDate, options: WhoCaresOptions = {}): WhoCaresResult {
	const every = options.every === true;
	const limit = every ? Number.POSITIVE_INFINITY : (options.limit ?? 10);
	const minScore = every ? Number.MIN_VALUE : (options.minScore ?? SCORE_FLOOR.absolute);
	const query = buildNoteQuery(record, index);
	const evidence = gatherEvidence(index, query);

	const shared = sharedWithNote(index, record.path);
	const people: Candidate[] = [];
	const alreadyShared: Candidate[] = [];
	for (const [path, found] of evidence) {
		const person = index.person(path);
		if (!person || person.archived || path === record.path) continue;
		if (options.exclude?.has(path)) continue;
		const score = combine(found);
		const isShared = shared.has(path);
		if (!isShared && score < minScore) continue;
		(isShared ? alreadyShared : people).push({ person, found, pairScore: score, score: Math.round(score * 1000) / 1000, name: person.name, path });
	}
	// People already sent the note stay listed even when nothing else connects them.
	for (const path of shared) {
		if (evidence.has(path)) continue;
		const person = index.person(path);
		if (!person || person.archived) continue;
		alreadyShared.push({ person, found: null, pairScore: 0, score: 0, name: person.name, path });
	}
	alreadyShared.sort(byScore);
	// Only people at or above the floor can be listed: the rest (most of a search's hits) need no order.
	let best = 0;
	for (const candidate of people) best = Math.max(best, candidate.score);
	const lowest = every ? minScore : scoreFloor(best, { absolute: minScore, relative: options.relativeFloor ?? SCORE_FLOOR.relative });
	const ranked = every ? people : people.filter((candidate) => candidate.score >= lowest);
	ranked.sort(byScore);
	// Reasons and contact status are worked out only for the people shown.
	const shown =
		(best: number) =>
		({ person, found, pairScore }: Candidate): PersonMatch =>
			toMatch(index, person, { pairScore, best }, found ? describe(index, person, found, query) : [], today);
	const listed: PersonMatch[] = [];
	for (const candidate of ranked) {
		if (listed.length >= limit || candidate.score < lowest) break;
		const match = shown(ranked[0]?.pairScore ?? 0)(candidate);
		// A suggestion nobody can read a reason for is not shown (the floor rule, floor.ts).
		if (every || match.reasons.length > 0) listed.push(match);
	}
	return { note: record.path, title: query.title, people: listed, alreadyShared: alreadyShared.map(shown(alreadyShared[0]?.pairScore ?? 0)) };
}

interface Candidate {
	person: Person;
	found: Evidence | null;
	/** Rounded, so ties are ordered as they read. */
	score: number;
	pairScore: number;
	name: string;
	path: string;
}

/** Paths of people the note was already sent to (its `shared_with`, or a logged share). */
export function sharedWithNote(index: NetworkReader, notePath: string): Set<string> {
	const out = new Set<string>();
	for (const person of index.recipients(notePath)) out.add(person);
	return out;
}

export function byScore(a: { score: number; name: string; path: string }, b: { score: number; name: string; path: string }): number {
	return b.score - a.score || compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.path, b.path);
}

function toMatch(index: NetworkReader, person: Person, { pairScore, best }: { pairScore: number; best: number }, evidence: Reason[], today: IsoDate): PersonMatch {
	const status = statusOf(index, person, today);
	return {
		path: person.path,
		name: person.name,
		score: best > 0 ? Math.round((pairScore / best) * 1000) / 1000 : 0,
		pairScore,
		reasons: evidence.map((found) => found.reason),
		evidence,
		lastContact: status.lastContact,
		nextDue: status.nextDue,
		due: status.due,
		overdueDays: status.overdueDays,
		snoozedUntil: status.snoozedUntil,
	};
}

