import { splitTopLevelCommas, unwrapLink } from "../values/coerce";
import { isIsoDate } from "../values/dates";

/**
 * Edits of frontmatter values, applied inside Obsidian's `processFrontMatter` to the one
 * key they concern. They accept every shape users type and keep what was there.
 */

/**
 * Adds `entry` to a list value unless an existing item already means the same thing
 * (`same` compares link targets). A comma string stays a comma string; an empty or
 * missing value becomes a list; a lone value of another type is kept as the list's first item.
 */
export function addToList(value: unknown, entry: string, same: (existing: string) => boolean): unknown {
	if (value === null || value === undefined || value === "") return [entry];
	if (Array.isArray(value)) {
		if (value.some((item) => typeof item === "string" && same(unwrapLink(item)))) return value;
		// A YAML item written [[Ana]] without quotes arrives as a nested list: compare its text.
		if (value.some((item) => Array.isArray(item) && item.length === 1 && typeof item[0] === "string" && same(String(item[0])))) return value;
		return [...(value as unknown[]), entry];
	}
	if (typeof value === "string") {
		// Commas inside a link (`[[Ana Diaz|Ana, the CFO]]`) do not split it.
		const parts = splitTopLevelCommas(value).map((part) => part.trim()).filter((part) => part !== "");
		if (parts.some((part) => same(unwrapLink(part)))) return value;
		return parts.length === 0 ? [entry] : `${value.trim()}, ${entry}`;
	}
	return [value, entry];
}

/**
 * The later of an existing date value and a new one, so logging a past contact never moves
 * last contact back; an existing date after `today` is a mistake and is replaced.
 */
export function laterDate(existing: unknown, date: string, today: string): string {
	const text = existing instanceof Date ? existing.toISOString().slice(0, 10) : typeof existing === "string" ? existing.trim().slice(0, 10) : "";
	return isIsoDate(text) && text > date && text <= today ? text : date;
}
