/**
 * Plain data shared by every layer. A source (Obsidian's metadata cache, or files on
 * disk for the command line) turns each Markdown file into a NoteRecord; the core turns
 * records into people and posts and never needs to know where they came from.
 */
import type { ProblemKind } from "./problems";

/** A calendar day written `YYYY-MM-DD`. Never a moment in time: no time zone applies. */
export type IsoDate = string;

export interface NoteLink {
	/** Link target as written, without brackets, heading or alias: `People/Ana Diaz` or `Ana Diaz`. */
	target: string;
	/** Text after `|` in a wikilink, or the text of a Markdown link; undefined when none. */
	display?: string;
	/** Heading after `#` in the target, when any. */
	heading?: string;
	/** `![[...]]` embeds are links too, flagged here. */
	embed: boolean;
	/**
	 * 0-based line in the whole file (frontmatter included), as Obsidian reports positions.
	 * 0 for a property link: Obsidian gives those no position, and no body line is line 0 of
	 * a note with properties.
	 */
	line: number;
	/** True when the link sits on an unchecked task line (`- [ ] ...`); never for a property link. */
	inUncheckedTask: boolean;
	/**
	 * Set on a link written in a property (`attendees: ["[[Ana Diaz]]"]`): the top-level key as
	 * written, for a link in a list or a nested value too. Absent on links in the body.
	 */
	property?: string;
}

export interface NoteHeading {
	text: string;
	level: number;
	line: number;
}

export interface NoteRecord {
	/** Vault-relative path with forward slashes, including `.md`. */
	path: string;
	/** File name without folder and extension. */
	basename: string;
	/**
	 * Parsed YAML frontmatter. Null when the note has none, or when it could not be
	 * parsed (then `frontmatterError` says why) or was not a mapping.
	 */
	frontmatter: Record<string, unknown> | null;
	frontmatterError?: string;
	/**
	 * Note text after the frontmatter block. Sources may leave it empty for notes that
	 * are neither people nor posts (Obsidian only reads bodies it needs).
	 */
	body: string;
	/** 0-based line of the file at which `body` starts (0 when there is no frontmatter). */
	bodyStartLine: number;
	/**
	 * Every tag on the note, lower-cased, without `#`, from the frontmatter `tags`/`tag`
	 * keys and inline in the body; nested tags as written (`client/acme`).
	 */
	tags: string[];
	/** Links in the properties first (see markdown/property-links.ts), then the body's in reading order. */
	links: NoteLink[];
	headings: NoteHeading[];
	/** Modification time in milliseconds since the epoch. */
	mtime: number;
	/**
	 * Set when the note was larger than the size limit and only its beginning was read (see
	 * markdown/size-limit.ts): the note's size and the limit, both in bytes.
	 */
	cutAt?: { sizeBytes: number; maxBytes: number };
	/**
	 * Set when the raw frontmatter has a top-level `tags:`/`tag:` line whose value starts with
	 * `#` (a YAML comment, so no tag): the key as written and the text after the colon.
	 */
	commentedTags?: { key: string; value: string };
}

export type NoteKind = "person" | "post" | "other";

export interface Problem {
	path: string;
	/** Frontmatter key (or `frontmatter`, `file`) the problem is about. */
	key: string;
	/** What was wrong and what was used instead, in words a user can act on. */
	message: string;
	/** What sort of problem; when absent, read from `key` (see problemKind). */
	kind?: ProblemKind;
}

export interface LogEntry {
	date: IsoDate;
	/** The rest of the line after the date. */
	text: string;
	/** Link targets on the line, as written. */
	links: string[];
}

export type PostStatus = "idea" | "draft" | "published";

export interface Person {
	path: string;
	/** The file's basename. */
	name: string;
	aliases: string[];
	/** Topics as the user wrote them (trimmed, links unwrapped), from `topics` and `interests`. */
	topics: string[];
	/** Tags, lower-cased without `#`. */
	tags: string[];
	company: string | null;
	role: string | null;
	email: string | null;
	url: string | null;
	/** The `last_contact` frontmatter value only; see last-contact.ts for the full picture. */
	lastContactField: IsoDate | null;
	/** The `created` property: when never contacted, the person is due one cadence after it. */
	created: IsoDate | null;
	/** Own cadence in days, when the note sets a valid one. */
	cadenceDays: number | null;
	snoozeUntil: IsoDate | null;
	archived: boolean;
	/** What a reader sees of the body (text/visible-text.ts), the log section included; one line per line. */
	body: string;
	/** Dated lines of the `## Log` section, in file order. */
	log: LogEntry[];
	mtime: number;
}

export interface Post {
	path: string;
	/** `title` frontmatter when set, else the basename. */
	title: string;
	aliases: string[];
	topics: string[];
	tags: string[];
	status: PostStatus | null;
	published: IsoDate | null;
	/** `publish: true` (Obsidian Publish) or `published: true`: published, whatever the status. */
	markedPublished: boolean;
	url: string | null;
	/** Link targets or names from `shared_with`, unwrapped from `[[...|...]]`. */
	sharedWith: string[];
	/** What a reader sees of the body (text/visible-text.ts); one line per line. */
	body: string;
	mtime: number;
}
