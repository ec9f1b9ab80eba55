/**
 * Frontmatter values come in every shape users type. This file reads one value at a time
 * (vault/people-and-posts.ts reads whole notes with it), keeping what is meaningful and
 * reporting what is not as a Problem
 * (`{path, key, message}`, the message saying what was wrong and what was used instead).
 * Nothing here throws on user data.
 *
 * Decisions, per shape:
 * - Keys: the configured key is looked up exactly, then ignoring case, spaces, `-` and
 *   `_` (`Last Contact`, `last-contact` find `last_contact`). Problems name the key as the
 *   note writes it.
 * - Lists of names (topics, aliases, shared_with): a YAML list, a comma string
 *   (`pricing, saas`; commas inside `[[...]]` do not split), or one value. Nested lists
 *   are flattened — YAML reads an unquoted `[[Ana Diaz]]` as a list in a list, and that is
 *   taken as the link it was meant to be. Blank items and null are dropped silently;
 *   values are trimmed and deduplicated ignoring case, keeping the first spelling.
 * - Numbers in topics and aliases are kept as text silently (`2026`, `401`): a number can
 *   be a perfectly good topic. In `shared_with` a number names nobody: a problem.
 * - Booleans and objects in any text field are not meaningful: dropped with a problem.
 * - Date objects (YAML parsers that read `2026-11-05` as a date) become `2026-11-05` text.
 * - Links: topics, aliases, company, role and title keep the text a reader sees
 *   (`[[Topics/Pricing|pricing]]` → `pricing`, `[[Topics/Pricing]]` → `Pricing`);
 *   `shared_with` and `url` keep the link target (`[[People/Ana|Ana]]` → `People/Ana`).
 * - Single-value fields (company, role, email, url, title, status): a list of one value is
 *   that value; a longer list uses the first item, with a problem.
 * - Topics: a leading `#` is dropped (`"#pricing"` → `pricing`).
 * - Dates via coerceDate (dates.ts), cadences via parseCadence (cadence.ts).
 * - `archived`: true/false, yes/no, y/n, on/off, 1/0 (any case); anything else is a
 *   problem and the person is not archived. `status: archived` archives a person too.
 */
import { URL_SCHEME } from "../markdown/links";
import { normalizeKey } from "../markdown/property-links";
import type { Problem } from "../model/types";
import { coerceDate, isBlank, WIKILINK } from "./dates";
import { flatten, unquotedWikilink } from "./yaml-shapes";

export { normalizeKey };

export interface ValueContext {
	/** Note path, for problems. */
	path: string;
	/** Frontmatter key, for problems. */
	key: string;
}

/** How a link inside a value is read: its target, the text a reader sees, or left as written. */
export type LinkMode = "target" | "text" | "none";

export interface ListOptions {
	/** Default `text`. */
	link?: LinkMode;
	/** `text` (default): numbers become text silently; `problem`: dropped with a problem. */
	numbers?: "text" | "problem";
	/** Split strings at top-level commas; default true. */
	splitCommas?: boolean;
	/** Drop a leading `#` from each value (topics). Default false. */
	stripHash?: boolean;
}

export interface TextOptions {
	/** Default `text`. */
	link?: LinkMode;
}

const MARKDOWN_LINK = /^!?\[([^\]]*)\]\(([^)]*)\)$/;
// An autolink (`<https://x.y>`) has no spaces, as in CommonMark; `<img src=x>` is text.
const ANGLE = /^<([^<>\s]*)>$/;

interface ParsedLink {
	target: string;
	display?: string;
}

function decodeIfInternal(dest: string): string {
	if (URL_SCHEME.test(dest)) return dest;
	let decoded = dest;
	try {
		decoded = decodeURI(dest);
	} catch {
		// Malformed escapes: keep as written.
	}
	return decoded.split("#")[0] ?? "";
}

function parsedLink(target: string, display: string): ParsedLink {
	return display === "" ? { target } : { target, display };
}

/** A whole-value wikilink, Markdown link or `<...>` autolink; null for plain text. */
function parseLink(s: string): ParsedLink | null {
	const wiki = WIKILINK.exec(s);
	if (wiki) {
		const inner = wiki[1] ?? "";
		const bar = inner.indexOf("|");
		const targetPart = bar >= 0 ? inner.slice(0, bar) : inner;
		const display = bar >= 0 ? inner.slice(bar + 1).trim() : "";
		return parsedLink((targetPart.split("#")[0] ?? "").trim(), display);
	}
	const md = MARKDOWN_LINK.exec(s);
	if (md) {
		let dest = (md[2] ?? "").trim();
		const angle = /^<([^>]*)>/.exec(dest);
		dest = angle ? (angle[1] ?? "") : (dest.split(/\s+/)[0] ?? "");
		return parsedLink(decodeIfInternal(dest).trim(), (md[1] ?? "").trim());
	}
	const angle = ANGLE.exec(s);
	if (angle) return { target: (angle[1] ?? "").trim() };
	return null;
}

