import { normalizePath, TFile, type App } from "obsidian";
import type { FieldNames } from "../core/model/config";
import { addToList, laterDate } from "../core/edits/frontmatter-edits";
import { mergeFollowupSection, type FollowupEntry } from "../core/edits/followup-section";
import { appendToSection, oneLine } from "../core/edits/note-edits";
import type { IsoDate } from "../core/model/types";

/**
 * The only ways Top of Mind changes a vault. Frontmatter goes through processFrontMatter,
 * bodies through vault.process, links through generateMarkdownLink; each edit touches
 * its own key or section and nothing else.
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

/** The first line of an error's message (YAML errors run over several lines). */
function reason(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return (message.split("\n")[0] ?? "").trim().replace(/[.:]$/, "");
}

/** A frontmatter edit that failed; the note was left as it was. */
class FrontmatterEditError extends Error {
	constructor(
		readonly path: string,
		readonly why: string,
	) {
		super(`Could not change the properties of "${path}" (${why}); the note was left as it was.`);
	}
}

/**
 * processFrontMatter, which changes nothing when it fails; its error names the note, since
 * the parser's own (`Map keys must be unique at line 3`) does not.
 */
async function editFrontmatter(app: App, file: TFile, edit: (frontmatter: Record<string, unknown>) => void): Promise<void> {
	const path = file.path;
	try {
		await app.fileManager.processFrontMatter(file, edit);
	} catch (error) {
		throw new FrontmatterEditError(path, reason(error) || "they could not be read");
	}
}

function sameFile(app: App, target: string, sourcePath: string, file: TFile): boolean {
	return app.metadataCache.getFirstLinkpathDest(target, sourcePath)?.path === file.path;
}

/** Moves a person's last contact to `date`, unless it is already later (or after today). */
function updateLastContact(ctx: WriteContext, person: TFile, date: IsoDate, today: IsoDate): Promise<void> {
	const key = ctx.fields.lastContact;
	return editFrontmatter(ctx.app, person, (fm) => {
		fm[key] = laterDate(fm[key], date, today);
	});
}

/** Logs a share: the person's last contact and log, and the post's `shared_with`. */
export async function markAsShared(ctx: WriteContext, personPath: string, postPath: string, today: IsoDate): Promise<void> {
	const { app, fields } = ctx;
	const person = requireFile(app, personPath);
	const post = requireFile(app, postPath);
	await updateLastContact(ctx, person, today, today);
	const postLink = app.fileManager.generateMarkdownLink(post, person.path);
	const line = `- ${today} Shared ${postLink}`;
	await app.vault.process(person, (text) => (text.includes(line) ? text : appendToSection(text, ctx.logHeading, line)));
	const personLink = app.fileManager.generateMarkdownLink(person, post.path);
	try {
		await editFrontmatter(app, post, (fm) => {
			fm[fields.sharedWith] = addToList(fm[fields.sharedWith], personLink, (existing) => sameFile(app, existing, post.path, person));
		});
	} catch (error) {
		const why = error instanceof FrontmatterEditError ? error.why : reason(error);
		throw new Error(`Could not add the share to the properties of "${post.path}" (${why}); it is logged in "${person.path}" only.`);
	}
}

/** Logs a contact on a day (today by default) with an optional note. */
export async function logContact(ctx: WriteContext, personPath: string, date: IsoDate, today: IsoDate, note = ""): Promise<void> {
	const person = requireFile(ctx.app, personPath);
	await updateLastContact(ctx, person, date, today);
	// One line, always: a line break in the note would start a line (or a heading) of its own.
	const text = oneLine(note) || "Contacted";
	await ctx.app.vault.process(person, (body) => appendToSection(body, ctx.logHeading, `- ${date} ${text}`));
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
 * or its folder takes what the other made.
 */
export async function ensureNote(app: App, path: string, content: () => Promise<string>): Promise<TFile> {
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
export function newPersonNote(fields: FieldNames, typeValue: string, logHeading: string): string {
	const topicsKey = fields.topics[0] ?? "topics";
	return [
		"---",
		`${fields.type}: ${typeValue}`,
		`${topicsKey}: []`,
		// Empty properties for the user to fill in.
		...[fields.company, fields.role, fields.email, fields.lastContact, fields.cadence].map((key) => `${key}: `),
		"---",
		"",
		"",
		`## ${logHeading}`,
		"",
	].join("\n");
}
