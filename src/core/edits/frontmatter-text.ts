import { splitTopLevelCommas } from "../values/coerce";
import { EditRefusal, findEntry, indentOf, isBlankText, lineOf, lineText, locateFrontmatter, scanEntries, type Block, type Entry, type Line } from "./frontmatter-block";
import { itemText, readValue, type BlockItem, type Value } from "./frontmatter-value";
import { spanEnd } from "./flow-scan";
import { doubleQuoted, escapeDoubleQuoted, flowScalar, isNullPlain, isPlainTail, isPrintable, yamlScalar } from "./yaml-scalars";

/**
 * In-place edits of the plugin's own frontmatter keys, over a whole note's text (string in,
 * string out), for the caller to run inside one `vault.process`. Obsidian's
 * `processFrontMatter` re-serialises the whole block (comments dropped, lists restyled,
 * quotes removed, `0612…` turned into a number, CRLF into LF); these change only the text
 * of the one key they edit and leave every other byte of the note as it was.
 *
 * Finding the key: at the top level of the block, the key exactly as given, else the same key
 * ignoring case, spaces, `-` and `_` (as `getField` reads it); the key is then edited as the
 * note writes it. A missing key is added as a new line at the end of the block, just before
 * its closing `---` or `...`; a note without frontmatter gets a block at the very top (after
 * a byte-order mark). New lines use the line ending of the block's opening line (or the one
 * the note mostly uses), and a file that does not end with a line break still does not.
 *
 * Supported shapes of the edited value: nothing or null (`~`, `null`); a plain, `"double"`
 * or `'single'` quoted scalar with a trailing `# comment` (kept); a scalar over several
 * lines (plain, quoted, folded `>` or literal `|`); a flow list `[a, b]` on one or several
 * lines; a block list with any indentation, zero-indented dashes included; a comma string.
 * Other keys can be anything YAML allows (maps, anchors, block scalars, …): they are skipped
 * by their indentation and never read.
 *
 * Refused, with `{ ok: false, error }` and the note untouched, because a guess could
 * change what the note means: a block opened by `---` that is never closed; a top-level
 * line that is not `key: value`, a comment or part of the entry above it (a list or a
 * complex `? key` at the top, stray indentation); the key written twice (or two spellings
 * that both mean it); an anchor (`&a`), alias (`*a`) or tag (`!x`) on the edited value or
 * its items; a value that is a map (`{…}` or indented `key: value` lines); a value YAML
 * would not read (an unclosed quote or bracket, text after a closing quote, a tab used for
 * indentation); for `setFrontmatterValue`, a new value with a line break in it; for
 * `addToFrontmatterList`, a scalar over several lines without a comma (it would have to be
 * re-indented to become a list item).
 *
 * These functions check the text they edit but not the whole block: the caller confirms
 * the edit with `checkEdit` (frontmatter-check.ts) before writing it.
 */

/**
 * The note's new text (`changed` is false exactly when it is the same text), or why it was
 * not edited. Refusals are returned, never thrown; only an exception from the caller's own
 * `isSame` (or a bug) propagates.
 */
export type FrontmatterEdit = { ok: true; text: string; changed: boolean } | { ok: false; error: string };

export interface SetOptions {
	/** Also find the key written with another case, spaces, `-` or `_` (default true). */
	looseKey?: boolean;
}

export { yamlScalar } from "./yaml-scalars";
export { checkEdit, expectAdded, type EditCheck } from "./frontmatter-check";

function attempt(text: string, edit: () => string): FrontmatterEdit {
	try {
		const after = edit();
		return { ok: true, text: after, changed: after !== text };
	} catch (error) {
		if (error instanceof EditRefusal) return { ok: false, error: error.message };
		throw error;
	}
}

const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

/** A new frontmatter block holding `lines`, at the top of a note that has none. */
function withNewBlock(text: string, at: number, eol: string, lines: readonly string[]): string {
	return text.slice(0, at) + ["---", ...lines, "---"].map((l) => l + eol).join("") + text.slice(at);
}

interface Found {
	block: Block;
	entries: Entry[];
	entry: Entry;
}

