import { Component, Events, TFile, type App, type CachedMetadata } from "obsidian";
import { classify, isExcluded } from "../core/vault/classify";
import { createIgnoreMatcher } from "../core/vault/ignore-filters";
import { SnapshotRestorer, snapshotLines, staleNotes } from "../core/index/snapshot";
import { NetworkIndex, type IndexOptions } from "../core/index/network-index";
import type { NoteRecord } from "../core/model/types";
import type { TopOfMindSettings } from "../settings/plugin-settings";
import { parseDailyWith, readConfigFile, readDailyNotesConfig, type DailyNotesSettings } from "./daily-notes-config";
import { IndexStore } from "./index-store";
import { recordFromCache } from "./record-source";

export type IndexState = "waiting" | "indexing" | "ready";

/** How long the build may run before it hands the main thread back to Obsidian. */
const SLICE_MS = 12;
/** Edits arriving within this window are applied together. */
const UPDATE_DEBOUNCE_MS = 250;
/** The snapshot is written this long after a build, and after the first of a run of edits. */
const SAVE_AFTER_BUILD_MS = 2_000;
const SAVE_AFTER_EDITS_MS = 5 * 60_000;

/** Work done in slices of at most SLICE_MS between which Obsidian gets the main thread back. */
class Slices {
	private _start = performance.now();

	/** Hands the main thread back when the current slice is used up. */
	async pause(): Promise<void> {
		if (performance.now() - this._start <= SLICE_MS) return;
		await yieldToUi();
		this._start = performance.now();
	}
}

/**
 * Owns the NetworkIndex inside Obsidian. Once the workspace layout is ready it restores
 * the index saved at the end of the last session and re-reads only the notes changed
 * since (or, without a usable snapshot, builds it from every note), in small slices that
 * keep the app responsive; then applies each change to one note as Obsidian reports it,
 * and saves a snapshot a while after changes. Views listen to "updated" and re-render
 * only then.
 */
export class IndexService extends Component {
	index: NetworkIndex | null = null;
	state: IndexState = "waiting";
	dailyNotes: DailyNotesSettings = { folder: "", format: "YYYY-MM-DD", template: "" };
	private readonly events = new Events();
	readonly #pending = new Map<string, string | null>();
	readonly #notCached = new Set<string>();
	#timer: number | null = null;
	#saveTimer: number | null = null;
	#buildRun = 0;
	#resolvedOnce = false;
	#startedOnce = false;
	#unloaded = false;
	/** Obsidian's "Excluded files" (read at each build): such notes are left out, as if not in the vault. */
	#ignored: (path: string) => boolean = () => false;

	readonly #app: App;
	readonly #settings: () => TopOfMindSettings;
	readonly #store: IndexStore;

	constructor(app: App, settings: () => TopOfMindSettings, store: IndexStore = new IndexStore(app)) {
		super();
		this.#app = app;
		this.#settings = settings;
		this.#store = store;
	}

