/**
 * One line of Markdown as a reader sees it in Obsidian's reading view: markup, link targets,
 * URLs, tags and inline code gone, the words of links and headings kept. Every step looks at
 * each character a bounded number of times (a hostile line of a megabyte costs one pass).
 */
import { blankUrls } from "../markdown/tags";
import { maskInlineCode } from "../markdown/masking";

/** A link a line holds: a wikilink, an embed, or a Markdown link to a note (not to the web). */
export interface VisibleLink {
	/** As written, without brackets, heading or alias; Markdown links decoded (`My%20Note.md` → `My Note.md`). */
	target: string;
	/** The text a reader sees in its place, when the link shows one. */
	display?: string;
	embed: boolean;
	/** 0-based line of the text read. */
	line: number;
}

/** A Dataview inline field (`key:: value`), which reads as a property, not as prose. */
export interface InlineField {
	key: string;
	value: string;
	line: number;
}

/** What one line gave: its visible text, and the links, tags and fields it held. */
export interface LineParts {
	links: VisibleLink[];
	tags: string[];
	fields: InlineField[];
}

/** How far a Markdown link's destination is looked for: a bound, so `](` repeated never rescans a line. */
const MAX_DESTINATION = 2048;
const TAG = /(^|\s)#((?:[^\s\p{P}\p{Sm}\p{Sc}\p{Sk}]|[_/-])+)/gu;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const ENTITY = /&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});/g;
const FOOTNOTE_REF = /\[\^[^\]\s]{1,100}\]/g;
const INLINE_MATH = /\$(?=[^\s$])[^$]{0,2000}?[^\s$\\]\$|\$[^\s$]\$/g;
const BRACKETED_FIELD = /[[(]([\p{L}\p{N}_ -]{1,60})::([^\])]{0,300})[\])]/gu;
const LINE_FIELD = /^(\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\[.\]\s+)?)([\p{L}\p{N}_][\p{L}\p{N}_ -]{0,59})::(.*)$/u;
const BLOCK_ID = /\s\^[A-Za-z0-9-]{1,64}\s*$/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const WWW = /(^|\s)www\.[^\s<>]*/g;

/** The spaces that stand for hidden text: one, so words either side never join. */
const GAP = " ";

/** A wikilink's inside: `target#heading|display` → its target and the text shown. */
function readWikilink(inner: string, embed: boolean): { target: string; display?: string } {
	const bar = inner.indexOf("|");
	const ref = bar >= 0 ? inner.slice(0, bar) : inner;
	const display = bar >= 0 ? inner.slice(bar + 1).trim() : undefined;
	const hash = ref.indexOf("#");
	const target = (hash >= 0 ? ref.slice(0, hash) : ref).trim();
	if (display !== undefined && display !== "" && !embed) return { target, display };
	return { target };
}

