/**
 * Notes that record contacts on a day, and which of their links count.
 *
 * - A daily note (daily-notes.ts) is a contact with everyone it links on that day: links in
 *   the body, except those on an unchecked task line (the follow-up list the plugin inserts
 *   must not reset anyone), and links in its contact properties (`people: [[Ben Okafor]]`).
 * - Any other note whose `date` property holds a day (`date: 2026-03-04`, or a date with a
 *   time) is a dated note, such as a meeting note: a contact with the people linked in its
 *   contact properties (`attendees: ["[[Ana Diaz]]"]`). Its body links only mention people:
 *   a meeting note names people who were discussed as well as those who were there, and only
 *   the properties say which is which.
 *
 * Contact properties are a setting (CoreConfig.contactProperties); their names compare
 * ignoring case, spaces, `-` and `_`. Links in other properties are mentions, never contacts.
 */
import { normalizeKey } from "../markdown/property-links";
import type { CoreConfig } from "../model/config";
import type { IsoDate, NoteLink, NoteRecord } from "../model/types";
import { getField } from "../values/coerce";
import { coerceDate } from "../values/dates";

/** A note's contacts: its day and the link targets that count as a contact on it. */
export interface DatedContacts {
	date: IsoDate;
	targets: string[];
}

/** The day in a note's `date` property, or null when it holds none (not a problem: the key is not ours). */
export function datePropertyDay(record: NoteRecord, config: CoreConfig): IsoDate | null {
	const { value } = getField(record.frontmatter, config.fields.date);
	return coerceDate(value).date;
}

/** True when a property link sits under one of the contact properties. */
function inContactProperty(link: NoteLink, names: ReadonlySet<string>): boolean {
	return link.property !== undefined && names.has(normalizeKey(link.property));
}

/**
 * The contacts a note records, given the day it is the daily note of (null when it is not
 * one); null when it records none. See the file comment for which links count.
 */
export function datedContacts(record: NoteRecord, config: CoreConfig, dailyDate: IsoDate | null): DatedContacts | null {
	const names = new Set(config.contactProperties.map(normalizeKey).filter((name) => name !== ""));
	const counts = (link: NoteLink): boolean => (link.property === undefined ? dailyDate !== null && !link.inUncheckedTask : inContactProperty(link, names));
	if (dailyDate !== null) return { date: dailyDate, targets: record.links.filter(counts).map((link) => link.target) };
	// Only a note with a link in a contact property can be a contact: most notes have none, and need no date read.
	if (names.size === 0 || !record.links.some((link) => inContactProperty(link, names))) return null;
	const date = datePropertyDay(record, config);
	if (date === null) return null;
	return { date, targets: record.links.filter(counts).map((link) => link.target) };
}
