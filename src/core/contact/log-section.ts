/**
 * The log section of a person note: a heading (by default `## Log`) followed by lines
 * that start with a date, each one an interaction.
 *
 * The section starts at any heading, of any level, whose text equals the configured
 * heading (compared trimmed and case-insensitively, ignoring `*`, `_` and backticks and a
 * trailing colon; a configured `## Log` works like `Log`). It runs until the next
 * heading of the same or a higher level; deeper headings (`### 2026`) stay inside. Several
 * matching sections are all read. Headings and lines inside fenced code blocks are ignored.
 *
 * Entry lines (list markers, ordered-list numbers and a checked box are optional):
 * ```
 * - 2026-09-14 Coffee; talked pricing
 * * 2026-09-14: text            + 2026-09-14 - text       1. 2026-09-14 | text
 * - [x] 2026-09-14 text         - **2026-09-14** text      - `2026-09-14` text
 * - [[2026-09-14]] text         - [[Daily/2026-09-14|Sep 14]] text
 * - [2026-09-14](Daily/2026-09-14.md) text                2026-09-14 — text
 * ```
 * A heading deeper than the log heading that starts with a date is an entry as well
 * (`### 2026-03-21` or `### 2026-03-21 Lunch`, the text after the date its text).
 * Unchecked or otherwise unfinished tasks (`- [ ] 2026-09-14 call Ana`) are plans, not
 * interactions, and are skipped; so are lines whose date is not a real calendar day.
 * One separator after the date (`:`, `-`, `—`, `–`, `|`, `,`, `;`, `.`) is dropped from
 * the text. The date's own link is not part of `links`.
 */
import { headingOf, normalizeHeadingText } from "../markdown/headings";
import { FenceTracker } from "../markdown/fences";
import { linkTarget, linkTargetsIn } from "../markdown/links";
import type { LogEntry } from "../model/types";
import { isIsoDate } from "../values/dates";

const ENTRY_PREFIX = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[(.)\]\s+)?/;
const PLAIN_DATE = /^(\*\*|__|\*|_|`)?(\d{4}-\d{2}-\d{2})(\*\*|__|\*|_|`)?(?![\d\w-])/;
const WIKI_DATE = /^!?\[\[([^\]]*)\]\]/;
const MD_DATE = /^\[([^\]]*)\]\(([^)]*)\)/;
const SEPARATOR = /^\s*(?:[:—–|,;.]|-+)?\s*/;

/** The date a log line starts with (in any accepted form) and the rest of the line. */
function leadingDate(rest: string): { date: string; after: string } | null {
	const plain = PLAIN_DATE.exec(rest);
	if (plain && (plain[1] ?? "") === (plain[3] ?? "")) {
		return { date: plain[2] ?? "", after: rest.slice(plain[0].length) };
	}
	const wiki = WIKI_DATE.exec(rest);
	if (wiki) {
		const target = linkTarget(wiki[1], undefined) ?? "";
		const last = (target.split("/").pop() ?? "").replace(/\.md$/i, "");
		return { date: last, after: rest.slice(wiki[0].length) };
	}
	const md = MD_DATE.exec(rest);
	const date = md?.[1]?.trim() ?? "";
	return md && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date, after: rest.slice(md[0].length) } : null;
}

/** One log line as an entry, or null when it does not start with a real date. */
export function parseLogLine(line: string): LogEntry | null {
	const prefix = ENTRY_PREFIX.exec(line);
	const box = prefix?.[1];
	if (box !== undefined && box !== "x" && box !== "X") return null;
	const rest = line.slice(prefix?.[0].length ?? 0);
	const found = leadingDate(rest);
	if (!found || !isIsoDate(found.date)) return null;
	const after = found.after;
	if (after !== "" && !/^[\s:—–|,;.-]/.test(after)) return null;
	const text = after.replace(SEPARATOR, "").trim();
	return { date: found.date, text, links: linkTargetsIn(text) };
}

/**
 * What a log line records: a share of the posts it links (`- 2026-10-02 Shared [[Post]]`),
 * a reply to them (`- 2026-10-09 Replied [[Post]]`, a contact too), or another contact.
 */
export function logKind(entry: LogEntry): "shared" | "replied" | "contact" {
	if (/^shared\b/i.test(entry.text)) return "shared";
	if (/^replied\b/i.test(entry.text)) return "replied";
	return "contact";
}

/**
 * Dated lines under the log heading(s) of a note body, in file order. See the file
 * comment for which headings and lines count.
 */
export function parseLogSection(body: string, heading: string): LogEntry[] {
	const wanted = normalizeHeadingText(heading);
	if (wanted === "") return [];
	const entries: LogEntry[] = [];
	const fences = new FenceTracker();
	let sectionLevel: number | null = null;
	for (const line of body.split(/\r?\n/)) {
		if (fences.inFence(line)) continue;
		const h = headingOf(line);
		if (h) {
			if (sectionLevel !== null && h.level <= sectionLevel) sectionLevel = null;
			if (sectionLevel === null && normalizeHeadingText(h.text) === wanted) sectionLevel = h.level;
			// A deeper heading that starts with a date is an entry too (`### 2026-03-21 Lunch`).
			else if (sectionLevel !== null) pushEntry(entries, parseLogLine(h.text));
			continue;
		}
		if (sectionLevel === null) continue;
		pushEntry(entries, parseLogLine(line));
	}
	return entries;
}

function pushEntry(entries: LogEntry[], entry: LogEntry | null): void {
	if (entry) entries.push(entry);
}
