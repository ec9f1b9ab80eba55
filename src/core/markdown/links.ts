import type { NoteLink } from "../model/types";
import { blank, toLines } from "./lines";
import { maskedLines } from "./masking";

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
// [text](destination "optional title"); the destination may be <wrapped in angle brackets>
// or contain one level of balanced parentheses.
const MARKDOWN_LINK =
	/(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*(<[^<>\n]*>|(?:[^\s()]|\([^\s()]*\))+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const UNCHECKED_TASK = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[ \](?:\s|$)/;
/** A URL scheme at the start of a link target (not global: shared, and read with test). */
export const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Wikilinks and Markdown links in a short piece of text (a log line). */
const LINK = /!?\[\[([^\]]*)\]\]|!?\[[^\]]*\]\(([^)]*)\)/g;

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
		// The line without its wikilinks, built once: cutting each out of the line in turn
		// would copy the line once per link (quadratic on a line of many links).
		const parts: string[] = [];
		let copied = 0;
		for (const match of masked.matchAll(WIKILINK)) {
			const link = wikilink(match, line, inUncheckedTask);
			const start = match.index ?? 0;
			if (link) found.push({ index: start, link });
			parts.push(masked.slice(copied, start), blank(match[0].length));
			copied = start + match[0].length;
		}
		parts.push(masked.slice(copied));
		const rest = parts.join("");
		const wikilinks = found.length;
		for (const match of rest.matchAll(MARKDOWN_LINK)) {
			const link = markdownLink(match, line, inUncheckedTask);
			if (link) found.push({ index: match.index ?? 0, link });
		}
		// Each kind is in reading order already; only a line with both needs merging.
		if (wikilinks > 0 && found.length > wikilinks) found.sort((a, b) => a.index - b.index);
		for (const item of found) links.push(item.link);
	});
	return links;
}

/**
 * The wikilinks written in a property's text (`"[[Ana Diaz|Ana]] and [[Ben Okafor]]"`), in
 * order. Only wikilinks: Obsidian reads no Markdown link in a property, and a property is not
 * Markdown, so nothing is masked. `![[x]]` is a link here too: Obsidian reports no embeds there.
 */
export function wikilinksIn(text: string): NoteLink[] {
	const links: NoteLink[] = [];
	// Most property values hold no link: skip the pattern for them.
	if (!text.includes("[[")) return links;
	for (const match of text.matchAll(WIKILINK)) {
		const link = wikilink(match, 0, false);
		if (link) links.push({ ...link, embed: false });
	}
	return links;
}

/** A link target without heading, alias or `<>`, percent-decoded for Markdown links. */
export function linkTarget(wikiInner: string | undefined, markdownDest: string | undefined): string | null {
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
