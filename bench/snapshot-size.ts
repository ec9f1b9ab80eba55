/**
 * About what a snapshot takes in this device's cache. The store keeps each line as a string,
 * which IndexedDB writes at one byte a character, or two when the string holds a single
 * character past U+00FF (V8's serialisation of one-byte and two-byte strings).
 */
import type { IndexStore } from "../src/obsidian/index-store";
import { readAllLines } from "../src/obsidian/index-store";

const WIDE = /[^\0-\xff]/;

/** The lines' bytes as stored, and as UTF-8 text. */
export function snapshotBytes(lines: Iterable<string>): { stored: number; text: number } {
	let stored = 0;
	let text = 0;
	for (const line of lines) {
		stored += WIDE.test(line) ? line.length * 2 : line.length;
		text += Buffer.byteLength(line) + 1;
	}
	return { stored, text };
}

/** What the last snapshot in this store takes; null when there is none. */
export async function storeBytes(store: IndexStore): Promise<number | null> {
	const lines = await readAllLines(store);
	return lines === null ? null : snapshotBytes(lines).stored;
}
