/**
 * The plugin's side, driven through the tests' Obsidian stand-in (tests/obsidian/):
 * the real IndexService building the index in slices (cold, then warm from its snapshot),
 * and the cost of the plugin's onload.
 *
 * The snapshot goes through the real IndexStore into IndexedDB, which in Node is
 * fake-indexeddb: an in-memory implementation with no disk, no quota and no separate
 * process, so its reads and writes cost less than Obsidian's Electron or mobile WebView's.
 */
// IndexedDB for Node, installed as globals before the store first opens a database.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import type * as Obsidian from "obsidian";
import TopOfMindPlugin from "../src/main";
import { IndexService } from "../src/obsidian/index-service";
import { IndexStore } from "../src/obsidian/index-store";
import { mergeSettings } from "../src/settings/plugin-settings";
import { App, asObsidian, loadPlugin, unloadPlugins } from "../tests/obsidian";
import { installBlobWorker } from "../tests/obsidian/blob-worker";
import { useBrowserTasks } from "./browser-tasks";
import { DAILY_FOLDER } from "./core-bench";
import { heapUsedMb, startLoopWatch, summarize, timeAsync, type Summary } from "./stats";
import { storeBytes } from "./snapshot-size";
import type { SyntheticVault } from "./synthetic-vault";

/**
 * IndexService uses `window` timers, as Obsidian plugins must, timed as a browser times them
 * (browser-tasks.ts); the cache deflates its chunks in a worker, which Node has not (the
 * stand-in's BlobWorker runs it in a worker thread).
 */
function ensureWindow(): void {
	useBrowserTasks();
	installBlobWorker();
}

export interface PluginBuildResult {
	/** Cold build through IndexService.rebuild, Obsidian's metadata cache ready: wall time, longest synchronous block. */
	coldMs: number;
	coldLongestBlockMs: number;
	/** The same build on a first start, while Obsidian's metadata cache is still empty and fills as it goes. */
	coldCacheMs: number;
	coldCacheLongestBlockMs: number;
	/** Writing the snapshot (IndexService.save) to IndexedDB (fake-indexeddb), in slices. */
	saveMs: number;
	saveLongestBlockMs: number;
	/** The next start: restore from the snapshot in IndexedDB (fake-indexeddb), 10 notes changed meanwhile. */
	warmMs: number;
	warmLongestBlockMs: number;
	warmRestored: boolean;
	warmReread: number;
}

function serviceFor(app: App): IndexService {
	const settings = mergeSettings({ dailyNotesFolder: DAILY_FOLDER, dailyNotesFormat: "YYYY-MM-DD" });
	const service = new IndexService(asObsidian(app), () => settings);
	service.load();
	return service;
}

async function watched(task: () => Promise<unknown>): Promise<{ ms: number; longest: number }> {
	// Start from a collected heap, so a collection of the benchmark's own garbage is not counted.
	heapUsedMb();
	const stop = startLoopWatch();
	const ms = await timeAsync(task);
	return { ms, longest: stop() };
}

export async function measurePluginBuild(vault: SyntheticVault): Promise<PluginBuildResult> {
	ensureWindow();
	// An empty IndexedDB: every stand-in vault has the same name, so the cache of a previous
	// size (or run) would otherwise be restored by this one's cold build.
	globalThis.indexedDB = new IDBFactory();
	const files: Record<string, string> = {};
	for (let i = 0; i < vault.size; i++) {
		const note = vault.note(i);
		files[note.path] = note.text;
	}
	// A first start: the metadata cache empty, reading the vault as the index is built.
	const fresh = new App(files, { cache: { start: "cold", begin: "now" } });
	const firstStart = serviceFor(fresh);
	const coldCache = await watched(async () => {
		await firstStart.rebuild();
		await fresh.metadataCache.settled();
		await firstStart.flush();
	});
	firstStart.unload();

	// The usual start: Obsidian's own cache already holds every note.
	const app = new App(files, { cache: { start: "warm" } });
	const first = serviceFor(app);
	const cold = await watched(() => first.rebuild());
	if (typeof first.save !== "function") {
		// A service that keeps no snapshot (before persistence): only its cold build.
		first.unload();
		return { coldMs: cold.ms, coldLongestBlockMs: cold.longest, coldCacheMs: coldCache.ms, coldCacheLongestBlockMs: coldCache.longest, saveMs: 0, saveLongestBlockMs: 0, warmMs: 0, warmLongestBlockMs: 0, warmRestored: false, warmReread: 0 };
	}
	const save = await watched(() => first.save());
	first.unload();

	const reads = await editTenCountingReads(app, vault);
	const second = serviceFor(app);
	const warm = await watched(() => second.rebuild());
	const reread = reads.stop();
	const result: PluginBuildResult = {
		coldMs: cold.ms,
		coldLongestBlockMs: cold.longest,
		coldCacheMs: coldCache.ms,
		coldCacheLongestBlockMs: coldCache.longest,
		saveMs: save.ms,
		saveLongestBlockMs: save.longest,
		warmMs: warm.ms,
		warmLongestBlockMs: warm.longest,
		warmRestored: reread < vault.shape.people + vault.shape.posts,
		warmReread: reread,
	};
	second.unload();
	return result;
}

