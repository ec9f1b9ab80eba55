import { cadenceText } from "../core/values/cadence";
import { statusOf } from "../core/index/contact-status";
import { networkCounts } from "../core/overview/network-counts";
import { formatRelative } from "../core/values/dates";
import type { ContactStatus } from "../core/contact/last-contact";
import type { NetworkIndex } from "../core/index/network-index";
import { pairKey, postsFor, type PostMatch } from "../core/match/posts-for";
import type { IsoDate, NoteRecord, Person } from "../core/model/types";
import { whoCares, type PersonMatch } from "../core/match/who-cares";
import type { Reason } from "../core/match/snippets";
import { compareText } from "../core/model/compare";

/**
 * Everything the side panel shows, as plain data. Computed here from the core's results
 * and rendered by the view; tests check this model and the DOM separately.
 */

export interface Badge {
	text: string;
	/** CSS modifier: `overdue`, `due`, `snoozed`, `ok`, `none`. */
	tone: "overdue" | "due" | "snoozed" | "ok" | "none";
}

export interface PersonRow {
	path: string;
	name: string;
	score: number;
	reasons: string[];
	/** The reasons with the sentence of the note each cites (null when none), in the same order. */
	evidence: Reason[];
	lastContactText: string;
	badge: Badge;
}

export interface PostRow {
	path: string;
	title: string;
	score: number;
	reasons: string[];
	/** The reasons with the sentence each cites (null when none), in the same order. */
	evidence: Reason[];
	url: string | null;
}

export interface PanelCounts {
	people: number;
	posts: number;
	due: number;
	contactedLast7Days: number;
	problems: number;
}

export type PanelModel =
	| { kind: "indexing" }
	| { kind: "no-note" }
	| { kind: "no-people"; counts: PanelCounts }
	| {
			kind: "note";
			path: string;
			title: string;
			people: PersonRow[];
			alreadyShared: PersonRow[];
			counts: PanelCounts;
	  }
	| {
			kind: "person";
			path: string;
			name: string;
			status: { lastContactText: string; cadenceText: string; nextDueText: string; badge: Badge };
			posts: PostRow[];
			/** Posts already shared with them, the most recently shared first: what a reply can be logged to. */
			shared: SharedPost[];
			counts: PanelCounts;
	  };

export interface SharedPost {
	path: string;
	title: string;
}

export interface PanelInput {
	index: NetworkIndex | null;
	/** The active Markdown note, or null when none is open. */
	note: NoteRecord | null;
	today: IsoDate;
	limit: number;
	notForThem: ReadonlySet<string>;
	/**
	 * Whether a note still exists. The index learns of a rename or delete a moment after it
	 * happens; until then its results may name a note that is gone, and none is shown.
	 */
	exists?: (path: string) => boolean;
}

/** The last footer figures per index: the panel asks again on every note it follows, the vault unchanged. */
const recentCounts = new WeakMap<NetworkIndex, { revision: number; today: IsoDate; counts: PanelCounts }>();

/** The footer's figures: the same function as `stats` (core/overview/network-counts.ts). */
export function countsOf(index: NetworkIndex, today: IsoDate): PanelCounts {
	const recent = recentCounts.get(index);
	if (recent !== undefined && recent.revision === index.revision && recent.today === today) return recent.counts;
	const { people, posts, due, contactedLast7Days, problems } = networkCounts(index, today);
	const counts = { people, posts, due, contactedLast7Days, problems };
	recentCounts.set(index, { revision: index.revision, today, counts });
	return counts;
}

function badge(text: string, tone: Badge["tone"]): Badge {
	return { text, tone };
}

export function badgeFor(status: Pick<ContactStatus, "due" | "overdueDays" | "snoozedUntil" | "nextDue" | "archived">, today: IsoDate): Badge {
	if (status.archived) return badge("archived", "none");
	if (status.snoozedUntil !== null) return badge(`snoozed until ${shortDate(status.snoozedUntil, today)}`, "snoozed");
	if (status.due && status.overdueDays > 0) return badge(`overdue ${status.overdueDays}d`, "overdue");
	if (status.due) return badge("due", "due");
	if (status.nextDue) return badge(`due ${formatRelative(status.nextDue, today)}`, "ok");
	return badge("no cadence", "none");
}

