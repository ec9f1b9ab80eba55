import { statusOf } from "../index/contact-status";
import type { NetworkIndex } from "../index/network-index";
import { PROBLEM_KINDS, problemKind, type ProblemKind } from "../model/problems";
import type { IsoDate, Problem } from "../model/types";
import { addDaysIso } from "../values/dates";

/**
 * The vault's figures as the panel's footer and `stats` show them, worked out in one place
 * so the two always agree.
 */
export interface NetworkCounts {
	notes: number;
	people: number;
	posts: number;
	/** Notes read as daily notes (their links count as contact). */
	dailyNotesRead: number;
	/** People due for a follow-up today (archived and snoozed people never are). */
	due: number;
	/** People snoozed today. */
	snoozed: number;
	archived: number;
	/** Distinct people with a contact from six days before today to today. */
	contactedLast7Days: number;
	problems: number;
	/** Problems by kind, every kind listed (0 when none). */
	problemsByKind: Record<ProblemKind, number>;
}

export function networkCounts(index: NetworkIndex, today: IsoDate, problems: readonly Problem[] = index.problems()): NetworkCounts {
	const weekStart = addDaysIso(today, -6);
	let due = 0;
	let snoozed = 0;
	let archived = 0;
	let contacted = 0;
	const people = index.allPeople();
	for (const person of people) {
		const status = statusOf(index, person, today);
		if (status.due) due++;
		if (status.snoozedUntil !== null) snoozed++;
		if (person.archived) archived++;
		// The last contact is the latest one on or before today, so it falls in the week when any does.
		if (status.lastContact !== null && status.lastContact >= weekStart && status.lastContact <= today) contacted++;
	}
	const problemsByKind = Object.fromEntries(PROBLEM_KINDS.map((kind) => [kind, 0])) as Record<ProblemKind, number>;
	for (const problem of problems) problemsByKind[problemKind(problem)]++;
	return {
		notes: index.noteCount,
		people: people.length,
		posts: index.allPosts().length,
		dailyNotesRead: index.paths().filter((path) => index.kindOf(path) === "daily").length,
		due,
		snoozed,
		archived,
		contactedLast7Days: contacted,
		problems: problems.length,
		problemsByKind,
	};
}
