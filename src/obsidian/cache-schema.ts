import type { DBSchema, IDBPDatabase } from "idb";
import type { StoredChunk } from "./stored-chunk";

/**
 * The index cache's database as index-store.ts and snapshot-writer.ts share it: a store of
 * chunks keyed by [generation, chunk number], and a store of small records, among them the
 * manifest that names the last complete generation.
 */

export const MANIFEST_KIND = "top-of-mind-index-chunks";
export const MANIFEST_KEY = "manifest";

export interface Manifest {
	kind: typeof MANIFEST_KIND;
	generation: number;
	chunks: number;
}

export interface CacheSchema extends DBSchema {
	/** Key [generation, chunk number]; value: the chunk's lines, or the same deflated. */
	chunks: { key: [number, number]; value: StoredChunk };
	/** The manifest and flags; read back as unknown and checked. */
	meta: { key: string; value: unknown };
}

export type Database = IDBPDatabase<CacheSchema>;

export function isManifest(value: unknown): value is Manifest {
	const manifest = value as Partial<Manifest> | null;
	return (
		typeof manifest === "object" &&
		manifest !== null &&
		manifest.kind === MANIFEST_KIND &&
		Number.isSafeInteger(manifest.generation) &&
		Number.isSafeInteger(manifest.chunks) &&
		(manifest.chunks ?? -1) >= 0
	);
}

/** Every chunk key of one generation. */
export function generationRange(generation: number): IDBKeyRange {
	return IDBKeyRange.bound([generation, 0], [generation, Infinity]);
}