/** "Dec 10", or "Jan 5, 2028" when not this year: short enough for a badge. */
export function shortDate(date: IsoDate, today: IsoDate): string {
	const [year, month, day] = date.split("-").map(Number) as [number, number, number];
	const name = MONTHS[month - 1] ?? "";
	return date.slice(0, 4) === today.slice(0, 4) ? `${name} ${day}` : `${name} ${day}, ${year}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function lastContactText(date: IsoDate | null, today: IsoDate): string {
	return date === null ? "never contacted" : `last contact ${formatRelative(date, today)}`;
}

function personRow(match: PersonMatch, today: IsoDate): PersonRow {
	return {
		path: match.path,
		name: match.name,
		score: match.score,
		reasons: match.reasons,
		evidence: match.evidence,
		lastContactText: lastContactText(match.lastContact, today),
		// who-cares never lists an archived person; the match carries the rest of the status.
		badge: badgeFor({ ...match, archived: false }, today),
	};
}

export function postRow(index: NetworkIndex, match: PostMatch): PostRow {
	return { path: match.path, title: match.title, score: match.score, reasons: match.reasons, evidence: match.evidence, url: index.post(match.path)?.url ?? null };
}

export function personStatusModel(index: NetworkIndex, person: Person, today: IsoDate) {
	const status = statusOf(index, person, today);
	return {
		lastContactText: lastContactText(status.lastContact, today),
		cadenceText: cadenceText(status.cadenceDays),
		nextDueText: status.nextDue ? `next due ${status.nextDue}` : "not scheduled",
		badge: badgeFor(status, today),
	};
}

/** Posts shared with a person, the one shared last first (by the dates of their log lines), then by title. */
export function sharedPosts(index: NetworkIndex, person: Person): SharedPost[] {
	const sent = index.sentPosts(person.path);
	const lastDate = new Map<string, IsoDate>();
	for (const entry of person.log) {
		for (const link of entry.links) {
			const post = index.resolvePost(link, person.path);
			if (post !== null && sent.has(post) && (lastDate.get(post) ?? "") < entry.date) lastDate.set(post, entry.date);
		}
	}
	return [...sent]
		.map((path) => ({ path, title: index.post(path)?.title ?? path, date: lastDate.get(path) ?? "" }))
		.sort((a, b) => (a.date === b.date ? compareText(a.title, b.title) : a.date < b.date ? 1 : -1))
		.map(({ path, title }) => ({ path, title }));
}

export function buildPanelModel(input: PanelInput): PanelModel {
	const { index, note, today } = input;
	const exists = input.exists ?? ((): boolean => true);
	if (!index) return { kind: "indexing" };
	const counts = countsOf(index, today);
	if (counts.people === 0) return { kind: "no-people", counts };
	if (!note) return { kind: "no-note" };
	const person = index.person(note.path);
	if (person) {
		const posts = postsFor(index, person, { limit: input.limit, notForThem: input.notForThem })
			.filter((m) => exists(m.path))
			.map((m) => postRow(index, m));
		const shared = sharedPosts(index, person).filter((post) => exists(post.path));
		return { kind: "person", path: person.path, name: person.name, status: personStatusModel(index, person, today), posts, shared, counts };
	}
	const exclude = new Set<string>();
	for (const key of input.notForThem) {
		const [personPath, postPath] = key.split("::");
		if (postPath === note.path && personPath) exclude.add(personPath);
	}
	const result = whoCares(index, note, today, { limit: input.limit, exclude });
	return {
		kind: "note",
		path: note.path,
		title: result.title,
		people: result.people.filter((m) => exists(m.path)).map((m) => personRow(m, today)),
		alreadyShared: result.alreadyShared.filter((m) => exists(m.path)).map((m) => personRow(m, today)),
		counts,
	};
}

export { pairKey };

/** Fills a message template: {{name}}, {{firstName}}, {{title}}, {{url}}. Unknown placeholders stay. */
export function fillTemplate(template: string, values: { name: string; title: string; url: string | null }): string {
	const firstName = values.name.trim().split(/\s+/)[0] ?? values.name;
	const map: Record<string, string> = { name: values.name, firstName, title: values.title, url: values.url ?? "" };
	return template
		.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (Object.prototype.hasOwnProperty.call(map, key) ? (map[key] ?? "") : whole))
		.replace(/[ \t]+$/gm, "")
		.trim();
}
