import { isIsoDate } from "../values/dates";

/**
 * Value-level rules for the plugin's own keys (which of two dates wins), decided on parsed
 * values; frontmatter-text.ts writes the result into the note's text.
 * They accept every shape users type and keep what was there.
 */

/**
 * The later of an existing date value and a new one, so logging a past contact never moves
 * last contact back; an existing date after `today` is a mistake and is replaced.
 */
export function laterDate(existing: unknown, date: string, today: string): string {
	const text = existing instanceof Date ? existing.toISOString().slice(0, 10) : typeof existing === "string" ? existing.trim().slice(0, 10) : "";
	return isIsoDate(text) && text > date && text <= today ? text : date;
}
