// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import TopOfMindPlugin from "../../src/main";
import { IndexStore, readAllLines } from "../../src/obsidian/index-store";
import { App, asObsidian, loadPlugin, Notice } from "../obsidian";
import { DATA_PATH, indexReady, serviceOf, sleep, startPlugin, waitFor, WARM_CACHE } from "../helpers/plugin-harness";
import { ANA, BO, CY, DEE, K8S_POST, PRICING_POST, sampleVault } from "../helpers/sample-vault";

/**
 * The plugin and its index cache: this device's IndexedDB (fake-indexeddb, fresh for each
 * test: tests/setup.ts), never the plugin's folder, which sync services copy to every device.
 */

const FOLDER = ".obsidian/plugins/top-of-mind";
const PEOPLE_AND_POSTS = [ANA, BO, CY, DEE, K8S_POST, PRICING_POST].sort();

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

function storeOf(app: App): IndexStore {
	return new IndexStore(asObsidian(app));
}

/** Waits for the snapshot the plugin writes a couple of seconds after a build. */
async function cacheWritten(app: App): Promise<void> {
	const store = storeOf(app);
	let parts: unknown = null;
	const start = Date.now();
	while ((parts = await store.parts()) === null) {
		if (Date.now() - start > 8_000) throw new Error("the index cache was never written");
		await sleep(50);
	}
	expect(parts).not.toBeNull();
}

async function folderFiles(app: App): Promise<string[]> {
	return (await app.vault.adapter.list(FOLDER)).files.map((path) => path.slice(FOLDER.length + 1)).sort();
}

/** Which notes' text the plugin reads while `task` runs. */
async function notesRead(app: App, task: () => Promise<void>): Promise<string[]> {
	const cachedRead = vi.spyOn(app.vault, "cachedRead");
	await task();
	const read = cachedRead.mock.calls.map(([file]) => file.path).sort();
	cachedRead.mockRestore();
	return read;
}

/** Loads the plugin over `app` and waits for its index; the notes whose text it read meanwhile. */
async function start(app: App): Promise<{ plugin: TopOfMindPlugin; read: string[] }> {
	let plugin: TopOfMindPlugin | null = null;
	const read = await notesRead(app, async () => {
		plugin = await loadPlugin(TopOfMindPlugin, app, { data: {} });
		await app.workspace.triggerLayoutReady();
		await indexReady(plugin);
	});
	if (plugin === null) throw new Error("the plugin did not load");
	return { plugin, read };
}

/** Unhandled promise rejections while `task` runs. */
async function unhandledDuring(task: () => Promise<void>): Promise<unknown[]> {
	const seen: unknown[] = [];
	const record = (reason: unknown): void => {
		seen.push(reason);
	};
	process.on("unhandledRejection", record);
	try {
		await task();
		await sleep(50);
	} finally {
		process.off("unhandledRejection", record);
	}
	return seen;
}

describe("the index cache", () => {
	it("is kept in this device's IndexedDB and read on the next start; the plugin's folder holds only data.json", async () => {
		const { app, plugin } = await startPlugin(sampleVault(), { data: { resultLimit: 5 } });
		await cacheWritten(app);
		expect(await folderFiles(app)).toEqual(["data.json"]);
		plugin.unload();

		const { plugin: again, read } = await start(app);
		// Restored: no person or post is read again.
		expect(read).toEqual([]);
		expect(serviceOf(again).index?.allPeople()).toHaveLength(4);
		expect(await folderFiles(app)).toEqual(["data.json"]);
	});

	it("is this vault's own: another vault on the device starts without it", async () => {
		const work = new App(sampleVault(), { cache: WARM_CACHE });
		Object.assign(work, { appId: "aaaa000011112222" });
		const first = (await startPlugin(sampleVault(), { app: work })).plugin;
		await cacheWritten(work);
		first.unload();
		const home = new App(sampleVault(), { cache: WARM_CACHE });
		Object.assign(home, { appId: "bbbb333344445555" });
		const { read } = await start(home);
		expect(read).toEqual(PEOPLE_AND_POSTS);
	});
});

