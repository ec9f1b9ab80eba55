/**
 * A person or post note's frontmatter as a Person or a Post: each field read with the
 * coercions of values/coerce.ts (see its comment for every shape accepted), and what is not
 * meaningful reported as a Problem. Nothing here throws on user data.
 */
import { visibleOfRecord, visibleProse } from "../text/visible-text";
import { parseLogSection } from "../contact/log-section";
import type { CoreConfig } from "../model/config";
import type { IsoDate, NoteRecord, Person, Post, PostStatus, Problem } from "../model/types";
import { parseCadence } from "../values/cadence";
import { coerceBoolean, coerceStringList, coerceText, dedupeCaseInsensitive, foldCase, getField, normalizeKey, problem, type LinkMode, type ListOptions, type ValueContext } from "../values/coerce";
import { coerceDate } from "../values/dates";
import { flatten } from "../values/yaml-shapes";
import { owned } from "../text/owned";
import { withBody } from "./note-body";

function frontmatterProblems(record: NoteRecord): Problem[] {
	if (record.frontmatterError === undefined) return [];
	const error = record.frontmatterError.trim();
	// Sources may already phrase a full sentence for users ("…; the note was read without
	// frontmatter."): keep it. A bare parser error gets the consequence added.
	const message = error.endsWith(".")
		? error
		: `frontmatter could not be read (${error === "" ? "unknown error" : error}); the note is read without its properties`;
	return [{ path: record.path, key: "frontmatter", message }];
}

/** A field of a note and where it is (the note, the key as written), for problems about it. */
function fieldOf(record: NoteRecord, key: string): ValueContext & { value: unknown } {
	return { path: record.path, ...getField(record.frontmatter, key) };
}

/** Reads a date field; a problem names the key and what happens instead. */
function dateField(
	record: NoteRecord,
	key: string,
	instead: string,
	problems: Problem[],
): IsoDate | null {
	const field = fieldOf(record, key);
	const { date, problem: p } = coerceDate(field.value);
	if (p !== undefined) problems.push(problem(field, `${p}; ${instead}`));
	return date;
}

function textField(record: NoteRecord, key: string, link: LinkMode, problems: Problem[]): string | null {
	const field = fieldOf(record, key);
	const r = coerceText(field.value, field, { link });
	problems.push(...r.problems);
	return r.value;
}

function listField(record: NoteRecord, key: string, options: ListOptions, problems: Problem[]): string[] {
	const field = fieldOf(record, key);
	const r = coerceStringList(field.value, field, options);
	problems.push(...r.problems);
	return r.values;
}

function topicsOf(record: NoteRecord, config: CoreConfig, problems: Problem[]): string[] {
	const all: string[] = [];
	const seenKeys = new Set<string>();
	for (const key of config.fields.topics) {
		const k = normalizeKey(key);
		if (seenKeys.has(k)) continue;
		seenKeys.add(k);
		all.push(...listField(record, key, { link: "text", stripHash: true }, problems));
	}
	return dedupeCaseInsensitive(all);
}

function aliasesOf(record: NoteRecord, config: CoreConfig, name: string, problems: Problem[]): string[] {
	const keys = [config.fields.aliases];
	if (normalizeKey(config.fields.aliases) !== "alias") keys.push("alias");
	const all: string[] = [];
	for (const key of keys) all.push(...listField(record, key, { link: "text" }, problems));
	const self = foldCase(name);
	return dedupeCaseInsensitive(all).filter((a) => foldCase(a) !== self);
}

/** Lower-cased string values of a field (a string or a list of them). */
function wordsOf(value: unknown): string[] {
	const items = Array.isArray(value) ? flatten(value) : [value];
	return items.filter((v): v is string => typeof v === "string").map((v) => v.trim().toLowerCase());
}

function archivedOf(record: NoteRecord, config: CoreConfig, problems: Problem[]): boolean {
	const status = getField(record.frontmatter, config.fields.status);
	if (wordsOf(status.value).includes("archived")) return true;
	const field = fieldOf(record, config.fields.archived);
	const b = coerceBoolean(field.value);
	if (b.problem !== undefined) problems.push(problem(field, `${b.problem}; the person is not archived`));
	return b.value === true;
}