/** The block and the entry for `key`, or the text with `lines` written as a new block or appended at its end when there is none. */
function locate(text: string, key: string, loose: boolean, lines: (found: { block: Block; entries: Entry[] } | null) => string[]): Found | string {
	if (key === "" || /[\r\n]/.test(key)) throw new EditRefusal("A frontmatter key must be one line of text and not empty.");
	const located = locateFrontmatter(text);
	if (located.kind === "unclosed") throw new EditRefusal("The frontmatter block opened by --- on the first line is never closed, so it is not edited.");
	if (located.kind === "none") return withNewBlock(text, located.at, located.eol, lines(null));
	const { block } = located;
	const entries = scanEntries(block, spanEnd);
	const entry = findEntry(entries, key, loose);
	if (entry !== null) return { block, entries, entry };
	const close = block.lines[block.close] as Line;
	return splice(text, close.start, close.start, lines({ block, entries }).map((l) => l + block.eol).join(""));
}

const lastLineOf = (block: Block, value: { end: number } | null, entry: Entry): number => (value === null ? entry.line : lineOf(block.lines, value.end - 1));

/** What stays of the key's line after its `:` when the value after it goes: a comment, else nothing. */
const keptComment = (rest: string): string => (isBlankText(rest) ? "" : rest);

/**
 * Sets `key` to `value`, a YAML scalar written as given (callers pass text they made safe:
 * `2026-12-02`, or `yamlScalar(text)`). Only the value's text changes: a trailing comment
 * stays; a value over several lines is replaced whole, and only its lines.
 */
export function setFrontmatterValue(text: string, key: string, value: string, options: SetOptions = {}): FrontmatterEdit {
	return attempt(text, () => {
		if (/[\r\n]/.test(value)) throw new EditRefusal(`The new value of "${key}" has a line break; it must be a single line.`);
		const found = locate(text, key, options.looseKey !== false, () => [value === "" ? `${yamlScalar(key)}:` : `${yamlScalar(key)}: ${value}`]);
		if (typeof found === "string") return found;
		const { block, entry } = found;
		const current = readValue(block, entry);
		if (current.kind !== "empty" && current.kind !== "block-list" && current.inline) {
			return splice(text, value === "" ? entry.colonEnd : current.start, current.end, value);
		}
		if (current.kind === "empty" && value === "") return text;
		const keyLine = block.lines[entry.line] as Line;
		const rest = text.slice(entry.colonEnd, keyLine.end);
		const newKeyLine = value === "" ? rest : isBlankText(rest) ? ` ${value}` : ` ${value}${rest}`;
		const last = block.lines[lastLineOf(block, current.kind === "empty" ? null : current, entry)] as Line;
		return text.slice(0, entry.colonEnd) + newKeyLine + text.slice(keyLine.end, keyLine.next) + (last === keyLine ? text.slice(keyLine.next) : text.slice(last.next));
	});
}