/**
 * The target of a link written as a whole value: `[[People/Ana|Ana]]` → `People/Ana`,
 * `[[Ana#Notes]]` → `Ana`, `[Ana](People/Ana%20Diaz.md)` → `People/Ana Diaz.md`,
 * `<https://x.y>` → `https://x.y`. Plain text comes back trimmed.
 */
export function unwrapLink(s: string): string {
	const trimmed = s.trim();
	const link = parseLink(trimmed);
	return link ? link.target : trimmed;
}

/**
 * The text a reader sees for a link written as a whole value: its alias or Markdown text,
 * else the target's file name without folder or `.md` (`[[Topics/Pricing]]` → `Pricing`).
 * Plain text comes back trimmed.
 */
export function linkText(s: string): string {
	const trimmed = s.trim();
	const link = parseLink(trimmed);
	if (!link) return trimmed;
	if (link.display !== undefined) return link.display;
	if (URL_SCHEME.test(link.target)) return link.target;
	return (link.target.split("/").pop() ?? "").replace(/\.md$/i, "");
}

function applyLinkMode(s: string, mode: LinkMode): string {
	if (mode === "target") return unwrapLink(s);
	if (mode === "text") return linkText(s);
	return s.trim();
}

/** Splits at commas outside `[[...]]`, `[...]` and `(...)`. */
export function splitTopLevelCommas(s: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charAt(i);
		if (c === "[" || c === "(") depth++;
		else if ((c === "]" || c === ")") && depth > 0) depth--;
		else if (c === "," && depth === 0) {
			out.push(s.slice(start, i));
			start = i + 1;
		}
	}
	out.push(s.slice(start));
	return out;
}

/**
 * A frontmatter value by key: exact key first, then ignoring case, spaces, `-` and `_`.
 * Returns the key as written in the note (for problems) and the value.
 */
export function getField(
	frontmatter: Record<string, unknown> | null,
	key: string,
): { key: string; value: unknown } {
	if (!frontmatter || key === "") return { key, value: undefined };
	if (Object.prototype.hasOwnProperty.call(frontmatter, key)) return { key, value: frontmatter[key] };
	const wanted = normalizeKey(key);
	const table = keyTables.get(frontmatter);
	const keys = table === undefined ? Object.keys(frontmatter) : [];
	if (table !== undefined || keys.length > KEY_TABLE_FROM) {
		const found = (table ?? keyTable(frontmatter, keys)).get(wanted);
		return found === undefined ? { key, value: undefined } : { key: found, value: frontmatter[found] };
	}
	for (const k of keys) {
		if (normalizeKey(k) === wanted) return { key: k, value: frontmatter[k] };
	}
	return { key, value: undefined };
}

/** Above this many keys, a note's keys are looked up in a table instead of scanned per field. */
const KEY_TABLE_FROM = 64;
const keyTables = new WeakMap<object, Map<string, string>>();

/**
 * Normalised key → the first key as written, built once per frontmatter object: every field
 * read scanning every key costs fields × keys, minutes for a block of 200,000 keys.
 */
function keyTable(frontmatter: Record<string, unknown>, keys: readonly string[]): Map<string, string> {
	const table = new Map<string, string>();
	for (const k of keys) {
		const normal = normalizeKey(k);
		if (!table.has(normal)) table.set(normal, k);
	}
	keyTables.set(frontmatter, table);
	return table;
}

/** How a value looks in a problem message. */
export function describeValue(value: unknown): string {
	if (typeof value === "string") return `"${value}"`;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	if (value === null || value === undefined) return "nothing";
	if (Array.isArray(value)) return "a list";
	if (value instanceof Date) return "a date";
	return "an object";
}

/** A problem about one value, its message starting with the key as the note writes it. */
export function problem(ctx: ValueContext, message: string): Problem {
	return { path: ctx.path, key: ctx.key, message: `${ctx.key} ${message}` };
}

/** A text value that is fine as it is. */
function clean(value: string | null): { value: string | null; problems: Problem[] } {
	return { value, problems: [] };
}

