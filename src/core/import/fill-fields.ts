/**
 * What an import adds to a person already in the vault: only the properties the note leaves
 * empty or does not have, each written with the in-place frontmatter edits (every other byte of
 * the note stays) and confirmed with checkEdit. A value the user wrote is never replaced.
 */
import { addToFrontmatterList, checkEdit, expectAdded, setFrontmatterValue, yamlScalar } from "../edits/frontmatter-text";
import { readFrontmatter, splitFrontmatter } from "../markdown/frontmatter";
import { getField } from "../values/coerce";
import { isBlank } from "../values/dates";
import { tagOf } from "./new-note";
import type { ImportContact, ImportOptions } from "./types";

export type FillResult = { ok: true; text: string; changes: string[] } | { ok: false; error: string };

const isEmpty = (value: unknown): boolean => isBlank(value) || (Array.isArray(value) && value.every(isBlank));

/** The note's properties, or why they cannot be read (then nothing is edited). */
function propertiesOf(text: string, options: ImportOptions): Record<string, unknown> | string {
	const read = readFrontmatter(splitFrontmatter(text), options.parseYaml);
	if (read.error !== undefined) return read.error;
	return read.frontmatter ?? {};
}

/** The value a scalar reads as, by the same parser that checks the edit (a date may become a Date). */
function readsAs(scalar: string, options: ImportOptions): unknown {
	const parsed = options.parseYaml(`v: ${scalar}`);
	return parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>).v : scalar;
}

/** `key` set to one value, or made a list of several; the note's text after, or why not. */
function writeValues(text: string, key: string, values: readonly string[], asList: boolean, options: ImportOptions, plain = false): { ok: true; text: string } | { ok: false; error: string } {
	let current = text;
	if (values.length === 1 && !asList) {
		// A date is written plain, as the plugin writes dates everywhere.
		const scalar = plain ? (values[0] as string) : yamlScalar(values[0] as string);
		const edit = setFrontmatterValue(current, key, scalar);
		if (!edit.ok) return edit;
		const check = checkEdit(current, edit.text, key, readsAs(scalar, options), options.parseYaml);
		return check.ok ? { ok: true, text: edit.text } : check;
	}
	for (const value of values) {
		const edit = addToFrontmatterList(current, key, value, (existing) => existing.toLowerCase() === value.toLowerCase());
		if (!edit.ok) return edit;
		if (!edit.changed) continue;
		const check = checkEdit(current, edit.text, key, expectAdded(value), options.parseYaml);
		if (!check.ok) return check;
		current = edit.text;
	}
	return { ok: true, text: current };
}

/** What the contact knows, by the note's property names: one or several values, and whether they form a list. */
function wanted(contact: ImportContact, options: ImportOptions): Array<{ key: string; values: string[]; asList: boolean }> {
	const { fields } = options;
	const one = (value: string | null): string[] => (value === null || value.trim() === "" ? [] : [value.trim()]);
	return [
		{ key: fields.email, values: contact.emails, asList: contact.emails.length > 1 },
		{ key: fields.company, values: one(contact.company), asList: false },
		{ key: fields.role, values: one(contact.role), asList: false },
		{ key: fields.url, values: one(contact.url), asList: false },
		{ key: fields.tags, values: [...new Set(contact.tags.map(tagOf).filter((tag) => tag !== ""))], asList: true },
		{ key: fields.connected, values: one(contact.connected), asList: false },
	];
}

/**
 * The person's note with every property the contact knows and the note leaves empty filled
 * in; `changes` names the keys written (none: the text is the same). A note whose frontmatter
 * cannot be read or edited safely is not edited at all.
 */
export function fillEmptyFields(text: string, contact: ImportContact, options: ImportOptions): FillResult {
	const properties = propertiesOf(text, options);
	if (typeof properties === "string") return { ok: false, error: properties };
	let current = text;
	const changes: string[] = [];
	for (const { key, values, asList } of wanted(contact, options)) {
		if (values.length === 0 || key === "" || !isEmpty(getField(properties, key).value)) continue;
		const written = writeValues(current, key, values, asList, options, key === options.fields.connected);
		if (!written.ok) return { ok: false, error: written.error };
		if (written.text !== current) changes.push(key);
		current = written.text;
	}
	return { ok: true, text: current, changes };
}
