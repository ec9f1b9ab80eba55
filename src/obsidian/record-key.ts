import type { NoteRecord } from "../core/model/types";

/** FNV-1a over a text's code units, carried on from `hash`. */
function fnv(text: string, hash: number): number {
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash;
}

/**
 * A short fingerprint of what the index reads of a note (a 32-bit hash and the length of its
 * parts), to tell whether an event changed anything: small, as it is kept per note. The body
 * is hashed as it is, not as JSON: escaping megabytes of text would cost more than the hash.
 */
export function recordKey(record: NoteRecord): string {
	const { frontmatter, frontmatterError, tags, links, headings, body, commentedTags } = record;
	const parts = JSON.stringify([frontmatter, frontmatterError ?? null, tags, links, headings, commentedTags ?? null]);
	const hash = fnv(body, fnv(parts, 0x811c9dc5));
	return `${(hash >>> 0).toString(36)}:${parts.length}:${body.length}`;
}
