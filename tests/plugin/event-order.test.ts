// @vitest-environment happy-dom
/**
 * Indexing is right whatever the order of Obsidian's events, which its docs do not promise:
 * the metadata cache may be cold (null for notes it has not read) or warm, may start reading
 * before or after the layout is ready, and renames and deletes may come at any moment of a
 * first build or of a start from the saved index. Once things settle, the plugin's index
 * holds exactly the vault's notes.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import TopOfMindPlugin from "../../src/main";
import { App, loadPlugin, type CacheOptions, type TFile } from "../obsidian";
import { indexReady, serviceOf, sleep, waitFor } from "../helpers/plugin-harness";

const PEOPLE = 600;

/** 600 people (every fifth one written up in a daily note), 60 posts, 40 daily notes, 40 other notes. */
function bigVault(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < PEOPLE; i++) {
		files[`People/Person ${i}.md`] = `---\ntype: person\ntopics: [topic ${i % 17}]\ncadence: monthly\n---\nWorks on topic ${i % 17} and on ${i % 5 === 0 ? "pricing" : "hiring"}.\n`;
	}
	for (let i = 0; i < 60; i++) files[`Posts/Post ${i}.md`] = `---\ntype: post\ntopics: [topic ${i % 17}]\nstatus: published\n---\nA post about topic ${i % 17}.\n`;
	for (let i = 0; i < 40; i++) {
		const day = String(i + 1).padStart(2, "0");
		const date = i < 30 ? `2026-10-${day}` : `2026-11-${String(i - 29).padStart(2, "0")}`;
		files[`Daily/${date}.md`] = `Met [[Person ${i * 5}]] and [[Person ${i * 5 + 1}]].\n`;
	}
	for (let i = 0; i < 40; i++) files[`Notes/Note ${i}.md`] = `Just a note, number ${i}.\n`;
	files[".obsidian/daily-notes.json"] = JSON.stringify({ folder: "Daily" });
	return files;
}

/** Every read of a note takes a little while, so a build is still running while the test changes the vault; counts the reads. */
function slowReads(app: App, ms = 1): { count: number } {
	const read = app.vault.cachedRead.bind(app.vault);
	const reads = { count: 0 };
	vi.spyOn(app.vault, "cachedRead").mockImplementation(async (file) => {
		reads.count++;
		await sleep(ms);
		return read(file);
	});
	return reads;
}

/** 20 renames (10 people to another folder, 5 people to another name, 5 posts) and 10 deletes (people, posts, a daily note). */
async function renameAndDelete(app: App): Promise<{ gone: string[]; moved: string[] }> {
	const file = (path: string): TFile => {
		const found = app.vault.getFileByPath(path);
		if (!found) throw new Error(`no ${path}`);
		return found;
	};
	const gone: string[] = [];
	const moved: string[] = [];
	if (!app.vault.getFolderByPath("Clients")) await app.vault.createFolder("Clients");
	const rename = async (from: string, to: string): Promise<void> => {
		await app.fileManager.renameFile(file(from), to);
		gone.push(from);
		moved.push(to);
		await sleep(2);
	};
	for (let i = 0; i < 10; i++) await rename(`People/Person ${i * 7 + 3}.md`, `Clients/Person ${i * 7 + 3}.md`);
	for (let i = 0; i < 5; i++) await rename(`People/Person ${i * 11 + 500}.md`, `People/Renamed ${i}.md`);
	for (let i = 0; i < 5; i++) await rename(`Posts/Post ${i * 3}.md`, `Posts/Moved post ${i}.md`);
	for (const path of ["People/Person 100.md", "People/Person 101.md", "People/Person 102.md", "People/Person 200.md", "People/Person 201.md", "Posts/Post 50.md", "Posts/Post 51.md", "Posts/Post 52.md", "Daily/2026-10-05.md", "Notes/Note 7.md"]) {
		await app.fileManager.trashFile(file(path));
		gone.push(path);
		await sleep(2);
	}
	return { gone, moved };
}

