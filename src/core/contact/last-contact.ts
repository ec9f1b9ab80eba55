/**
 * When you last spoke to someone, and when they are due again.
 *
 * Last contact is the latest of: the `last_contact` field, the dates of their log
 * lines, and dates found elsewhere by the caller (daily notes that link to them on a line
 * that is not an unchecked task, shares logged in other notes). Dates after today are
 * ignored. On a tie, the source listed first wins: field, log, then the other dates in
 * the order given.
 *
 * Next due is last contact + cadence. Someone with a cadence who was never contacted is
 * due today (0 days overdue). A `snooze_until` after today means not due, and next due is
 * no earlier than the snooze date; on the snooze date itself they are due again. Archived
 * people are never due and have no next due date; nor do people without a cadence.
 */
import { cadenceFor, type CadenceSource } from "./cadence-rules";
import type { CoreConfig } from "../model/config";
import { addDaysIso, diffDaysIso, isIsoDate } from "../values/dates";
import type { IsoDate, Person } from "../model/types";

export type ContactSource = "field" | "log" | "daily" | "share";

/** A contact date found outside the person's note, and where it came from. */
export interface DatedContact {
	date: IsoDate;
	source: "daily" | "share";
}

export interface LastContact {
	date: IsoDate | null;
	source: ContactSource | null;
}

/**
 * The latest contact with a person up to `today`. `otherDates` may be plain dates (counted
 * as daily notes) or `{date, source}` pairs. Invalid dates are skipped.
 */
export function lastContact(
	person: Person,
	otherDates: ReadonlyArray<IsoDate | DatedContact>,
	today: IsoDate,
): LastContact {
	let best: LastContact = { date: null, source: null };
	const consider = (date: IsoDate | null | undefined, source: ContactSource): void => {
		if (date == null || !isIsoDate(date) || date > today) return;
		if (best.date === null || date > best.date) best = { date, source };
	};
	consider(person.lastContactField, "field");
	for (const entry of person.log) consider(entry.date, "log");
	for (const other of otherDates) {
		if (typeof other === "string") consider(other, "daily");
		else consider(other.date, other.source);
	}
	return best;
}

export interface ContactStatus {
	lastContact: IsoDate | null;
	cadenceDays: number | null;
	cadenceSource: CadenceSource;
	/** The rule tag when the cadence comes from a tag rule. */
	cadenceTag?: string;
	nextDue: IsoDate | null;
	due: boolean;
	/** Whole days past next due; 0 when not due or due today. */
	overdueDays: number;
	/** True while `snooze_until` is after today. */
	snoozed: boolean;
	/** The `snooze_until` date while snoozed (they are due again on it), else null. */
	snoozedUntil: IsoDate | null;
	archived: boolean;
}

/** Where a person stands on their cadence today. See the file comment for the rules. */
export function contactStatus(
	person: Person,
	config: CoreConfig,
	lastContactDate: IsoDate | null,
	today: IsoDate,
): ContactStatus {
	const cadence = cadenceFor(person, config);
	const last = lastContactDate !== null && isIsoDate(lastContactDate) ? lastContactDate : null;
	const snoozeUntil = person.snoozeUntil !== null && isIsoDate(person.snoozeUntil) ? person.snoozeUntil : null;
	const snoozed = snoozeUntil !== null && snoozeUntil > today;
	const base = {
		lastContact: last,
		cadenceDays: cadence.days,
		cadenceSource: cadence.source,
		...(cadence.tag !== undefined ? { cadenceTag: cadence.tag } : {}),
		snoozed,
		snoozedUntil: snoozed ? snoozeUntil : null,
		archived: person.archived,
	};
	if (person.archived || cadence.days === null) {
		return { ...base, nextDue: null, due: false, overdueDays: 0 };
	}
	// Never contacted: due one cadence after the note was made, or now when it does not say.
	const created = person.created !== null && isIsoDate(person.created) ? person.created : null;
	const since = last ?? created;
	let nextDue = since === null ? today : addDaysIso(since, cadence.days);
	if (snoozed && snoozeUntil !== null) {
		if (snoozeUntil > nextDue) nextDue = snoozeUntil;
		return { ...base, nextDue, due: false, overdueDays: 0 };
	}
	const due = nextDue <= today;
	return { ...base, nextDue, due, overdueDays: due ? diffDaysIso(today, nextDue) : 0 };
}
