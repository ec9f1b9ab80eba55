import { blank } from "./lines";
import { maskedLines } from "./masking";

// A tag character: anything but whitespace, punctuation and math/currency/modifier symbols,
// except `_`, `-` and `/`, which Obsidian allows. Letters of every script, digits and emoji pass.
const TAG = /(^|\s)#((?:[^\s\p{P}\p{Sm}\p{Sc}\p{Sk}]|[_/-])+)/gu;
const URL = /[a-z][a-z0-9+.-]*:\/\/[^\s<>]*/gi;

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
		const text = line.replace(URL, (url) => blank(url.length));
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
