import type { NoteRecord } from "../core/model/types";

/**
 * A short fingerprint of what the index reads of a note (a 32-bit hash and the length of its
 * parts as JSON), to tell whether an event changed anything: small, as it is kept per note.
 */
export function recordKey(record: NoteRecord): string {
	const { frontmatter, frontmatterError, tags, links, headings, body, commentedTags } = record;
	const text = JSON.stringify([frontmatter, frontmatterError ?? null, tags, links, headings, body, commentedTags ?? null]);
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return `${(hash >>> 0).toString(36)}:${text.length}`;
}
