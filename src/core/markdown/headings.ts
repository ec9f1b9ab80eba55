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
	let text = (m[2] ?? "").trim();
	// Optional closing sequence: `## Log ##`.
	text = /^#+$/.test(text) ? "" : text.replace(/[ \t]+#+$/, "");
	return { level: (m[1] ?? "#").length, text: text.trim() };
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
