import { normalizePath, TFile, type App } from "obsidian";
import type { FieldNames } from "../core/config";
import { addToList, laterDate } from "../core/frontmatter-edits";
import { appendToSection, replaceSection } from "../core/note-edits";
import type { IsoDate } from "../core/types";

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

function sameFile(app: App, target: string, sourcePath: string, file: TFile): boolean {
	return app.metadataCache.getFirstLinkpathDest(target, sourcePath)?.path === file.path;
}

/** Logs a share: the person's last contact and log, and the post's `shared_with`. */
export async function markAsShared(ctx: WriteContext, personPath: string, postPath: string, today: IsoDate): Promise<void> {
	const { app, fields } = ctx;
	const person = requireFile(app, personPath);
	const post = requireFile(app, postPath);
	await app.fileManager.processFrontMatter(person, (fm: Record<string, unknown>) => {
		fm[fields.lastContact] = laterDate(fm[fields.lastContact], today, today);
	});
	const postLink = app.fileManager.generateMarkdownLink(post, person.path);
	const line = `- ${today} Shared ${postLink}`;
	await app.vault.process(person, (text) => (text.includes(line) ? text : appendToSection(text, ctx.logHeading, line)));
	const personLink = app.fileManager.generateMarkdownLink(person, post.path);
	await app.fileManager.processFrontMatter(post, (fm: Record<string, unknown>) => {
		fm[fields.sharedWith] = addToList(fm[fields.sharedWith], personLink, (existing) => sameFile(app, existing, post.path, person));
	});
}

/** Logs a contact on a day (today by default) with an optional note. */
export async function logContact(ctx: WriteContext, personPath: string, date: IsoDate, today: IsoDate, note = ""): Promise<void> {
	const { app, fields } = ctx;
	const person = requireFile(app, personPath);
	await app.fileManager.processFrontMatter(person, (fm: Record<string, unknown>) => {
		fm[fields.lastContact] = laterDate(fm[fields.lastContact], date, today);
	});
	const text = note.trim().replace(/\s*\n\s*/g, " ") || "Contacted";
	await app.vault.process(person, (body) => appendToSection(body, ctx.logHeading, `- ${date} ${text}`));
}

/** Writes (or rewrites) the follow-up section of a note; the rest of the note is left alone. */
export async function writeSection(app: App, file: TFile, heading: string, markdown: string): Promise<void> {
	await app.vault.process(file, (text) => replaceSection(text, heading, markdown));
}

/** Creates a note, and its folders, unless it exists; returns the file. */
export async function ensureNote(app: App, path: string, content: () => Promise<string>): Promise<TFile> {
	const normalized = normalizePath(path);
	const existing = app.vault.getFileByPath(normalized);
	if (existing) return existing;
	const folder = normalized.includes("/") ? normalized.slice(0, normalized.lastIndexOf("/")) : "";
	if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
	return app.vault.create(normalized, await content());
}

/** Frontmatter for a new person note with the configured keys. */
export function newPersonNote(fields: FieldNames, typeValue: string, logHeading: string): string {
	const topicsKey = fields.topics[0] ?? "topics";
	return [
		"---",
		`${fields.type}: ${typeValue}`,
		`${topicsKey}: []`,
		`${fields.company}: `,
		`${fields.role}: `,
		`${fields.email}: `,
		`${fields.lastContact}: `,
		`${fields.cadence}: `,
		"---",
		"",
		"",
		`## ${logHeading}`,
		"",
	].join("\n");
}
