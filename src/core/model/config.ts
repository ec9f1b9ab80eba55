import type { NoteLanguage } from "./languages";

/**
 * Everything about how notes are read that a user can change in settings. The Obsidian
 * settings tab and the command line both hand one of these to the core.
 */

export interface KindRule {
	/** Frontmatter `type` values (compared case-insensitively) that make a note this kind. */
	typeValues: string[];
	/** Tags (without `#`, nested tags below them match too). */
	tags: string[];
	/** Vault folders; notes anywhere below them match. New person notes go to the first person folder. */
	folders: string[];
}

export interface FieldNames {
	type: string;
	/** Keys read for topics, in order; values are merged. */
	topics: string[];
	aliases: string;
	company: string;
	role: string;
	email: string;
	url: string;
	lastContact: string;
	/** The day a person note was made: a person never contacted is due one cadence after it. */
	created: string;
	cadence: string;
	snoozeUntil: string;
	status: string;
	archived: string;
	sharedWith: string;
	/** A date, or `true` (then the post is published with no date). */
	published: string;
	/** Obsidian Publish's `publish: true`: the post is published. */
	publish: string;
	title: string;
	/** A day (`YYYY-MM-DD`, or a date with a time) that makes any note a dated note: see CoreConfig.contactProperties. */
	date: string;
}

export interface CadenceRule {
	/** Tag without `#`; nested tags below it match too. */
	tag: string;
	/** A cadence as users write it: `14d`, `2w`, `monthly`, `30`. */
	cadence: string;
}

export interface CoreConfig {
	person: KindRule;
	post: KindRule;
	fields: FieldNames;
	/** Heading text of the section whose dated lines record interactions. */
	logHeading: string;
	/** Cadence for people with none of their own and no matching tag rule; empty = no cadence. */
	defaultCadence: string;
	/** First matching rule wins. */
	cadenceByTag: CadenceRule[];
	/** Folders whose notes are ignored entirely. */
	excludedFolders: string[];
	/** Glob patterns of paths ignored entirely (`Archive/**`, `*.excalidraw.md`; see vault/path-globs.ts). */
	excludedPaths: string[];
	/**
	 * Tags that say where a note is in a workflow, not what it is about (`seedling`, `todo`):
	 * never topics. Written without `#`.
	 */
	workflowTags: string[];
	/**
	 * Properties whose links to people are contacts on the note's day, in a dated note: a daily
	 * note, or any other note with a day in its `date` property (a meeting note). Names compare
	 * ignoring case, spaces, `-` and `_`, as every key does.
	 */
	contactProperties: string[];
	/**
	 * The language notes are read in (stop words, stemming); "auto" guesses each text's.
	 * Absent means "auto".
	 */
	noteLanguage?: NoteLanguage;
}

/** Tags of note-making workflows (digital gardens, task lists, inboxes) that say nothing about a subject. */
export const DEFAULT_WORKFLOW_TAGS: readonly string[] = [
	"seedling", "sapling", "sprout", "budding", "evergreen", "fleeting", "literature", "permanent", "moc",
	"todo", "to-do", "done", "doing", "draft", "drafts", "wip", "in-progress", "inbox", "review", "to-read",
	"read", "reading", "idea", "ideas", "archive", "archived", "template", "templates", "daily", "weekly", "journal",
];

export const DEFAULT_CORE_CONFIG: CoreConfig = {
	person: { typeValues: ["person"], tags: ["person"], folders: ["People"] },
	post: { typeValues: ["post"], tags: ["post"], folders: [] },
	fields: {
		type: "type",
		topics: ["topics", "interests"],
		aliases: "aliases",
		company: "company",
		role: "role",
		email: "email",
		url: "url",
		lastContact: "last_contact",
		created: "created",
		cadence: "cadence",
		snoozeUntil: "snooze_until",
		status: "status",
		archived: "archived",
		sharedWith: "shared_with",
		published: "published",
		publish: "publish",
		title: "title",
		date: "date",
	},
	logHeading: "Log",
	defaultCadence: "90d",
	cadenceByTag: [],
	excludedFolders: [],
	excludedPaths: [],
	workflowTags: [...DEFAULT_WORKFLOW_TAGS],
	contactProperties: ["people", "attendees", "with", "participants"],
	noteLanguage: "auto",
};

/** A fresh deep copy, so callers can change it without touching the defaults. */
export function defaultCoreConfig(): CoreConfig {
	return structuredClone(DEFAULT_CORE_CONFIG);
}

export interface DailyNotesConfig {
	/** Vault folder of daily notes; empty = vault root. */
	folder: string;
	/** moment.js format of daily note names, `YYYY-MM-DD` by default. */
	format: string;
}

export const DEFAULT_DAILY_NOTES: DailyNotesConfig = { folder: "", format: "YYYY-MM-DD" };

/**
 * Parses a daily note basename with the configured moment format. The plugin passes one
 * built on Obsidian's `moment`, the command line one built on the `moment` package, so both
 * agree on which file is which day. Returns null for names that are not daily notes.
 */
export type DailyNoteDateParser = (basename: string) => string | null;
