/**
 * The two ways to answer the same questions without Top of Mind's index, run on the same
 * data so the figures can be compared:
 *   (a) a full scan per query comparing topics and tags, as a Dataview query does;
 *   (b) MiniSearch with default options over the full text of every note, queried with
 *       the whole note.
 */
import MiniSearch from "minisearch";
import type { NoteRecord } from "../src/core/model/types";

function asList(value: unknown): string[] {
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
	if (typeof value === "string") return value.split(",");
	return [];
}

/** Topics and tags of a page as a Dataview query compares them: trimmed, lower case. */
function topicSet(record: NoteRecord): Set<string> {
	const out = new Set<string>();
	for (const value of [...asList(record.frontmatter?.topics), ...asList(record.frontmatter?.interests), ...record.tags]) {
		const key = value.trim().replace(/^#/, "").toLowerCase();
		if (key !== "") out.add(key);
	}
	return out;
}

function isKind(record: NoteRecord, kind: string): boolean {
	const type = record.frontmatter?.type;
	return (typeof type === "string" && type.toLowerCase() === kind) || record.tags.includes(kind);
}

/** (a) Pages ranked by how many topics/tags they share with `note`: every page scanned per query. */
export function scanByTopicOverlap(pages: readonly NoteRecord[], note: NoteRecord, kind: "person" | "post"): string[] {
	const wanted = topicSet(note);
	const scored: Array<[string, number]> = [];
	for (const page of pages) {
		if (page.path === note.path || !isKind(page, kind)) continue;
		let overlap = 0;
		for (const topic of topicSet(page)) if (wanted.has(topic)) overlap++;
		if (overlap > 0) scored.push([page.path, overlap]);
	}
	return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([path]) => path);
}

const DAY_MS = 86_400_000;
const LOG_LINE = /^- (\d{4}-\d{2}-\d{2})\b/gm;
const CADENCE_DAYS: Record<string, number> = { weekly: 7, biweekly: 14, monthly: 30, quarterly: 91, yearly: 365 };

function cadenceDays(value: unknown): number | null {
	if (typeof value === "number") return value;
	if (typeof value !== "string") return null;
	const named = CADENCE_DAYS[value];
	if (named !== undefined) return named;
	const match = /^(\d+)\s*([dwmy]?)$/.exec(value.trim());
	if (!match) return null;
	const n = Number(match[1]);
	return n * ({ d: 1, w: 7, m: 30, y: 365, "": 1 }[match[2] as "d" | "w" | "m" | "y" | ""] ?? 1);
}

/**
 * (a) Follow-ups by full scan: last contact of every person from their note, their log
 * and the daily notes linking them (one pass over all pages), the 20 most overdue, each
 * with the posts sharing most topics with them.
 */
export function scanFollowups(pages: readonly NoteRecord[], today: string, dailyFolder: string, limit = 20): Array<{ path: string; posts: string[] }> {
	const lastByName = new Map<string, string>();
	for (const page of pages) {
		if (!page.path.startsWith(`${dailyFolder}/`)) continue;
		const date = page.basename;
		for (const link of page.links) {
			if (link.inUncheckedTask) continue;
			const key = link.target.toLowerCase();
			if ((lastByName.get(key) ?? "") < date) lastByName.set(key, date);
		}
	}
	const todayMs = Date.parse(today);
	const due: Array<{ record: NoteRecord; overdue: number }> = [];
	for (const page of pages) {
		if (!isKind(page, "person")) continue;
		const cadence = cadenceDays(page.frontmatter?.cadence) ?? 90;
		let last = typeof page.frontmatter?.last_contact === "string" ? page.frontmatter.last_contact : "";
		for (const match of page.body.matchAll(LOG_LINE)) if ((match[1] as string) > last && (match[1] as string) <= today) last = match[1] as string;
		const daily = lastByName.get(page.basename.toLowerCase()) ?? "";
		if (daily > last) last = daily;
		const next = last === "" ? todayMs : Date.parse(last) + cadence * DAY_MS;
		if (next <= todayMs) due.push({ record: page, overdue: Math.round((todayMs - next) / DAY_MS) });
	}
	due.sort((a, b) => b.overdue - a.overdue || (a.record.path < b.record.path ? -1 : 1));
	return due.slice(0, limit).map(({ record }) => ({ path: record.path, posts: scanByTopicOverlap(pages, record, "post").slice(0, 3) }));
}

interface TextDoc {
	id: string;
	text: string;
}

/** (b) MiniSearch with default options over the full text (frontmatter and body) of `records`. */
export function buildDefaultMiniSearch(records: readonly NoteRecord[]): MiniSearch<TextDoc> {
	const search = new MiniSearch<TextDoc>({ fields: ["text"] });
	for (const record of records) search.add(fullTextDoc(record));
	return search;
}

export function fullTextDoc(record: NoteRecord): TextDoc {
	return { id: record.path, text: `${JSON.stringify(record.frontmatter ?? {})} ${record.body}` };
}

/** (b) The whole note as the query. */
export function searchWholeNote(search: MiniSearch<TextDoc>, note: NoteRecord): string[] {
	return search
		.search(note.body)
		.map((result) => String(result.id))
		.filter((path) => path !== note.path)
		.slice(0, 10);
}

/** (b) Persisted and restored as MiniSearch documents it: toJSON, then loadJSON. */
export function saveDefaultMiniSearch(search: MiniSearch<TextDoc>): string {
	return JSON.stringify(search);
}

export function loadDefaultMiniSearch(json: string): MiniSearch<TextDoc> {
	return MiniSearch.loadJSON<TextDoc>(json, { fields: ["text"] });
}
