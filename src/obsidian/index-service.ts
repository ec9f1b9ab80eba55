import { Component, Events, TFile, type App, type CachedMetadata } from "obsidian";
import { classify, isExcluded } from "../core/classify";
import { NetworkIndex } from "../core/network-index";
import type { NoteRecord } from "../core/types";
import type { TopOfMindSettings } from "../settings";
import { parseDailyWith, readDailyNotesConfig, type DailyNotesSettings } from "./daily-notes-config";
import { recordFromCache } from "./record-source";

export type IndexState = "waiting" | "indexing" | "ready";

/** How long the build may run before it hands the main thread back to Obsidian. */
const SLICE_MS = 12;
/** Edits arriving within this window are applied together. */
const UPDATE_DEBOUNCE_MS = 250;

/**
 * Owns the NetworkIndex inside Obsidian: builds it once the workspace layout is ready,
 * in small slices that keep the app responsive, then applies each change to one note as
 * Obsidian reports it. Views listen to "updated" and re-render only then.
 */
export class IndexService extends Component {
	index: NetworkIndex | null = null;
	state: IndexState = "waiting";
	dailyNotes: DailyNotesSettings = { folder: "", format: "YYYY-MM-DD", template: "" };
	private readonly events = new Events();
	private readonly pending = new Map<string, string | null>();
	private readonly notCached = new Set<string>();
	private timer: number | null = null;
	private buildRun = 0;
	private resolvedOnce = false;
	/** Longest synchronous stretch of the last build, in milliseconds (for benchmarks). */
	longestSliceMs = 0;

	constructor(
		private readonly app: App,
		private readonly settings: () => TopOfMindSettings,
	) {
		super();
	}

	override onload(): void {
		const { metadataCache, vault } = this.app;
		this.registerEvent(metadataCache.on("changed", (file, data) => this.queue(file.path, data)));
		this.registerEvent(
			metadataCache.on("resolved", () => {
				if (this.resolvedOnce) return;
				this.resolvedOnce = true;
				// Files whose cache was not ready during the build are read now.
				for (const path of this.notCached) this.queue(path, null);
				this.notCached.clear();
			}),
		);
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile) || !this.index) return;
				this.pending.delete(oldPath);
				this.index.remove(oldPath);
				if (file.extension === "md") this.queue(file.path, null);
				else this.emit();
			}),
		);
		this.registerEvent(
			vault.on("delete", (file) => {
				if (!this.index) return;
				this.pending.delete(file.path);
				if (this.index.has(file.path)) {
					this.index.remove(file.path);
					this.emit();
				}
			}),
		);
		this.register(() => {
			if (this.timer !== null) window.clearTimeout(this.timer);
			this.buildRun++;
		});
	}

	onUpdated(callback: () => void): () => void {
		const ref = this.events.on("updated", callback);
		return () => this.events.offref(ref);
	}

	/** Builds the index from scratch (start-up, settings change, the rebuild command). */
	async rebuild(): Promise<void> {
		const run = ++this.buildRun;
		this.state = "indexing";
		this.longestSliceMs = 0;
		this.emit();
		const settings = this.settings();
		this.dailyNotes = await readDailyNotesConfig(this.app, settings);
		const index = new NetworkIndex({
			config: settings.core,
			dailyNotes: this.dailyNotes,
			parseDailyDate: parseDailyWith(this.dailyNotes.format),
		});
		// Edits queued before or during the build stay queued and are applied once it is done.
		this.notCached.clear();
		const files = this.app.vault.getMarkdownFiles();
		let sliceStart = performance.now();
		for (const file of files) {
			if (run !== this.buildRun) return;
			const record = await this.readRecord(file, index, null);
			if (record) index.upsert(record);
			const elapsed = performance.now() - sliceStart;
			if (elapsed > SLICE_MS) {
				this.longestSliceMs = Math.max(this.longestSliceMs, elapsed);
				await yieldToUi();
				sliceStart = performance.now();
			}
		}
		if (run !== this.buildRun) return;
		this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - sliceStart);
		this.index = index;
		this.state = "ready";
		this.emit();
		if (this.pending.size > 0) await this.flush();
	}

	/**
	 * A note as the core needs it: bodies are read only for people and posts, the rest
	 * comes from the metadata cache. Null when the cache is not ready yet.
	 */
	private async readRecord(file: TFile, index: NetworkIndex, text: string | null): Promise<NoteRecord | null> {
		const cache: CachedMetadata | null = this.app.metadataCache.getFileCache(file);
		if (!cache) {
			this.notCached.add(file.path);
			return null;
		}
		const light = recordFromCache(file, cache, null);
		if (isExcluded(file.path, index.config)) return light;
		const kind = classify(light, index.config);
		if (kind === "other") return light;
		return recordFromCache(file, cache, text ?? (await this.app.vault.cachedRead(file)));
	}

	private queue(path: string, text: string | null): void {
		if (!path.toLowerCase().endsWith(".md")) return;
		this.pending.set(path, text);
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			this.timer = null;
			void this.flush();
		}, UPDATE_DEBOUNCE_MS);
	}

	/** Applies queued changes one note at a time; never a rebuild. */
	async flush(): Promise<void> {
		const index = this.index;
		if (!index || this.state !== "ready") return;
		const batch = [...this.pending.entries()];
		this.pending.clear();
		let changed = false;
		for (const [path, text] of batch) {
			const file = this.app.vault.getFileByPath(path);
			if (!file) {
				if (index.has(path)) index.remove(path);
				changed = true;
				continue;
			}
			const record = await this.readRecord(file, index, text);
			if (record) {
				index.upsert(record);
				changed = true;
			}
		}
		if (changed) this.emit();
	}

	/** Tells views that something they show changed without a note changing (settings, dismissals). */
	touch(): void {
		this.emit();
	}

	private emit(): void {
		this.events.trigger("updated");
	}
}

function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
