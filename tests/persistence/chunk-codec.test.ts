import { openDB } from "idb";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { workerCodec, type ChunkCodec } from "../../src/obsidian/chunk-codec";
import { IndexStore, readAllLines, writeAllLines } from "../../src/obsidian/index-store";
import { App, asObsidian } from "../obsidian";

/**
 * The index cache's chunks deflated in a worker (tests/obsidian/blob-worker.ts stands in for
 * the browser's Worker; CompressionStream is Node's own), and the store's fallbacks: no
 * codec, a codec that fails, bytes that do not inflate.
 */

beforeAll(() => {
	// IndexStore's timers are the window's, as in Obsidian.
	(globalThis as { window?: unknown }).window ??= globalThis;
});

const codecs: ChunkCodec[] = [];
afterEach(() => {
	for (const codec of codecs.splice(0)) codec.close();
});

function codec(): ChunkCodec {
	const made = workerCodec();
	if (made === null) throw new Error("no worker codec in this environment");
	codecs.push(made);
	return made;
}

/** JSON lines as a snapshot writes them: some long, some with escapes for characters past U+00FF. */
function snapshotLike(count: number): string[] {
	return Array.from({ length: count }, (_, i) => JSON.stringify({ line: i, text: `${"pricing retainers and day rates ".repeat(i % 4 === 0 ? 20_000 : 3)}\\u00e9 \u00e9 "quoted"` }));
}

async function chunkValues(store: IndexStore): Promise<unknown[]> {
	const db = await openDB(store.name);
	try {
		return (await db.getAll("chunks")) as unknown[];
	} finally {
		db.close();
	}
}

describe("workerCodec", () => {
	it("gives back the very text it deflated, in a fraction of its size", async () => {
		const worker = codec();
		const text = snapshotLike(12).join("\n");
		const bytes = await worker.pack(text);
		expect(bytes).toBeInstanceOf(ArrayBuffer);
		expect(bytes.byteLength).toBeLessThan(text.length / 10);
		expect(await worker.unpack(bytes)).toBe(text);
		expect(await worker.unpack(await worker.pack(""))).toBe("");
	});

	it("answers each request with its own text when many are under way", async () => {
		const worker = codec();
		const texts = Array.from({ length: 8 }, (_, i) => `chunk ${i} `.repeat(1_000 * (i + 1)));
		const packed = await Promise.all(texts.map((text) => worker.pack(text)));
		expect(await Promise.all(packed.map((bytes) => worker.unpack(bytes)))).toEqual(texts);
	});

	it("rejects bytes it did not write, and keeps working after", async () => {
		const worker = codec();
		await expect(worker.unpack(new Uint8Array([1, 2, 3, 250, 251]).buffer)).rejects.toThrow();
		expect(await worker.unpack(await worker.pack("still here"))).toBe("still here");
	});

	it("rejects what is pending and what comes after, once closed", async () => {
		const worker = codec();
		const pending = worker.pack("x".repeat(1_000_000));
		worker.close();
		await expect(pending).rejects.toThrow(/stopped/);
		await expect(worker.pack("y")).rejects.toThrow(/stopped/);
	});

	it("fails a request the worker never answers, and everything after, instead of waiting for ever", async () => {
		const made: SilentWorker[] = [];
		class SilentWorker {
			onmessage: unknown = null;
			onerror: unknown = null;
			terminated = false;
			constructor() {
				made.push(this);
			}
			postMessage(): void {}
			terminate(): void {
				this.terminated = true;
			}
		}
		const global = globalThis as { Worker?: unknown };
		const saved = global.Worker;
		global.Worker = SilentWorker;
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		try {
			const silent = codec();
			const pending = silent.unpack(new ArrayBuffer(8));
			const check = expect(pending).rejects.toThrow(/did not answer/);
			await vi.advanceTimersByTimeAsync(10_000);
			await check;
			expect(made.map((worker) => worker.terminated)).toEqual([true]);
			await expect(silent.pack("x")).rejects.toThrow(/stopped/);
		} finally {
			vi.useRealTimers();
			global.Worker = saved;
		}
	});

	it("is null where the platform has no Worker or no CompressionStream", () => {
		const global = globalThis as { Worker?: unknown; CompressionStream?: unknown };
		for (const name of ["Worker", "CompressionStream"] as const) {
			const saved = global[name];
			global[name] = undefined;
			try {
				expect(workerCodec()).toBeNull();
			} finally {
				global[name] = saved;
			}
		}
	});
});

describe("IndexStore with deflated chunks", () => {
	it("stores deflated chunks and reads back the same lines", async () => {
		const store = new IndexStore(asObsidian(new App({})), undefined, codec);
		const lines = snapshotLike(12);
		await writeAllLines(store, lines);
		const values = await chunkValues(store);
		expect(values.length).toBeGreaterThan(1);
		for (const value of values) expect(value).toMatchObject({ format: "deflate-raw", bytes: expect.any(ArrayBuffer) as unknown });
		const text = lines.reduce((sum, line) => sum + line.length, 0);
		expect(await store.storedBytes()).toBeLessThan(text / 10);
		expect(await readAllLines(store)).toEqual(lines);
		store.close();
	});

	it("reads chunks stored as lines (a device without a worker), and stores lines when the codec fails", async () => {
		const app = asObsidian(new App({}));
		const plain = new IndexStore(app, undefined, () => null);
		const lines = snapshotLike(6);
		await writeAllLines(plain, lines);
		expect((await chunkValues(plain)).every((value) => Array.isArray(value))).toBe(true);
		expect(await plain.storedBytes()).toBe(lines.reduce((sum, line) => sum + line.length, 0));
		plain.close();
		const withCodec = new IndexStore(app, undefined, codec);
		expect(await readAllLines(withCodec)).toEqual(lines);
		withCodec.close();
		const failing: ChunkCodec = { pack: () => Promise.reject(new Error("no")), unpack: () => Promise.reject(new Error("no")), close: () => undefined };
		const broken = new IndexStore(app, undefined, () => failing);
		await writeAllLines(broken, lines);
		expect(await readAllLines(broken)).toEqual(lines);
		broken.close();
	});

	it("gives no snapshot when deflated chunks cannot be read: no codec here, damaged bytes, fewer lines than stored", async () => {
		const app = asObsidian(new App({}));
		const writer = new IndexStore(app, undefined, codec);
		await writeAllLines(writer, snapshotLike(6));
		writer.close();
		expect(await readAllLines(new IndexStore(app, undefined, () => null))).toBeNull();
		const db = await openDB(writer.name);
		const [key] = await db.getAllKeys("chunks");
		if (key === undefined) throw new Error("no chunk stored");
		const first = (await db.get("chunks", key)) as { lines: number; bytes: ArrayBuffer };
		await db.put("chunks", { ...first, bytes: new Uint8Array([9, 9, 9]).buffer }, key);
		expect(await readAllLines(new IndexStore(app, undefined, codec))).toBeNull();
		await db.put("chunks", { ...first, lines: first.lines + 1 }, key);
		expect(await readAllLines(new IndexStore(app, undefined, codec))).toBeNull();
		db.close();
	});
});
