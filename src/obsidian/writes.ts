import { normalizePath, parseYaml, TFile, type App } from "obsidian";
import { laterDate } from "../core/edits/frontmatter-edits";
import { addToFrontmatterList, checkEdit, expectAdded, setFrontmatterValue, yamlScalar, type FrontmatterEdit } from "../core/edits/frontmatter-text";
import { mergeFollowupSection, type FollowupEntry } from "../core/edits/followup-section";
import { pathRefusal } from "../core/edits/note-paths";
import { appendToSection, oneLine } from "../core/edits/note-edits";
import { readFrontmatter, splitFrontmatter } from "../core/markdown/frontmatter";
import type { FieldNames } from "../core/model/config";
import type { IsoDate } from "../core/model/types";
import { getField, unwrapLink } from "../core/values/coerce";
import { processRecorded, type NoteChange } from "./undo";

/**
 * The only ways Top of Mind changes a vault. Every edit of a note is one atomic
 * `vault.process`: the plugin's own frontmatter keys are edited in place in the text
 * (core/edits/frontmatter-text.ts), never through `processFrontMatter`, which writes the
 * whole block again and loses comments, quoting and list style; every other byte of the note
 * stays as it was. Each edit is checked with Obsidian's own YAML parser before it is written
 * (the edited key reads as meant, every other key as before), and refused otherwise. Links in
 * properties are quoted wikilinks, whatever the link settings, because Obsidian reads only
 * those as property links; links in the body follow the user's settings.
 */

export interface WriteContext {
	app: App;
	fields: FieldNames;
	logHeading: string;
}

/** A file by path, or a clear error when it was renamed or deleted since the click. */
export function requireFile(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(normalizePath(path));
	if (!file) throw new Error(`"${path}" no longer exists; it may have been renamed or deleted.`);
	return file;
}

/** A frontmatter edit that was refused; the note was left as it was. */
class FrontmatterEditError extends Error {
	constructor(
		readonly path: string,
		readonly why: string,
	) {
		super(`Could not change the properties of "${path}" (${why}); the note was left as it was.`);
	}
}

/** The first sentence of a reason, without its final full stop, for a message that goes on. */
function reason(text: string): string {
	return (text.split("\n")[0] ?? "").trim().replace(/[.:]$/, "");
}

/** What `key` holds in the note's frontmatter as Obsidian reads it (undefined when absent or unreadable). */
function frontmatterValue(text: string, key: string): unknown {
	const { frontmatter } = readFrontmatter(splitFrontmatter(text), parseYaml);
	return getField(frontmatter, key).value;
}

/** Throws (so nothing is written) when the note's frontmatter cannot be read as Obsidian reads it. */
function assertReadable(path: string, text: string): void {
	const { error } = readFrontmatter(splitFrontmatter(text), parseYaml);
	if (error === undefined) return;
	// readFrontmatter's message says "the note was read without frontmatter": here, the parser's own words.
	const why = /\((.*)\)/.exec(error)?.[1] ?? error;
	throw new FrontmatterEditError(path, reason(why));
}

/** An in-place edit, checked with Obsidian's parser; throws (so nothing is written) when refused. */
function checked(path: string, before: string, key: string, expected: unknown, edit: FrontmatterEdit): string {
	assertReadable(path, before);
	if (!edit.ok) throw new FrontmatterEditError(path, reason(edit.error));
	if (!edit.changed) return before;
	const check = checkEdit(before, edit.text, key, expected, parseYaml);
	if (!check.ok) throw new FrontmatterEditError(path, reason(check.error));
	return edit.text;
}

/** The note with its last contact moved to `date`, unless it is already later (or after today). */
function withLastContact(ctx: WriteContext, path: string, text: string, date: IsoDate, today: IsoDate): string {
	const key = ctx.fields.lastContact;
	const value = laterDate(frontmatterValue(text, key), date, today);
	return checked(path, text, key, value, setFrontmatterValue(text, key, value));
}

/**
 * A person as a property link from `sourcePath`: `"[[Name]]"`, or `"[[Folder/Name|Name]]"`
 * when another note has the same name (Obsidian's own shortest unambiguous link text).
 */
export function propertyLink(app: App, file: TFile, sourcePath: string): string {
	const linktext = app.metadataCache.fileToLinktext(file, sourcePath, true);
	return linktext === file.basename ? `[[${linktext}]]` : `[[${linktext}|${file.basename}]]`;
}

/** Whether a value written in a property (a link, a path or a bare name) points at `file`. */
function pointsAt(app: App, value: string, sourcePath: string, file: TFile): boolean {
	return app.metadataCache.getFirstLinkpathDest(unwrapLink(value), sourcePath)?.path === file.path;
}

