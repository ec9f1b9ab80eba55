/**
 * Plain-text Markdown parsing: frontmatter, tags, links and headings, the way Obsidian's
 * metadata cache reads them. The command line builds its records with these; the tests'
 * Obsidian stand-in uses them to play the metadata cache. No YAML parser lives here: the
 * caller passes one in, so the plugin bundle stays small.
 */

import type { NoteHeading, NoteLink, NoteRecord } from "./types";

export interface FrontmatterSplit {
	/** Text between the `---` lines, or null when the note has no (closed) frontmatter block. */
	yaml: string | null;
	/** The rest of the note. Line endings are normalised to `\n` and a byte-order mark removed. */
	body: string;
	/** 0-based line of the file at which `body` starts. */
	bodyStartLine: number;
	/** True when the note opens a `---` block that is never closed (then `yaml` is null). */
	unclosed: boolean;
}

// Fences may be indented (inside list items) or quoted (`> ````).
const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$/;
export const OPENING_DELIMITER = /^---[ \t]*$/;
export const CLOSING_DELIMITER = /^(?:---|\.\.\.)[ \t]*$/;

function toLines(text: string): string[] {
	return text.split(/\r\n|\n|\r/);
}

/** Separates the YAML frontmatter from the body. `---` must be the very first line. */
export function splitFrontmatter(text: string): FrontmatterSplit {
	const lines = toLines(text.startsWith("\uFEFF") ? text.slice(1) : text);
	const opened = OPENING_DELIMITER.test(lines[0] ?? "");
	for (let i = 1; opened && i < lines.length; i++) {
		if (CLOSING_DELIMITER.test(lines[i] ?? "")) {
			return {
				yaml: lines.slice(1, i).join("\n"),
				body: lines.slice(i + 1).join("\n"),
				bodyStartLine: i + 1,
				unclosed: false,
			};
		}
	}
	// No frontmatter, or a block opened and never closed: all of it is body.
	return { yaml: null, body: lines.join("\n"), bodyStartLine: 0, unclosed: opened };
}

function blank(length: number): string {
	return " ".repeat(length);
}

/** Replaces inline code spans (`` `x` ``, ``` ``x`` ```) with spaces, keeping positions. */
function maskInlineCode(line: string): string {
	if (!line.includes("`")) return line;
	let out = "";
	let i = 0;
	while (i < line.length) {
		const start = line.indexOf("`", i);
		if (start < 0) {
			out += line.slice(i);
			break;
		}
		out += line.slice(i, start);
		let runEnd = start;
		while (line[runEnd] === "`") runEnd++;
		const run = runEnd - start;
		// Find a closing run of exactly the same length.
		let search = runEnd;
		let close = -1;
		while (search < line.length) {
			const next = line.indexOf("`", search);
			if (next < 0) break;
			let nextEnd = next;
			while (line[nextEnd] === "`") nextEnd++;
			if (nextEnd - next === run) {
				close = nextEnd;
				break;
			}
			search = nextEnd;
		}
		if (close < 0) {
			out += line.slice(start, runEnd);
			i = runEnd;
		} else {
			out += blank(close - start);
			i = close;
		}
	}
	return out;
}

/**
 * The lines of `text` with everything Obsidian does not read for tags and links blanked
 * out: fenced code blocks (fence lines included), inline code and `%% comments %%`.
 * Line count and positions within lines are preserved.
 */
function maskedLines(text: string): string[] {
	const lines = toLines(text);
	const out: string[] = [];
	let fence: { char: string; length: number } | null = null;
	let inComment = false;
	for (const line of lines) {
		if (fence) {
			const close = FENCE_CLOSE.exec(line)?.[1];
			if (close && close[0] === fence.char && close.length >= fence.length) fence = null;
			out.push(blank(line.length));
			continue;
		}
		if (!inComment) {
			const open = FENCE_OPEN.exec(line);
			const marker = open?.[1];
			// A backtick fence may not have backticks in its info string.
			if (marker && !(marker[0] === "`" && line.slice(open.index + open[0].length).includes("`"))) {
				fence = { char: marker[0] ?? "`", length: marker.length };
				out.push(blank(line.length));
				continue;
			}
		}
		let masked = maskInlineCode(line);
		// `%% comments %%`, which may span lines.
		let result = "";
		let pos = 0;
		while (pos <= masked.length) {
			const found = masked.indexOf("%%", pos);
			if (inComment) {
				const end = found < 0 ? masked.length : found + 2;
				result += blank(end - pos);
				pos = end;
				if (found < 0) break;
				inComment = false;
			} else {
				if (found < 0) {
					result += masked.slice(pos);
					break;
				}
				result += masked.slice(pos, found) + "  ";
				pos = found + 2;
				inComment = true;
			}
		}
		masked = result;
		out.push(masked);
	}
	return out;
}

