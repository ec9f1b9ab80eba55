import { Component, Events, TFile, type App } from "obsidian";
import { SnapshotRestorer, snapshotLines, staleNotes } from "../core/index/snapshot";
import { NetworkIndex, type IndexOptions } from "../core/index/network-index";
import type { NoteRecord } from "../core/model/types";
import { createIgnoreMatcher, isInTemplatesFolder } from "../core/vault/ignore-filters";
import type { TopOfMindSettings } from "../settings/plugin-settings";
import { DEFAULT_DAILY_NOTES_SETTINGS, parseDailyWith, readConfigFile, readDailyNotesConfig, type DailyNotesSettings } from "./daily-notes-config";
import { IndexStore } from "./index-store";
import { Slices, yieldToUi } from "./slices";
import { preparationSteps } from "../core/index/prepare-note";
import { readForIndex } from "./index-reads";
import { recordKey } from "./record-key";
import { warmMatching } from "../core/match/query-steps";
import { readTemplatesFolders, readTemplateTexts } from "./templates-config";

export type IndexState = "waiting" | "indexing" | "ready";

/** Edits arriving within this window are applied together. */
const UPDATE_DEBOUNCE_MS = 250;
/** The snapshot is written this long after a build, and after the first of a run of edits. */
const SAVE_AFTER_BUILD_MS = 2_000;
const SAVE_AFTER_EDITS_MS = 5 * 60_000;

/**
 * What a queued change asks for: read the note again, or forget it. The text an event carries
 * is not kept: by the time the change is applied it may be older than the note.
 */
type Change = "upsert" | "remove";

/**
 * Owns the NetworkIndex inside Obsidian. Once the layout is ready it restores the index saved
 * last session and re-reads only the notes changed since (or, without a usable snapshot, builds
 * it from every note), in slices that keep the app responsive; then applies each change to one
 * note as Obsidian reports it, and saves a snapshot a while after. Views listen to "updated".
 *
 * Nothing depends on the order of Obsidian's events, which the docs do not promise: every
 * rename, delete and (through the metadata cache's `changed`) create and modify is queued
 * from the moment the plugin loads, during a build or a restore too, and applied after it;
 * a note whose cache is not ready yet is read from its text, and read again from the cache
 * when the cache reports it.
 */