/** Logs a share: the person's last contact and log (one write), then the post's `shared_with` (another). */
export async function markAsShared(ctx: WriteContext, personPath: string, postPath: string, today: IsoDate): Promise<NoteChange[]> {
	const { app, fields } = ctx;
	const person = requireFile(app, personPath);
	const post = requireFile(app, postPath);
	const changes: NoteChange[] = [];
	const line = `- ${today} Shared ${app.fileManager.generateMarkdownLink(post, person.path)}`;
	await processRecorded(
		app,
		person,
		(text) => {
			const dated = withLastContact(ctx, person.path, text, today, today);
			return dated.includes(line) ? dated : appendToSection(dated, ctx.logHeading, line);
		},
		changes,
	);
	const item = propertyLink(app, person, post.path);
	try {
		await processRecorded(
			app,
			post,
			(text) => checked(post.path, text, fields.sharedWith, expectAdded(item), addToFrontmatterList(text, fields.sharedWith, item, (existing) => pointsAt(app, existing, post.path, person))),
			changes,
		);
	} catch (error) {
		const why = error instanceof FrontmatterEditError ? error.why : reason(error instanceof Error ? error.message : String(error));
		throw new WriteError(`Could not add the share to the properties of "${post.path}" (${why}); it is logged in "${person.path}" only.`, changes);
	}
	return changes;
}

/** A write that failed part way: what it did write, so the notice can still offer to undo it. */
export class WriteError extends Error {
	constructor(
		message: string,
		readonly changes: readonly NoteChange[],
	) {
		super(message);
	}
}

/** Logs a contact on a day (today by default) with an optional note: one write of the person's note. */
export async function logContact(ctx: WriteContext, personPath: string, date: IsoDate, today: IsoDate, note = ""): Promise<NoteChange[]> {
	const person = requireFile(ctx.app, personPath);
	const changes: NoteChange[] = [];
	const text = oneLine(note) || "Contacted";
	await processRecorded(ctx.app, person, (body) => appendToSection(withLastContact(ctx, person.path, body, date, today), ctx.logHeading, `- ${date} ${text}`), changes);
	return changes;
}

/**
 * Logs a reply to a shared post: the log line `- YYYY-MM-DD Replied [[Post]]` in the person's
 * note and nothing else (the line is the contact on its date). One write; a line already there
 * is not written twice.
 */
export async function logReply(ctx: WriteContext, personPath: string, postPath: string, date: IsoDate): Promise<NoteChange[]> {
	const { app } = ctx;
	const person = requireFile(app, personPath);
	const post = requireFile(app, postPath);
	const line = `- ${date} Replied ${app.fileManager.generateMarkdownLink(post, person.path)}`;
	const changes: NoteChange[] = [];
	await processRecorded(app, person, (text) => (text.includes(line) ? text : appendToSection(text, ctx.logHeading, line)), changes);
	return changes;
}

/** Snoozes a person until `until` (not due before it): their `snooze_until`, one write, nothing else. */
export async function snoozePerson(ctx: WriteContext, personPath: string, until: IsoDate): Promise<NoteChange[]> {
	const person = requireFile(ctx.app, personPath);
	const key = ctx.fields.snoozeUntil;
	const changes: NoteChange[] = [];
	await processRecorded(ctx.app, person, (text) => checked(person.path, text, key, until, setFrontmatterValue(text, key, until)), changes);
	return changes;
}

/**
 * Writes the follow-up list under `heading` in one `vault.process`: only the plugin's own
 * lines of the section are replaced; ticked, edited and added lines stay as they are, and a
 * person a kept line links to gets no second line. The rest of the note is left alone.
 */
export async function writeFollowups(app: App, file: TFile, heading: string, entries: readonly FollowupEntry[]): Promise<void> {
	const personOf = (target: string): string | null => app.metadataCache.getFirstLinkpathDest(target, file.path)?.path ?? null;
	await app.vault.process(file, (text) => mergeFollowupSection(text, heading, entries, personOf));
}

/**
 * Creates a note, and its folders, unless it exists; returns the file. Two calls at once
 * (a command run twice quickly) both get the one note: whoever loses the race to create it
 * or its folder takes what the other made. A path outside the vault (or hidden in it) is
 * refused before anything is created; callers check their settings first to name the one to
 * fix, so this is the last guard for every note the plugin creates.
 */
export async function ensureNote(app: App, path: string, content: () => Promise<string>): Promise<TFile> {
	const refusal = pathRefusal(path);
	if (refusal !== null) throw new Error(`"${path}" ${refusal}; nothing was created.`);
	const normalized = normalizePath(path);
	const existing = app.vault.getFileByPath(normalized);
	if (existing) return existing;
	const folder = normalized.includes("/") ? normalized.slice(0, normalized.lastIndexOf("/")) : "";
	if (folder !== "" && !app.vault.getFolderByPath(folder)) {
		try {
			await app.vault.createFolder(folder);
		} catch (error) {
			if (!app.vault.getFolderByPath(folder)) throw error;
		}
	}
	const text = await content();
	try {
		return await app.vault.create(normalized, text);
	} catch (error) {
		const made = app.vault.getFileByPath(normalized);
		if (made) return made;
		throw error;
	}
}

/** Frontmatter for a new person note with the configured keys. */
export function newPersonNote(fields: FieldNames, typeValue: string, logHeading: string, today: IsoDate): string {
	const topicsKey = fields.topics[0] ?? "topics";
	return [
		"---",
		`${yamlScalar(fields.type)}: ${yamlScalar(typeValue)}`,
		`${yamlScalar(topicsKey)}: []`,
		// Empty properties for the user to fill in.
		...[fields.company, fields.role, fields.email, fields.lastContact, fields.cadence].map((key) => `${yamlScalar(key)}: `),
		// Not due the day they are added: one cadence after this.
		`${yamlScalar(fields.created)}: ${today}`,
		"---",
		"",
		"",
		`## ${logHeading}`,
		"",
	].join("\n");
}
