import { CLOSING_DELIMITER, OPENING_DELIMITER } from "../markdown/frontmatter";
import { normalizeKey } from "../values/coerce";
import { decodeDoubleQuoted, decodeSingleQuoted } from "./yaml-scalars";

/**
 * The frontmatter block of a note's text as offsets, and its top-level `key: value` entries,
 * for the in-place editor (`frontmatter-text.ts`). Nothing here parses YAML values; it finds
 * where each top-level key starts and where the next one does.
 */

/** One line of the note: `start`..`end` is its text, `end`..`next` its line ending ("" on the last line). */
export interface Line {
	start: number;
	end: number;
	next: number;
}

/**
 * The lines of `text` from offset `from`; any of `\r\n`, `\n` and `\r` ends one. The last
 * line may be empty. With `until`, stops after the first line it is true of.
 */
export function splitLines(text: string, from = 0, until?: (line: Line, index: number) => boolean): Line[] {
	const lines: Line[] = [];
	let start = from;
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code !== 10 && code !== 13) continue;
		const next = code === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
		const line = { start, end: i, next };
		lines.push(line);
		if (until?.(line, lines.length - 1) === true) return lines;
		start = next;
		i = next - 1;
	}
	lines.push({ start, end: text.length, next: text.length });
	return lines;
}

/** The closed frontmatter block: `lines[0]` is the opening `---`, `lines[close]` the closing `---` or `...`. */
export interface Block {
	text: string;
	lines: Line[];
	close: number;
	/** The line ending new lines are written with: the opening line's own. */
	eol: string;
}

export type Located = { kind: "block"; block: Block } | { kind: "none"; at: number; eol: string } | { kind: "unclosed" };

const lineText = (text: string, line: Line): string => text.slice(line.start, line.end);