export class IndexService extends Component {
	index: NetworkIndex | null = null;
	state: IndexState = "waiting";
	dailyNotes: DailyNotesSettings = { ...DEFAULT_DAILY_NOTES_SETTINGS };
	private readonly events = new Events();
	readonly #pending = new Map<string, Change>();
	/** What each note of an index was when last upserted (recordKey): an event that changes nothing is not applied again. */
	readonly #indexedAs = new WeakMap<NetworkIndex, Map<string, string>>();
	#timer: number | null = null;
	#saveTimer: number | null = null;
	#buildRun = 0;
	#startedOnce = false;
	#unloaded = false;
	#flushing: Promise<void> | null = null;
	/** Obsidian's "Excluded files" and the templates folders (read at each build): notes left out, as if not in the vault. */
	#ignored: (path: string) => boolean = () => false;
	#templatesFolders: string[] = [];

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
		// `changed` comes once the cache has read a note, new or edited.
		this.registerEvent(metadataCache.on("changed", (file) => this.#queue(file.path, "upsert")));
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile)) return;
				this.#queue(oldPath, "remove");
				this.#queue(file.path, "upsert");
			}),
		);
		this.registerEvent(vault.on("delete", (file) => this.#queue(file.path, "remove")));
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
		const options = await this.#indexOptions();
		if (run !== this.#buildRun) return;
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
		// The templates' sentences are boilerplate in every note made from them (templates are never indexed: edits count at the next build).
		built.index.commons.setTemplates(await readTemplateTexts(this.#app, this.#templatesFolders, this.#settings().maxNoteBytes, () => slices.pause()));
		if (run !== this.#buildRun) return;
		this.index = built.index;
		this.state = "ready";
		this.#emit();
		if (built.changed) this.#saveSoon(SAVE_AFTER_BUILD_MS);
		// What happened while it was built: applied now, in slices too.
		if (this.#pending.size > 0) await this.flush();
	}

	/** The settings and daily-note names the next index is built with, read now. */
	async #indexOptions(): Promise<IndexOptions> {
		const settings = this.#settings();
		this.dailyNotes = await readDailyNotesConfig(this.#app, settings);
		// Obsidian's "Excluded files" setting, read as the command line reads it, and the Templates folder.
		const excludedFiles = createIgnoreMatcher((await readConfigFile(this.#app, "app.json")).userIgnoreFilters).isIgnored;
		const templates = await readTemplatesFolders(this.#app);
		this.#templatesFolders = templates;
		this.#ignored = (path) => excludedFiles(path) || isInTemplatesFolder(path, templates);
		const { metadataCache } = this.#app;
		return {
			// A copy: the settings tab edits settings in place, and the index (and the key of its
			// snapshot) must keep the settings it was built with until the rebuild that follows.
			config: structuredClone(settings.core),
			dailyNotes: { folder: this.dailyNotes.folder, format: this.dailyNotes.format },
			parseDailyDate: parseDailyWith(this.dailyNotes.format),
			// Links point where Obsidian says they point (aliases are names, not link targets).
			resolveLink: (target, sourcePath) => metadataCache.getFirstLinkpathDest(target, sourcePath)?.path ?? null,
		};
	}

	/** Every note read and indexed; null when a newer build started meanwhile. */
	async #buildFromNotes(options: IndexOptions, run: number, slices: Slices): Promise<NetworkIndex | null> {
		const index = new NetworkIndex(options);
		for (const file of this.#notes()) {
			if (run !== this.#buildRun) return null;
			const record = await this.#readRecord(file, index);
			if (record) await this.#upsert(index, record, slices);
			await slices.pause();
		}
		return (await this.#settle(index, run, slices)) ? index : null;
	}

	/**
	 * Loads what the build gathered for the search indexes, then works out what every query
	 * reads (core/match/query-steps.ts), in slices; false when a newer build started meanwhile.
	 */
	async #settle(index: NetworkIndex, run: number, slices: Slices): Promise<boolean> {
		for (const step of index.settle()) {
			void step;
			await slices.pause();
			if (run !== this.#buildRun) return false;
		}
		for (const step of warmMatching(index)) await slices.pause().then(step);
		return run === this.#buildRun;
	}

	/**
	 * The saved index brought up to date: notes added or modified since are read again,
	 * notes gone are removed. Null when there is no usable snapshot (none, damaged, another
	 * format or other settings) or a newer build started meanwhile.
	 */
	async #restore(options: IndexOptions, run: number, slices: Slices): Promise<{ index: NetworkIndex; changed: boolean } | null> {
		const index = await this.#readSnapshot(options, run, slices);
		if (index === null || !(await this.#settle(index, run, slices))) return null;
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
			const record = file ? await this.#readRecord(file, index) : null;
			if (record) await this.#upsert(index, record, slices);
			await slices.pause();
			if (run !== this.#buildRun) return null;
		}
		if (!(await this.#settle(index, run, slices))) return null;
		return { index, changed: changed.length > 0 || removed.length > 0 };
	}

	/** The last session's snapshot as an index, read and restored a part at a time; null when there is none to use. */
	async #readSnapshot(options: IndexOptions, run: number, slices: Slices): Promise<NetworkIndex | null> {
		const parts = await this.#store.parts();
		if (parts === null || run !== this.#buildRun) return null;
		// Read a chunk at a time: the whole snapshot is never in memory at once. The next chunk
		// is read (and inflated, in the store's worker) while this one is put back.
		const restorer = new SnapshotRestorer(options);
		const read = (i: number): Promise<string[] | null> => {
			const part = parts[i];
			return part === undefined ? Promise.resolve(null) : this.#store.readPart(part);
		};
		let next = read(0);
		for (let i = 0; i < parts.length; i++) {
			const lines = await next;
			next = read(i + 1);
			if (lines === null || run !== this.#buildRun) return null;
			for (const line of lines) {
				const wanted = restorer.accept(line);
				await slices.pause();
				if (run !== this.#buildRun || !wanted) return null;
			}
		}
		const result = restorer.finish();
		return "rejected" in result ? null : result.index;
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

	/** Notes larger than this many bytes are read by their beginning (settings `maxNoteBytes`). */
	get maxNoteBytes(): number {
		return this.#settings().maxNoteBytes;
	}

	#readRecord(file: TFile, index: NetworkIndex): Promise<NoteRecord | null> {
		return readForIndex(this.#app, file, index.config, this.#settings().maxNoteBytes);
	}

	#queue(path: string, change: Change): void {
		if (!path.toLowerCase().endsWith(".md")) return;
		this.#pending.set(path, change);
		// While the index is built, changes wait for it; it applies them when done.
		if (this.state !== "ready") return;
		if (this.#timer !== null) window.clearTimeout(this.#timer);
		this.#timer = window.setTimeout(() => {
			this.#timer = null;
			void this.flush();
		}, UPDATE_DEBOUNCE_MS);
	}

	/** Applies queued changes one note at a time, in slices; never a rebuild. One run at a time. */
	async flush(): Promise<void> {
		while (this.#flushing !== null) await this.#flushing;
		if (!this.index || this.state !== "ready" || this.#pending.size === 0) return;
		this.#flushing = this.#applyPending(this.index);
		try {
			await this.#flushing;
		} finally {
			this.#flushing = null;
		}
	}

	async #applyPending(index: NetworkIndex): Promise<void> {
		const slices = new Slices();
		let changed = false;
		while (this.#pending.size > 0 && this.index === index) {
			const [path, change] = this.#pending.entries().next().value as [string, Change];
			this.#pending.delete(path);
			const file = change === "remove" || this.#ignored(path) ? null : this.#app.vault.getFileByPath(path);
			if (!file) {
				this.#indexedAs.get(index)?.delete(path);
				if (index.has(path)) {
					index.remove(path);
					changed = true;
				}
			} else {
				const [record, stillThere] = [await this.#readRecord(file, index), (): boolean => this.#app.vault.getFileByPath(file.path) === file];
				if (record && stillThere() && (await this.#upsert(index, record, slices, stillThere))) changed = true;
			}
			await slices.pause();
		}
		if (changed) {
			for (const step of warmMatching(index)) await slices.pause().then(step);
			this.#emit();
			this.#saveSoon(SAVE_AFTER_EDITS_MS);
		}
	}

	/**
	 * Upserts a record unless indexed as it is already (the cache reporting a note the build read,
	 * or the plugin's own write coming back); true when applied. A long note's text work is done
	 * first in steps (core/index/prepare-note.ts); `stillThere` is asked again after them.
	 */
	async #upsert(index: NetworkIndex, record: NoteRecord, slices: Slices, stillThere: () => boolean = () => true): Promise<boolean> {
		let keys = this.#indexedAs.get(index);
		if (keys === undefined) {
			keys = new Map();
			this.#indexedAs.set(index, keys);
		}
		const steps = preparationSteps(record);
		// A long note hands the main thread back before each step and the upsert, whatever the slice's budget.
		const pause = steps.length > 0 ? yieldToUi : async (): Promise<void> => slices.pause();
		if (steps.length > 0) await yieldToUi();
		const key = await recordKey(record, steps.length > 0 ? yieldToUi : undefined);
		if (index.has(record.path) && keys.get(record.path) === key) {
			index.setMtime(record.path, record.mtime);
			return false;
		}
		for (const step of [...steps, null]) {
			await pause();
			step?.();
		}
		if (!stillThere()) return false;
		index.upsert(record);
		keys.set(record.path, key);
		return true;
	}

	/** Tells views that something they show changed without a note changing (settings, dismissals, a new day). */
	touch(): void {
		this.#emit();
	}

	#emit(): void {
		this.events.trigger("updated");
	}
}
