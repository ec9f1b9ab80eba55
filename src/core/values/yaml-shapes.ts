/**
 * Shapes YAML gives values that users meant otherwise. An unquoted `[[x]]` in frontmatter
 * is valid YAML for a list holding a list holding "x"; every reader turns it back into
 * the link it was meant to be.
 */

/** `[["x"]]`: YAML's reading of an unquoted `[[x]]`; back to the link it was meant to be. */
export function unquotedWikilink(value: unknown): string | null {
	if (!Array.isArray(value) || value.length !== 1) return null;
	const inner: unknown = value[0];
	if (!Array.isArray(inner) || inner.length !== 1) return null;
	const s: unknown = inner[0];
	return typeof s === "string" ? `[[${s}]]` : null;
}

/** Flattens nested lists, turning each unquoted-`[[x]]` shape back into a link string. */
export function flatten(value: unknown[], into: unknown[] = []): unknown[] {
	for (const item of value) {
		const link = unquotedWikilink(item);
		if (link !== null) into.push(link);
		else if (Array.isArray(item)) flatten(item, into);
		else into.push(item);
	}
	return into;
}

