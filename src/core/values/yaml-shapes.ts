/**
 * Shapes YAML gives values that users meant otherwise. An unquoted `[[x]]` in frontmatter
 * is valid YAML for a list holding a list holding "x"; every reader turns it back into
 * the link it was meant to be.
 */
import { unquotedWikilink } from "../markdown/property-links";

export { unquotedWikilink };

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

