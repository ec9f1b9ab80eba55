import { deleteDB, openDB } from "idb";
import { normalizePath, type App } from "obsidian";
import { generationRange, isManifest, MANIFEST_KEY, type CacheSchema, type Database, type Manifest } from "./cache-schema";
import { workerCodec, type ChunkCodec } from "./chunk-codec";
import { chunkBytes, linesOf, type StoredChunk } from "./stored-chunk";
import { SnapshotWriter } from "./snapshot-writer";

export { SnapshotWriter } from "./snapshot-writer";

/**
 * Where the index snapshot lives between sessions: in IndexedDB, one database per vault on
 * this device. Never in the vault or the plugin's folder, which iCloud, git and Obsidian Sync
 * copy to every device: the cache is only ever this device's.
 *
 * The snapshot's lines are written in chunks of about a megabyte, one small record and one
 * transaction each, under a generation number (snapshot-writer.ts), each deflated in a
 * worker where the platform allows (chunk-codec.ts), else as its lines; a manifest record
 * naming the generation and its number of chunks is written last, so a write cut short is
 * never read. Older generations are deleted once the manifest names the new one. Reading
 * gives the chunks one at a time, so the caller can slice its work between them. Nothing here fails loudly:
 * without a cache the index is built from the notes, as on the first start.
 */

/** Bump when the object stores change: a database of another schema is emptied, not migrated (it is a cache). */
export const SCHEMA_VERSION = 1;
const DATABASE_PREFIX = "top-of-mind/index/";
/** Set once the files older versions kept in the plugin's folder are removed from this device. */
const LEGACY_FILES_KEY = "legacy-files-removed";
/** IndexedDB that does not answer by then counts as unavailable (some WebViews never answer a first open). */
const OPEN_TIMEOUT_MS = 5_000;
/** What older versions wrote to the plugin's folder: `index.json` and `index-*.json`. */
const LEGACY_FILE = /^index(-[^/]*)?\.json$/;

/** One chunk of the last complete snapshot, as `parts()` lists them for `readPart()`. */
export interface SnapshotPart {
	readonly generation: number;
	readonly chunk: number;
}

/**
 * The key that tells this vault's cache from other vaults' on this device: Obsidian's id for
 * the vault when it has one, else the vault's name and configuration folder.
 */
export function vaultKey(app: App): string {
	// `app.appId` is undocumented (absent from obsidian.d.ts): the id Obsidian gives this vault,
	// by which Omnisearch and Dataview key their caches too. Checked, as it may go away.
	const appId = (app as unknown as { appId?: unknown }).appId;
	if (typeof appId === "string" && appId !== "") return appId;
	return `${app.vault.getName()}/${app.vault.configDir}`;
}

/** The name of this vault's database: `top-of-mind/index/<vault key>`. */
export function databaseName(app: App): string {
	return `${DATABASE_PREFIX}${vaultKey(app)}`;
}

function ignore(): void {}

/** The promise's value, or null when it takes longer than `ms`; `late` gets a value that came too late. */
function within<T>(promise: Promise<T>, ms: number, late: (value: T) => void = ignore): Promise<T | null> {
	return new Promise((resolve, reject) => {
		let done = false;
		const timer = window.setTimeout(() => {
			done = true;
			resolve(null);
		}, ms);
		promise.then(
			(value) => {
				if (done) late(value);
				window.clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				window.clearTimeout(timer);
				reject(error instanceof Error ? error : new Error(String(error)));
			},
		);
	});
}

/** Opens (or creates) the database; null when IndexedDB is missing, refuses or does not answer. */
async function openDatabase(name: string, onClosed: () => void): Promise<Database | null> {
	let database: Database | null = null;
	const open = (): Promise<Database> =>
		openDB<CacheSchema>(name, SCHEMA_VERSION, {
			upgrade(db) {
				for (const store of Array.from(db.objectStoreNames)) db.deleteObjectStore(store);
				db.createObjectStore("chunks");
				db.createObjectStore("meta");
			},
			// Another connection wants to delete or upgrade the database: let it.
			blocking() {
				database?.close();
				onClosed();
			},
			terminated: onClosed,
		});
	try {
		try {
			database = await within(open(), OPEN_TIMEOUT_MS, (late) => late.close());
		} catch (error) {
			// A database of a newer schema (a later version of the plugin ran here): started afresh.
			if (!(error instanceof Error && error.name === "VersionError")) throw error;
			await within(deleteDB(name), OPEN_TIMEOUT_MS);
			database = await within(open(), OPEN_TIMEOUT_MS, (late) => late.close());
		}
		return database;
	} catch {
		return null;
	}
}

export class IndexStore {
	/** This vault's database on this device. */
	readonly name: string;
	private _database: Promise<Database | null> | null = null;
	/** Bumped by clear() and close(): a write begun before never completes. */
	private _epoch = 0;
	/** The chunks' codec, made on first use; null where there is none (chunks are then stored as lines). */
	private _codec: ChunkCodec | null | undefined = undefined;

	constructor(
		private readonly _app: App,
		/** The plugin's folder, where older versions kept the index (see removeLegacyFiles). */
		private readonly _folder: string = `${_app.vault.configDir}/plugins/top-of-mind`,
		private readonly _makeCodec: () => ChunkCodec | null = workerCodec,
	) {
		this.name = databaseName(_app);
	}

	private _chunkCodec(): ChunkCodec | null {
		if (this._codec === undefined) this._codec = this._makeCodec();
		return this._codec;
	}

