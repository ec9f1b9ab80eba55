import type { NoteRecord } from "../core/model/types";

/** How much of a body, and how many links, are hashed between two hand-backs of a long note (a few milliseconds' work). */
const BODY_CHUNK_CHARS = 256 * 1024;
const LINK_CHUNK = 2_000;

/** FNV-1a over code units `from` to `to` of a text, carried on from `hash`. */
function fnv(text: string, hash: number, from = 0, to = text.length): number {
	for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash;
}

/**
 * A short fingerprint of what the index reads of a note (a 32-bit hash and the length of its
 * parts), to tell whether an event changed anything: small, as it is kept per note. The body
 * is hashed as it is, not as JSON: escaping megabytes of text would cost more than the hash.
 * `pause` runs between chunks of a long note's links and body, so that hashing a note at the
 * size limit never holds the main thread in one stretch; the key is the same with or without it.
 */
export async function recordKey(record: NoteRecord, pause: () => Promise<void> = async () => {}): Promise<string> {
	const { frontmatter, frontmatterError, tags, links, headings, body, commentedTags } = record;
	const parts = JSON.stringify([frontmatter, frontmatterError ?? null, tags, headings, commentedTags ?? null]);
	let hash = fnv(parts, 0x811c9dc5);
	let length = parts.length;
	for (let from = 0; from < links.length; from += LINK_CHUNK) {
		if (from > 0) await pause();
		const chunk = JSON.stringify(links.slice(from, from + LINK_CHUNK));
		hash = fnv(chunk, hash);
		length += chunk.length;
	}
	for (let from = 0; from < body.length; from += BODY_CHUNK_CHARS) {
		await pause();
		hash = fnv(body, hash, from, Math.min(body.length, from + BODY_CHUNK_CHARS));
	}
	return `${(hash >>> 0).toString(36)}:${length}:${links.length}:${body.length}`;
}
