/**
 * iCalendar files (Google Calendar, Outlook, Apple Calendar) read into past meetings with
 * ical.js. The file is cut at its BEGIN:VEVENT / END:VEVENT lines and each event parsed alone:
 * a truncated file keeps its complete events, a broken event is a skip, and the work is
 * linear in the file's size, one event at a time, so an adapter can yield between events
 * (readIcsEvents is a generator). An .ics file never creates people: it only logs meetings.
 */
import ICAL from "ical.js";
import { isoFromParts } from "../values/dates";
import type { IsoDate } from "../model/types";
import { ImportFormatError, type ImportEvent, type ImportItems, type ImportSkip } from "./types";

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** Occurrences of one recurring event read at most: a daily meeting since 2000 is ~9,500. */
export const MAX_OCCURRENCES = 1000;

export interface IcsOptions {
	today: IsoDate;
	/** The user's own addresses: an event one of them declined is skipped, and they are never attendees. */
	myEmails: readonly string[];
}

/** What one VEVENT block gives: an event, a skip, or nothing (a future event). */
export type IcsStep = { kind: "event"; event: ImportEvent; skip?: ImportSkip } | { kind: "skip"; skip: ImportSkip } | { kind: "future"; item: number };

const BOUNDARY = /^[ \t]*(BEGIN|END)[ \t]*:[ \t]*VEVENT[ \t]*$/gim;

/**
 * Each VEVENT block's text, lazily and in file order; `null` for one that never ends (a
 * truncated file, or a BEGIN before the END). One pass of one regular expression.
 */
export function* eventBlocks(text: string): Generator<string | null> {
	const pattern = new RegExp(BOUNDARY.source, BOUNDARY.flags);
	let open = -1;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text)) !== null) {
		if ((match[1] as string).toUpperCase() === "BEGIN") {
			if (open !== -1) yield null;
			open = match.index;
		} else if (open !== -1) {
			yield text.slice(open, match.index + match[0].length);
			open = -1;
		}
	}
	if (open !== -1) yield null;
}

/** An address as written in ATTENDEE or ORGANIZER, lower-cased without `mailto:`. */
export function calendarAddress(value: unknown): string {
	return (typeof value === "string" ? value : "")
		.trim()
		.replace(/^mailto:/i, "")
		.toLowerCase();
}

/** The day of a time as the calendar wrote it (its own time zone, or UTC for a Z time). */
const dayOf = (time: Time): IsoDate => isoFromParts(time.year, time.month, time.day);

/** The days the event took place, up to today; `capped` when the occurrences ran past MAX_OCCURRENCES. */
function eventDates(event: InstanceType<typeof ICAL.Event>, today: IsoDate): { dates: IsoDate[]; capped: boolean } {
	const start = event.startDate;
	if (!event.isRecurring()) return { dates: dayOf(start) <= today ? [dayOf(start)] : [], capped: false };
	const dates: IsoDate[] = [];
	const iterator = event.iterator();
	for (let next = iterator.next(); next; next = iterator.next()) {
		const day = dayOf(next);
		if (day > today) return { dates, capped: false };
		if (dates.length >= MAX_OCCURRENCES) return { dates, capped: true };
		if (dates[dates.length - 1] !== day) dates.push(day);
	}
	return { dates, capped: false };
}

/** Attendees who took part (not declined, not the user) and the organiser; null when the user declined. */
function participants(vevent: Component, mine: ReadonlySet<string>): string[] | null {
	const emails = new Set<string>();
	for (const attendee of vevent.getAllProperties("attendee")) {
		const address = calendarAddress(attendee.getFirstValue());
		const declined = String(attendee.getParameter("partstat") ?? "").toUpperCase() === "DECLINED";
		if (mine.has(address)) {
			if (declined) return null;
			continue;
		}
		if (!declined && address.includes("@")) emails.add(address);
	}
	const organizer = calendarAddress(vevent.getFirstPropertyValue("organizer"));
	if (organizer.includes("@") && !mine.has(organizer)) emails.add(organizer);
	return [...emails];
}

/** One VEVENT block read: what it gives for the import. */
export function readEventBlock(block: string | null, item: number, options: IcsOptions, mine: ReadonlySet<string> = ownAddresses(options)): IcsStep {
	if (block === null) return { kind: "skip", skip: { item, reason: "The event never ends (no END:VEVENT): the file may be cut short." } };
	let vevent: Component;
	let event: InstanceType<typeof ICAL.Event>;
	try {
		vevent = new ICAL.Component(ICAL.parse(block) as unknown[]);
		event = new ICAL.Event(vevent);
		if (!(event.startDate instanceof ICAL.Time)) throw new Error("it has no DTSTART");
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { kind: "skip", skip: { item, reason: `The event could not be read: ${(message.split("\n")[0] ?? "").slice(0, 200)}.` } };
	}
	const title = (event.summary ?? "").replace(/\s+/g, " ").trim();
	if (String(vevent.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED") return { kind: "skip", skip: { item, reason: `"${title}" was cancelled.` } };
	const emails = participants(vevent, mine);
	if (emails === null) return { kind: "skip", skip: { item, reason: `"${title}" was declined by you.` } };
	let read: { dates: IsoDate[]; capped: boolean };
	try {
		read = eventDates(event, options.today);
	} catch (error) {
		return { kind: "skip", skip: { item, reason: `The repetition of "${title}" could not be read: ${error instanceof Error ? error.message : String(error)}.` } };
	}
	if (read.dates.length === 0) return { kind: "future", item };
	const result: IcsStep = { kind: "event", event: { item, title, dates: read.dates, emails } };
	if (read.capped) result.skip = { item, reason: `"${title}" repeats more than ${MAX_OCCURRENCES} times up to today: only its first ${MAX_OCCURRENCES} meetings are logged.` };
	return result;
}

function ownAddresses(options: IcsOptions): Set<string> {
	return new Set(options.myEmails.map(calendarAddress).filter((address) => address !== ""));
}

/** Every VEVENT of the file read, one step per event, lazily: an adapter can yield between steps. */
export function* readIcsEvents(text: string, options: IcsOptions): Generator<IcsStep> {
	const mine = ownAddresses(options);
	let item = 0;
	for (const block of eventBlocks(text)) yield readEventBlock(block, ++item, options, mine);
}

/**
 * The past events of an .ics file; item = the event's 1-based place in the file. Throws
 * ImportFormatError for an empty file or one that is not iCalendar.
 */
export function parseIcs(text: string, options: IcsOptions): ImportItems & { source: "ics" } {
	const source = text.replace(/^\uFEFF/, "");
	if (source.trim() === "") throw new ImportFormatError("The file is empty: an .ics file starts with BEGIN:VCALENDAR.");
	if (!/^[ \t]*BEGIN[ \t]*:[ \t]*V(CALENDAR|EVENT)[ \t]*$/im.test(source)) throw new ImportFormatError("This is not an iCalendar (.ics) file: no BEGIN:VCALENDAR or BEGIN:VEVENT line was found.");
	const events: ImportEvent[] = [];
	const skipped: ImportSkip[] = [];
	for (const step of readIcsEvents(source, options)) {
		if (step.kind === "event") events.push(step.event);
		if (step.kind !== "future" && step.skip) skipped.push(step.skip);
	}
	return { source: "ics", events, skipped };
}
