import { normalizePath, type App } from "obsidian";
import { joinSnapshot, splitSnapshot } from "../core/index/snapshot";

/**
 * Where the index snapshot lives between sessions: in the plugin's own folder (the
 * configuration folder holds no notes, so writing there fires no vault events). The
 * snapshot's lines are written to part files of a few megabytes, so neither writing nor
 * reading ever handles one huge string at once, and `index.json` names the parts of the
 * last complete snapshot: it is written after them, so a snapshot cut short is never read.
 * Reading or writing never fails loudly: without a snapshot the index is built from the
 * notes, as on the first start.
 */

const MANIFEST_KIND = "top-of-mind-index-parts";
/** Lines are grouped into part files of about this many characters. */
const PART_SIZE = 4_000_000;
const PART_FILE = /^index-[a-z0-9]+-\d+\.json$/;

/** Lets the app have the main thread between two parts (reading or writing one is a few milliseconds of work). */
function breather(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

interface Manifest {
	kind: typeof MANIFEST_KIND;
	parts: string[];
}

export class IndexStore {
	constructor(
		private readonly _app: App,
		private readonly _folder: string = `${_app.vault.configDir}/plugins/top-of-mind`,
	) {}

	get path(): string {
		return this._file("index.json");
	}

	private _file(name: string): string {
		return normalizePath(`${this._folder}/${name}`);
	}

	/** The part files of the last complete snapshot, in order; null when there is none. */
	async parts(): Promise<string[] | null> {
		try {
			const { adapter } = this._app.vault;
			if (!(await adapter.exists(this.path))) return null;
			const manifest = JSON.parse(await adapter.read(this.path)) as Partial<Manifest>;
			if (manifest.kind !== MANIFEST_KIND || !Array.isArray(manifest.parts)) return null;
			const parts = manifest.parts.filter((part): part is string => typeof part === "string" && PART_FILE.test(part));
			return parts.length === manifest.parts.length ? parts : null;
		} catch {
			return null;
		}
	}

	/** The lines of one part; null when it cannot be read. */
	async readPart(part: string): Promise<string[] | null> {
		try {
			const lines = splitSnapshot(await this._app.vault.adapter.read(this._file(part)));
			await breather();
			return lines;
		} catch {
			return null;
		}
	}

	/**
	 * A new snapshot, written a part at a time as lines are added: finish() writes the
	 * manifest naming the parts and removes older ones; until then the last snapshot stays
	 * the one read.
	 */
	beginWrite(): SnapshotWriter {
		return new SnapshotWriter(this._app, normalizePath(this._folder), (name) => this._file(name), this.path);
	}
}

export class SnapshotWriter {
	private readonly _generation = Date.now().toString(36);
	private readonly _parts: string[] = [];
	private _group: string[] = [];
	private _size = 0;
	private _failed = false;

	constructor(
		private readonly _app: App,
		private readonly _folder: string,
		private readonly _file: (name: string) => string,
		private readonly _manifestPath: string,
	) {}

	async add(line: string): Promise<void> {
		this._group.push(line);
		this._size += line.length;
		if (this._size >= PART_SIZE) await this._flush();
	}

	private async _flush(): Promise<void> {
		if (this._group.length === 0 || this._failed) return;
		const name = `index-${this._generation}-${this._parts.length}.json`;
		const text = joinSnapshot(this._group);
		this._group = [];
		this._size = 0;
		try {
			const { adapter } = this._app.vault;
			if (this._parts.length === 0 && !(await adapter.exists(this._folder))) await adapter.mkdir(this._folder);
			await adapter.write(this._file(name), text);
			this._parts.push(name);
		} catch {
			// A snapshot that cannot be written only means a full build at the next start.
			this._failed = true;
		}
		await breather();
	}

	async finish(): Promise<void> {
		await this._flush();
		if (this._failed) return;
		try {
			const { adapter } = this._app.vault;
			const manifest: Manifest = { kind: MANIFEST_KIND, parts: this._parts };
			await adapter.write(this._manifestPath, JSON.stringify(manifest));
			const keep = new Set(this._parts);
			for (const path of (await adapter.list(this._folder)).files) {
				const name = path.slice(path.lastIndexOf("/") + 1);
				if (PART_FILE.test(name) && !keep.has(name)) await adapter.remove(path);
			}
		} catch {
			// As above: the next start builds from the notes.
		}
	}
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