/** The indentation of new block lists: that of the first block list in the block, else two spaces. */
function listIndent(block: Block, entries: readonly Entry[]): string {
	for (const entry of entries) {
		const keyLine = block.lines[entry.line] as Line;
		if (!/^[ \t]*(?:#.*)?$/.test(block.text.slice(entry.colonEnd, keyLine.end))) continue;
		for (let i = entry.line + 1; i < entry.endLine; i++) {
			const s = lineText(block.text, block.lines[i] as Line);
			if (/^[ \t]*(?:#|$)/.test(s)) continue;
			if (/^ *-(?:[ \t]|$)/.test(s)) return " ".repeat(indentOf(s));
			break;
		}
	}
	return "  ";
}

/**
 * Replaces the value of `entry` (`span`: where its text ends and whether it starts on the
 * key's line; null when there is none) with a block list of `items`, already YAML text,
 * keeping a comment that followed the value on the key's line.
 */
function toBlockList(found: Found, span: { end: number; inline: boolean } | null, items: readonly string[]): string {
	const { block, entry } = found;
	const text = block.text;
	const indent = listIndent(block, found.entries);
	const keyLine = block.lines[entry.line] as Line;
	const last = block.lines[lastLineOf(block, span, entry)] as Line;
	const head = span?.inline === true ? text.slice(0, entry.colonEnd) + keptComment(text.slice(span.end, last.end)) : text.slice(0, keyLine.end);
	return head + items.map((item) => block.eol + `${indent}- ${item}`).join("") + text.slice(last.end);
}

/** The parts of a comma string, trimmed, empty ones left out. */
const commaParts = (s: string): string[] =>
	splitTopLevelCommas(s)
		.map((part) => part.trim())
		.filter((part) => part !== "");

/** Appends `item` inside a comma string, keeping its quotes (or writing it double-quoted when the item cannot go in unquoted). */
function appendToCommaString(text: string, value: Extract<Value, { kind: "scalar" }>, item: string, key: string): string {
	const sep = value.text.trimEnd().endsWith(",") ? " " : ", ";
	if (value.style === "double") return splice(text, value.end - 1, value.end - 1, sep + escapeDoubleQuoted(item));
	if (value.style === "single" && isPrintable(item)) return splice(text, value.end - 1, value.end - 1, sep + item.replace(/'/g, "''"));
	if (value.style === "plain" && isPlainTail(item)) return splice(text, value.end, value.end, sep + item);
	if (value.style === "block") {
		if (!isPrintable(item)) throw new EditRefusal(`The item added to "${key}" has a line break, which its block scalar would not keep.`);
		return splice(text, value.end, value.end, sep + item);
	}
	return splice(text, value.start, value.end, doubleQuoted(value.text + sep + item));
}

/** Adds `item` to a scalar value: into a comma string, or with the old value as the first item of a new block list. */
function addToScalar(found: Found, value: Extract<Value, { kind: "scalar" }>, item: string, isSame: (existing: string) => boolean): string {
	const text = found.block.text;
	const key = found.entry.key;
	const parts = commaParts(value.text);
	if ((value.style === "plain" && isNullPlain(value.text)) || parts.length === 0) return toBlockList(found, value, [yamlScalar(item)]);
	if (parts.some((part) => isSame(part))) return text;
	if (splitTopLevelCommas(value.text).length > 1) return appendToCommaString(text, value, item, key);
	if (value.style === "block") throw new EditRefusal(`The value of "${key}" is a block scalar; it cannot become a list without re-indenting it, so it is not edited.`);
	if (value.multiline) throw new EditRefusal(`The value of "${key}" is one value over several lines; it cannot become a list without re-indenting it, so it is not edited.`);
	return toBlockList(found, value, [text.slice(value.start, value.end), yamlScalar(item)]);
}

/** An unquoted `[[x]]` written as the whole value (YAML: a list in a list): one link, not a list of links. */
const isUnquotedLink = (text: string, value: Extract<Value, { kind: "flow-list" }>): boolean =>
	value.items.length === 1 && /^\[\[[^[\]{},]*\]\]$/.test(text.slice(value.start, value.end));

/**
 * Adds `item` to the list `key` unless an item is already the same (`isSame` is given each
 * existing item as YAML reads it, an unquoted `[[x]]` as `[[x]]`). The list keeps its style:
 * a block list gets a `- item` line after its last item, a flow list `, item` before its
 * `]`, a comma string `, item` at its end (inside its quotes). An empty value or a missing
 * key becomes a block list; a lone value becomes a block list of it and the item.
 */
export function addToFrontmatterList(text: string, key: string, item: string, isSame: (existingItem: string) => boolean): FrontmatterEdit {
	return attempt(text, () => {
		const newList = (at: { block: Block; entries: Entry[] } | null): string[] => [`${yamlScalar(key)}:`, `${at ? listIndent(at.block, at.entries) : "  "}- ${yamlScalar(item)}`];
		const found = locate(text, key, true, newList);
		if (typeof found === "string") return found;
		const value = readValue(found.block, found.entry);
		if (value.kind === "empty") return toBlockList(found, null, [yamlScalar(item)]);
		if (value.kind === "scalar") return addToScalar(found, value, item, isSame);
		if (value.kind === "flow-list" && isUnquotedLink(text, value)) {
			if (isSame(itemText(text.slice(value.start, value.end)))) return text;
			return toBlockList(found, value, [text.slice(value.start, value.end), yamlScalar(item)]);
		}
		if (value.items.some((existing) => isSame(existing.text))) return text;
		if (value.kind === "flow-list") {
			const last = value.items[value.items.length - 1];
			return last ? splice(text, last.end, last.end, `, ${flowScalar(item)}`) : splice(text, value.start + 1, value.start + 1, flowScalar(item));
		}
		const last = value.items[value.items.length - 1] as BlockItem;
		const after = found.block.lines[last.lastLine] as Line;
		return splice(text, after.next, after.next, `${last.prefix}${yamlScalar(item)}${found.block.eol}`);
	});
}
