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
 * Unchecked or otherwise unfinished tasks (`- [ ] 2026-09-14 call Ana`) are plans, not
 * interactions, and are skipped; so are lines whose date is not a real calendar day.
 * One separator after the date (`:`, `-`, `—`, `–`, `|`, `,`, `;`, `.`) is dropped from
 * the text. The date's own link is not part of `links`.
 */
import { isIsoDate } from "./dates";
import type { LogEntry } from "./types";

// Fences may be indented (inside list items) or quoted (`> ````), as src/core/markdown.ts reads them.
const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const ENTRY_PREFIX = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[(.)\]\s+)?/;
const PLAIN_DATE = /^(\*\*|__|\*|_|`)?(\d{4}-\d{2}-\d{2})(\*\*|__|\*|_|`)?(?![\d\w-])/;
const WIKI_DATE = /^!?\[\[([^\]]*)\]\]/;
const MD_DATE = /^\[([^\]]*)\]\(([^)]*)\)/;
const SEPARATOR = /^\s*(?:[:—–|,;.]|-+)?\s*/;
const LINK = /!?\[\[([^\]]*)\]\]|!?\[[^\]]*\]\(([^)]*)\)/g;
/** Not global: shared, and read with test. */
export const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Heading text in the form compared: no markup, no trailing colon, lower case. */
export function normalizeHeadingText(text: string): string {
	return text
		.trim()
		.replace(/^#+\s*/, "")
		.replace(/[*_`]/g, "")
		.replace(/:$/, "")
		.trim()
		.toLowerCase();
}

interface Heading {
	level: number;
	text: string;
}

/** The ATX heading on a line, or null. `#tag` is not a heading. */
export function headingOf(line: string): Heading | null {
	const m = HEADING.exec(line);
	if (!m) return null;
	let text = (m[2] ?? "").trim();
	// Optional closing sequence: `## Log ##`.
	text = /^#+$/.test(text) ? "" : text.replace(/[ \t]+#+$/, "");
	return { level: (m[1] ?? "#").length, text: text.trim() };
}

/**
 * Tracks fenced code blocks line by line: `inFence` is true for the fence lines
 * themselves and everything between them.
 */
export class FenceTracker {
	private _fence: string | null = null;
	/** What stands before the open fence's marker: indentation, `>` of a quote. */
	private _prefix = "";

	/** A line that closes the fence the lines fed so far leave open; null when none is open. */
	get closingLine(): string | null {
		return this._fence === null ? null : this._prefix + this._fence;
	}

	/** Feeds the next line; returns true when that line is code (or a fence). */
	inFence(line: string): boolean {
		if (this._fence === null) {
			const m = FENCE_OPEN.exec(line);
			if (m) {
				const marker = m[1] ?? "```";
				// A backtick fence's info string may not contain backticks.
				if (marker.startsWith("`") && line.slice(m.index + m[0].length).includes("`")) return false;
				this._fence = marker;
				this._prefix = m[0].slice(0, m[0].length - marker.length);
				return true;
			}
			return false;
		}
		const close = FENCE_CLOSE.exec(line)?.[1];
		if (close !== undefined && close.charAt(0) === this._fence.charAt(0) && close.length >= this._fence.length) {
			this._fence = null;
		}
		return true;
	}
}

/** A link target without heading, alias or `<>`, percent-decoded for Markdown links. */
function linkTarget(wikiInner: string | undefined, markdownDest: string | undefined): string | null {
	if (wikiInner !== undefined) return (wikiInner.split("|")[0] ?? "").split("#")[0]?.trim() || null;
	let dest = (markdownDest ?? "").trim();
	if (dest.startsWith("<")) dest = dest.slice(1, dest.indexOf(">") > 0 ? dest.indexOf(">") : undefined);
	else dest = dest.split(/\s+/)[0] ?? "";
	if (dest === "" || URL_SCHEME.test(dest)) return null;
	try {
		dest = decodeURI(dest);
	} catch {
		// Keep it as written.
	}
	return dest.split("#")[0]?.trim() || null;
}

/** Link targets on a piece of text, in order: wikilinks and internal Markdown links. */
export function linkTargetsIn(text: string): string[] {
	const targets: string[] = [];
	for (const m of text.matchAll(LINK)) {
		const target = linkTarget(m[1], m[1] === undefined ? m[2] : undefined);
		if (target !== null) targets.push(target);
	}
	return targets;
}

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
			continue;
		}
		if (sectionLevel === null) continue;
		const entry = parseLogLine(line);
		if (entry) entries.push(entry);
	}
	return entries;
}
