import { openDB } from "idb";
import { beforeAll, describe, expect, it } from "vitest";
import { IndexService } from "../../src/obsidian/index-service";
import { databaseName } from "../../src/obsidian/index-store";
import { mergeSettings } from "../../src/settings/plugin-settings";
import { App, asObsidian } from "../obsidian";

/**
 * The plugin's next start from a cache whose chunks were deflated in a worker, as on a
 * platform with one (the stand-in's BlobWorker: tests/setup-worker.ts). In Node, not happy-dom:
 * happy-dom's Blob and URL are its own, and the stand-in's worker reads Node's blob URLs.
 */

beforeAll(() => {
	(globalThis as { window?: unknown }).window ??= globalThis;
});

const WARM = { cache: { start: "warm" as const } };

function vault(): Record<string, string> {
	const notes: Record<string, string> = { ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily" }) };
	for (let i = 0; i < 60; i++) notes[`People/Person ${i}.md`] = `---\ntype: person\ntopics: [pricing, topic-${i % 7}]\n---\nPerson ${i} works on pricing, retainers and topic ${i % 7}. ${"Notes on engagements and day rates. ".repeat(2_000)}\n`;
	for (let i = 0; i < 20; i++) notes[`Posts/Post ${i}.md`] = `---\ntype: post\ntopics: [topic-${i % 7}]\n---\nA post on topic ${i % 7} and pricing.\n`;
	return notes;
}

function started(app: App): IndexService {
	const settings = mergeSettings({});
	const service = new IndexService(asObsidian(app), () => settings);
	service.load();
	return service;
}

describe("a warm start from deflated chunks", () => {
	it("restores the same index as a build, reading again only the note changed since", async () => {
		const app = new App(vault(), WARM);
		const first = started(app);
		await first.rebuild();
		await first.save();
		const built = first.index?.allPeople().map((person) => ({ ...person, mtime: 0 }));
		first.unload();
		const db = await openDB(databaseName(asObsidian(app)));
		const chunks = (await db.getAll("chunks")) as unknown[];
		db.close();
		expect(chunks.length).toBeGreaterThan(1);
		for (const chunk of chunks) expect(chunk).toMatchObject({ format: "deflate-raw", bytes: expect.any(ArrayBuffer) as unknown });

		await app.vault.modify(app.vault.getFileByPath("Posts/Post 3.md") as never, "---\ntype: post\ntopics: [pricing]\n---\nRewritten.\n");
		await app.metadataCache.settled();
		const read: string[] = [];
		const cachedRead = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = (file) => {
			read.push(file.path);
			return cachedRead(file);
		};
		const second = started(app);
		await second.rebuild();
		expect(read).toEqual(["Posts/Post 3.md"]);
		expect(second.index?.allPeople().map((person) => ({ ...person, mtime: 0 }))).toEqual(built);
		expect(second.index?.post("Posts/Post 3.md")?.topics).toEqual(["pricing"]);
		second.unload();
	});
});
