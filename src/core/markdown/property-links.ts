/**
 * Links written in a note's properties: `author: "[[Steph Ango]]"`, `attendees: ["[[Ana Diaz]]"]`,
 * and the unquoted `people: [[Ben Okafor]]` that YAML reads as a list in a list. Each link
 * carries the top-level key it was written under, so readers can tell `attendees` from
 * `shared_with`; it has no body line (see NoteLink).
 *
 * The command line reads them from the parsed properties; the plugin takes the quoted ones
 * from Obsidian's `frontmatterLinks` (which has none for the unquoted shape) and the rest
 * from here. Both give the same list in the same order: property by property in the note's
 * order, within a property the quoted links in reading order, then the unquoted ones.
 */
import type { NoteLink } from "../model/types";
import { wikilinksIn } from "./links";

/** A property name as readers compare names: case, spaces, `-` and `_` ignored. */
export function normalizeKey(key: string): string {
	return key.toLowerCase().replace(/[\s_-]+/g, "");
}

/** `[["x"]]`: YAML's reading of an unquoted `[[x]]`; back to the link it was meant to be. */
export function unquotedWikilink(value: unknown): string | null {
	if (!Array.isArray(value) || value.length !== 1) return null;
	const inner: unknown = value[0];
	if (!Array.isArray(inner) || inner.length !== 1) return null;
	const s: unknown = inner[0];
	return typeof s === "string" ? `[[${s}]]` : null;
}

interface FoundLinks {
	/** Wikilinks in the value's strings: what Obsidian reports as frontmatter links. */
	quoted: NoteLink[];
	/** Unquoted `[[x]]` shapes, which Obsidian does not report. */
	unquoted: NoteLink[];
}

function addAll(into: NoteLink[], links: readonly NoteLink[], property: string): void {
	for (const link of links) into.push({ ...link, property });
}

/**
 * The links in one property's value, depth first in reading order. Iterative, and each list
 * or object is read once: a value nests as deep as its YAML does, and YAML aliases can share
 * one list between many places or make a list hold itself. Numbers, dates, booleans and text
 * without `[[` give nothing, in one look each.
 */
function linksInValue(property: string, value: unknown, readQuoted: boolean): FoundLinks {
	const found: FoundLinks = { quoted: [], unquoted: [] };
	if (typeof value === "string") {
		if (readQuoted) addAll(found.quoted, wikilinksIn(value), property);
		return found;
	}
	if (value === null || typeof value !== "object") return found;
	const seen = new Set<object>();
	const stack: unknown[] = [value];
	while (stack.length > 0) {
		const item = stack.pop();
		if (typeof item === "string") {
			if (readQuoted) addAll(found.quoted, wikilinksIn(item), property);
			continue;
		}
		if (item === null || typeof item !== "object" || item instanceof Date || seen.has(item)) continue;
		seen.add(item);
		const shape = unquotedWikilink(item);
		if (shape !== null) {
			addAll(found.unquoted, wikilinksIn(shape), property);
			continue;
		}
		const children: unknown[] = Array.isArray(item) ? item : Object.values(item);
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
	}
	return found;
}

/** The links written in parsed properties, as the command line reads them; see the file comment for the order. */
export function propertyLinks(frontmatter: Record<string, unknown> | null): NoteLink[] {
	const links: NoteLink[] = [];
	if (frontmatter === null) return links;
	for (const key of Object.keys(frontmatter)) {
		const found = linksInValue(key, frontmatter[key], true);
		for (const link of found.quoted) links.push(link);
		for (const link of found.unquoted) links.push(link);
	}
	return links;
}

/**
 * The links of parsed properties when the quoted ones were already found elsewhere (Obsidian's
 * `frontmatterLinks`), by top-level key: those, with the unquoted shapes only this reads, in
 * the same order as {@link propertyLinks}. Links under a key the properties lack come last.
 */
export function propertyLinksWith(frontmatter: Record<string, unknown> | null, quoted: ReadonlyMap<string, readonly NoteLink[]>): NoteLink[] {
	const links: NoteLink[] = [];
	const keys = frontmatter === null ? [] : Object.keys(frontmatter);
	for (const key of keys) {
		for (const link of quoted.get(key) ?? []) links.push(link);
		for (const link of linksInValue(key, frontmatter?.[key], false).unquoted) links.push(link);
	}
	for (const [key, found] of quoted) {
		if (frontmatter === null || !Object.prototype.hasOwnProperty.call(frontmatter, key)) for (const link of found) links.push(link);
	}
	return links;
}

/** Dots looked at in a reported key: a top-level key holds a few at most. */
const MAX_DOTS = 16;

/**
 * The top-level key of a key as Obsidian reports a frontmatter link: `attendees.0` →
 * `attendees`, `meeting.with.1` → `meeting`. A key may hold dots itself (`a.b: "[[x]]"`):
 * the longest leading part that is a key of the properties wins, else the part before the
 * first dot.
 */
export function topLevelKey(key: string, frontmatter: Record<string, unknown> | null): string {
	const has = (candidate: string): boolean => frontmatter !== null && Object.prototype.hasOwnProperty.call(frontmatter, candidate);
	if (has(key)) return key;
	let found: string | null = null;
	let dot = key.indexOf(".");
	const first = dot < 0 ? key : key.slice(0, dot);
	for (let n = 0; dot >= 0 && n < MAX_DOTS; n++) {
		const candidate = key.slice(0, dot);
		if (has(candidate)) found = candidate;
		dot = key.indexOf(".", dot + 1);
	}
	return found ?? first;
}
