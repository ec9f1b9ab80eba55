/** Markdown text → CachedMetadata, as the metadata cache computes it: links, embeds, tags, headings, list items, frontmatter links. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { isRecord } from "./dom-utils";
import { parseLinktext } from "./functions";
import { findFrontmatter, parseFrontmatterData } from "./frontmatter";

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^\]\n]*)\]\(([^()\s]+|<[^<>\n]+>)(?:[ \t]+"[^"\n]*")?\)/g;
const TAG = /(^|\s)#([^\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]+)/g;

interface Line {
	text: string;
	start: number;
}

export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (;;) {
		const newline = text.indexOf("\n", start);
		const end = newline === -1 ? text.length : newline;
		lines.push({ text: text.slice(start, end).replace(/\r$/, ""), start });
		if (newline === -1) return lines;
		start = newline + 1;
	}
}

/** Blanks out `%% … %%` and `<!-- … -->` comments, keeping offsets and line breaks. */
function maskComments(text: string): string { return text.replace(/%%[\s\S]*?%%|<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\r\n]/g, " ")); }

function maskInlineCode(line: string): string { return line.replace(/(`+)[\s\S]*?\1/g, (code) => " ".repeat(code.length)); }

function wikiReference(original: string, inner: string): Obsidian.Reference {
	const pipe = inner.search(/\\?\|/);
	const link = (pipe === -1 ? inner : inner.slice(0, pipe)).trim();
	const alias = pipe === -1 ? "" : inner.slice(pipe).replace(/^\\?\|/, "").trim();
	const { path, subpath } = parseLinktext(link);
	const heading = subpath.replace(/^#/, "");
	const displayText = alias || (heading ? (path ? `${path} > ${heading}` : heading) : link);
	return { link, original, displayText };
}

function markdownReference(match: RegExpExecArray): Obsidian.Reference | null {
	const embed = match[1] === "!";
	let target = (match[3] ?? "").replace(/^<|>$/g, "");
	if (target === "" || target.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
	try {
		target = decodeURIComponent(target);
	} catch {
		// A malformed escape: Obsidian keeps the raw text too.
	}
	const extension = /\.([^./]+)$/.exec(target.split("#")[0] ?? "")?.[1]?.toLowerCase();
	if (!embed && extension !== undefined && extension !== "md") return null;
	return { link: target, original: match[0], displayText: match[2] ?? "" };
}

function frontmatterLinksOf(data: Record<string, unknown>): Obsidian.FrontmatterLinkCache[] {
	const links: Obsidian.FrontmatterLinkCache[] = [];
	const visit = (value: unknown, key: string): void => {
		if (typeof value === "string") {
			for (const match of value.matchAll(WIKILINK)) links.push({ key, ...wikiReference(match[0], match[2] ?? "") });
		} else if (Array.isArray(value)) {
			value.forEach((item: unknown, index) => visit(item, `${key}.${index}`));
		} else if (isRecord(value)) {
			for (const [name, item] of Object.entries(value)) visit(item, `${key}.${name}`);
		}
	};
	for (const [key, value] of Object.entries(data)) visit(value, key);
	return links;
}

/** What Obsidian's metadata cache reports for a note, computed from its text. */
export function computeMetadata(text: string): Obsidian.CachedMetadata {
	const lines = splitLines(maskComments(text));
	const at = (line: number, col: number): Obsidian.Loc => ({ line, col, offset: (lines[line]?.start ?? text.length) + col });
	const span = (line: number, from: number, to: number): Obsidian.Pos => ({ start: at(line, from), end: at(line, to) });
	const cache: Obsidian.CachedMetadata = {};
	const links: Obsidian.LinkCache[] = [];
	const embeds: Obsidian.EmbedCache[] = [];
	const tags: Obsidian.TagCache[] = [];
	const headings: Obsidian.HeadingCache[] = [];
	const listItems: Obsidian.ListItemCache[] = [];
	const sections: Obsidian.SectionCache[] = [];

	let first = 0;
	const frontmatter = findFrontmatter(text);
	if (frontmatter) {
		cache.frontmatterPosition = { start: at(0, 0), end: at(frontmatter.endLine, 3) };
		sections.push({ type: "yaml", position: cache.frontmatterPosition });
		const data = parseFrontmatterData(frontmatter.yaml);
		if (data) {
			cache.frontmatter = data;
			const frontmatterLinks = frontmatterLinksOf(data);
			if (frontmatterLinks.length > 0) cache.frontmatterLinks = frontmatterLinks;
		}
		first = frontmatter.endLine + 1;
	}

	const scanInline = (n: number, raw: string): void => {
		const line = maskInlineCode(raw);
		for (const match of line.matchAll(WIKILINK)) {
			const position = span(n, match.index, match.index + match[0].length);
			(match[1] ? embeds : links).push({ ...wikiReference(match[0], match[2] ?? ""), position });
		}
		for (const match of line.matchAll(MARKDOWN_LINK)) {
			const reference = markdownReference(match);
			const position = span(n, match.index, match.index + match[0].length);
			if (reference) (match[1] ? embeds : links).push({ ...reference, position });
		}
		for (const match of line.matchAll(TAG)) {
			const tag = match[2] ?? "";
			if (/^\d+$/.test(tag)) continue;
			const col = match.index + (match[1] ?? "").length;
			tags.push({ tag: `#${tag}`, position: span(n, col, col + 1 + tag.length) });
		}
	};

	let fence: { char: string; size: number } | null = null;
	let section: Obsidian.SectionCache | null = null;
	let list: { start: number; stack: { indent: number; line: number }[]; last: Obsidian.ListItemCache | null; blank: boolean } | null = null;
	const open = (type: string, n: number, length: number): void => {
		section = { type, position: span(n, 0, length) };
		sections.push(section);
	};
	const extend = (n: number, length: number): void => {
		if (section) section.position.end = at(n, length);
	};

	for (let n = first; n < lines.length; n++) {
		const raw = lines[n]?.text ?? "";
		if (fence) {
			extend(n, raw.length);
			const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(raw)?.[1];
			if (close?.startsWith(fence.char) && close.length >= fence.size) {
				fence = null;
				section = null;
			}
			continue;
		}
		const fenceOpen = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
		if (fenceOpen) {
			fence = { char: fenceOpen.charAt(0), size: fenceOpen.length };
			list = null;
			open("code", n, raw.length);
			continue;
		}
		if (raw.trim() === "") {
			if (list) list.blank = true;
			else section = null;
			continue;
		}
		const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(raw);
		if (heading?.[1] && heading[2]) {
			headings.push({ heading: heading[2], level: heading[1].length, position: span(n, 0, raw.length) });
			list = null;
			open("heading", n, raw.length);
			section = null;
			scanInline(n, raw);
			continue;
		}
		if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(raw)) {
			list = null;
			open("thematicBreak", n, raw.length);
			section = null;
			continue;
		}
		const quote = /^(?:[ \t]{0,3}>[ \t]?)*/.exec(raw)?.[0] ?? "";
		const item = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(raw.slice(quote.length));
		if (item) {
			const indent = quote.length + (item[1] ?? "").length;
			const task = /^\[(.)\](?:[ \t]|$)/.exec(raw.slice(quote.length + item[0].length))?.[1];
			if (!list || list.blank) {
				if (!list) section = null;
				list ??= { start: n, stack: [], last: null, blank: false };
			}
			while ((list.stack[list.stack.length - 1]?.indent ?? -1) >= indent) list.stack.pop();
			const entry: Obsidian.ListItemCache = { position: span(n, indent, raw.length), parent: list.stack[list.stack.length - 1]?.line ?? -list.start };
			if (task !== undefined) entry.task = task;
			listItems.push(entry);
			list.stack.push({ indent, line: n });
			list.last = entry;
			list.blank = false;
			if ((section as Obsidian.SectionCache | null)?.type === "list") extend(n, raw.length);
			else open("list", n, raw.length);
		} else if (list && (!list.blank || /^[ \t]/.test(raw))) {
			if (list.last) list.last.position.end = at(n, raw.length);
			list.blank = false;
			extend(n, raw.length);
		} else {
			list = null;
			const current = section as Obsidian.SectionCache | null;
			const type = quote ? (/^\s*>\s*\[!/.test(raw) ? "callout" : "blockquote") : raw.trimStart().startsWith("|") ? "table" : "paragraph";
			const continues = current !== null && (quote ? current.type === "blockquote" || current.type === "callout" : current.type === type);
			if (continues) extend(n, raw.length);
			else open(type, n, raw.length);
		}
		scanInline(n, raw);
	}

	if (links.length > 0) cache.links = links;
	if (embeds.length > 0) cache.embeds = embeds;
	if (tags.length > 0) cache.tags = tags;
	if (headings.length > 0) cache.headings = headings;
	if (listItems.length > 0) cache.listItems = listItems;
	if (sections.length > 0) cache.sections = sections;
	return cache;
}
