import { blank } from "./lines";
import { maskedLines } from "./masking";

// A tag character: anything but whitespace, punctuation and math/currency/modifier symbols,
// except `_`, `-` and `/`, which Obsidian allows. Letters of every script, digits and emoji pass.
const TAG = /(^|\s)#((?:[^\s\p{P}\p{Sm}\p{Sc}\p{Sk}]|[_/-])+)/gu;
/** What a URL runs to after its `://`: anything but whitespace and `<>` (sticky: read from a position). */
const URL_REST = /[^\s<>]*/y;

function isSchemeChar(code: number): boolean {
	// a-z A-Z 0-9 + . -
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 43 || code === 46 || code === 45;
}

function isAsciiLetter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * The line with every `scheme://…` URL blanked. Found from each `://` backwards rather than
 * with a regex from every position: a regex would rescan a long run of letters once per
 * letter (quadratic); here each character is looked at a bounded number of times.
 */
export function blankUrls(line: string): string {
	let out = "";
	let copied = 0;
	let from = 0;
	for (let sep = line.indexOf("://", from); sep >= 0; sep = line.indexOf("://", from)) {
		let start = sep;
		while (start > copied && isSchemeChar(line.charCodeAt(start - 1))) start--;
		// A scheme starts with a letter: the first letter of the run.
		while (start < sep && !isAsciiLetter(line.charCodeAt(start))) start++;
		if (start === sep) {
			from = sep + 1;
			continue;
		}
		URL_REST.lastIndex = sep + 3;
		URL_REST.exec(line);
		const end = URL_REST.lastIndex;
		out += line.slice(copied, start) + blank(end - start);
		copied = end;
		from = end;
	}
	return copied === 0 ? line : out + line.slice(copied);
}

function normaliseTag(raw: string): string | null {
	const tag = raw.trim().replace(/^#+/, "").replace(/^\/+|\/+$/g, "").toLowerCase();
	return tag === "" ? null : tag;
}

/** Adds a tag unless it is empty or already there: first occurrence first. */
export function pushUnique(into: string[], seen: Set<string>, tag: string | null): void {
	if (tag !== null && !seen.has(tag)) {
		seen.add(tag);
		into.push(tag);
	}
}

/**
 * Inline `#tags` of a note body, lower-cased, without `#`, first occurrence first.
 * Skips code, comments and URLs; a tag must follow whitespace or start a line and may
 * not be only digits (`#123`), as in Obsidian.
 */
export function extractTags(body: string): string[] {
	const tags: string[] = [];
	const seen = new Set<string>();
	for (const line of maskedLines(body)) {
		if (!line.includes("#")) continue;
		const text = blankUrls(line);
		for (const match of text.matchAll(TAG)) {
			const raw = match[2] ?? "";
			if (/^[\d/]+$/.test(raw)) continue;
			pushUnique(tags, seen, normaliseTag(raw));
		}
	}
	return tags;
}

/**
 * Tags from a frontmatter `tags`/`tag` value as users write it: a list, or a string of
 * names separated by commas or spaces; a leading `#` is optional. Other shapes give none.
 */
export function frontmatterTags(value: unknown): string[] {
	const tags: string[] = [];
	const seen = new Set<string>();
	const addText = (text: string): void => {
		for (const part of text.split(/[\s,]+/)) pushUnique(tags, seen, normaliseTag(part));
	};
	const items = Array.isArray(value) ? (value as unknown[]) : [value];
	for (const item of items) {
		if (typeof item === "string") addText(item);
		else if (typeof item === "number" && Number.isFinite(item)) addText(String(item));
	}
	return tags;
}
