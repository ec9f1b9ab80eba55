import { FenceTracker } from "../markdown/fences";
import { headingOf, normalizeHeadingText } from "../markdown/headings";
import { CLOSING_DELIMITER, OPENING_DELIMITER } from "../markdown/frontmatter";

/**
 * Pure edits of a note's text. The Obsidian layer runs them inside `vault.process`, so the
 * read and the write are one step; each edit changes its own part and leaves every other
 * byte of the note as it was (line endings included: LF, CRLF or CR, each line its own).
 *
 * A section is found as the readers find it (markdown/, contact/): a byte-order mark before
 * the first line is not part of it, frontmatter is not body, and a heading inside a fenced
 * code block (closed or left open) is not a heading.
 */

export interface Line {
	text: string;
	/** The line's own ending: "\n", "\r\n", "\r" or "" for a last line without one. */
	end: string;
}

export function splitLines(text: string): Line[] {
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

export function joinLines(lines: readonly Line[]): string {
	return lines.map((line) => line.text + line.end).join("");
}

/**
 * The ending the note mostly uses (LF, CRLF or CR), so inserted lines match the rest of the
 * file. Ties go to LF, then CRLF; a note without any line ending gets LF.
 */
export function lineEndingOf(text: string): string {
	return dominantEnding(splitLines(text));
}

/** The ending most of `lines` have, as {@link lineEndingOf} counts them. */
export function dominantEnding(lines: readonly Line[]): string {
	let lf = 0;
	let crlf = 0;
	let cr = 0;
	for (const { end } of lines) {
		if (end === "\r\n") crlf++;
		else if (end === "\n") lf++;
		else if (end === "\r") cr++;
	}
	if (crlf > lf && crlf >= cr) return "\r\n";
	if (cr > lf && cr > crlf) return "\r";
	return "\n";
}

/** A line as the readers see it: the first line without a byte-order mark. */
function readable(lines: readonly Line[], index: number): string {
	const text = lines[index]?.text ?? "";
	return index === 0 ? text.replace(/^\uFEFF/, "") : text;
}

/** Index of the first line after the frontmatter block (0 when there is none). */
function bodyStart(lines: readonly Line[]): number {
	// The delimiters as markdown.ts reads them: trailing spaces allowed, a BOM before the first.
	if (lines.length === 0 || !OPENING_DELIMITER.test(readable(lines, 0))) return 0;
	for (let i = 1; i < lines.length; i++) {
		if (CLOSING_DELIMITER.test(lines[i]?.text ?? "")) return i + 1;
	}
	return 0;
}

export interface Section {
	/** Line of the heading. */
	heading: number;
	level: number;
	/** First line after the section (next heading of the same or a higher level, or the end). */
	end: number;
}

/** The first section headed `heading` outside code blocks and frontmatter, or null. */
export function findSection(lines: readonly Line[], heading: string): Section | null {
	const wanted = normalizeHeadingText(heading);
	const fences = new FenceTracker();
	let found: { heading: number; level: number } | null = null;
	for (let i = bodyStart(lines); i < lines.length; i++) {
		const text = readable(lines, i);
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
export function closingFenceAtEnd(lines: readonly Line[]): string | null {
	const fences = new FenceTracker();
	for (let i = bodyStart(lines); i < lines.length; i++) fences.inFence(readable(lines, i));
	return fences.closingLine;
}

/** Makes sure the text ends with a line ending before more lines are appended. */
function terminate(lines: Line[], eol: string): void {
	const last = lines[lines.length - 1];
	if (last && last.end === "") last.end = eol;
}

/**
 * Gives every line but the last an ending (`eol` where it had none: a last line that is no
 * longer last), and the last one the note's final-newline state: none when the note ended
 * without one (`noFinalNewline`), else its own ending or `eol`. (A blank line that comes to be
 * last in a note without a final newline is then that newline: "a\n" is "a" and a blank line.)
 *
 * In a note that mixes CR and LF, a line ending in CR that comes to stand right before a
 * blank line ending in LF would make one CRLF of the two and lose the blank line; that
 * blank line ends in CR instead.
 */
export function settleEndings(lines: Line[], eol: string, noFinalNewline: boolean): Line[] {
	lines.forEach((line, i) => {
		if (i < lines.length - 1) {
			if (line.end === "") line.end = eol;
		} else if (noFinalNewline) line.end = "";
		else if (line.end === "") line.end = eol;
		const previous = lines[i - 1];
		if (previous?.end === "\r" && line.text === "" && line.end === "\n") line.end = "\r";
	});
	return lines;
}

/** True when the note's last line has no line ending (an empty note has none to keep). */
export function endsWithoutNewline(lines: readonly Line[]): boolean {
	return lines.length > 0 && lines[lines.length - 1]?.end === "";
}

/**
 * The note with a new section at its end: `#`s of `level` and `heading`, then `content`.
 * A code block the note leaves open is closed first (`closing`), and a blank line keeps
 * the heading apart from the text before it.
 */
export function withNewSection(lines: Line[], eol: string, closing: string | null, level: number, heading: string, content: Line[]): string {
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
	const noFinalNewline = endsWithoutNewline(lines);
	let insertAt = section.heading + 1;
	for (let i = section.heading + 1; i < section.end; i++) if ((lines[i]?.text.trim() ?? "") !== "") insertAt = i + 1;
	lines.splice(insertAt, 0, { text: entry, end: eol });
	return joinLines(settleEndings(lines, eol, noFinalNewline));
}

/**
 * Replaces the content of the section headed `heading` (its heading line is kept) with
 * `content`, or appends `## heading` and the content at the end of the note. Only the first
 * such section outside code blocks is touched, so running it again never duplicates it.
 */
export function replaceSection(text: string, heading: string, content: string, level = 2): string {
	const eol = lineEndingOf(text);
	const lines = splitLines(text);
	const body = content.split(/\r\n|\n|\r/).map((line) => ({ text: line, end: eol }));
	const section = findSection(lines, heading);
	if (!section) return withNewSection(lines, eol, closingFenceAtEnd(lines), level, heading, body);
	// Read before the heading line is changed (it may be the last line).
	const noFinalNewline = endsWithoutNewline(lines);
	// Keep the blank line that separated the old section from what follows it.
	const next = section.end < lines.length ? [{ text: "", end: eol }] : [];
	const replaced = [...lines.slice(0, section.heading + 1), ...body, ...next, ...lines.slice(section.end)];
	return joinLines(settleEndings(replaced, eol, noFinalNewline));
}

/**
 * Text as one line, for a line the plugin writes (a log entry): every line break (`\r\n`,
 * `\n`, `\r`, U+2028, U+2029) and every other control character becomes a single space,
 * with the spaces around it, and the ends are trimmed. A note typed over several lines can
 * then never start a heading or a line of its own.
 */
export function oneLine(text: string): string {
	return text.replace(/\s*[\p{Cc}\u2028\u2029][\s\p{Cc}\u2028\u2029]*/gu, " ").trim();
}
