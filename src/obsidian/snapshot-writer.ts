import type { ChunkCodec } from "./chunk-codec";
import { generationRange, isManifest, MANIFEST_KEY, MANIFEST_KIND, type Database, type Manifest } from "./cache-schema";
import { storedChunk } from "./stored-chunk";

/** Lines are grouped into chunks of about this many characters. */
export const CHUNK_CHARS = 1_000_000;

/**
 * A new snapshot in the index cache, written a chunk at a time as lines are added (made by
 * IndexStore.beginWrite): finish() writes the manifest naming it and removes older
 * generations; until then the last snapshot stays the one read.
 */
export class SnapshotWriter {
	private _generation: number | null = null;
	private _chunks = 0;
	private _group: string[] = [];
	private _size = 0;
	private _failed = false;

	/** `_database` is null once the cache is cleared or closed: the write then stops. */
	constructor(
		private readonly _database: () => Promise<Database | null>,
		private readonly _codec: () => ChunkCodec | null = () => null,
	) {}


	async add(line: string): Promise<void> {
		if (this._failed) return;
		this._group.push(line);
		this._size += line.length;
		if (this._size >= CHUNK_CHARS) await this._flush();
	}

	/** Writes the lines gathered so far as the next chunk, in a transaction of its own. */
	private async _flush(): Promise<void> {
		if (this._group.length === 0 || this._failed) return;
		const lines = this._group;
		this._group = [];
		this._size = 0;
		try {
			// Before the transaction: one left waiting on anything but IndexedDB commits early.
			const value = await storedChunk(lines, this._codec());
			const database = await this._database();
			if (!database) throw new Error("cache closed");
			const tx = database.transaction("chunks", "readwrite");
			const write = async (): Promise<void> => {
				if (this._generation === null) {
					// Above every generation stored, even one a wrong clock left behind.
					const last = await tx.store.openKeyCursor(null, "prev");
					this._generation = Math.max(Date.now(), (last?.key[0] ?? 0) + 1);
				}
				await tx.store.put(value, [this._generation, this._chunks]);
			};
			await Promise.all([write(), tx.done]);
			this._chunks++;
		} catch {
			// A snapshot that cannot be written only means a full build at the next start.
			this._failed = true;
			await this._discard();
		}
	}

	/** Removes this write's chunks (quietly: the next complete write removes them otherwise). */
	private async _discard(): Promise<void> {
		if (this._generation === null) return;
		try {
			const database = await this._database();
			if (!database) return;
			const tx = database.transaction("chunks", "readwrite");
			await Promise.all([tx.store.delete(generationRange(this._generation)), tx.done]);
		} catch {
			// As above.
		}
	}

	/** Writes the last chunk, then the manifest naming this generation, then removes older ones. */
	async finish(): Promise<void> {
		await this._flush();
		const generation = this._generation;
		if (this._failed || generation === null) return;
		try {
			const database = await this._database();
			if (!database) return;
			const tx = database.transaction(["meta", "chunks"], "readwrite");
			const meta = tx.objectStore("meta");
			const chunks = tx.objectStore("chunks");
			const commit = async (): Promise<boolean> => {
				const [current, stored] = await Promise.all([meta.get(MANIFEST_KEY), chunks.count(generationRange(generation))]);
				// A newer snapshot completed meanwhile, or chunks of this one went (the cache was cleared).
				if ((isManifest(current) && current.generation > generation) || stored !== this._chunks) return false;
				const manifest: Manifest = { kind: MANIFEST_KIND, generation, chunks: this._chunks };
				await meta.put(manifest, MANIFEST_KEY);
				return true;
			};
			const [committed] = await Promise.all([commit(), tx.done]);
			if (!committed) {
				this._failed = true;
				await this._discard();
				return;
			}
			const cleanup = database.transaction("chunks", "readwrite");
			await Promise.all([cleanup.store.delete(IDBKeyRange.upperBound([generation], true)), cleanup.done]);
		} catch {
			// As above: the next start reads the last complete snapshot, or builds from the notes.
		}
	}
}
