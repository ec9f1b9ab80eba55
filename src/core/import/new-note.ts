/**
 * The note an import creates for a new person: where it goes, what it is called, and its text.
 */
import { cleanNoteName } from "../edits/note-paths";
import { yamlScalar } from "../edits/frontmatter-text";
import { samePersonKey } from "../links/names";
import type { ImportContact, ImportOptions } from "./types";

/** A tag as Obsidian reads one: no `#`, no spaces (they end a tag), no commas. */
export function tagOf(raw: string): string {
	return raw
		.trim()
		.replace(/^#+/, "")
		.replace(/[\s,]+/g, "-")
		.replace(/^-+|-+$/g, "");
}

/** The folder as a path prefix: `People/`, or `` for the vault root (written `""` or `/`). */
function folderPrefix(folder: string): string {
	const trimmed = folder.trim().replace(/^\/+|\/+$/g, "");
	return trimmed === "" ? "" : `${trimmed}/`;
}

/**
 * A path for a new note named `name` in `folder` that no file in `taken` (lower-cased paths)
 * has, case-insensitively as macOS and Windows compare them: `Ana Diaz.md`, else `Ana Diaz 2.md`, …
 * The path is added to `taken`.
 */
export function freePath(name: string, folder: string, taken: Set<string>): { path: string; name: string } {
	const prefix = folderPrefix(folder);
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? name : `${name} ${n}`;
		const path = `${prefix}${candidate}.md`;
		if (!taken.has(path.toLowerCase())) {
			taken.add(path.toLowerCase());
			return { path, name: candidate };
		}
	}
}

/** The note name for a contact, or `""` when nothing of the name can be a file name. */
export function noteNameOf(contact: ImportContact): string {
	return cleanNoteName(contact.name);
}

/** `key: value` lines, or a block list for several values; nothing when there are none. */
function property(key: string, values: readonly string[], asList = false): string[] {
	if (values.length === 0) return [];
	if (values.length === 1 && !asList) return [`${yamlScalar(key)}: ${yamlScalar(values[0] as string)}`];
	return [`${yamlScalar(key)}:`, ...values.map((value) => `  - ${yamlScalar(value)}`)];
}

const some = (value: string | null): string[] => (value === null || value.trim() === "" ? [] : [value.trim()]);

/**
 * The new note's text: frontmatter with the person type and what the export knew, `created`
 * today and the cadence when one is set, then the export's note and an empty log section.
 * When the note's name differs from the name as written (characters a file name cannot hold,
 * or a ` 2` suffix), that name is kept as an alias, so the next import finds the person again.
 */
export function newPersonText(contact: ImportContact, noteName: string, options: ImportOptions): string {
	const { fields } = options;
	const aliases = samePersonKey(noteName) === samePersonKey(contact.name) ? [] : [contact.name.replace(/\s+/g, " ").trim()];
	const tags = [...new Set(contact.tags.map(tagOf).filter((tag) => tag !== ""))];
	const lines = [
		"---",
		...property(fields.type, [options.personType]),
		...property(fields.aliases, aliases, true),
		...property(fields.email, contact.emails),
		...property(fields.company, some(contact.company)),
		...property(fields.role, some(contact.role)),
		...property(fields.url, some(contact.url)),
		...property(fields.tags, tags, true),
		...(contact.connected ? [`${yamlScalar(fields.connected)}: ${contact.connected}`] : []),
		`${yamlScalar(fields.created)}: ${options.today}`,
		...property(fields.cadence, some(options.cadence)),
		"---",
		"",
	];
	const note = (contact.note ?? "").replace(/\r\n?/g, "\n").trim();
	if (note !== "") lines.push(note, "");
	lines.push(`## ${options.logHeading}`, "");
	return lines.join("\n");
}
