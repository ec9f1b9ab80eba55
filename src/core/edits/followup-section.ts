import { FenceTracker } from "../markdown/fences";
import { extractLinks } from "../markdown/links";
import { closingFenceAtEnd, dominantEnding, endsWithoutNewline, findSection, joinLines, lineEndingOf, settleEndings, splitLines, withNewSection, type Line } from "./note-edits";

/**
 * The follow-up section of a daily note: the checklist *Insert follow-ups* writes under its
 * heading, and how a re-run merges a new list into what the user made of the old one.
 *
 * The grammar of the plugin's own lines, the one place it is defined (the checklist is
 * built here, by {@link followupLine}, and read here, by {@link isOwnLine}):
 *
 * ```
 * own line      = follow-up | nobody-due
 * follow-up     = "- [ ] " link " — " due " (" when ")" [ " · send " link ]
 * due           = "due today" | "overdue 1 day" | "overdue " n " days"
 * n             = a whole number from 2, without a leading 0
 * when          = "never contacted" | "last contact " date
 * date          = 4 digits "-" 2 digits "-" 2 digits
 * link          = wikilink | markdown-link
 * wikilink      = "[[" one or more characters without "]]" among them "]]"
 * markdown-link = "[" label "](" destination ")"
 * label         = characters other than "[" "]", or "[" characters other than "[" "]" "]"
 * destination   = "<" characters other than "<" ">" ">" | characters other than whitespace, "<", ">"
 * nobody-due    = "_No one is due for a follow-up today._"
 * ```
 *
 * Separators are exactly as written: single spaces, "—" is U+2014, "·" is U+00B7.
 *
 * A line is the plugin's own only when it matches this in full: nothing before `- [ ] `
 * (no indent), nothing after the last `)` or link, not inside a code block. Every other line
 * is the user's: a ticked line, an edited one, prose, a blank line, another task.
 */

/** The line written when no one is due. */
export const NOBODY_DUE_LINE = "_No one is due for a follow-up today._";

/** A wikilink, or a Markdown link whose destination is `<…>` or has no spaces (`%20`). */
const LINK = String.raw`(?:\[\[(?:(?!\]\]).)+\]\]|\[(?:[^[\]]|\[[^[\]]*\])*\]\((?:<[^<>]*>|[^\s<>]+)\))`;
const DUE = String.raw`(?:due today|overdue 1 day|overdue (?:[2-9]|[1-9]\d+) days)`;
const WHEN = String.raw`(?:never contacted|last contact \d{4}-\d{2}-\d{2})`;

/** One follow-up line of the grammar above, in full. */
export const FOLLOWUP_LINE = new RegExp(String.raw`^- \[ \] ${LINK} — ${DUE} \(${WHEN}\)(?: · send ${LINK})?$`);

/** True when `line` (without its ending) is one of the plugin's own lines. */
export function isOwnLine(line: string): boolean {
	return line === NOBODY_DUE_LINE || FOLLOWUP_LINE.test(line);
}

export interface FollowupLineParts {
	/** The link to the person's note, as the user's link settings write it. */
	person: string;
	/** Whole days past due; 0 when due today. */
	overdueDays: number;
	lastContact: string | null;
	/** The link to the post to send, or null. */
	send: string | null;
}

/** One follow-up line, as the grammar above says. */
export function followupLine(parts: FollowupLineParts): string {
	const days = Math.max(0, Math.floor(parts.overdueDays));
	const due = days === 0 ? "due today" : `overdue ${days} ${days === 1 ? "day" : "days"}`;
	const when = parts.lastContact === null ? "never contacted" : `last contact ${parts.lastContact}`;
	const send = parts.send === null ? "" : ` · send ${parts.send}`;
	return `- [ ] ${parts.person} — ${due} (${when})${send}`;
}

export interface FollowupEntry {
	/** The person's note path: what {@link mergeFollowupSection}'s `personOf` resolves links to. */
	person: string;
	/** Their line, from {@link followupLine}. */
	line: string;
}

/** People linked from a line (its links resolved by `personOf`; unresolved ones left out). */
function peopleOn(line: string, personOf: (target: string) => string | null): string[] {
	return extractLinks(line, 0)
		.map((link) => personOf(link.target))
		.filter((person): person is string => person !== null);
}

