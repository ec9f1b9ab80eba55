import { EditRefusal, indentOf, isBlankText, lineLabel, lineOf, lineText, type Block, type Entry, type Line } from "./frontmatter-block";
import { quotedEnd, scanFlow, type FlowItem } from "./flow-scan";
import { decodeDoubleQuoted, decodeSingleQuoted, foldLines } from "./yaml-scalars";

/**
 * The value of one top-level key, read from the frontmatter text in the shapes the in-place
 * editor supports: a scalar (plain, quoted or block, on one or several lines), a flow list
 * or a block list. Anything else (a map, an anchor, alias or tag, text YAML would reject)
 * throws an `EditRefusal` naming the key. Offsets are into the whole note.
 */

/** One list item: `start`..`end` its text in the note, `text` what YAML reads it as (an unquoted `[[x]]` as `[[x]]`). */
export interface ListItem {
	start: number;
	end: number;
	text: string;
}

export interface BlockItem extends ListItem {
	/** Index of the item's last line. */
	lastLine: number;
	/** What comes before the item's text on its first line: indentation, dash and spaces (`  - `). */
	prefix: string;
}

export type ScalarStyle = "plain" | "double" | "single" | "block";

export type Value =
	| { kind: "empty" }
	/** `text`: the string YAML reads (approximately for block scalars); `inline`: the value starts on the key's line. */
	| { kind: "scalar"; style: ScalarStyle; start: number; end: number; inline: boolean; multiline: boolean; text: string }
	| { kind: "flow-list"; start: number; end: number; inline: boolean; items: ListItem[] }
	| { kind: "block-list"; start: number; end: number; items: BlockItem[] };

export type Scalar = Extract<Value, { kind: "scalar" }>;

interface Context {
	text: string;
	lines: readonly Line[];
	entry: Entry;
	/** Offset where the entry's lines end. */
	limit: number;
	key: string;
}

