import { CHUNK_FORMAT, type ChunkCodec } from "./chunk-codec";

/**
 * A chunk of the index cache as IndexedDB holds it: its lines, or the same deflated
 * (chunk-codec.ts) with their number, to check what comes back. Lines are joined by "\n":
 * JSON lines never hold a line break.
 */
export type StoredChunk = string[] | DeflatedChunk;

interface DeflatedChunk {
	format: typeof CHUNK_FORMAT;
	lines: number;
	bytes: ArrayBuffer;
}

function isLines(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((line) => typeof line === "string");
}

function isDeflated(value: unknown): value is DeflatedChunk {
	const chunk = value as Partial<DeflatedChunk> | null;
	return typeof chunk === "object" && chunk !== null && chunk.format === CHUNK_FORMAT && Number.isSafeInteger(chunk.lines) && chunk.bytes instanceof ArrayBuffer;
}

/** The chunk to store for `lines`: deflated where there is a codec that answers, else the lines. */
export async function storedChunk(lines: string[], codec: ChunkCodec | null): Promise<StoredChunk> {
	if (codec === null) return lines;
	try {
		return { format: CHUNK_FORMAT, lines: lines.length, bytes: await codec.pack(lines.join("\n")) };
	} catch {
		return lines;
	}
}

/** A stored chunk's lines; null when it is neither form, or its bytes do not inflate to as many lines as it says. */
export async function linesOf(value: unknown, codec: () => ChunkCodec | null): Promise<string[] | null> {
	if (isLines(value)) return value;
	if (!isDeflated(value)) return null;
	const inflater = codec();
	if (inflater === null) return null;
	const lines = (await inflater.unpack(value.bytes)).split("\n");
	return lines.length === value.lines ? lines : null;
}

/** What a chunk takes in IndexedDB: its bytes, or its lines at one byte a character (two with a character past U+00FF). */
export function chunkBytes(value: StoredChunk): number {
	if (!Array.isArray(value)) return value.bytes.byteLength;
	return value.reduce((sum, line) => sum + (/[^\0-\xff]/.test(line) ? line.length * 2 : line.length), 0);
}