/** Waits until the plugin's index holds exactly the vault's notes, and checks who is a person and who was contacted. */
async function expectIndexMatchesVault(app: App, plugin: TopOfMindPlugin, changed: { gone: string[]; moved: string[] }): Promise<void> {
	const service = serviceOf(plugin);
	const want = app.vault.getMarkdownFiles().map((f) => f.path).sort();
	await app.metadataCache.settled();
	await waitFor(() => service.state === "ready" && JSON.stringify(service.index?.paths().sort()) === JSON.stringify(want), "the index to hold exactly the vault's notes", 20_000);
	const index = service.index;
	if (!index) throw new Error("no index");
	const people = want.filter((path) => path.startsWith("People/") || path.startsWith("Clients/"));
	expect(index.allPeople().map((p) => p.path).sort()).toEqual(people.sort());
	expect(index.allPeople()).toHaveLength(PEOPLE - 5);
	for (const path of changed.gone) expect(index.has(path), path).toBe(false);
	for (const path of changed.moved) expect(index.has(path), path).toBe(true);
	// Person 0 and 1 are met in Daily/2026-10-01; the daily note deleted took Person 20 and 21's contact.
	expect(index.contactDates("People/Person 0.md")).toEqual(["2026-10-01"]);
	expect(index.contactDates("People/Person 20.md")).toEqual([]);
	// Moved to Clients/: links by name still find them (Person 10 was never renamed; Person 3 moved).
	expect(index.person("Clients/Person 3.md")?.name).toBe("Person 3");
}

afterEach(() => {
	vi.restoreAllMocks();
});

const ORDERS: Array<{ name: string; cache: CacheOptions }> = [
	{ name: "cold cache that starts reading after layout ready", cache: { start: "cold" } },
	{ name: "cold cache that started reading before", cache: { start: "cold", begin: "now", batch: 5 } },
	{ name: "cold cache that reads only once the build is under way", cache: { start: "cold", begin: "manual" } },
	{ name: "warm cache", cache: { start: "warm" } },
];

describe("the first build, whatever the order of events", () => {
	it.each(ORDERS)("$name: 600 people all indexed, 20 renames and 10 deletes during the build all reflected", async ({ cache }) => {
		const app = new App(bigVault(), { cache });
		const reads = slowReads(app);
		const plugin = await loadPlugin(TopOfMindPlugin, app);
		void app.workspace.triggerLayoutReady();
		await waitFor(() => serviceOf(plugin).state === "indexing", "the build to start");
		if (cache.begin === "manual") setTimeout(() => app.metadataCache.startParsing(), 50);
		// Half the people read already: some notes renamed and deleted below were read by the build, some not yet.
		await waitFor(() => reads.count >= 300, "the build to be half way");
		const changed = await renameAndDelete(app);
		// The changes above all landed while the index was still being built.
		expect(serviceOf(plugin).state).toBe("indexing");
		await expectIndexMatchesVault(app, plugin, changed);
	}, 60_000);
});

describe("a start from the saved index, whatever the order of events", () => {
	it.each(ORDERS)("$name: renames and deletes during the re-read of changed notes all reflected", async ({ cache }) => {
		const first = new App(bigVault(), { cache: { start: "warm" } });
		const plugin1 = await loadPlugin(TopOfMindPlugin, first);
		await first.workspace.triggerLayoutReady();
		await indexReady(plugin1);
		await serviceOf(plugin1).save();
		plugin1.unload();

		// The next session: the same files and saved index; 200 notes changed since.
		const files: Record<string, string> = {};
		for (const path of first.vault.getFiles().map((f) => f.path)) files[path] = first.vault.contentOf(path);
		// The same vault on the same device: the index cache in IndexedDB is this vault's.
		const app = new App(files, { cache });
		for (let i = 0; i < 200; i++) {
			const path = `People/Person ${i * 3}.md`;
			const target = app.vault.getFileByPath(path);
			if (target) await app.vault.modify(target, `${app.vault.contentOf(path)}Edited.\n`);
		}
		const reads = slowReads(app);
		const plugin = await loadPlugin(TopOfMindPlugin, app);
		void app.workspace.triggerLayoutReady();
		await waitFor(() => serviceOf(plugin).state === "indexing", "the start to begin");
		// Half the changed notes read again: the saved index is restored and being brought up to date.
		await waitFor(() => reads.count >= 100, "the re-read to be half way");
		if (cache.begin === "manual") setTimeout(() => app.metadataCache.startParsing(), 50);
		const changed = await renameAndDelete(app);
		expect(serviceOf(plugin).state).toBe("indexing");
		await expectIndexMatchesVault(app, plugin, changed);
	}, 60_000);
});
