/**
 * What an import reads and what it plans: plain data between the parsers (linkedin.ts,
 * vcard.ts, ics.ts), the planner (plan.ts) and the adapters that show and apply a plan.
 */
import type { IsoDate } from "../model/types";

export type ImportSource = "linkedin" | "vcard" | "ics";

/** An input item that is not imported, and why, in words a user can act on. */
export interface ImportSkip {
	/** 1-based data record: the row after the header, the card, or the event. */
	item: number;
	reason: string;
}

/**
 * A file that cannot be read as the export it was given as (empty, another shape, no card or
 * event at all): one message for the whole file, where a skip would name one item.
 */
export class ImportFormatError extends Error {
	override name = "ImportFormatError";
}

/** One person as an export describes them (a LinkedIn row or a vCard). */
export interface ImportContact {
	item: number;
	/** The full name as the export writes it (cleaned into a note name later). */
	name: string;
	/** Lower-cased, without `mailto:`, each once. */
	emails: string[];
	company: string | null;
	role: string | null;
	url: string | null;
	tags: string[];
	/** Free text for the note's body (vCard NOTE). */
	note: string | null;
	/** When the user connected with them (LinkedIn's "Connected On"): shown, not a contact. */
	connected: IsoDate | null;
}

/** One past, not cancelled, not declined calendar event: its title, the days it took place, who took part. */
export interface ImportEvent {
	item: number;
	title: string;
	/** Days on or before today, in order; a recurring event has one per occurrence. */
	dates: IsoDate[];
	/** Lower-cased addresses of attendees (who did not decline) and the organiser. */
	emails: string[];
}

export type ImportItems = { source: "linkedin" | "vcard"; contacts: ImportContact[]; skipped: ImportSkip[] } | { source: "ics"; events: ImportEvent[]; skipped: ImportSkip[] };

/** A person already in the vault, as matching and updating need them. */
export interface ImportPerson {
	path: string;
	name: string;
	aliases: readonly string[];
	/** Every address in the note's email property, lower-cased. */
	emails: readonly string[];
	/** The note's current text, which an update edits in place. */
	text: string;
}

export interface ImportOptions {
	/** The folder new people go to: the first person folder (`""` for the vault root). */
	folder: string;
	/** Every file path in the vault, so a new note's name never collides with one (case-insensitively). */
	existingPaths: Iterable<string>;
	/** The cadence written on new people, or `""` for none. */
	cadence: string;
	today: IsoDate;
	/** Property names of the notes, as in settings. */
	fields: ImportFields;
	logHeading: string;
	/** The `type` value that makes a note a person. */
	personType: string;
	/** The YAML parser the adapter has (Obsidian's parseYaml; the yaml package in the CLI), to check every edit. */
	parseYaml: (yaml: string) => unknown;
}

export interface ImportFields {
	type: string;
	/** Where a new note keeps the name as the export wrote it, when the note's name had to differ. */
	aliases: string;
	email: string;
	company: string;
	role: string;
	url: string;
	cadence: string;
	created: string;
	tags: string;
	connected: string;
}

/** A new person note the import will create. */
export interface PlannedCreate {
	path: string;
	name: string;
	text: string;
	/** The input items it comes from (the first, and any later one that is the same person). */
	items: number[];
}

/** A person note the import will change: its text before and after, and what changed. */
export interface PlannedUpdate {
	path: string;
	name: string;
	before: string;
	after: string;
	/** Keys filled in, and "log" when log lines were added. */
	changes: string[];
	items: number[];
}

export interface ImportPlan {
	source: ImportSource;
	created: PlannedCreate[];
	updated: PlannedUpdate[];
	/** Input items that would change nothing. */
	unchanged: number;
	skipped: ImportSkip[];
}