/** The line ending a note mostly uses ("\n" when it has none). */
function usualEnding(text: string): string {
	const counts = new Map<string, number>();
	for (const match of text.matchAll(/\r\n|\n|\r/g)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
	let best = "\n";
	for (const [ending, count] of counts) if (count > (counts.get(best) ?? 0)) best = ending;
	return best;
}

/** Where the frontmatter is: a closed block, none (then `at` is where one would go: after a BOM), or unclosed. */
export function locateFrontmatter(text: string): Located {
	const at = text.startsWith("\uFEFF") ? 1 : 0;
	const opens = (line: Line): boolean => OPENING_DELIMITER.test(lineText(text, line));
	const closes = (line: Line): boolean => CLOSING_DELIMITER.test(lineText(text, line));
	// Split only as far as the closing line: the body, however long, is not split.
	const lines = splitLines(text, at, (line, i) => (i === 0 ? !opens(line) : closes(line)));
	const first = lines[0] as Line;
	const last = lines[lines.length - 1] as Line;
	if (!opens(first)) return { kind: "none", at, eol: usualEnding(text) };
	if (lines.length < 2 || !closes(last)) return { kind: "unclosed" };
	return { kind: "block", block: { text, lines, close: lines.length - 1, eol: text.slice(first.end, first.next) } };
}

/** One top-level entry of the block: its key line and the lines up to the next key. */
export interface Entry {
	/** The key as YAML reads it. */
	key: string;
	/** Index in `block.lines` of the key's line. */
	line: number;
	/** Offset just after the `:` that ends the key. */
	colonEnd: number;
	/** Index of the first line after the entry (the next key's line or the closing delimiter). */
	endLine: number;
}

export class EditRefusal extends Error {
	override name = "EditRefusal";
}

/** Line `index` of the block in words (1 is the first line after the opening `---`). */
export function lineLabel(index: number): string {
	return `line ${index} of the frontmatter`;
}

export function isBlankText(s: string): boolean {
	return /^[ \t]*$/.test(s);
}

/** Where a plain key ends: at the first `:` followed by a space, a tab or the line end; -1 when a comment or nothing comes first. */
function plainKeyColon(s: string): number {
	for (let i = 0; i < s.length; i++) {
		const c = s.charAt(i);
		if (c === "#" && i > 0 && /[ \t]/.test(s.charAt(i - 1))) return -1;
		if (c === ":" && (i + 1 === s.length || /[ \t]/.test(s.charAt(i + 1)))) return i;
	}
	return -1;
}

/** The key of a line at column 0 and the offset in the line after its `:`, or why it is not `key: value`. */
function readKey(s: string, index: number): { key: string; colonEnd: number } {
	const notKey = (why: string): EditRefusal => new EditRefusal(`${lineLabel(index)} ${why}, so the frontmatter is not edited.`);
	const c = s.charAt(0);
	if (c === '"' || c === "'") {
		const close = c === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(s) : /^'(?:[^']|'')*'/.exec(s);
		const after = close ? s.slice(close[0].length) : "";
		const colon = /^[ \t]*:(?=[ \t]|$)/.exec(after);
		if (!close || !colon) throw notKey("is not a `key: value` line");
		const key = c === '"' ? decodeDoubleQuoted(close[0]) : decodeSingleQuoted(close[0]);
		if (key === null) throw notKey("has a key with an escape YAML does not know");
		return { key, colonEnd: close[0].length + colon[0].length };
	}
	if (/^[-?:][ \t]|^[-?:]$/.test(s)) throw notKey(c === "-" ? "is a list item where a `key: value` line belongs" : "uses a YAML complex key");
	if (/^[,[\]{}&*!|>%@`]/.test(s)) throw notKey("starts with a YAML indicator where a key belongs (a list, anchor, alias, tag or block)");
	const colon = plainKeyColon(s);
	if (colon <= 0) throw notKey("is not a `key: value` line");
	return { key: s.slice(0, colon).replace(/[ \t]+$/, ""), colonEnd: colon + 1 };
}

/** True for a line at column 0 that starts a new top-level entry (not blank, not a comment, not a `- ` item). */
function startsEntry(s: string): boolean {
	return s !== "" && !/^[ \t#]/.test(s) && !/^-(?:[ \t]|$)/.test(s);
}

/** The line index holding offset `offset` (the last line when past every line start). */
export function lineOf(lines: readonly Line[], offset: number): number {
	let lo = 0;
	let hi = lines.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Where a quoted or flow value that starts a key's line ends, so its continuation lines are not read as keys. */
type SpanScanner = (text: string, start: number, limit: number) => number;

/**
 * True when lines `from + 1`..`to` can continue a quoted or flow value begun on line `from`:
 * indented or blank, the last one allowed to start with the closing `]` or `}`. A line at
 * column 0 in between would end the value for YAML (which then fails to read it).
 */
function continuesIndented(block: Block, from: number, to: number): boolean {
	for (let i = from + 1; i <= to; i++) {
		const s = lineText(block.text, block.lines[i] as Line);
		if (!/^(?:[ \t]|$)/.test(s) && !(i === to && /^[\]}]/.test(s))) return false;
	}
	return true;
}

/**
 * The top-level entries of the block, in order. Throws an `EditRefusal` when a line outside
 * any entry is not a comment or blank (a list or a complex key at the top, stray indentation).
 */
export function scanEntries(block: Block, valueEnd: SpanScanner): Entry[] {
	const { text, lines } = block;
	const limit = lines[block.close]?.start ?? text.length;
	const entries: Entry[] = [];
	let i = 1;
	while (i < block.close) {
		const line = lines[i] as Line;
		const s = lineText(text, line);
		if (!startsEntry(s)) {
			if (isBlankText(s) || /^[ \t]*#/.test(s)) {
				i++;
				continue;
			}
			throw new EditRefusal(`${lineLabel(i)} is ${/^-/.test(s) ? "a list item" : "indented"} outside any key, so the frontmatter is not edited.`);
		}
		const { key, colonEnd } = readKey(s, i);
		const valueStart = line.start + colonEnd + (/^[ \t]*/.exec(s.slice(colonEnd))?.[0].length ?? 0);
		const end = valueEnd(text, valueStart, limit);
		let next = end < 0 || !continuesIndented(block, i, lineOf(lines, end)) ? i + 1 : lineOf(lines, end) + 1;
		while (next < block.close && !startsEntry(lineText(text, lines[next] as Line))) next++;
		entries.push({ key, line: i, colonEnd: line.start + colonEnd, endLine: Math.max(next, i + 1) });
		i = Math.max(next, i + 1);
	}
	return entries;
}

/**
 * The entry for `key`: the key exactly as written first, then the same key ignoring case,
 * spaces, `-` and `_` (as `getField` reads it), or null. Throws when the key (or, loosely,
 * more than one spelling of it) appears twice: which one a reader sees is not certain.
 */
export function findEntry(entries: readonly Entry[], key: string, loose: boolean): Entry | null {
	const exact = entries.filter((entry) => entry.key === key);
	if (exact.length > 1) throw new EditRefusal(`The key "${key}" appears ${exact.length} times in the frontmatter, so it is not edited.`);
	if (exact[0] !== undefined || !loose) return exact[0] ?? null;
	const wanted = normalizeKey(key);
	const similar = entries.filter((entry) => normalizeKey(entry.key) === wanted);
	if (similar.length > 1) {
		const names = similar.map((entry) => `"${entry.key}"`).join(", ");
		throw new EditRefusal(`The frontmatter has several keys that mean "${key}" (${names}), so none is edited.`);
	}
	return similar[0] ?? null;
}

/** The leading spaces of a line's text. */
export function indentOf(s: string): number {
	return /^ */.exec(s)?.[0].length ?? 0;
}

export { lineText };