function dateText(d: Date): string | null {
	return coerceDate(d).date;
}

/** Dedupe key: Unicode-normalized and case-folded. */
export function foldCase(s: string): string {
	return s.normalize("NFC").toLowerCase();
}

/** Keeps the first spelling of each value, comparing case-insensitively. */
export function dedupeCaseInsensitive(values: Iterable<string>): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const v of values) {
		const k = foldCase(v);
		if (seen.has(k)) continue;
		seen.add(k);
		out.push(v);
	}
	return out;
}

/**
 * Reads a value as a list of names or topics. See the file comment for the shapes.
 * Values come back trimmed, links read per `options.link`, deduplicated ignoring case.
 */
export function coerceStringList(
	value: unknown,
	ctx: ValueContext,
	options: ListOptions = {},
): { values: string[]; problems: Problem[] } {
	const link = options.link ?? "text";
	const split = options.splitCommas ?? true;
	const problems: Problem[] = [];
	const notAName = (what: string): void => {
		problems.push(problem(ctx, `has ${what}, which is not a name or link; it is ignored`));
	};
	const raw: string[] = [];
	const items = Array.isArray(value) ? flatten([value]) : [value];
	for (const item of items) {
		if (item === null || item === undefined) continue;
		if (typeof item === "string") {
			for (const part of split ? splitTopLevelCommas(item) : [item]) raw.push(part);
		} else if (typeof item === "number" || typeof item === "bigint") {
			if (options.numbers === "problem") notAName(`the number ${String(item)}`);
			else raw.push(String(item));
		} else if (item instanceof Date) {
			const d = dateText(item);
			if (d !== null && options.numbers !== "problem") raw.push(d);
			else notAName("a date");
		} else {
			problems.push(problem(ctx, `has ${describeValue(item)}, which is not text; it is ignored`));
		}
	}
	const values: string[] = [];
	for (const r of raw) {
		let v = applyLinkMode(r, link);
		if (options.stripHash) v = v.replace(/^#+/, "").trim();
		if (v !== "") values.push(v);
	}
	return { values: dedupeCaseInsensitive(values), problems };
}

/**
 * Reads a single text value: strings trimmed (blank → null), numbers and dates as text,
 * a list of one value as that value, a longer list as its first item (with a problem),
 * booleans and objects as null (with a problem). Links read per `options.link`.
 */
export function coerceText(
	value: unknown,
	ctx: ValueContext,
	options: TextOptions = {},
): { value: string | null; problems: Problem[] } {
	const link = options.link ?? "text";
	if (value === null || value === undefined) return clean(null);
	if (typeof value === "string") return clean(applyLinkMode(value, link) || null);
	if (typeof value === "number" || typeof value === "bigint") return clean(String(value));
	if (value instanceof Date) {
		const d = dateText(value);
		return d !== null ? clean(d) : { value: null, problems: [problem(ctx, "is an invalid date; it is ignored")] };
	}
	if (Array.isArray(value)) {
		const asWikilink = unquotedWikilink(value);
		if (asWikilink !== null) return coerceText(asWikilink, ctx, options);
		const items = flatten(value).filter((v) => !isBlank(v));
		if (items.length === 0) return clean(null);
		const first = coerceText(items[0], ctx, options);
		if (items.length === 1) return first;
		const used = first.value === null ? "nothing is used" : `the first, "${first.value}", is used`;
		return { value: first.value, problems: [...first.problems, problem(ctx, `is a list of ${items.length} values, not one; ${used}`)] };
	}
	return { value: null, problems: [problem(ctx, `is ${describeValue(value)}, not text; it is ignored`)] };
}

/**
 * Reads a yes/no value. Null when absent; a problem (and null) for anything that is not
 * true/false, yes/no, y/n, on/off, 1/0.
 */
export function coerceBoolean(value: unknown): { value: boolean | null; problem?: string } {
	if (value === null || value === undefined) return { value: null };
	if (typeof value === "boolean") return { value };
	if (typeof value === "number") {
		if (value === 1) return { value: true };
		if (value === 0) return { value: false };
	}
	if (typeof value === "string") {
		const s = value.trim().toLowerCase();
		if (s === "") return { value: null };
		if (["true", "yes", "y", "on", "1"].includes(s)) return { value: true };
		if (["false", "no", "n", "off", "0"].includes(s)) return { value: false };
	}
	if (Array.isArray(value) && value.length === 1) return coerceBoolean(value[0]);
	return { value: null, problem: `${describeValue(value)} is not true or false` };
}