	override onload(): void {
		const { metadataCache, vault } = this.#app;
		this.registerEvent(metadataCache.on("changed", (file, data) => this.#queue(file.path, data)));
		this.registerEvent(
			metadataCache.on("resolved", () => {
				if (this.#resolvedOnce) return;
				this.#resolvedOnce = true;
				// Files whose cache was not ready during the build are read now.
				for (const path of this.#notCached) this.#queue(path, null);
				this.#notCached.clear();
			}),
		);
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile) || !this.index) return;
				this.#pending.delete(oldPath);
				this.index.remove(oldPath);
				if (file.extension === "md") this.#queue(file.path, null);
				else this.#emit();
			}),
		);
		this.registerEvent(
			vault.on("delete", (file) => {
				if (!this.index) return;
				this.#pending.delete(file.path);
				if (this.index.has(file.path)) {
					this.index.remove(file.path);
					this.#emit();
				}
			}),
		);
		this.register(() => {
			if (this.#timer !== null) window.clearTimeout(this.#timer);
			if (this.#saveTimer !== null) window.clearTimeout(this.#saveTimer);
			this.#unloaded = true;
			this.#buildRun++;
		});
	}

	onUpdated(callback: () => void): () => void {
		const ref = this.events.on("updated", callback);
		return () => this.events.offref(ref);
	}

	/**
	 * Builds the index (start-up, settings change, the rebuild command). The first build of
	 * a session starts from the saved snapshot when there is one made with the same settings,
	 * re-reading only notes changed since; later builds read every note.
	 */
	async rebuild(): Promise<void> {
		const run = ++this.#buildRun;
		const fromSnapshot = !this.#startedOnce;
		this.#startedOnce = true;
		this.state = "indexing";
		this.#emit();
		const settings = this.#settings();
		this.dailyNotes = await readDailyNotesConfig(this.#app, settings);
		// Obsidian's "Excluded files" setting, read as the command line reads it.
		this.#ignored = createIgnoreMatcher((await readConfigFile(this.#app, "app.json")).userIgnoreFilters).isIgnored;
		const options: IndexOptions = {
			// A copy: the settings tab edits settings in place, and the index (and the key of its
			// snapshot) must keep the settings it was built with until the rebuild that follows.
			config: structuredClone(settings.core),
			dailyNotes: { folder: this.dailyNotes.folder, format: this.dailyNotes.format },
			parseDailyDate: parseDailyWith(this.dailyNotes.format),
		};
		// Edits queued before or during the build stay queued and are applied once it is done.
		this.#notCached.clear();
		const slices = new Slices();
		let built: { index: NetworkIndex; changed: boolean } | null = null;
		if (fromSnapshot) {
			try {
				built = await this.#restore(options, run, slices);
			} catch {
				// A snapshot that passed its checks and still fails to apply: built from the notes instead.
				built = null;
			}
		}
		if (run !== this.#buildRun) return;
		if (built === null) {
			const index = await this.#buildFromNotes(options, run, slices);
			if (index === null) return;
			built = { index, changed: true };
		}
		this.index = built.index;
		this.state = "ready";
		this.#emit();
		if (built.changed) this.#saveSoon(SAVE_AFTER_BUILD_MS);
		if (this.#pending.size > 0) await this.flush();
	}

	/** Every note read and indexed; null when a newer build started meanwhile. */
	async #buildFromNotes(options: IndexOptions, run: number, slices: Slices): Promise<NetworkIndex | null> {
		const index = new NetworkIndex(options);
		for (const file of this.#notes()) {
			if (run !== this.#buildRun) return null;
			const record = await this.#readRecord(file, index, null);
			if (record) index.upsert(record);
			await slices.pause();
		}
		return (await this.#settle(index, run, slices)) ? index : null;
	}

	/** Loads what the build gathered for the search indexes, in slices; false when a newer build started meanwhile. */
	async #settle(index: NetworkIndex, run: number, slices: Slices): Promise<boolean> {
		for (const step of index.settle()) {
			void step;
			await slices.pause();
			if (run !== this.#buildRun) return false;
		}
		return run === this.#buildRun;
	}

	/**
	 * The saved index brought up to date: notes added or modified since are read again,
	 * notes gone are removed. Null when there is no usable snapshot (none, damaged, another
	 * format or other settings) or a newer build started meanwhile.
	 */
	async #restore(options: IndexOptions, run: number, slices: Slices): Promise<{ index: NetworkIndex; changed: boolean } | null> {
		const parts = await this.#store.parts();
		if (parts === null || run !== this.#buildRun) return null;
		// Read and restored a chunk at a time: the whole snapshot is never in memory at once.
		const restorer = new SnapshotRestorer(options);
		let wanted = true;
		for (const part of parts) {
			const lines = await this.#store.readPart(part);
			if (lines === null || run !== this.#buildRun) return null;
			for (const line of lines) {
				wanted = restorer.accept(line);
				await slices.pause();
				if (run !== this.#buildRun) return null;
				if (!wanted) break;
			}
			if (!wanted) break;
		}
		const result = restorer.finish();
		if ("rejected" in result) return null;
		const { index } = result;
		if (!(await this.#settle(index, run, slices))) return null;
		const files = this.#notes();
		const { changed, removed } = staleNotes(
			index,
			files.map((file) => ({ path: file.path, mtime: file.stat.mtime })),
		);
		for (const path of removed) {
			index.remove(path);
			await slices.pause();
			if (run !== this.#buildRun) return null;
		}
		const byPath = new Map(files.map((file) => [file.path, file]));
		for (const path of changed) {
			const file = byPath.get(path);
			const record = file ? await this.#readRecord(file, index, null) : null;
			if (record) index.upsert(record);
			await slices.pause();
			if (run !== this.#buildRun) return null;
		}
		if (!(await this.#settle(index, run, slices))) return null;
		return { index, changed: changed.length > 0 || removed.length > 0 };
	}

	/**
	 * Saves the index after `delay`, unless a save is already due: while notes keep changing
	 * the snapshot (tens of megabytes in a large vault) is written at most once a period,
	 * and whatever changed after it is re-read at the next start.
	 */
	#saveSoon(delay: number): void {
		if (this.#unloaded || this.#saveTimer !== null) return;
		this.#saveTimer = window.setTimeout(() => {
			this.#saveTimer = null;
			void this.save();
		}, delay);
	}

	/**
	 * Deletes this vault's index cache on this device, then builds the index from the notes
	 * (which saves a new cache a little later); whether the cache could be deleted.
	 */
	async clearCache(): Promise<boolean> {
		const cleared = await this.#store.clear();
		await this.rebuild();
		return cleared;
	}

	/** Writes a snapshot of the index, taken in slices; starts over later if the index changes meanwhile. */
	async save(): Promise<void> {
		const index = this.index;
		if (!index || this.state !== "ready" || this.#unloaded) return;
		const revision = index.revision;
		// Written a chunk at a time as it is taken: the whole snapshot is never in memory at once.
		const writer = this.#store.beginWrite();
		const slices = new Slices();
		for (const line of snapshotLines(index)) {
			await writer.add(line);
			await slices.pause();
			if (this.index !== index || index.revision !== revision || this.#unloaded) {
				// Chunks written so far are removed by the next snapshot that completes.
				this.#saveSoon(SAVE_AFTER_EDITS_MS);
				return;
			}
		}
		await writer.finish();
	}

	/** The vault's Markdown notes, less Obsidian's excluded files. */
	#notes(): TFile[] {
		return this.#app.vault.getMarkdownFiles().filter((file) => !this.#ignored(file.path));
	}

	/**
	 * A note as the core needs it: bodies are read only for people and posts, the rest
	 * comes from the metadata cache. Null when the cache is not ready yet.
	 */
	async #readRecord(file: TFile, index: NetworkIndex, text: string | null): Promise<NoteRecord | null> {
		const cache: CachedMetadata | null = this.#app.metadataCache.getFileCache(file);
		if (!cache) {
			this.#notCached.add(file.path);
			return null;
		}
		const light = recordFromCache(file, cache, null);
		if (isExcluded(file.path, index.config)) return light;
		const kind = classify(light, index.config);
		if (kind === "other") return light;
		return recordFromCache(file, cache, text ?? (await this.#app.vault.cachedRead(file)));
	}

	#queue(path: string, text: string | null): void {
		if (!path.toLowerCase().endsWith(".md")) return;
		this.#pending.set(path, text);
		if (this.#timer !== null) window.clearTimeout(this.#timer);
		this.#timer = window.setTimeout(() => {
			this.#timer = null;
			void this.flush();
		}, UPDATE_DEBOUNCE_MS);
	}

	/** Applies queued changes one note at a time; never a rebuild. */
	async flush(): Promise<void> {
		const index = this.index;
		if (!index || this.state !== "ready") return;
		const batch = [...this.#pending.entries()];
		this.#pending.clear();
		let changed = false;
		for (const [path, text] of batch) {
			const file = this.#ignored(path) ? null : this.#app.vault.getFileByPath(path);
			if (!file) {
				if (index.has(path)) index.remove(path);
				changed = true;
				continue;
			}
			const record = await this.#readRecord(file, index, text);
			if (record) {
				index.upsert(record);
				changed = true;
			}
		}
		if (changed) {
			this.#emit();
			this.#saveSoon(SAVE_AFTER_EDITS_MS);
		}
	}

	/** Tells views that something they show changed without a note changing (settings, dismissals). */
	touch(): void {
		this.#emit();
	}

	#emit(): void {
		this.events.trigger("updated");
	}
}

function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
