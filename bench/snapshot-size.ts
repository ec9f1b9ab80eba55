/**
 * About what a snapshot takes in this device's cache. The store groups lines into chunks as
 * SnapshotWriter does and keeps each chunk deflated where the platform has a worker and
 * CompressionStream (chunk-codec.ts: raw DEFLATE at zlib's default level, which Node's zlib
 * gives byte for byte); else as its lines, which IndexedDB writes at one byte a character,
 * or two when a line holds a single character past U+00FF (V8's serialisation of one-byte
 * and two-byte strings).
 */
import { deflateRawSync } from "node:zlib";
import type { IndexStore } from "../src/obsidian/index-store";
import { CHUNK_CHARS } from "../src/obsidian/snapshot-writer";
import { chunkBytes } from "../src/obsidian/stored-chunk";

export interface SnapshotBytes {
	/** Deflated chunks, as the store keeps them with a worker. */
	stored: number;
	/** The chunks as lines, as the store keeps them without one. */
	lines: number;
	/** The lines as UTF-8 text. */
	text: number;
}

/** The lines' bytes as stored (deflated, and as lines), and as UTF-8 text. */
export function snapshotBytes(lines: Iterable<string>): SnapshotBytes {
	const size: SnapshotBytes = { stored: 0, lines: 0, text: 0 };
	let chunk: string[] = [];
	let chars = 0;
	const flush = (): void => {
		if (chunk.length > 0) size.stored += deflateRawSync(Buffer.from(chunk.join("\n"))).length;
		chunk = [];
		chars = 0;
	};
	for (const line of lines) {
		size.lines += chunkBytes([line]);
		size.text += Buffer.byteLength(line) + 1;
		chunk.push(line);
		chars += line.length;
		if (chars >= CHUNK_CHARS) flush();
	}
	flush();
	return size;
}

/** What the last snapshot in this store takes; null when there is none. */
export function storeBytes(store: IndexStore): Promise<number | null> {
	return store.storedBytes();
}