/** A person note as a Person, with the problems found in its frontmatter. */
export function toPerson(record: NoteRecord, config: CoreConfig): { person: Person; problems: Problem[] } {
	const problems = frontmatterProblems(record);
	const f = config.fields;
	const name = record.basename;
	const cadenceField = fieldOf(record, f.cadence);
	const cadence = parseCadence(cadenceField.value);
	if (cadence.problem !== undefined) problems.push(problem(cadenceField, `${cadence.problem}; the tag or default cadence applies`));
	let email = textField(record, f.email, "target", problems);
	if (email !== null) email = email.replace(/^mailto:/i, "");
	const person: Omit<Person, "body"> = {
		path: record.path,
		name,
		aliases: aliasesOf(record, config, name, problems),
		topics: topicsOf(record, config, problems),
		tags: [...record.tags],
		company: textField(record, f.company, "text", problems),
		role: textField(record, f.role, "text", problems),
		email,
		url: textField(record, f.url, "target", problems),
		lastContactField: dateField(record, f.lastContact, "last contact comes from the log and daily notes", problems),
		created: dateField(record, f.created, "a person never contacted is due now", problems),
		cadenceDays: cadence.days,
		snoozeUntil: dateField(record, f.snoozeUntil, "the person is not snoozed", problems),
		archived: archivedOf(record, config, problems),
		log: parseLogSection(record.body, config.logHeading),
		mtime: record.mtime,
	};
	return { person: withBody<Person>(owned(person), visibleProse(visibleOfRecord(record))), problems };
}

const POST_STATUSES: readonly PostStatus[] = ["idea", "draft", "published"];

function postStatusOf(record: NoteRecord, config: CoreConfig, problems: Problem[]): PostStatus | null {
	const value = textField(record, config.fields.status, "text", problems);
	if (value === null) return null;
	const s = value.toLowerCase();
	const status = POST_STATUSES.find((p) => p === s);
	if (status) return status;
	problems.push(problem(fieldOf(record, config.fields.status), `"${value}" is not idea, draft or published; the post has no status`));
	return null;
}

/**
 * The publication date, and whether `published: true` or `publish: true` (Obsidian Publish's
 * convention) marks the post published. A `published` that is true or false is no date.
 */
function publishedOf(record: NoteRecord, config: CoreConfig, problems: Problem[]): { published: IsoDate | null; markedPublished: boolean } {
	const f = config.fields;
	const dated = fieldOf(record, f.published);
	// `published: true` (or yes, false, no): a flag, not a date nor a problem.
	const flag = typeof dated.value === "boolean" || (typeof dated.value === "string" && /^\s*(?:true|false|yes|no)\s*$/i.test(dated.value)) ? coerceBoolean(dated.value).value : null;
	const published = flag === null ? dateField(record, f.published, "the post has no publication date", problems) : null;
	let publish = false;
	if (normalizeKey(f.publish) !== normalizeKey(f.published)) {
		const field = fieldOf(record, f.publish);
		const b = coerceBoolean(field.value);
		if (b.problem !== undefined) problems.push(problem(field, `${b.problem}; the post is not marked published by it`));
		publish = b.value === true;
	}
	return { published, markedPublished: flag === true || publish };
}

/** A post note as a Post, with the problems found in its frontmatter. */
export function toPost(record: NoteRecord, config: CoreConfig): { post: Post; problems: Problem[] } {
	const problems = frontmatterProblems(record);
	const f = config.fields;
	const title = textField(record, f.title, "text", problems) ?? record.basename;
	const post: Omit<Post, "body"> = {
		path: record.path,
		title,
		aliases: aliasesOf(record, config, title, problems),
		topics: topicsOf(record, config, problems),
		tags: [...record.tags],
		status: postStatusOf(record, config, problems),
		...publishedOf(record, config, problems),
		url: textField(record, f.url, "target", problems),
		sharedWith: listField(record, f.sharedWith, { link: "target", numbers: "problem" }, problems),
		mtime: record.mtime,
	};
	return { post: withBody<Post>(owned(post), visibleProse(visibleOfRecord(record))), problems };
}