/** The plugin's onload on an empty vault (layout not ready, so nothing is indexed): registrations only. */
export async function measureOnload(runs: number): Promise<Summary> {
	ensureWindow();
	const samples: number[] = [];
	for (let run = 0; run < runs + 2; run++) {
		const app = new App({});
		let plugin: Obsidian.Plugin | null = null;
		const ms = await timeAsync(async () => {
			plugin = await loadPlugin(TopOfMindPlugin, app);
		});
		(plugin as Obsidian.Plugin | null)?.unload();
		if (run >= 2) samples.push(ms);
	}
	return summarize(samples);
}

/**
 * Ten notes edited while Obsidian was closed, then every note the next start reads again
 * counted (with a usable snapshot, only the people and posts changed since).
 */
async function editTenCountingReads(app: App, vault: SyntheticVault): Promise<{ count(): number; reset(): void; stop(): number }> {
	for (let k = 0; k < 10; k++) {
		const i = Math.floor(((k + 0.5) / 10) * vault.size);
		const file = app.vault.getFileByPath(vault.path(i));
		if (file) await app.vault.modify(file, vault.note(i, 1).text);
	}
	await app.metadataCache.settled();
	let reread = 0;
	const cachedRead = app.vault.cachedRead.bind(app.vault);
	app.vault.cachedRead = (file) => {
		reread++;
		return cachedRead(file);
	};
	return {
		count: () => reread,
		reset: () => void (reread = 0),
		stop: () => {
			app.vault.cachedRead = cachedRead;
			return reread;
		},
	};
}

export interface WarmStartResult {
	/** Each warm start: a new IndexService restoring the snapshot from IndexedDB (fake-indexeddb), 10 notes changed since. */
	warm: Summary;
	longestBlockMs: number;
	/** Notes read again by the last warm start. */
	reread: number;
	restored: boolean;
	/** What the snapshot takes in IndexedDB, as the store wrote it (bench/snapshot-size.ts). */
	storedMb: number | null;
}

/** The next start from this device's cache, `runs` times: one cold build and save, 10 notes edited, then each start restores the same snapshot. */
export async function measureWarmStarts(vault: SyntheticVault, runs: number, around?: (start: () => Promise<unknown>) => Promise<unknown>): Promise<WarmStartResult> {
	ensureWindow();
	globalThis.indexedDB = new IDBFactory();
	const files: Record<string, string> = {};
	for (let i = 0; i < vault.size; i++) {
		const note = vault.note(i);
		files[note.path] = note.text;
	}
	const app = new App(files, { cache: { start: "warm" } });
	const first = serviceFor(app);
	await first.rebuild();
	await first.save();
	first.unload();
	const bytes = await storeBytes(new IndexStore(asObsidian(app)));
	const reads = await editTenCountingReads(app, vault);
	const samples: number[] = [];
	let longest = 0;
	let reread = 0;
	for (let run = 0; run < runs; run++) {
		reads.reset();
		const service = serviceFor(app);
		const warm = await watched(() => (around === undefined ? service.rebuild() : around(() => service.rebuild())));
		service.unload();
		samples.push(warm.ms);
		longest = Math.max(longest, warm.longest);
		reread = reads.count();
	}
	reads.stop();
	// The snapshot lives in the in-memory IndexedDB: let it go with the vault.
	globalThis.indexedDB = new IDBFactory();
	return { warm: summarize(samples), longestBlockMs: longest, reread, restored: reread < vault.shape.people + vault.shape.posts, storedMb: bytes === null ? null : bytes / 1_048_576 };
}

export interface OnloadCheck {
	onload: Summary;
	/** Notes read and index builds started by onload on a vault of `notes` notes, layout not ready yet: both must be 0. */
	notes: number;
	reads: number;
	serviceState: string;
	/** Whether the panel's view type is registered when onload returns (the panel can then be opened and render). */
	panelRegistered: boolean;
}

/** onload on a vault of `vault.size` notes, before the layout is ready: its time, and that it reads nothing and starts no build. */
export async function checkOnload(vault: SyntheticVault, runs: number): Promise<OnloadCheck> {
	ensureWindow();
	const files: Record<string, string> = {};
	for (let i = 0; i < vault.size; i++) {
		const note = vault.note(i);
		files[note.path] = note.text;
	}
	const samples: number[] = [];
	let reads = 0;
	let serviceState = "";
	let panelRegistered = false;
	for (let run = 0; run < runs + 2; run++) {
		globalThis.indexedDB = new IDBFactory();
		const app = new App(files, { cache: { start: "warm" } });
		const read = app.vault.read.bind(app.vault);
		let count = 0;
		app.vault.read = (file) => {
			count++;
			return read(file);
		};
		app.vault.cachedRead = (file) => app.vault.read(file);
		let plugin: Obsidian.Plugin | null = null;
		const ms = await timeAsync(async () => {
			plugin = await loadPlugin(TopOfMindPlugin, app);
		});
		const loaded = plugin as Obsidian.Plugin | null;
		if (run >= 2) samples.push(ms);
		reads = Math.max(reads, count);
		serviceState = String((loaded as unknown as { service?: { state?: string } } | null)?.service?.state ?? "unknown");
		panelRegistered = app.viewRegistry.has("top-of-mind-who-cares");
		loaded?.unload();
		// loadPlugin keeps every plugin it loaded until unloadPlugins (as the tests' teardown does).
		unloadPlugins();
	}
	globalThis.indexedDB = new IDBFactory();
	return { onload: summarize(samples), notes: vault.size, reads, serviceState, panelRegistered };
}