// A tag character: anything but whitespace, punctuation and math/currency/modifier symbols,
// except `_`, `-` and `/`, which Obsidian allows. Letters of every script, digits and emoji pass.
const TAG = /(^|\s)#((?:[^\s\p{P}\p{Sm}\p{Sc}\p{Sk}]|[_/-])+)/gu;
const URL = /[a-z][a-z0-9+.-]*:\/\/[^\s<>]*/gi;

function normaliseTag(raw: string): string | null {
	const tag = raw.trim().replace(/^#+/, "").replace(/^\/+|\/+$/g, "").toLowerCase();
	return tag === "" ? null : tag;
}

function pushUnique(into: string[], seen: Set<string>, tag: string | null): void {
	if (tag !== null && !seen.has(tag)) {
		seen.add(tag);
		into.push(tag);
	}
}

/**
 * Inline `#tags` of a note body, lower-cased, without `#`, first occurrence first.
 * Skips code, comments and URLs; a tag must follow whitespace or start a line and may
 * not be only digits (`#123`), as in Obsidian.
 */
export function extractTags(body: string): string[] {
	const tags: string[] = [];
	const seen = new Set<string>();
	for (const line of maskedLines(body)) {
		if (!line.includes("#")) continue;
		const text = line.replace(URL, (url) => blank(url.length));
		for (const match of text.matchAll(TAG)) {
			const raw = match[2] ?? "";
			if (/^[\d/]+$/.test(raw)) continue;
			pushUnique(tags, seen, normaliseTag(raw));
		}
	}
	return tags;
}

/**
 * Tags from a frontmatter `tags`/`tag` value as users write it: a list, or a string of
 * names separated by commas or spaces; a leading `#` is optional. Other shapes give none.
 */
export function frontmatterTags(value: unknown): string[] {
	const tags: string[] = [];
	const seen = new Set<string>();
	const addText = (text: string): void => {
		for (const part of text.split(/[\s,]+/)) pushUnique(tags, seen, normaliseTag(part));
	};
	const items = Array.isArray(value) ? (value as unknown[]) : [value];
	for (const item of items) {
		if (typeof item === "string") addText(item);
		else if (typeof item === "number" && Number.isFinite(item)) addText(String(item));
	}
	return tags;
}

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
// [text](destination "optional title"); the destination may be <wrapped in angle brackets>
// or contain one level of balanced parentheses.
const MARKDOWN_LINK =
	/(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*(<[^<>\n]*>|(?:[^\s()]|\([^\s()]*\))+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const UNCHECKED_TASK = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[ \](?:\s|$)/;

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function nonEmpty(text: string | undefined): string | undefined {
	const trimmed = text?.trim();
	return trimmed ? trimmed : undefined;
}

interface FoundLink {
	index: number;
	link: NoteLink;
}

function wikilink(match: RegExpMatchArray, line: number, inUncheckedTask: boolean): NoteLink | null {
	const inner = match[2] ?? "";
	const bar = inner.indexOf("|");
	// In tables the pipe is escaped: [[target\|display]].
	const destination = (bar < 0 ? inner : inner.slice(0, bar)).replace(/\\$/, "");
	const display = bar < 0 ? undefined : nonEmpty(inner.slice(bar + 1));
	const hash = destination.indexOf("#");
	const target = (hash < 0 ? destination : destination.slice(0, hash)).trim();
	if (target === "") return null;
	const link: NoteLink = { target, embed: match[1] === "!", line, inUncheckedTask };
	const heading = hash < 0 ? undefined : nonEmpty(destination.slice(hash + 1));
	if (heading !== undefined) link.heading = heading;
	if (display !== undefined) link.display = display;
	return link;
}

function markdownLink(match: RegExpMatchArray, line: number, inUncheckedTask: boolean): NoteLink | null {
	let destination = (match[3] ?? "").trim();
	if (destination.startsWith("<")) destination = destination.slice(1, -1).trim();
	if (destination === "" || EXTERNAL.test(destination)) return null;
	const hash = destination.indexOf("#");
	const target = decode(hash < 0 ? destination : destination.slice(0, hash)).trim();
	if (target === "") return null;
	const link: NoteLink = { target, embed: match[1] === "!", line, inUncheckedTask };
	const heading = hash < 0 ? undefined : nonEmpty(decode(destination.slice(hash + 1)));
	if (heading !== undefined) link.heading = heading;
	const display = nonEmpty(match[2]);
	if (display !== undefined) link.display = display;
	return link;
}

/**
 * Wikilinks, embeds and Markdown links to notes in `text`, in reading order. External
 * URLs and links inside code are skipped. `lineOffset` is the file line `text` starts at
 * (a record's `bodyStartLine`), so `line` counts lines of the whole file.
 */
export function extractLinks(text: string, lineOffset: number): NoteLink[] {
	const links: NoteLink[] = [];
	const original = toLines(text);
	maskedLines(text).forEach((masked, index) => {
		if (!masked.includes("[")) return;
		const line = lineOffset + index;
		const inUncheckedTask = UNCHECKED_TASK.test(original[index] ?? "");
		const found: FoundLink[] = [];
		let rest = masked;
		for (const match of masked.matchAll(WIKILINK)) {
			const link = wikilink(match, line, inUncheckedTask);
			if (link) found.push({ index: match.index ?? 0, link });
			const start = match.index ?? 0;
			rest = rest.slice(0, start) + blank(match[0].length) + rest.slice(start + match[0].length);
		}
		for (const match of rest.matchAll(MARKDOWN_LINK)) {
			const link = markdownLink(match, line, inUncheckedTask);
			if (link) found.push({ index: match.index ?? 0, link });
		}
		found.sort((a, b) => a.index - b.index);
		for (const item of found) links.push(item.link);
	});
	return links;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;

/** ATX headings (`## Log`) outside code, with their file line. Empty headings are skipped. */
export function extractHeadings(body: string, lineOffset: number): NoteHeading[] {
	const headings: NoteHeading[] = [];
	const original = toLines(body);
	maskedLines(body).forEach((masked, index) => {
		if (!ATX_HEADING.test(masked)) return;
		const match = ATX_HEADING.exec(original[index] ?? "");
		if (!match) return;
		// Drop an optional closing sequence of #s: `## Log ##`.
		const text = (match[2] ?? "").replace(/(?:^|[ \t]+)#+[ \t]*$/, "").trim();
		if (text === "") return;
		headings.push({ text, level: (match[1] ?? "#").length, line: lineOffset + index });
	});
	return headings;
}

/** The file name of a vault path without folder and `.md` extension. */
export function basenameOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

function describeShape(value: unknown): string {
	if (Array.isArray(value)) return "a list";
	if (typeof value === "string") return "a single piece of text";
	if (typeof value === "number") return "a single number";
	if (typeof value === "boolean") return "a single true/false value";
	return "not a set of properties";
}

function firstLine(text: string): string {
	return (text.split("\n")[0] ?? "").trim().replace(/:$/, "");
}

export interface BuildRecordInput {
	/** Vault-relative path with forward slashes, including `.md`. */
	path: string;
	/** The whole file. */
	text: string;
	mtime: number;
	/** Parses YAML; may throw on invalid input. Should leave dates as strings. */
	parseYaml: (yaml: string) => unknown;
}

/**
 * The properties of a split note, parsed with `parseYaml` (which may throw), or why they
 * could not be read, in words a user can act on. Never throws.
 */
export function readFrontmatter(split: FrontmatterSplit, parseYaml: (yaml: string) => unknown): { frontmatter: Record<string, unknown> | null; error?: string } {
	const unread = (why: string): { frontmatter: null; error: string } => ({ frontmatter: null, error: `${why}; the note was read without frontmatter.` });
	if (split.unclosed) return unread("The frontmatter block opened by --- on the first line is never closed with ---");
	if (split.yaml === null) return { frontmatter: null };
	let parsed: unknown = null;
	try {
		parsed = parseYaml(split.yaml);
	} catch (error) {
		const message = error instanceof Error ? firstLine(error.message) : String(error);
		return unread(`The frontmatter is not valid YAML (${message})`);
	}
	if (parsed === null || parsed === undefined) return { frontmatter: null };
	if (typeof parsed === "object" && !Array.isArray(parsed) && !(parsed instanceof Date)) return { frontmatter: parsed as Record<string, unknown> };
	return unread(`The frontmatter should be a set of "key: value" properties but is ${describeShape(parsed)}`);
}

/**
 * A NoteRecord from the text of a Markdown file. Bad frontmatter never throws: the
 * record gets `frontmatter: null` and a `frontmatterError` a user can act on, and the
 * body is still read.
 */
export function buildRecord(input: BuildRecordInput): NoteRecord {
	const split = splitFrontmatter(input.text);
	const { frontmatter, error: frontmatterError } = readFrontmatter(split, input.parseYaml);

	const tags: string[] = [];
	const seen = new Set<string>();
	const fromFrontmatter = frontmatter ? [...frontmatterTags(frontmatter.tags), ...frontmatterTags(frontmatter.tag)] : [];
	for (const tag of [...fromFrontmatter, ...extractTags(split.body)]) pushUnique(tags, seen, tag);

	const record: NoteRecord = {
		path: input.path,
		basename: basenameOf(input.path),
		frontmatter,
		body: split.body,
		bodyStartLine: split.bodyStartLine,
		tags,
		links: extractLinks(split.body, split.bodyStartLine),
		headings: extractHeadings(split.body, split.bodyStartLine),
		mtime: input.mtime,
	};
	if (frontmatterError !== undefined) record.frontmatterError = frontmatterError;
	return record;
}
