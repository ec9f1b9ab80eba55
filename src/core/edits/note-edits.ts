import { FenceTracker } from "../markdown/fences";
import { headingOf, normalizeHeadingText } from "../markdown/headings";
import { CLOSING_DELIMITER, OPENING_DELIMITER } from "../markdown/frontmatter";

/**
 * Pure edits of a note's text. The Obsidian layer runs them inside `vault.process`, so the
 * read and the write are one step; each edit changes its own part and leaves every other
 * byte of the note as it was (line endings included).
 */

interface Line {
	text: string;
	/** The line's own ending: "\n", "\r\n" or "" for a last line without one. */
	end: string;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text)) !== null) {
		if (match[0] === "" && match.index >= text.length) break;
		lines.push({ text: match[1] ?? "", end: match[2] ?? "" });
		if (match[2] === "") break;
	}
	return lines;
}

function joinLines(lines: Line[]): string {
	return lines.map((line) => line.text + line.end).join("");
}

/** The ending the note mostly uses, so inserted lines match the rest of the file. */
export function lineEndingOf(text: string): string {
	const crlf = (text.match(/\r\n/g) ?? []).length;
	const lf = (text.match(/\n/g) ?? []).length - crlf;
	return crlf > lf ? "\r\n" : "\n";
}

/** Index of the first line after the frontmatter block (0 when there is none). */
function bodyStart(lines: Line[]): number {
	// The delimiters as markdown.ts reads them: trailing spaces allowed.
	if (lines.length === 0 || !OPENING_DELIMITER.test(lines[0]?.text.replace(/^\uFEFF/, "") ?? "")) return 0;
	for (let i = 1; i < lines.length; i++) {
		if (CLOSING_DELIMITER.test(lines[i]?.text ?? "")) return i + 1;
	}
	return 0;
}

interface Section {
	/** Line of the heading. */
	heading: number;
	level: number;
	/** First line after the section (next heading of the same or a higher level, or the end). */
	end: number;
}

/** The first section headed `heading` outside code blocks and frontmatter, or null. */
export function findSection(lines: Line[], heading: string): Section | null {
	const wanted = normalizeHeadingText(heading);
	const fences = new FenceTracker();
	let found: { heading: number; level: number } | null = null;
	for (let i = bodyStart(lines); i < lines.length; i++) {
		const text = lines[i]?.text ?? "";
		if (fences.inFence(text)) continue;
		const h = headingOf(text);
		if (!h) continue;
		if (found) {
			if (h.level <= found.level) return { ...found, end: i };
		} else if (normalizeHeadingText(h.text) === wanted) {
			found = { heading: i, level: h.level };
		}
	}
	return found ? { ...found, end: lines.length } : null;
}

/**
 * The line that closes a code block the note leaves open at its end, or null. Lines
 * appended after an unclosed fence would be code (Obsidian renders them so, and the log
 * and follow-up readers skip them), so they go after such a line.
 */
function closingFenceAtEnd(lines: Line[]): string | null {
	const fences = new FenceTracker();
	for (let i = bodyStart(lines); i < lines.length; i++) fences.inFence(lines[i]?.text ?? "");
	return fences.closingLine;
}

/** Makes sure the text ends with a line ending before more lines are appended. */
function terminate(lines: Line[], eol: string): void {
	const last = lines[lines.length - 1];
	if (last && last.end === "") last.end = eol;
}

/**
 * The note with a new section at its end: `#`s of `level` and `heading`, then `content`.
 * A code block the note leaves open is closed first (`closing`), and a blank line keeps
 * the heading apart from the text before it.
 */
function withNewSection(lines: Line[], eol: string, closing: string | null, level: number, heading: string, content: Line[]): string {
	terminate(lines, eol);
	if (closing !== null) lines.push({ text: closing, end: eol });
	const needsGap = lines.length > 0 && (lines[lines.length - 1]?.text.trim() ?? "") !== "";
	const added: Line[] = [
		...(needsGap ? [{ text: "", end: eol }] : []),
		{ text: `${"#".repeat(level)} ${heading.replace(/^#+\s*/, "")}`, end: eol },
		...content,
	];
	return joinLines([...lines, ...added]);
}

/**
 * Adds `entry` as the last line of the section headed `heading` (after its last non-blank
 * line), creating `## heading` at the end of the note when there is none.
 */
export function appendToSection(text: string, heading: string, entry: string): string {
	const eol = lineEndingOf(text);
	const lines = splitLines(text);
	const section = findSection(lines, heading);
	const closing = closingFenceAtEnd(lines);
	if (!section) return withNewSection(lines, eol, closing, 2, heading, [{ text: entry, end: eol }]);
	if (closing !== null && section.end >= lines.length) {
		// The section runs to the end of the note, inside a code block left open: close it first.
		terminate(lines, eol);
		return joinLines([...lines, { text: closing, end: eol }, { text: entry, end: eol }]);
	}
	// Read before any line is changed: a note that ended without a newline keeps doing so.
	const noFinalNewline = lines[lines.length - 1]?.end === "";
	let insertAt = section.heading + 1;
	for (let i = section.heading + 1; i < section.end; i++) if ((lines[i]?.text.trim() ?? "") !== "") insertAt = i + 1;
	const before = lines[insertAt - 1];
	if (before && before.end === "") before.end = eol;
	const atEnd = insertAt >= lines.length;
	lines.splice(insertAt, 0, { text: entry, end: atEnd && noFinalNewline ? "" : eol });
	return joinLines(lines);
}

/**
 * Replaces the content of the section headed `heading` (its heading line is kept) with
 * `content`, or appends `## heading` and the content at the end of the note. Only the first
 * such section outside code blocks is touched, so running it again never duplicates it.
 */
export function replaceSection(text: string, heading: string, content: string, level = 2): string {
	const eol = lineEndingOf(text);
	const lines = splitLines(text);
	const body = content.split(/\r?\n/).map((line) => ({ text: line, end: eol }));
	const section = findSection(lines, heading);
	if (!section) return withNewSection(lines, eol, closingFenceAtEnd(lines), level, heading, body);
	// Read before the heading line is changed (it may be the last line).
	const noFinalNewline = lines[lines.length - 1]?.end === "";
	// Keep the blank line that separated the old section from what follows it.
	const next = section.end < lines.length ? [{ text: "", end: eol }] : [];
	const headingLine = lines[section.heading];
	if (headingLine && headingLine.end === "") headingLine.end = eol;
	const replaced = [...lines.slice(0, section.heading + 1), ...body, ...next, ...lines.slice(section.end)];
	if (section.end >= lines.length && noFinalNewline) {
		// The section was the end of the note: end as the note did, without a final newline.
		const last = replaced[replaced.length - 1];
		if (last) last.end = "";
	}
	return joinLines(replaced);
}
