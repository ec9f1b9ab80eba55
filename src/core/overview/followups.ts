import { statusOf } from "../index/contact-status";
import type { NetworkReader } from "../index/network-reader";
import { compareText } from "../model/compare";
import { postsFor, type PostMatch } from "../match/posts-for";
import type { IsoDate } from "../model/types";

/** People whose cadence says it is time to get in touch, with something worth sending them. */
export interface FollowUp {
	path: string;
	name: string;
	lastContact: IsoDate | null;
	cadenceDays: number;
	nextDue: IsoDate;
	overdueDays: number;
	suggestedPosts: PostMatch[];
}

export interface FollowUpOptions {
	/** Most people listed. Default 20. */
	limit?: number;
	/** Posts suggested per person. Default 3. */
	postsPerPerson?: number;
	notForThem?: ReadonlySet<string>;
}

/** Someone who would be on the list but for `snooze_until`. */
export interface SnoozedPerson {
	path: string;
	name: string;
	/** They are due again on this day. */
	snoozedUntil: IsoDate;
}

/** The follow-up list as every place shows it: who is due, how many more the limit left out, and who is snoozed. */
export interface FollowUpList {
	due: FollowUp[];
	/** Due people beyond the limit, so a cut list can say "N more due". */
	moreDue: number;
	/** Snoozed people, soonest back first, so nobody disappears without a trace. */
	snoozed: SnoozedPerson[];
}

/** Due and overdue people, most overdue first (never contacted counts as 0 days), ties by name. */
export function followups(index: NetworkReader, today: IsoDate, options: FollowUpOptions = {}): FollowUp[] {
	return followupList(index, today, options).due;
}

/** {@link followups}, with the count the limit left out and the people snoozed now. */
export function followupList(index: NetworkReader, today: IsoDate, options: FollowUpOptions = {}): FollowUpList {
	const limit = options.limit ?? 20;
	const due: Array<Omit<FollowUp, "suggestedPosts">> = [];
	const snoozed: SnoozedPerson[] = [];
	for (const person of index.allPeople()) {
		if (person.archived) continue;
		const status = statusOf(index, person, today);
		if (status.snoozedUntil !== null) snoozed.push({ path: person.path, name: person.name, snoozedUntil: status.snoozedUntil });
		if (!status.due || status.cadenceDays === null || status.nextDue === null) continue;
		due.push({
			path: person.path,
			name: person.name,
			lastContact: status.lastContact,
			cadenceDays: status.cadenceDays,
			nextDue: status.nextDue,
			overdueDays: status.overdueDays,
		});
	}
	due.sort((a, b) => b.overdueDays - a.overdueDays || compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.path, b.path));
	snoozed.sort((a, b) => compareText(a.snoozedUntil, b.snoozedUntil) || compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.path, b.path));
	// Suggestions are the costly part: only for the people who will be shown.
	const listed = due.slice(0, limit).map((entry) => {
		const person = index.person(entry.path);
		const suggestedPosts = person
			? postsFor(index, person, {
					limit: options.postsPerPerson ?? 3,
					publishedOnly: true,
					...(options.notForThem ? { notForThem: options.notForThem } : {}),
				})
			: [];
		return { ...entry, suggestedPosts };
	});
	return { due: listed, moreDue: due.length - listed.length, snoozed };
}
