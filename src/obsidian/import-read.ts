import { parseYaml, type App } from "obsidian";
import { readIcsEvents } from "../core/import/ics";
import { parseLinkedIn } from "../core/import/linkedin";
import { ImportFormatError, type ImportEvent, type ImportFields, type ImportItems, type ImportOptions, type ImportPerson, type ImportSkip, type ImportSource } from "../core/import/types";
import { parseVCard } from "../core/import/vcard";
import type { NetworkIndex } from "../core/index/network-index";
import type { IsoDate } from "../core/model/types";
import { getField, coerceStringList } from "../core/values/coerce";
import type { TopOfMindSettings } from "../settings/plugin-settings";
import { Slices } from "./slices";

/** A file the user picked: its name (for the kind of export) and its text. */
export interface PickedFile {
	name: string;
	text: string;
}

/** The export a file is, by its extension; null for one Top of Mind does not read. */
export function sourceOf(fileName: string): ImportSource | null {
	const extension = fileName.toLowerCase().split(".").pop() ?? "";
	if (extension === "csv") return "linkedin";
	if (extension === "vcf" || extension === "vcard") return "vcard";
	if (extension === "ics" || extension === "ical" || extension === "ifb") return "ics";
	return null;
}

/**
 * A picked file read as its export. A calendar is read event by event, handing the main
 * thread back between slices (a calendar export of years is tens of megabytes) and telling
 * `progress` how many events it has read; contacts files are read in one go.
 */
export async function readImport(file: PickedFile, today: IsoDate, myEmails: readonly string[], progress: (events: number) => void = () => {}): Promise<ImportItems> {
	const source = sourceOf(file.name);
	if (source === null) throw new ImportFormatError(`"${file.name}" is not an export Top of Mind reads: pick a LinkedIn Connections.csv, a vCard (.vcf) or a calendar (.ics) file.`);
	if (source === "linkedin") return parseLinkedIn(file.text);
	if (source === "vcard") return parseVCard(file.text);
	const text = file.text.replace(/^\uFEFF/, "");
	if (text.trim() === "") throw new ImportFormatError("The file is empty: an .ics file starts with BEGIN:VCALENDAR.");
	const events: ImportEvent[] = [];
	const skipped: ImportSkip[] = [];
	const slices = new Slices();
	let read = 0;
	for (const step of readIcsEvents(text, { today, myEmails })) {
		if (step.kind === "event") events.push(step.event);
		if (step.kind !== "future" && step.skip) skipped.push(step.skip);
		if (++read % 500 === 0) progress(read);
		await slices.pause();
	}
	if (read === 0) throw new ImportFormatError("This is not an iCalendar (.ics) file: no event (BEGIN:VEVENT) was found.");
	return { source: "ics", events, skipped };
}

/** The property names an import writes, as the settings name them (tags and connected are fixed). */
export function importFields(settings: TopOfMindSettings): ImportFields {
	const fields = settings.core.fields;
	return {
		type: "type",
		aliases: fields.aliases,
		email: fields.email,
		company: fields.company,
		role: fields.role,
		url: fields.url,
		cadence: fields.cadence,
		created: fields.created,
		tags: "tags",
		connected: "connected",
	};
}

/** What planning needs besides the people: where new notes go, which paths are taken, the fields. */
export function importOptions(app: App, settings: TopOfMindSettings, cadence: string, today: IsoDate): ImportOptions {
	return {
		folder: (settings.core.person.folders[0] ?? "").trim(),
		existingPaths: app.vault.getFiles().map((file) => file.path),
		cadence,
		today,
		fields: importFields(settings),
		logHeading: settings.core.logHeading,
		personType: settings.core.person.typeValues[0] ?? "person",
		parseYaml,
	};
}

/** Everyone the index knows, with the addresses of their email property and their note's text as it is now. */
export async function importPeople(app: App, index: NetworkIndex, settings: TopOfMindSettings): Promise<ImportPerson[]> {
	const key = settings.core.fields.email;
	const people: ImportPerson[] = [];
	const slices = new Slices();
	for (const person of index.allPeople()) {
		const file = app.vault.getFileByPath(person.path);
		if (!file) continue;
		const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
		const { values } = coerceStringList(getField(frontmatter ?? null, key).value, { path: person.path, key });
		people.push({ path: person.path, name: person.name, aliases: person.aliases, emails: values.map((email) => email.toLowerCase()), text: await app.vault.cachedRead(file) });
		await slices.pause();
	}
	return people;
}
