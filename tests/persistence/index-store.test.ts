// @vitest-environment happy-dom
import { openDB } from "idb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseName, IndexStore, readAllLines, SCHEMA_VERSION, vaultKey, writeAllLines } from "../../src/obsidian/index-store";
import { App, asObsidian } from "../obsidian";

/**
 * The index cache in IndexedDB (fake-indexeddb, fresh for each test: tests/setup.ts).
 * What the plugin makes of it (starting from it, clearing it, the old files) is in
 * tests/plugin/index-cache.test.ts.
 */

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

function storeFor(app: App): IndexStore {
	return new IndexStore(asObsidian(app));
}

/** Lines long enough that a snapshot of them takes several chunks. */
function bigLines(tag: string, count = 12): string[] {
	return Array.from({ length: count }, (_, i) => JSON.stringify({ tag, line: i, text: "x".repeat(i % 3 === 0 ? 700_000 : 10) }));
}

/** Looks into the database as it is stored: every chunk's key, and the manifest. Closes its connection after. */
async function stored(store: IndexStore): Promise<{ chunkKeys: Array<[number, number]>; manifest: unknown }> {
	const db = await openDB(store.name);
	try {
		return { chunkKeys: (await db.getAllKeys("chunks")) as Array<[number, number]>, manifest: await db.get("meta", "manifest") };
	} finally {
		db.close();
	}
}

async function rawWrite(store: IndexStore, change: (db: Awaited<ReturnType<typeof openDB>>) => Promise<unknown>): Promise<void> {
	const db = await openDB(store.name);
	try {
		await change(db);
	} finally {
		db.close();
	}
}

function generations(keys: Array<[number, number]>): number[] {
	return [...new Set(keys.map(([generation]) => generation))];
}

/** Unhandled promise rejections while `task` runs, and a little after. */
async function unhandledDuring(task: () => Promise<void>): Promise<unknown[]> {
	const seen: unknown[] = [];
	const record = (reason: unknown): void => {
		seen.push(reason);
	};
	process.on("unhandledRejection", record);
	try {
		await task();
		await new Promise((resolve) => setTimeout(resolve, 50));
	} finally {
		process.off("unhandledRejection", record);
	}
	return seen;
}

