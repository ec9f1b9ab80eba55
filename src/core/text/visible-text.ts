/**
 * A note as a reader sees it: the one extractor that indexing, mentions and reasons read.
 * What Obsidian shows as words is kept (prose, headings, link and table text, callout
 * titles); what it hides or shows as something else is not (frontmatter, code, comments,
 * math, Templater commands, URLs, link targets, tags, inline fields), and the links, tags
 * and fields are handed back on their own. Lines keep their count, so a line of the result
 * is the line of the note it came from.
 */
import { FenceTracker } from "../markdown/fences";
import { splitFrontmatter } from "../markdown/frontmatter";
import { toLines } from "../markdown/lines";
import type { NoteRecord } from "../model/types";
import { visibleLine, type InlineField, type LineParts, type VisibleLink } from "./visible-inline";

export type { InlineField, VisibleLink } from "./visible-inline";

export interface VisibleText {
	/** The visible words of each line of the text read ("" for a hidden line); as many lines as it has. */
	lines: string[];
	links: VisibleLink[];
	/** Inline tags, lower case, without `#`, each once, first first. */
	tags: string[];
	fields: InlineField[];
}

/** A span that may run over lines, opened and closed by a mark: `%%`, `<!-- -->`, `<% %>`, `$$`. */
interface Span {
	open: string;
	close: string;
}

const SPANS: readonly Span[] = [
	{ open: "%%", close: "%%" },
	{ open: "<!--", close: "-->" },
	{ open: "<%", close: "%>" },
	{ open: "$$", close: "$$" },
];

/**
 * The line with every span blanked, given which span is open as it starts (-1 for none);
 * returns the line and the span open after it. One left-to-right pass: at each point the
 * earliest opening mark wins, so `%% <!-- %%` is one comment.
 */
function blankSpans(line: string, openSpan: number): { line: string; open: number } {
	let out = "";
	let at = 0;
	let open = openSpan;
	while (at <= line.length) {
		if (open >= 0) {
			const span = SPANS[open] as Span;
			const end = line.indexOf(span.close, at);
			if (end < 0) return { line: `${out} `, open };
			out += " ";
			at = end + span.close.length;
			open = -1;
			continue;
		}
		let first = -1;
		let which = -1;
		SPANS.forEach((span, i) => {
			const found = line.indexOf(span.open, at);
			if (found >= 0 && (first < 0 || found < first)) {
				first = found;
				which = i;
			}
		});
		if (which < 0) return { line: out + line.slice(at), open: -1 };
		out += line.slice(at, first);
		at = first + (SPANS[which] as Span).open.length;
		open = which;
	}
	return { line: out, open };
}

/** Indentation that makes a line indented code when nothing else explains it: four columns or a tab. */
function isIndented(line: string): boolean {
	return line.startsWith("\t") || line.startsWith("    ");
}

function isBlank(line: string): boolean {
	return line.trim() === "";
}

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Line-to-line state: open fences and spans, and what an indented line would continue. */
class BlockState {
	readonly fences = new FenceTracker();
	span = -1;
	/** The last line was blank (an indented line after it starts code, unless in a list). */
	afterBlank = true;
	inCode = false;
	inList = false;

	/** True when `line` is hidden as a whole: a fence, inside one, or indented code. */
	hidesLine(line: string): boolean {
		// Inside a comment nothing opens a fence: the comment's own reading blanks the line.
		if (this.span >= 0) return false;
		if (this.fences.inFence(line)) {
			this.afterBlank = false;
			return true;
		}
		if (isBlank(line)) {
			this.afterBlank = true;
			return this.inCode;
		}
		const indented = isIndented(line);
		if (this.inCode && indented) return true;
		// Indented after a blank line is code, unless it goes on with a list item above.
		this.inCode = indented && this.afterBlank && !this.inList;
		if (!indented) this.inList = LIST_ITEM.test(line) || (this.inList && !this.afterBlank);
		this.afterBlank = false;
		return this.inCode;
	}
}

/** The visible text of a note body (the text after its frontmatter); see the file comment. */
export function visibleText(body: string): VisibleText {
	const parts: LineParts = { links: [], tags: [], fields: [] };
	const state = new BlockState();
	const source = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
	const lines = toLines(source).map((line, lineNo) => {
		if (state.hidesLine(line)) return "";
		const spans = blankSpans(line, state.span);
		state.span = spans.open;
		return visibleLine(spans.line, lineNo, parts);
	});
	return { lines, links: parts.links, tags: [...new Set(parts.tags)], fields: parts.fields };
}

/** The visible text of a whole note, frontmatter included in the reading (it is never prose). */
export function visibleTextOfNote(text: string): VisibleText {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const split = splitFrontmatter(source);
	const visible = visibleText(split.body);
	const hidden = new Array<string>(split.bodyStartLine).fill("");
	const shift = split.bodyStartLine;
	return {
		lines: [...hidden, ...visible.lines],
		links: visible.links.map((link) => ({ ...link, line: link.line + shift })),
		tags: visible.tags,
		fields: visible.fields.map((field) => ({ ...field, line: field.line + shift })),
	};
}

const proseOf = new WeakMap<VisibleText, string>();

/** The visible lines as one text, a line break between lines (a phrase never runs across one); made once per reading. */
export function visibleProse(visible: VisibleText): string {
	let prose = proseOf.get(visible);
	if (prose === undefined) {
		prose = visible.lines.join("\n");
		proseOf.set(visible, prose);
	}
	return prose;
}

const ofRecords = new WeakMap<NoteRecord, { body: string; visible: VisibleText }>();

/**
 * Tells visibleOfRecord that a record's body is already what a reader sees (a post as the
 * index keeps it), lines as they are: read again, a line the hidden parts left indented
 * would read as a code block and be lost.
 */
export function markVisible(record: NoteRecord): void {
	const visible: VisibleText = { lines: record.body.split("\n"), links: [], tags: [], fields: [] };
	proseOf.set(visible, record.body);
	ofRecords.set(record, { body: record.body, visible });
}

/**
 * How much of a note's text matching reads: its first this many characters (cut at a line
 * break). What a note is about shows long before; past it, words only cost time (a book
 * pasted into a note would otherwise block Obsidian for each edit and each look at it).
 * Links, tags and the log are read in the whole note (up to "Largest note read").
 */
export const MATCHED_TEXT_CHARS = 25_000;

/** The beginning of `body` that matching reads (see MATCHED_TEXT_CHARS). */
export function matchedText(body: string): string {
	if (body.length <= MATCHED_TEXT_CHARS) return body;
	const cut = body.lastIndexOf("\n", MATCHED_TEXT_CHARS);
	return body.slice(0, cut > 0 ? cut : MATCHED_TEXT_CHARS);
}

/**
 * The visible text of the part of a record's body that matching reads, once per record:
 * the index, the query and the reasons of one note all ask for it.
 */
export function visibleOfRecord(record: NoteRecord): VisibleText {
	const known = ofRecords.get(record);
	if (known !== undefined && known.body === record.body) return known.visible;
	const visible = visibleText(matchedText(record.body));
	ofRecords.set(record, { body: record.body, visible });
	return visible;
}
