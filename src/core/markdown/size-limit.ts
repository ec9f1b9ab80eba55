/**
 * The beginning of a note too large to read whole. Every reader is linear, but a note of tens
 * of megabytes still costs seconds and hundreds of megabytes to index and to query with, for
 * text nobody will match against; so a note above the limit is read up to it, and says so.
 */
import type { NoteRecord } from "../model/types";

/** A note's text cut to at most `maxBytes` bytes of UTF-8, and its size before. */
export interface LimitedText {
	text: string;
	/** The whole note's size in bytes, when the text was cut; undefined when it was read whole. */
	cutFrom?: number;
}

/** UTF-8 bytes of one UTF-16 code unit (a surrogate pair's two units make four). */
function unitBytes(code: number): number {
	if (code < 0x80) return 1;
	if (code < 0x800) return 2;
	return code >= 0xd800 && code <= 0xdfff ? 2 : 3;
}

/**
 * The longest beginning of `text` within `maxBytes` bytes of UTF-8, cut after its last line
 * break when there is one (so no line is read half), never inside a surrogate pair.
 * `sizeBytes` is the note's size when the caller knows it (a file's size on disk).
 */
export function limitNoteText(text: string, maxBytes: number, sizeBytes?: number): LimitedText {
	// A code unit is at most three bytes: a short enough text fits without counting.
	if (sizeBytes !== undefined ? sizeBytes <= maxBytes : text.length * 3 <= maxBytes) return { text };
	// The encoder stops where the next character would not fit, never inside a surrogate pair,
	// at native speed: counting bytes in a loop costs tens of milliseconds at a few megabytes.
	const { read: end, written: bytes } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
	if (end === text.length) return { text };
	const total = sizeBytes ?? bytes + byteLength(text, end);
	const lineEnd = Math.max(text.lastIndexOf("\n", end - 1), text.lastIndexOf("\r", end - 1));
	const cut = lineEnd > 0 ? lineEnd : end;
	return { text: text.slice(0, cut), cutFrom: total };
}

/** UTF-8 bytes of `text` from `start` on. */
function byteLength(text: string, start: number): number {
	let bytes = 0;
	for (let i = start; i < text.length; i++) bytes += unitBytes(text.charCodeAt(i));
	return bytes;
}

/** "52.4 MB", "800 KB": sizes as a user reads them (1 MB = 1,000,000 bytes). */
export function formatBytes(bytes: number): string {
	if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 0 : 1)} MB`;
	return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** Marks a record built from the beginning of a note cut by {@link limitNoteText}. */
export function markCut(record: NoteRecord, limited: LimitedText, maxBytes: number): NoteRecord {
	if (limited.cutFrom !== undefined) record.cutAt = { sizeBytes: limited.cutFrom, maxBytes };
	return record;
}