describe("the files older versions kept in the plugin's folder", () => {
	const legacy = {
		[`${FOLDER}/index.json`]: JSON.stringify({ kind: "top-of-mind-index-parts", parts: ["index-m1abc-0.json", "index-m1abc-1.json"] }),
		[`${FOLDER}/index-m1abc-0.json`]: "[\n[1]\n]\n",
		[`${FOLDER}/index-m1abc-1.json`]: "[\n[2]\n]\n",
		[`${FOLDER}/index-lzzzz-0.json`]: "[\n[0]\n]\n",
	};

	it("are removed at the first start of this version, leaving only data.json after a build and a save", async () => {
		const { app } = await startPlugin({ ...sampleVault(), ...legacy }, { data: {} });
		await cacheWritten(app);
		expect(await folderFiles(app)).toEqual(["data.json"]);
	});

	it("are removed once per device, by those names only", async () => {
		const others = { [`${FOLDER}/notes.json`]: "{}", [`${FOLDER}/my-index.json`]: "{}", [`${FOLDER}/index.md`]: "", [`${FOLDER}/styles.css`]: "" };
		const { app, plugin } = await startPlugin({ ...sampleVault(), ...legacy, ...others }, { data: {} });
		await cacheWritten(app);
		expect(await folderFiles(app)).toEqual(["data.json", "index.md", "my-index.json", "notes.json", "styles.css"]);
		plugin.unload();

		// Brought back later (by a sync from a device still on an older version): left alone now.
		app.vault.seed({ [`${FOLDER}/index.json`]: "{}" });
		const list = vi.spyOn(app.vault.adapter, "list");
		await startPlugin(sampleVault(), { app });
		await sleep(50);
		expect(list.mock.calls.filter(([path]) => path === FOLDER)).toEqual([]);
		expect(await folderFiles(app)).toContain("index.json");
	});
});

describe("Clear this device's index cache", () => {
	it("deletes this vault's database, rebuilds the index from the notes, says so, and saves a new cache later", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		await cacheWritten(app);
		const service = serviceOf(plugin);
		const rebuild = vi.spyOn(service, "rebuild");
		const read = await notesRead(app, async () => {
			await app.commands.run("top-of-mind:clear-index-cache");
			await waitFor(() => Notice.messages.includes("Index cache cleared on this device; index rebuilt: 4 people, 2 posts."), "the notice");
		});
		expect(rebuild).toHaveBeenCalledTimes(1);
		expect(read).toEqual(PEOPLE_AND_POSTS);
		expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(storeOf(app).name);
		expect(await readAllLines(storeOf(app))).toBeNull();
		expect(service.state).toBe("ready");
		// The rebuilt index is saved as after any build.
		await cacheWritten(app);
	});

	it("without IndexedDB, still rebuilds and says the cache could not be cleared", async () => {
		vi.stubGlobal("indexedDB", undefined);
		const { app } = await startPlugin(sampleVault());
		await app.commands.run("top-of-mind:clear-index-cache");
		await waitFor(() => Notice.messages.includes("Could not clear this device's index cache; index rebuilt: 4 people, 2 posts."), "the notice");
	});
});

describe("when IndexedDB fails", () => {
	const broken: Array<[string, unknown]> = [
		["is missing", undefined],
		[
			"throws",
			{
				open: () => {
					throw new DOMException("The user denied permission", "SecurityError");
				},
				deleteDatabase: () => {
					throw new DOMException("The user denied permission", "SecurityError");
				},
			},
		],
	];

	for (const [what, indexedDB] of broken) {
		it(`(it ${what}) the plugin builds from the notes at every start, with no unhandled rejection`, async () => {
			vi.stubGlobal("indexedDB", indexedDB);
			const unhandled = await unhandledDuring(async () => {
				const app = new App({ ...sampleVault(), [`${FOLDER}/index.json`]: "{}" }, { cache: WARM_CACHE });
				for (let run = 0; run < 2; run++) {
					const { plugin, read } = await start(app);
					expect(read).toEqual(PEOPLE_AND_POSTS);
					// Past the save after the first build.
					if (run === 0) await sleep(2_300);
					plugin.unload();
				}
				// The old files still go; nothing new is written.
				expect(await folderFiles(app)).toEqual(["data.json"]);
			});
			expect(unhandled).toEqual([]);
		}, 15_000);
	}
});

describe("data.json", () => {
	it("is the only file the plugin writes to its folder when settings change", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		await plugin.saveSettings();
		await cacheWritten(app);
		expect(await app.vault.adapter.exists(DATA_PATH)).toBe(true);
		expect(await folderFiles(app)).toEqual(["data.json"]);
	});
});
