import type { NoteHeading } from "../model/types";
import { toLines } from "./lines";
import { maskedLines } from "./masking";

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;

/** Heading text in the form compared: no markup, no trailing colon, lower case. */
export function normalizeHeadingText(text: string): string {
	return text
		.trim()
		.replace(/^#+\s*/, "")
		.replace(/[*_`]/g, "")
		.replace(/:$/, "")
		.trim()
		.toLowerCase();
}

export interface Heading {
	level: number;
	text: string;
}

/** The ATX heading on a line, or null. `#tag` is not a heading. */
export function headingOf(line: string): Heading | null {
	const m = ATX_HEADING.exec(line);
	if (!m) return null;
	const text = (m[2] ?? "").trim();
	return { level: (m[1] ?? "#").length, text: withoutClosingSequence(text).trim() };
}

/**
 * A heading's text without its optional closing sequence (`## Log ##`): the `#`s at its end
 * when whitespace stands before them. Walked from the end: a regex tried at every space of a
 * long run of spaces would rescan the run each time.
 */
function withoutClosingSequence(text: string): string {
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
	if (end === 0) return "";
	if (end === text.length) return text;
	const before = text.charCodeAt(end - 1);
	return before === 32 || before === 9 ? text.slice(0, end) : text;
}

/** ATX headings (`## Log`) outside code, with their file line. Empty headings are skipped. */
export function extractHeadings(body: string, lineOffset: number): NoteHeading[] {
	const headings: NoteHeading[] = [];
	const original = toLines(body);
	maskedLines(body).forEach((masked, index) => {
		if (!ATX_HEADING.test(masked)) return;
		const heading = headingOf(original[index] ?? "");
		if (heading === null || heading.text === "") return;
		headings.push({ text: heading.text, level: heading.level, line: lineOffset + index });
	});
	return headings;
}