interface ReadSection {
	/** The section's lines that are the user's, in order, as they are. */
	kept: Line[];
	/** People a kept line outside code links to. */
	keptPeople: Set<string>;
	/** Where the new own lines go among `kept`. */
	at: number;
	/** A fence to close before the new lines, when `at` is inside a code block left open. */
	closing: string | null;
	/** The first own line's ending ("" when there is none, or it had none). */
	ownEnding: string;
}

/** Splits a section's lines into the user's and the plugin's own, and finds where the new ones go. */
function readSection(body: readonly Line[], personOf: (target: string) => string | null): ReadSection {
	const fences = new FenceTracker();
	const kept: Line[] = [];
	const keptPeople = new Set<string>();
	let firstOwn = -1;
	let ownEnding = "";
	let lastText = 0;
	let closingAfterLastText: string | null = null;
	for (const line of body) {
		const code = fences.inFence(line.text);
		if (!code && isOwnLine(line.text)) {
			if (firstOwn < 0) {
				firstOwn = kept.length;
				ownEnding = line.end;
			}
			continue;
		}
		kept.push(line);
		if (!code) for (const person of peopleOn(line.text, personOf)) keptPeople.add(person);
		if (line.text.trim() !== "") {
			lastText = kept.length;
			closingAfterLastText = fences.closingLine;
		}
	}
	// Own lines are never code, so only the place after the last line may be inside a block.
	if (firstOwn >= 0) return { kept, keptPeople, at: firstOwn, closing: null, ownEnding };
	return { kept, keptPeople, at: lastText, closing: closingAfterLastText, ownEnding };
}

/** The new own lines: one per due person without a kept line, or the nobody-due line. */
function newOwnLines(entries: readonly FollowupEntry[], keptPeople: ReadonlySet<string>): string[] {
	if (entries.length === 0) return [NOBODY_DUE_LINE];
	const seen = new Set(keptPeople);
	const lines: string[] = [];
	for (const entry of entries) {
		if (seen.has(entry.person)) continue;
		seen.add(entry.person);
		lines.push(entry.line);
	}
	return lines;
}

/**
 * Writes the follow-up list into the section headed `heading`, keeping everything the user
 * made of the last one. Only the plugin's own lines ({@link isOwnLine}) are replaced; every
 * other line of the section stays where it is, byte for byte. The new lines go where the
 * first own line was or, when there was none, after the section's last non-blank line. A due
 * person whom a kept line links to (`personOf` resolves a link target to a person's path, or
 * null) gets no line of their own, and no one gets two. Without the section, `## heading`
 * and the list are added at the end of the note. Nothing outside the section changes; the
 * note keeps its line endings and its final-newline state. New lines take the ending of the
 * first own line they replace or, without one, the ending most of the note's other lines
 * have; so in a note that mixes endings a second run with the same list changes nothing.
 */
export function mergeFollowupSection(text: string, heading: string, entries: readonly FollowupEntry[], personOf: (target: string) => string | null): string {
	const lines = splitLines(text);
	const section = findSection(lines, heading);
	if (!section) {
		const eol = lineEndingOf(text);
		const content = newOwnLines(entries, new Set()).map((line) => ({ text: line, end: eol }));
		return withNewSection(lines, eol, closingFenceAtEnd(lines), 2, heading, content);
	}
	const noFinalNewline = endsWithoutNewline(lines);
	const read = readSection(lines.slice(section.heading + 1, section.end), personOf);
	const eol = read.ownEnding || dominantEnding([...lines.slice(0, section.heading + 1), ...read.kept, ...lines.slice(section.end)]);
	const fresh = newOwnLines(entries, read.keptPeople).map((line) => ({ text: line, end: eol }));
	const closing = fresh.length > 0 && read.closing !== null ? [{ text: read.closing, end: eol }] : [];
	const merged = [
		...lines.slice(0, section.heading + 1),
		...read.kept.slice(0, read.at),
		...closing,
		...fresh,
		...read.kept.slice(read.at),
		...lines.slice(section.end),
	];
	return joinLines(settleEndings(merged, eol, noFinalNewline));
}
