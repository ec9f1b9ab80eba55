import { splitFrontmatter } from "../markdown/frontmatter";
import { getField, splitTopLevelCommas } from "../values/coerce";
import { unquotedWikilink } from "../values/yaml-shapes";

/**
 * The check a caller runs before writing an in-place frontmatter edit (frontmatter-text.ts):
 * the new block, read by a real YAML parser, must give the edited key the value meant and
 * every other key exactly the value it had. The parser is handed in (the plugin passes
 * Obsidian's `parseYaml`), so the core stays free of one.
 */

export type EditCheck = { ok: true } | { ok: false; error: string };

/** What the edited key should read as: a value (compared deeply), or a test given the new and the old value. */
export type Expectation = unknown;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Deep equality of parsed YAML values: scalars (NaN equal to itself), dates by time, lists, maps. */
export function deepEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
	if (Array.isArray(a) || Array.isArray(b)) {
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
	}
	if (!isRecord(a) || !isRecord(b)) return false;
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));
}

/** The properties of a note's frontmatter as `parseYaml` reads them (none: an empty map), or why they cannot be read. */
function properties(text: string, which: string, parseYaml: (yaml: string) => unknown): Record<string, unknown> | string {
	const split = splitFrontmatter(text);
	if (split.unclosed) return `the frontmatter ${which} is never closed`;
	if (split.yaml === null) return {};
	let parsed: unknown;
	try {
		parsed = parseYaml(split.yaml);
	} catch (error) {
		return `the frontmatter ${which} is not valid YAML (${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)})`;
	}
	if (parsed === null || parsed === undefined) return {};
	return isRecord(parsed) ? parsed : `the frontmatter ${which} is not a set of properties`;
}

const has = (map: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);

/**
 * Confirms an edit of `key` from `before` to `after` (whole note texts): the key, as the note
 * writes it, now reads as `expected` (deep equal; a function is called as a test with the new
 * and the old value), and every other key reads exactly as before, none added or removed.
 * Callers refuse the write when `ok` is false. Never throws (a throwing parser is a failure).
 */
export function checkEdit(before: string, after: string, key: string, expected: Expectation, parseYaml: (yaml: string) => unknown): EditCheck {
	const fail = (why: string): EditCheck => ({ ok: false, error: `The edit of "${key}" was not written: ${why}.` });
	const old = properties(before, "before the edit", parseYaml);
	if (typeof old === "string") return fail(old);
	const now = properties(after, "after the edit", parseYaml);
	if (typeof now === "string") return fail(now);
	const written = getField(old, key).key;
	const edited = has(old, written) ? written : key;
	if (!has(now, edited)) return fail(`"${edited}" is missing after the edit`);
	const test = typeof expected === "function" ? (expected as (value: unknown, previous: unknown) => boolean) : (value: unknown) => deepEqual(value, expected);
	if (!test(now[edited], old[edited])) return fail(`"${edited}" does not read as the value meant`);
	for (const other of new Set([...Object.keys(old), ...Object.keys(now)])) {
		if (other === edited) continue;
		if (!has(now, other)) return fail(`"${other}" would be lost`);
		if (!has(old, other)) return fail(`"${other}" would be added`);
		if (!deepEqual(old[other], now[other])) return fail(`"${other}" would change`);
	}
	return { ok: true };
}

const commaParts = (s: string): string[] =>
	splitTopLevelCommas(s)
		.map((part) => part.trim())
		.filter((part) => part !== "");

/**
 * The expectation for `checkEdit` after `addToFrontmatterList` added `item`: a list gains it
 * at its end, a comma string gains it as its last part, nothing becomes `[item]`, and a lone
 * value (an unquoted `[[x]]` included) becomes `[value, item]`.
 */
export function expectAdded(item: string): (value: unknown, previous: unknown) => boolean {
	return (value, previous) => {
		if (previous === null || previous === undefined) return deepEqual(value, [item]);
		if (Array.isArray(previous) && unquotedWikilink(previous) === null) return deepEqual(value, [...(previous as unknown[]), item]);
		if (typeof previous === "string") {
			const parts = commaParts(previous);
			if (parts.length === 0) return deepEqual(value, [item]);
			if (splitTopLevelCommas(previous).length > 1) return typeof value === "string" && deepEqual(commaParts(value), [...parts, item]);
		}
		return deepEqual(value, [previous, item]);
	};
}