const line = (ctx: Context, i: number): Line => ctx.lines[i] as Line;
const textOf = (ctx: Context, i: number): string => lineText(ctx.text, line(ctx, i));
const isCommentOrBlank = (s: string): boolean => /^[ \t]*(?:#|$)/.test(s);

function refuse(ctx: Context, why: string): never {
	throw new EditRefusal(`The value of "${ctx.key}" ${why}, so it is not edited.`);
}

const refuseMap = (ctx: Context): never => refuse(ctx, "is a set of properties (a map), not a list or a single value");
const refuseProperties = (ctx: Context): never => refuse(ctx, "uses a YAML anchor, alias or tag, which other values may share");

/** Lines `from`..the end of the entry must hold nothing but comments and blank lines. */
function onlyCommentsFrom(ctx: Context, from: number): void {
	for (let i = from; i < ctx.entry.endLine; i++) {
		if (!isCommentOrBlank(textOf(ctx, i))) refuse(ctx, `has text YAML would not read on ${lineLabel(i)}`);
	}
}

/**
 * What follows a quoted or flow value ending at `end` on its last line: `pair` when a `:`
 * makes it a map's key; anything but a comment is text YAML would not read.
 */
function afterValue(ctx: Context, end: number): { last: number; pair: boolean } {
	const last = lineOf(ctx.lines, end - 1);
	const rest = ctx.text.slice(end, line(ctx, last).end);
	if (/^[ \t]*:(?:[ \t]|$)/.test(rest)) return { last, pair: true };
	if (!/^(?:[ \t]*|[ \t]+#.*)$/.test(rest)) refuse(ctx, `has text YAML would not read after it on ${lineLabel(last)}`);
	return { last, pair: false };
}

/** A quoted or flow value ending at `end` must be the whole value: no map key, nothing after it but comments. */
function wholeValue(ctx: Context, end: number): void {
	const after = afterValue(ctx, end);
	if (after.pair) refuseMap(ctx);
	onlyCommentsFrom(ctx, after.last + 1);
}

/** The end of a plain scalar's text on one line (before a ` #` comment and trailing spaces), and whether a comment follows. */
function plainEnd(text: string, from: number, to: number): { end: number; commented: boolean } {
	let end = to;
	const hash = /[ \t]#/.exec(text.slice(from, to));
	if (hash) end = from + hash.index;
	while (end > from && /[ \t]/.test(text.charAt(end - 1))) end--;
	return { end, commented: hash !== null };
}

const looksLikePair = (s: string): boolean => /:(?:[ \t]|$)/.test(s);

/** A quoted scalar where a node may start: its text is not looked into. */
const QUOTED_AT_TOKEN = /(^|[\s[{,:])(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/g;
/** An anchor, alias or tag where a node may start. */
const PROPERTY_AT_TOKEN = /(?:^|[\s[{,])[&*!][^\s,[\]{}]/;

/** True when nested YAML text (a list or map inside an item) has an anchor, alias or tag on a node. Conservative. */
function hasNodeProperties(raw: string): boolean {
	return PROPERTY_AT_TOKEN.test(raw.replace(QUOTED_AT_TOKEN, "$1"));
}

/** The text YAML reads for a flow or block list item written `raw`; an unquoted `[[x]]` (a list in a list) comes back as `[[x]]`. */
export function itemText(raw: string): string {
	const t = raw.trim();
	const quote = t.charAt(0);
	if ((quote === '"' || quote === "'") && quotedEnd(t, 0, t.length) === t.length) {
		return quote === '"' ? (decodeDoubleQuoted(t) ?? t) : decodeSingleQuoted(t);
	}
	const link = /^\[\[([^[\]{},]*)\]\]$/.exec(t);
	if (link) return `[[${itemText(link[1] ?? "")}]]`;
	return foldLines(t.split(/\r\n|\n|\r/).map((part) => part.trim()));
}

/** A plain scalar starting at `start` on line `first`, with its continuation lines (indented deeper than `indent`). */
function plainScalar(ctx: Context, start: number, first: number, indent: number, inline: boolean): Scalar {
	const head = plainEnd(ctx.text, start, line(ctx, first).end);
	const parts = [ctx.text.slice(start, head.end)];
	if (looksLikePair(parts[0] ?? "")) return inline ? refuse(ctx, "holds a `key: value` pair on the key's line") : refuseMap(ctx);
	let end = head.end;
	let last = first;
	for (let i = first + 1, commented = head.commented; !commented && i < ctx.entry.endLine; i++) {
		const s = textOf(ctx, i);
		if (isBlankText(s)) {
			parts.push("");
			continue;
		}
		if (indentOf(s) <= indent || /^[ \t]*#/.test(s)) break;
		const from = line(ctx, i).start + (/^[ \t]*/.exec(s)?.[0].length ?? 0);
		const piece = plainEnd(ctx.text, from, line(ctx, i).end);
		if (looksLikePair(ctx.text.slice(from, piece.end))) refuse(ctx, `has a \`key: value\` pair inside it on ${lineLabel(i)}`);
		parts.push(ctx.text.slice(from, piece.end));
		[end, last, commented] = [piece.end, i, piece.commented];
	}
	while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
	onlyCommentsFrom(ctx, last + 1);
	return { kind: "scalar", style: "plain", start, end, inline, multiline: last > first, text: foldLines(parts) };
}

/** The string a block scalar stands for, near enough to see whether it is empty or holds commas. */
function blockText(ctx: Context, header: string, first: number, last: number): string {
	const body = ctx.lines.slice(first, last + 1).map((l) => lineText(ctx.text, l));
	const indent = Math.min(...body.filter((s) => !isBlankText(s)).map(indentOf));
	const lines = body.map((s) => (isBlankText(s) ? "" : s.slice(indent)));
	const joined = header.startsWith(">") ? foldLines(lines) : lines.join("\n");
	return joined === "" || header.includes("-") ? joined : `${joined}\n`;
}

/** A `|` or `>` block scalar whose header is at `start` on the key's line. */
function blockScalar(ctx: Context, start: number, first: number): Value {
	const rest = ctx.text.slice(start, line(ctx, first).end);
	const header = /^[|>](?:[1-9][-+]?|[-+][1-9]?)?(?=[ \t]|$)/.exec(rest)?.[0];
	if (header === undefined || !/^(?:[ \t]*|[ \t]+#.*)$/.test(rest.slice(header.length))) return refuse(ctx, "has a block scalar header YAML would not read");
	let end = start + header.length;
	let last = first;
	for (let i = first + 1; i < ctx.entry.endLine; i++) {
		const s = textOf(ctx, i);
		if (isBlankText(s)) continue;
		if (!/^[ \t]/.test(s)) break;
		[end, last] = [line(ctx, i).end, i];
	}
	onlyCommentsFrom(ctx, last + 1);
	const text = last > first ? blockText(ctx, header, first + 1, last) : "";
	return { kind: "scalar", style: "block", start, end, inline: true, multiline: true, text };
}

/** The value that starts at `start` on line `first` (the key's line when `inline`). */
function node(ctx: Context, start: number, first: number, inline: boolean): Value {
	const c = ctx.text.charAt(start);
	if (c === "&" || c === "*" || c === "!") return refuseProperties(ctx);
	if (c === '"' || c === "'") {
		const end = quotedEnd(ctx.text, start, ctx.limit);
		if (end < 0) return refuse(ctx, "opens a quote that is never closed");
		wholeValue(ctx, end);
		const raw = ctx.text.slice(start, end);
		const text = c === '"' ? decodeDoubleQuoted(raw) : decodeSingleQuoted(raw);
		if (text === null) return refuse(ctx, "uses an escape YAML does not know");
		return { kind: "scalar", style: c === '"' ? "double" : "single", start, end, inline, multiline: /[\r\n]/.test(raw), text };
	}
	if (c === "{") return refuseMap(ctx);
	if (c === "[") {
		const flow = scanFlow(ctx.text, start, ctx.limit);
		if (flow === null) return refuse(ctx, "opens a [ that is never closed");
		wholeValue(ctx, flow.end);
		const items = flow.items.map((item) => ({ ...item, text: itemText(ctx.text.slice(item.start, item.end)) }));
		const written = (item: FlowItem): string => ctx.text.slice(item.start, item.end);
		const nested = (raw: string): boolean => /^[[{]/.test(raw) || looksLikePair(raw);
		if (flow.items.some((item) => /^[&*!]/.test(written(item)) || (nested(written(item)) && hasNodeProperties(written(item))))) refuseProperties(ctx);
		return { kind: "flow-list", start, end: flow.end, inline, items };
	}
	if ((c === "|" || c === ">") && inline) return blockScalar(ctx, start, first);
	if (/^[-?:](?:[ \t]|$)/.test(ctx.text.slice(start, start + 2)) || /[|>,\]}%@`]/.test(c)) {
		return refuse(ctx, `starts with "${c}", which YAML would not read here`);
	}
	return plainScalar(ctx, start, first, 0, inline);
}

/** The last line of the item that starts on line `first`: every following line indented deeper than the list (blank lines between them too). */
function deeperLines(ctx: Context, first: number, indent: number): number {
	let last = first;
	for (let i = first + 1; i < ctx.entry.endLine; i++) {
		const s = textOf(ctx, i);
		if (isBlankText(s)) continue;
		if (indentOf(s) <= indent && !/^\t/.test(s)) break;
		last = i;
	}
	return last;
}

/** The item of a block list whose dash is on line `first`, indented `indent` spaces. */
function blockItem(ctx: Context, first: number, indent: number): BlockItem {
	const l = line(ctx, first);
	const after = l.start + indent + 1;
	const start = after + (/^[ \t]*/.exec(ctx.text.slice(after, l.end))?.[0].length ?? 0);
	const c = ctx.text.charAt(start);
	const prefix = start < l.end && c !== "#" ? ctx.text.slice(l.start, start) : `${" ".repeat(indent)}- `;
	const raw = (last: number, end = line(ctx, last).end): BlockItem => {
		const written = ctx.text.slice(start, end);
		if (c !== "|" && c !== ">" && hasNodeProperties(written)) refuseProperties(ctx);
		return { start, end, lastLine: last, prefix, text: itemText(written) };
	};
	if (start >= l.end || c === "#" || c === "|" || c === ">" || /^-(?:[ \t]|$)/.test(ctx.text.slice(start, start + 2))) return raw(deeperLines(ctx, first, indent));
	if (c === "&" || c === "*" || c === "!") return refuseProperties(ctx);
	if (c === '"' || c === "'" || c === "[" || c === "{") {
		const end = c === "[" || c === "{" ? (scanFlow(ctx.text, start, ctx.limit)?.end ?? -1) : quotedEnd(ctx.text, start, ctx.limit);
		if (end < 0) return refuse(ctx, `has an item on ${lineLabel(first)} that is never closed`);
		const after = afterValue(ctx, end);
		return after.pair ? raw(deeperLines(ctx, after.last, indent)) : raw(after.last, end);
	}
	const head = plainEnd(ctx.text, start, l.end);
	if (looksLikePair(ctx.text.slice(start, head.end))) return raw(deeperLines(ctx, first, indent));
	const scalar = plainScalar({ ...ctx, entry: { ...ctx.entry, endLine: deeperLines(ctx, first, indent) + 1 } }, start, first, indent, true);
	return { start, end: scalar.end, lastLine: lineOf(ctx.lines, scalar.end - 1), prefix, text: scalar.text };
}

/** The block list whose first dash is on line `first`, indented `indent` spaces (0: zero-indented dashes). */
function blockList(ctx: Context, first: number, indent: number): Value {
	const items: BlockItem[] = [];
	for (let i = first; i < ctx.entry.endLine; ) {
		const s = textOf(ctx, i);
		if (isCommentOrBlank(s)) {
			i++;
			continue;
		}
		if (indentOf(s) !== indent || !/^-(?:[ \t]|$)/.test(s.slice(indent))) refuse(ctx, `has ${lineLabel(i)}, which is not an item of its list`);
		const item = blockItem(ctx, i, indent);
		items.push(item);
		i = item.lastLine + 1;
	}
	const lastItem = items[items.length - 1] as BlockItem;
	return { kind: "block-list", start: line(ctx, first).start + indent, end: line(ctx, lastItem.lastLine).end, items };
}

/** The value of `entry`, in one of the shapes the editor supports; throws an `EditRefusal` for any other. */
export function readValue(block: Block, entry: Entry): Value {
	const ctx: Context = { text: block.text, lines: block.lines, entry, limit: block.lines[entry.endLine]?.start ?? block.text.length, key: entry.key };
	const keyLine = line(ctx, entry.line);
	const start = entry.colonEnd + (/^[ \t]*/.exec(ctx.text.slice(entry.colonEnd, keyLine.end))?.[0].length ?? 0);
	if (start < keyLine.end && ctx.text.charAt(start) !== "#") return node(ctx, start, entry.line, true);
	for (let i = entry.line + 1; i < entry.endLine; i++) {
		const s = textOf(ctx, i);
		if (isCommentOrBlank(s)) continue;
		if (/^ *\t/.test(s)) refuse(ctx, `is indented with a tab on ${lineLabel(i)}`);
		const indent = indentOf(s);
		if (/^-(?:[ \t]|$)/.test(s.slice(indent))) return blockList(ctx, i, indent);
		return node(ctx, line(ctx, i).start + indent, i, false);
	}
	return { kind: "empty" };
}
