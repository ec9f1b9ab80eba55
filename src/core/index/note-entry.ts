/**
 * What the index keeps of one note, worked out from its record alone: its kind, the person
 * or post it is, what a daily note or a topic note adds, and its problems. Pure: the
 * network index applies the entry to its store, search and resolver.
 */
import { dailyNoteDate } from "../contact/daily-notes";
import { datedContacts } from "../contact/dated-notes";
import { mentionLinks } from "../links/names";
import { isEmptyValue } from "../markdown/frontmatter";
import { formatBytes } from "../markdown/size-limit";
import type { CoreConfig, DailyNoteDateParser, DailyNotesConfig } from "../model/config";
import type { NoteRecord, Person, Post, Problem } from "../model/types";
import { classify, isExcluded, optsOut } from "../vault/classify";
import { owned } from "../text/owned";
import { toPerson, toPost } from "../vault/people-and-posts";
import type { DailyEntry, StoredKind } from "./note-store";

/** How notes are read: the settings, and which notes are daily notes of which day. */
export interface NoteReading {
	config: CoreConfig;
	dailyNotes: DailyNotesConfig;
	parseDailyDate: DailyNoteDateParser;
}

export interface NoteEntry {
	kind: StoredKind;
	/** Left out by the excluded folders: known to exist, nothing more (not even a link target). */
	excluded: boolean;
	person?: Person;
	post?: Post;
	/** The names links may use for the note besides its file name. */
	aliases: string[];
	/** A post's link targets, for "mentions them" (its body's and properties' but `shared_with`). */
	postLinks?: string[];
	/** A topic note's name and aliases. */
	topicNames?: string[];
	/** A daily note's or dated note's contacts (contact/dated-notes.ts). */
	daily?: DailyEntry;
	problems: Problem[];
}

/** The note as the index keeps it; see the file comment. */
export function readNote(record: NoteRecord, reading: NoteReading): NoteEntry {
	const { config } = reading;
	if (isExcluded(record.path, config)) return { kind: "other", excluded: true, aliases: [], problems: [] };
	// Opted out: a note that exists (links to it find it), and nothing more.
	if (optsOut(record)) return { kind: "other", excluded: false, aliases: [], problems: [] };
	const kind = classify(record, config);
	const problems: Problem[] = [];
	const entry: NoteEntry = { kind, excluded: false, aliases: [], problems };
	if (record.cutAt !== undefined) problems.push(cutProblem(record.path, record.cutAt));
	const commented = commentedTagsProblem(record);
	if (commented !== null) problems.push(commented);
	if (kind === "person") {
		const { person, problems: found } = toPerson(record, config);
		problems.push(...found);
		entry.person = person;
		entry.aliases = person.aliases;
	} else if (kind === "post") {
		const { post, problems: found } = toPost(record, config);
		problems.push(...found);
		entry.post = post;
		// Each target once: a long post may link the same few people thousands of times.
		entry.postLinks = owned([...new Set(mentionLinks(record.links, config.fields.sharedWith).map((link) => link.target))]);
		entry.aliases = post.aliases;
	} else {
		const aliases = frontmatterAliases(record, config.fields.aliases);
		entry.aliases = aliases;
		if (aliases.length > 0) entry.topicNames = owned([record.basename, ...aliases]);
		if (record.frontmatterError) {
			problems.push({ path: record.path, key: "frontmatter", message: record.frontmatterError });
		}
	}
	// People and posts are what they are: a post's `date` is when it was written, not a meeting.
	const dailyDate = kind === "other" ? dailyNoteDate(record.path, reading.dailyNotes, reading.parseDailyDate) : null;
	const contacts = kind === "other" ? datedContacts(record, config, dailyDate) : null;
	if (contacts !== null) entry.daily = owned(contacts);
	if (dailyDate !== null) entry.kind = "daily";
	return entry;
}

function cutProblem(path: string, { sizeBytes, maxBytes }: { sizeBytes: number; maxBytes: number }): Problem {
	return {
		path,
		key: "file",
		kind: "size",
		message: `The note is ${formatBytes(sizeBytes)}, over the ${formatBytes(maxBytes)} limit of "Largest note read"; only its first ${formatBytes(maxBytes)} were read.`,
	};
}

/**
 * `tags: #person` in YAML: the `#` starts a comment, so the note has no tags. Reported when the
 * property came out empty (a list on the lines below would still set tags).
 */
export function commentedTagsProblem(record: NoteRecord): Problem | null {
	const commented = record.commentedTags;
	if (commented === undefined || record.frontmatter === null) return null;
	if (!isEmptyValue(record.frontmatter[commented.key])) return null;
	const names = commented.value
		.split(/[\s,]+/)
		.map((word) => word.replace(/^#+/, ""))
		.filter((word) => word !== "");
	const key = commented.key;
	const fix = names.length === 0 ? `${key}: [person] or ${key}: person` : names.length === 1 ? `${key}: [${names[0]}] or ${key}: ${names[0]}` : `${key}: [${names.join(", ")}]`;
	return {
		path: record.path,
		key,
		kind: "tags",
		message: `"${key}: ${commented.value}" is a YAML comment, so the note has no tags; write ${fix}`,
	};
}

function frontmatterAliases(record: NoteRecord, key: string): string[] {
	const value = record.frontmatter?.[key];
	if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter(Boolean);
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
	return [];
}