describe("the index cache in IndexedDB", () => {
	it("gives a snapshot's lines back whole, written in several small chunks; a new snapshot replaces the old one's", async () => {
		const store = storeFor(new App({}));
		expect(await readAllLines(store)).toBeNull();
		const lines = bigLines("first");
		await writeAllLines(store, lines);
		expect(await readAllLines(store)).toEqual(lines);
		const first = await stored(store);
		expect(first.chunkKeys.length).toBeGreaterThan(2);
		expect(generations(first.chunkKeys)).toHaveLength(1);
		expect(first.manifest).toMatchObject({ generation: first.chunkKeys[0]?.[0], chunks: first.chunkKeys.length });

		await writeAllLines(store, ["[1]", "[2]"]);
		expect(await readAllLines(store)).toEqual(["[1]", "[2]"]);
		const second = await stored(store);
		expect(second.chunkKeys).toHaveLength(1);
		expect(second.chunkKeys[0]?.[0]).toBeGreaterThan(first.chunkKeys[0]?.[0] ?? Infinity);
	});

	it("reads them back a chunk at a time, in order", async () => {
		const store = storeFor(new App({}));
		const lines = bigLines("chunks");
		await writeAllLines(store, lines);
		const parts = (await store.parts()) ?? [];
		expect(parts.length).toBeGreaterThan(2);
		const chunks: string[][] = [];
		for (const part of parts) chunks.push((await store.readPart(part)) ?? []);
		expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
		expect(chunks.flat()).toEqual(lines);
	});

	it("never reads a write cut short (no manifest): the previous snapshot still is, and the next complete write removes the rest", async () => {
		const store = storeFor(new App({}));
		await writeAllLines(store, ["[\"previous\"]"]);
		const cut = store.beginWrite();
		for (const line of bigLines("cut short")) await cut.add(line);
		// Obsidian closed here: finish() never ran, though chunks were written.
		expect(generations((await stored(store)).chunkKeys)).toHaveLength(2);
		expect(await readAllLines(store)).toEqual(["[\"previous\"]"]);
		// The next start reads the previous snapshot too.
		expect(await readAllLines(storeFor(new App({})))).toEqual(["[\"previous\"]"]);

		await writeAllLines(store, ["[\"next\"]"]);
		expect(await readAllLines(store)).toEqual(["[\"next\"]"]);
		expect((await stored(store)).chunkKeys).toHaveLength(1);
	});

	it("reads nothing when a chunk is missing, a chunk is damaged or the manifest is", async () => {
		const store = storeFor(new App({}));
		await writeAllLines(store, bigLines("whole"));
		const [, second] = (await stored(store)).chunkKeys;
		await rawWrite(store, (db) => db.delete("chunks", second as [number, number]));
		expect(await readAllLines(store)).toBeNull();

		await writeAllLines(store, bigLines("whole"));
		const [first] = (await stored(store)).chunkKeys;
		await rawWrite(store, (db) => db.put("chunks", [1, 2, 3], first));
		expect(await readAllLines(store)).toBeNull();

		await writeAllLines(store, ["[1]"]);
		const { manifest } = await stored(store);
		for (const damaged of ["{not json", { ...(manifest as object), kind: "something else" }, { ...(manifest as object), chunks: 2 }, { ...(manifest as object), generation: "1" }]) {
			await rawWrite(store, (db) => db.put("meta", damaged, "manifest"));
			expect(await readAllLines(store)).toBeNull();
		}
	});

	it("of two writes under way at once, the one that started writing later wins, whichever finishes first", async () => {
		const store = storeFor(new App({}));
		const older = store.beginWrite();
		for (const line of bigLines("older")) await older.add(line);
		await writeAllLines(store, ["[\"newer\"]"]);
		await older.finish();
		expect(await readAllLines(store)).toEqual(["[\"newer\"]"]);

		const first = store.beginWrite();
		for (const line of bigLines("first")) await first.add(line);
		const second = store.beginWrite();
		const secondLines = bigLines("second");
		for (const line of secondLines) await second.add(line);
		await first.finish();
		expect(await readAllLines(store)).toEqual(bigLines("first"));
		await second.finish();
		expect(await readAllLines(store)).toEqual(secondLines);
		expect(generations((await stored(store)).chunkKeys)).toHaveLength(1);
	});

	it("clear() deletes the vault's database; a write begun before it never completes", async () => {
		const store = storeFor(new App({}));
		await writeAllLines(store, ["[1]"]);
		const before = store.beginWrite();
		await before.add("[\"before the clear\"]");
		expect(await store.clear()).toBe(true);
		expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(store.name);
		expect(await readAllLines(store)).toBeNull();
		await before.add("[\"more\"]");
		await before.finish();
		expect(await readAllLines(store)).toBeNull();
		// The cache is made again by the next write.
		await writeAllLines(store, ["[2]"]);
		expect(await readAllLines(store)).toEqual(["[2]"]);
	});

	it("is versioned: the database by its schema, the snapshot by its own format (checked by the restorer)", async () => {
		const store = storeFor(new App({}));
		await writeAllLines(store, ["[1]"]);
		const db = await openDB(store.name);
		expect(db.version).toBe(SCHEMA_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(["chunks", "meta"]);
		db.close();
	});

	it("starts afresh over a database of a newer schema (a later version ran on this device)", async () => {
		const app = new App({});
		const name = databaseName(asObsidian(app));
		const newer = await openDB(name, SCHEMA_VERSION + 1, { upgrade: (db) => db.createObjectStore("something-else") });
		newer.close();
		const store = storeFor(app);
		await writeAllLines(store, ["[1]"]);
		expect(await readAllLines(store)).toEqual(["[1]"]);
	});
});

describe("one database per vault", () => {
	it("is named by Obsidian's id for the vault when it has one", () => {
		const app = new App({});
		Object.assign(app, { appId: "1f2e3d4c5b6a7988" });
		expect(vaultKey(asObsidian(app))).toBe("1f2e3d4c5b6a7988");
		expect(databaseName(asObsidian(app))).toBe("top-of-mind/index/1f2e3d4c5b6a7988");
	});

	it("falls back to the vault's name and configuration folder without one (or with one that is not a name)", () => {
		const app = new App({});
		expect(databaseName(asObsidian(app))).toBe("top-of-mind/index/Test vault/.obsidian");
		app.vault.name = "Work notes";
		app.vault.configDir = ".obsidian-phone";
		expect(vaultKey(asObsidian(app))).toBe("Work notes/.obsidian-phone");
		for (const appId of ["", 42, null, { id: "x" }]) {
			Object.assign(app, { appId });
			expect(vaultKey(asObsidian(app))).toBe("Work notes/.obsidian-phone");
		}
	});

	it("two vaults keep separate caches, by id or by name", async () => {
		const work = new App({});
		const home = new App({});
		Object.assign(work, { appId: "aaaa000011112222" });
		Object.assign(home, { appId: "bbbb333344445555" });
		await writeAllLines(storeFor(work), ["[\"work\"]"]);
		expect(await readAllLines(storeFor(home))).toBeNull();
		await writeAllLines(storeFor(home), ["[\"home\"]"]);
		expect(await readAllLines(storeFor(work))).toEqual(["[\"work\"]"]);
		expect(await readAllLines(storeFor(home))).toEqual(["[\"home\"]"]);
		// Clearing one leaves the other.
		expect(await storeFor(home).clear()).toBe(true);
		expect(await readAllLines(storeFor(work))).toEqual(["[\"work\"]"]);

		const named = new App({});
		named.vault.name = "Another vault";
		await writeAllLines(storeFor(named), ["[\"named\"]"]);
		expect(await readAllLines(storeFor(new App({})))).toBeNull();
		expect(await readAllLines(storeFor(named))).toEqual(["[\"named\"]"]);
	});
});

describe("when IndexedDB fails", () => {
	it("is quiet without IndexedDB: nothing read, writes and clearing do nothing, no unhandled rejection", async () => {
		vi.stubGlobal("indexedDB", undefined);
		const store = storeFor(new App({}));
		const unhandled = await unhandledDuring(async () => {
			expect(await store.parts()).toBeNull();
			await writeAllLines(store, bigLines("nowhere"));
			expect(await readAllLines(store)).toBeNull();
			expect(await store.clear()).toBe(false);
			await store.removeLegacyFiles();
			store.close();
		});
		expect(unhandled).toEqual([]);
	});

	it("is quiet when IndexedDB refuses to open (as in a private window)", async () => {
		const refusing = {
			open: () => {
				throw new DOMException("The user denied permission", "SecurityError");
			},
			deleteDatabase: () => {
				throw new DOMException("The user denied permission", "SecurityError");
			},
		};
		vi.stubGlobal("indexedDB", refusing);
		const store = storeFor(new App({}));
		const unhandled = await unhandledDuring(async () => {
			await writeAllLines(store, ["[1]"]);
			expect(await readAllLines(store)).toBeNull();
			expect(await store.clear()).toBe(false);
		});
		expect(unhandled).toEqual([]);
	});

	it("keeps the previous snapshot when a write fails half-way (a full disk), and leaves none of its chunks", async () => {
		const store = storeFor(new App({}));
		await writeAllLines(store, ["[\"previous\"]"]);
		const writer = store.beginWrite();
		await writer.add(bigLines("half")[0] as string);
		await writer.add(bigLines("half")[3] as string);
		vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
			throw new DOMException("The quota has been exceeded", "QuotaExceededError");
		});
		const unhandled = await unhandledDuring(async () => {
			for (const line of bigLines("half")) await writer.add(line);
			await writer.finish();
		});
		vi.restoreAllMocks();
		expect(unhandled).toEqual([]);
		expect(await readAllLines(store)).toEqual(["[\"previous\"]"]);
		expect(generations((await stored(store)).chunkKeys)).toHaveLength(1);
	});

	it("gives up on a database that never answers, after a few seconds", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		// An open request that never succeeds nor fails.
		vi.stubGlobal("indexedDB", { open: () => new IDBOpenDBRequest() });
		const store = storeFor(new App({}));
		const parts = store.parts();
		await vi.advanceTimersByTimeAsync(6_000);
		expect(await parts).toBeNull();
	});
});
