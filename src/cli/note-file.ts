/**
 * One note's file read from disk as text: at most the size limit's worth of bytes (a note of
 * tens of megabytes is read by its beginning, never loaded whole), decoded by its byte-order
 * mark (UTF-8, UTF-16 LE or BE), or UTF-8 when it has none. What cannot be read as text is a
 * problem, never garbage indexed as words.
 */
import nodeFs from "node:fs";

export type NoteFile =
	| {
			text: string;
			mtime: number;
			/** The file's size in bytes when only its beginning was read. */
			cutFrom?: number;
			/** Set when the note was read, but not exactly as written. */
			problem?: string;
	  }
	| { unreadable: string };

/** How far into a file without a byte-order mark a NUL byte says it is not UTF-8 text. */
const NUL_PROBE_BYTES = 8192;

function readBeginning(abs: string, maxBytes: number): { bytes: Buffer; size: number; mtime: number } {
	const fd = nodeFs.openSync(abs, "r");
	try {
		const stat = nodeFs.fstatSync(fd);
		const bytes = Buffer.allocUnsafe(Math.min(stat.size, maxBytes));
		let filled = 0;
		while (filled < bytes.length) {
			const read = nodeFs.readSync(fd, bytes, filled, bytes.length - filled, filled);
			if (read === 0) break;
			filled += read;
		}
		return { bytes: bytes.subarray(0, filled), size: stat.size, mtime: Math.floor(stat.mtimeMs) };
	} finally {
		nodeFs.closeSync(fd);
	}
}

function encodingOf(bytes: Buffer): "utf-8" | "utf-16le" | "utf-16be" {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
	return "utf-8";
}

/** Where the last line break of `bytes` starts (the whole length when there is none). */
function lastLineBreak(bytes: Buffer, encoding: "utf-8" | "utf-16le" | "utf-16be"): number {
	if (encoding === "utf-8") {
		const at = bytes.lastIndexOf(0x0a);
		if (at > 0) return at;
		// One long line: back to the start of the character the cut fell in.
		let end = bytes.length;
		while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
		return end;
	}
	const [low, high] = encoding === "utf-16le" ? [0x0a, 0x00] : [0x00, 0x0a];
	for (let at = bytes.length - 2 - (bytes.length % 2); at >= 2; at -= 2) {
		if (bytes[at] === low && bytes[at + 1] === high) return at;
	}
	return bytes.length - (bytes.length % 2);
}

/**
 * The note at `abs`, or why it cannot be read as text. Throws the file system's error
 * (the caller names it). `maxBytes` is the size limit (settings `maxNoteBytes`).
 */
export function readNoteFile(abs: string, maxBytes: number): NoteFile {
	const { bytes, size, mtime } = readBeginning(abs, maxBytes);
	const cut = size > bytes.length;
	const encoding = encodingOf(bytes);
	if (encoding === "utf-8" && bytes.subarray(0, NUL_PROBE_BYTES).includes(0)) {
		return { unreadable: "Could not read the file as text (it holds NUL bytes: UTF-16 without a byte-order mark, or not text at all); the note was skipped." };
	}
	// A beginning is cut at its last line break, so no character is cut in half.
	const body = cut ? bytes.subarray(0, lastLineBreak(bytes, encoding)) : bytes;
	let text: string;
	let problem: string | undefined;
	try {
		text = new TextDecoder(encoding, { fatal: true }).decode(body);
	} catch {
		text = new TextDecoder(encoding).decode(body);
		problem = `The file has bytes that are not valid ${encoding === "utf-8" ? "UTF-8" : "UTF-16"} text; they were read as �.`;
	}
	const note: NoteFile = { text, mtime };
	if (cut) note.cutFrom = size;
	if (problem !== undefined) note.problem = problem;
	return note;
}