/** The name a link without its own text shows: its note's name, without folders or `.md`. */
function shownName(target: string): string {
	const name = target.slice(target.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** `[[…]]` and `![[…]]` replaced by what they show (an embed shows no words of its own). */
function replaceWikilinks(line: string, lineNo: number, parts: LineParts): string {
	if (!line.includes("[[")) return line;
	let out = "";
	let copied = 0;
	let open = line.indexOf("[[");
	while (open >= 0) {
		const close = line.indexOf("]]", open + 2);
		if (close < 0) break;
		// The last `[[` before the `]]` opens it: `[[a [[b]]` links b.
		let later = line.indexOf("[[", open + 2);
		while (later >= 0 && later < close) {
			open = later;
			later = line.indexOf("[[", open + 2);
		}
		const embed = open > copied && line.charCodeAt(open - 1) === 33;
		const inner = line.slice(open + 2, close);
		const link = readWikilink(inner, embed);
		if (link.target !== "" || inner.startsWith("#")) parts.links.push({ ...link, embed, line: lineNo });
		const shown = embed ? "" : (link.display ?? (link.target === "" ? inner.replace(/^#+/, "") : shownName(link.target)));
		out += line.slice(copied, embed ? open - 1 : open) + GAP + shown + GAP;
		copied = close + 2;
		open = later >= copied ? later : line.indexOf("[[", copied);
	}
	return out + line.slice(copied);
}

function isWebDestination(destination: string): boolean {
	return /^[A-Za-z][A-Za-z0-9+.-]{0,31}:/.test(destination) || destination.startsWith("//") || destination.startsWith("#");
}

/**
 * Where the destination of a Markdown link that starts at `from` (just after its `(`) ends:
 * the `)` that closes it, or -1. The search stops at `stop` (the next `](`, which no
 * destination holds), so scans of a line never overlap and a line is read once.
 */
function destinationEnd(line: string, from: number, stop: number): number {
	let depth = 0;
	const limit = Math.min(stop, from + MAX_DESTINATION);
	for (let i = from; i < limit; i++) {
		const c = line.charCodeAt(i);
		if (c === 40) depth++;
		else if (c === 41) {
			if (depth === 0) return i;
			depth--;
		}
	}
	return -1;
}

function decodedTarget(destination: string): string {
	const path = destination.trim().replace(/^<|>$/g, "").replace(/\s+"[^"]*"$|\s+'[^']*'$/, "");
	const hash = path.indexOf("#");
	return decodePercent(hash >= 0 ? path.slice(0, hash) : path);
}

/** `[text](dest)` and `![alt](dest)` replaced by their text; links to notes are kept as links. */
function replaceMarkdownLinks(line: string, lineNo: number, parts: LineParts): string {
	if (!line.includes("](")) return line;
	let out = "";
	let copied = 0;
	// The last `[` before the current `](`, found walking forward so no stretch is read twice.
	let open = -1;
	let scanned = 0;
	let mid = line.indexOf("](");
	while (mid >= 0) {
		const next = line.indexOf("](", mid + 2);
		for (let at = scanned; at < mid; at++) if (line.charCodeAt(at) === 91) open = at;
		scanned = mid;
		const end = open >= copied ? destinationEnd(line, mid + 2, next < 0 ? line.length : next) : -1;
		if (end >= 0) {
			const embed = open > copied && line.charCodeAt(open - 1) === 33;
			const text = line.slice(open + 1, mid);
			const destination = line.slice(mid + 2, end).trim();
			if (destination !== "" && !isWebDestination(destination)) {
				const target = decodedTarget(destination);
				if (target !== "") parts.links.push({ target, ...(text.trim() !== "" && !embed ? { display: text.trim() } : {}), embed, line: lineNo });
			}
			// An image shows a picture, not its alt text (often a badge's label or a file name).
			out += line.slice(copied, embed ? open - 1 : open) + GAP + (embed ? "" : text) + GAP;
			copied = end + 1;
		}
		mid = next >= 0 && next < copied ? line.indexOf("](", copied) : next;
	}
	return out + line.slice(copied);
}

/** `%20`-style runs as the characters they stand for (a run that is not UTF-8 becomes a gap). */
export function decodePercent(text: string): string {
	if (!text.includes("%")) return text;
	return text.replace(PERCENT_RUN, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return GAP;
		}
	});
}

/** `#tags` read out of the line (a tag is a tag, not a word) and blanked. */
function takeTags(line: string, parts: LineParts): string {
	if (!line.includes("#")) return line;
	return line.replace(TAG, (whole, before: string, raw: string) => {
		if (/^[\d/]+$/.test(raw)) return whole;
		const tag = raw.replace(/^\/+|\/+$/g, "").toLowerCase();
		if (tag !== "") parts.tags.push(tag);
		return before + GAP;
	});
}

/** Dataview's inline fields: `key:: value` filling a line, or `[key:: value]` / `(key:: value)` inside one. */
function takeFields(line: string, lineNo: number, parts: LineParts): string {
	if (!line.includes("::")) return line;
	const whole = LINE_FIELD.exec(line);
	if (whole && !whole[2]?.includes("://")) {
		parts.fields.push({ key: (whole[2] ?? "").trim(), value: (whole[3] ?? "").trim(), line: lineNo });
		return whole[1] ?? "";
	}
	return line.replace(BRACKETED_FIELD, (_match, key: string, value: string) => {
		parts.fields.push({ key: key.trim(), value: value.trim(), line: lineNo });
		return GAP;
	});
}

/** Leading quote and callout marks (`> [!note]- Title` → `Title`), heading marks and list marks. */
function stripLineMarks(line: string): string {
	let text = line.replace(/^(?:[ \t]*>)+[ \t]?/, "");
	if (text !== line) text = text.replace(/^[ \t]*\[![^\]\s]{1,40}\][+-]?/, GAP);
	return text.replace(/^[ \t]*#{1,6}(?=\s|$)/, GAP).replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/, GAP);
}

/** A table's delimiter row (`| --- | :-: |`): no words, only layout. */
function isTableRule(line: string): boolean {
	if (!line.includes("-") || !line.includes("|")) return false;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		// | - : space tab
		if (c !== 124 && c !== 45 && c !== 58 && c !== 32 && c !== 9) return false;
	}
	return true;
}

/** A link reference definition (`[id]: https://…`): read by no one. */
function isReferenceDefinition(line: string): boolean {
	return /^[ \t]{0,3}\[[^\]^][^\]]{0,200}\]:[ \t]*\S/.test(line);
}

/**
 * The visible text of one line whose block-level hiding (code blocks, comments) is done.
 * The order matters: code first (nothing inside it is markup), then Markdown links (their
 * web destinations go with them), then bare URLs (they hold `#`, `%` and brackets), then
 * wikilinks and the rest.
 */
export function visibleLine(raw: string, lineNo: number, parts: LineParts): string {
	if (isTableRule(raw) || isReferenceDefinition(raw)) return "";
	let line = maskInlineCode(raw);
	line = stripLineMarks(line);
	line = takeFields(line, lineNo, parts);
	line = replaceMarkdownLinks(line, lineNo, parts);
	line = blankUrls(line);
	if (line.includes("www.")) line = line.replace(WWW, (_m, before: string) => before + GAP);
	line = replaceWikilinks(line, lineNo, parts);
	if (line.includes("<")) line = line.replace(HTML_TAG, GAP).replace(/<\s*>/g, GAP);
	if (line.includes("&")) line = line.replace(ENTITY, GAP);
	if (line.includes("[^")) line = line.replace(/^[ \t]*\[\^[^\]]{1,100}\]:/, GAP).replace(FOOTNOTE_REF, GAP);
	if (line.includes("^[")) line = line.replace(/\^\[/g, GAP);
	if (line.includes("$")) line = line.replace(INLINE_MATH, GAP);
	line = takeTags(line, parts);
	if (line.includes("^")) line = line.replace(BLOCK_ID, GAP);
	return decodePercent(line);
}
