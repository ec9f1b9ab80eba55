/**
 * Which notes are people, which are posts, and which are ignored.
 *
 * A note is a person (or a post) when any of the kind's rules matches:
 * - its frontmatter `type` value equals one of the rule's type values, ignoring case and
 *   surrounding spaces; a list matches when any item does, and links count by the text
 *   a reader sees (`type: "[[Person]]"` is `Person`);
 * - one of its tags equals a rule tag or is nested below it (`person` matches
 *   `person/client`), ignoring case and a leading `#`;
 * - its path is inside a rule folder, compared by whole path segments and case-sensitively
 *   like Obsidian (`People` matches `People/Ana.md` and `People/Clients/Bo.md`, not
 *   `People Archive/Cy.md` nor `people/Dee.md`).
 *
 * When both kinds match, an explicit `type` decides (a `type: post` note inside the people
 * folder is a post); when `type` matches both kinds or neither, person wins. Notes inside
 * an excluded folder or matching an excluded path glob, and notes with `top-of-mind: ignore`, are always `other`. Empty folder or tag rules match nothing.
 */
import type { CoreConfig, KindRule } from "../model/config";
import { isInFolder, normalizeFolder } from "../model/paths";
import type { NoteKind, NoteRecord } from "../model/types";
import { matchesGlobs } from "./path-globs";
import { tagMatches } from "../values/cadence";
import { coerceStringList, getField } from "../values/coerce";

/** True when the note sits inside one of the configured excluded folders, or matches an excluded path glob. */
export function isExcluded(path: string, config: CoreConfig): boolean {
	return config.excludedFolders.some((folder) => normalizeFolder(folder) !== "" && isInFolder(path, folder)) || matchesGlobs(path, config.excludedPaths);
}

/** The property by which a note opts out: `top-of-mind: ignore`. */
export const OPT_OUT_KEY = "top-of-mind";

/**
 * True when the note's frontmatter says `top-of-mind: ignore` (any case; a list holding it
 * too): the note is never a person or a post, nor read for mentions or contacts.
 */
export function optsOut(record: NoteRecord): boolean {
	const { value } = getField(record.frontmatter, OPT_OUT_KEY);
	if (value === undefined || value === null) return false;
	const values = coerceStringList(value, { path: record.path, key: OPT_OUT_KEY }, { link: "text" }).values;
	return values.some((v) => v.trim().toLowerCase() === "ignore");
}

/** Lower-cased `type` values of a note (a string, a comma string or a list; links read as text). */
export function typeValuesOf(record: NoteRecord, config: CoreConfig): string[] {
	const field = getField(record.frontmatter, config.fields.type);
	if (field.value === undefined || field.value === null) return [];
	return coerceStringList(field.value, { path: record.path, key: field.key }, { link: "text" }).values.map((v) =>
		v.toLowerCase(),
	);
}

function matchesType(types: string[], rule: KindRule): boolean {
	if (types.length === 0) return false;
	const wanted = new Set(rule.typeValues.map((v) => v.trim().toLowerCase()).filter((v) => v !== ""));
	return types.some((t) => wanted.has(t));
}

function matchesTagOrFolder(record: NoteRecord, rule: KindRule): boolean {
	const byTag = rule.tags.some((ruleTag) => record.tags.some((tag) => tagMatches(tag, ruleTag)));
	if (byTag) return true;
	return rule.folders.some((folder) => normalizeFolder(folder) !== "" && isInFolder(record.path, folder));
}

/** Person, post or other; see the file comment for the rules. */
export function classify(record: NoteRecord, config: CoreConfig): NoteKind {
	if (isExcluded(record.path, config) || optsOut(record)) return "other";
	const types = typeValuesOf(record, config);
	const personByType = matchesType(types, config.person);
	const postByType = matchesType(types, config.post);
	if (personByType) return "person";
	if (postByType) return "post";
	if (matchesTagOrFolder(record, config.person)) return "person";
	if (matchesTagOrFolder(record, config.post)) return "post";
	return "other";
}