	/** The open database, opened on first use; null when IndexedDB is unavailable (not retried this session). */
	private _open(): Promise<Database | null> {
		const opening = (this._database ??= openDatabase(this.name, () => {
			if (this._database === opening) this._database = null;
		}));
		return opening;
	}

	/** The database for a writer begun at `epoch`; null once the cache was cleared or closed since. */
	private async _live(epoch: number): Promise<Database | null> {
		if (epoch !== this._epoch) return null;
		const database = await this._open();
		return epoch === this._epoch ? database : null;
	}

	/** The chunks of the last complete snapshot, in order; null when there is none. */
	async parts(): Promise<SnapshotPart[] | null> {
		try {
			const database = await this._open();
			if (!database) return null;
			const tx = database.transaction(["meta", "chunks"], "readonly");
			const read = async (): Promise<Manifest | null> => {
				const manifest = await tx.objectStore("meta").get(MANIFEST_KEY);
				if (!isManifest(manifest)) return null;
				// Every chunk it names is there (none was removed by hand or by a failed clean-up).
				const stored = await tx.objectStore("chunks").count(generationRange(manifest.generation));
				return stored === manifest.chunks ? manifest : null;
			};
			const [manifest] = await Promise.all([read(), tx.done]);
			if (manifest === null) return null;
			return Array.from({ length: manifest.chunks }, (_, chunk) => ({ generation: manifest.generation, chunk }));
		} catch {
			return null;
		}
	}

	/** One chunk as stored; undefined when it is not there. Throws when IndexedDB does. */
	private async _storedChunk(part: SnapshotPart): Promise<StoredChunk | undefined> {
		const database = await this._open();
		if (!database) return undefined;
		const tx = database.transaction("chunks", "readonly");
		const [value] = await Promise.all([tx.store.get([part.generation, part.chunk]), tx.done]);
		return value;
	}

	/** The lines of one chunk; null when it cannot be read. */
	async readPart(part: SnapshotPart): Promise<string[] | null> {
		try {
			return await linesOf(await this._storedChunk(part), () => this._chunkCodec());
		} catch {
			return null;
		}
	}

	/** What the last complete snapshot takes in IndexedDB, in bytes; null when there is none. */
	async storedBytes(): Promise<number | null> {
		const parts = await this.parts();
		if (parts === null) return null;
		let bytes = 0;
		for (const part of parts) {
			const value = await this._storedChunk(part);
			if (value === undefined) return null;
			bytes += chunkBytes(value);
		}
		return bytes;
	}

	/**
	 * A new snapshot, written a chunk at a time as lines are added: finish() writes the
	 * manifest naming it and removes older generations; until then the last snapshot stays
	 * the one read.
	 */
	beginWrite(): SnapshotWriter {
		const epoch = this._epoch;
		return new SnapshotWriter(
			() => this._live(epoch),
			() => this._chunkCodec(),
		);
	}

	/**
	 * Deletes this vault's database on this device (the "Clear this device's index cache"
	 * command); false when it could not be deleted. Writes begun before never complete.
	 */
	async clear(): Promise<boolean> {
		const opened = this._database;
		this._epoch++;
		this._database = null;
		try {
			(await opened)?.close();
			return (await within(deleteDB(this.name).then(() => true), OPEN_TIMEOUT_MS)) === true;
		} catch {
			return false;
		}
	}

	/** Closes the connection (the plugin unloads); writes under way stop at their next chunk. */
	close(): void {
		const opened = this._database;
		this._epoch++;
		this._database = null;
		this._codec?.close();
		this._codec = undefined;
		void opened?.then((database) => database?.close());
	}

	/**
	 * Removes what older versions kept in the plugin's folder (`index.json`, `index-*.json`:
	 * only those names), once per device: it is remembered in the database, so without
	 * IndexedDB the (then empty) folder is looked at again at each start.
	 */
	async removeLegacyFiles(): Promise<void> {
		try {
			const database = await this._open();
			if (database && (await readMeta(database, LEGACY_FILES_KEY)) === true) return;
			const { adapter } = this._app.vault;
			const folder = normalizePath(this._folder);
			if (await adapter.exists(folder)) {
				for (const path of (await adapter.list(folder)).files) {
					if (LEGACY_FILE.test(path.slice(path.lastIndexOf("/") + 1))) await adapter.remove(path);
				}
			}
			if (database) await writeMeta(database, LEGACY_FILES_KEY, true);
		} catch {
			// Tried again at the next start.
		}
	}
}

async function readMeta(database: Database, key: string): Promise<unknown> {
	const tx = database.transaction("meta", "readonly");
	const [value] = await Promise.all([tx.store.get(key), tx.done]);
	return value;
}

async function writeMeta(database: Database, key: string, value: unknown): Promise<void> {
	const tx = database.transaction("meta", "readwrite");
	await Promise.all([tx.store.put(value, key), tx.done]);
}

/** Every line of the last snapshot, or null when it cannot be read whole (tests and tools). */
export async function readAllLines(store: IndexStore): Promise<string[] | null> {
	const parts = await store.parts();
	if (parts === null) return null;
	const lines: string[] = [];
	for (const part of parts) {
		const partLines = await store.readPart(part);
		if (partLines === null) return null;
		for (const line of partLines) lines.push(line);
	}
	return lines;
}

/** Writes a snapshot's lines at once (tests and tools). */
export async function writeAllLines(store: IndexStore, lines: readonly string[]): Promise<void> {
	const writer = store.beginWrite();
	for (const line of lines) await writer.add(line);
	await writer.finish();
}
