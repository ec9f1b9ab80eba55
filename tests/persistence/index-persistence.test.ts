// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { IndexService } from "../../src/obsidian/index-service";
import { IndexStore } from "../../src/obsidian/index-store";
import { mergeSettings, type TopOfMindSettings } from "../../src/settings/plugin-settings";
import { App, asObsidian } from "../obsidian";

/** The usual start: Obsidian's own cache already holds every unchanged note. */
const WARM = { cache: { start: "warm" as const } };

function vault(): Record<string, string> {
	return {
		"People/Ana Diaz.md": "---\ntype: person\ntopics: [pricing]\ncadence: 2w\n---\nAna runs finance at a SaaS company.\n\n## Log\n- 2026-10-03 Shared [[Pricing essay]]\n",
		"People/Ben Ode.md": "---\ntype: person\ntopics: [kubernetes]\n---\nBen runs a platform team.\n",
		"Posts/Pricing essay.md": "---\ntype: post\ntopics: [pricing]\nshared_with: [\"[[Ben Ode]]\"]\n---\nUsage-based pricing for developer tools.\n",
		"Daily/2026-10-01.md": "Lunch with [[Ana Diaz]].\n",
		"Notes/Ideas.md": "Nothing much.\n",
		".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily" }),
	};
}

function started(app: App, settings: TopOfMindSettings = mergeSettings({})): IndexService {
	const service = new IndexService(asObsidian(app), () => settings);
	service.load();
	return service;
}

/** What the index answers, to compare a restored index with a fresh one. */
function answers(service: IndexService): unknown {
	const index = service.index;
	if (!index) throw new Error("no index");
	return {
		paths: index.paths().sort(),
		// Modification times differ between the two vaults; everything else must not.
		people: index.allPeople().map((person) => ({ ...person, mtime: 0 })),
		posts: index.allPosts().map((post) => ({ ...post, mtime: 0 })),
		contacts: index.allPeople().map((p) => [p.path, index.contactDates(p.path), [...index.sentPosts(p.path)].sort()]),
		search: index.searchPeople(new Map([["price", 1], ["platform", 1]])).map((hit) => [hit.path, hit.score]),
	};
}

/** The notes whose text is read while `task` runs (people and posts: other notes come from the metadata cache). */
async function notesRead(app: App, task: () => Promise<void>): Promise<string[]> {
	const read: string[] = [];
	const cachedRead = app.vault.cachedRead.bind(app.vault);
	app.vault.cachedRead = (file) => {
		read.push(file.path);
		return cachedRead(file);
	};
	try {
		await task();
	} finally {
		app.vault.cachedRead = cachedRead;
	}
	return read.sort();
}

const PEOPLE_AND_POSTS = ["People/Ana Diaz.md", "People/Ben Ode.md", "Posts/Pricing essay.md"];

describe("IndexService and the snapshot", () => {
	it("starts from the snapshot of the last session, reading again only the notes changed since", async () => {
		const app = new App(vault(), WARM);
		const first = started(app);
		expect(await notesRead(app, () => first.rebuild())).toEqual(PEOPLE_AND_POSTS);
		await first.save();
		first.unload();

		await app.vault.modify(app.vault.getFileByPath("People/Ben Ode.md") as never, "---\ntype: person\ntopics: [pricing]\n---\nBen now prices platforms.\n");
		await app.vault.create("Daily/2026-10-02.md", "Coffee with [[Ben Ode]].\n");
		await app.fileManager.trashFile(app.vault.getFileByPath("Notes/Ideas.md") as never);
		await app.metadataCache.settled();

		const second = started(app);
		// Restored: of the people and posts only Ben, edited since, is read again.
		expect(await notesRead(app, () => second.rebuild())).toEqual(["People/Ben Ode.md"]);
		// Another vault (on the same device, without Obsidian's id for it: its own cache by its name).
		const fresh = new App({}, WARM);
		fresh.vault.name = "Reference vault";
		for (const file of app.vault.getFiles()) fresh.vault.seed({ [file.path]: app.vault.contentOf(file.path) });
		fresh.vault.seed({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily" }) });
		const reference = started(fresh);
		await reference.rebuild();
		expect(answers(second)).toEqual(answers(reference));
		// The rebuild command reads every note again.
		expect(await notesRead(app, () => second.rebuild())).toEqual(PEOPLE_AND_POSTS);
		second.unload();
		reference.unload();
	});

	it("builds from the notes when the settings changed since the snapshot", async () => {
		const app = new App(vault(), WARM);
		const first = started(app);
		await first.rebuild();
		await first.save();
		first.unload();
		const other = mergeSettings({ core: { defaultCadence: "30d" } });
		const second = started(app, other);
		expect(await notesRead(app, () => second.rebuild())).toEqual(PEOPLE_AND_POSTS);
		second.unload();
	});
});

describe("when the snapshot is written", () => {
	it("soon after a build, then at most once every five minutes while notes keep changing", async () => {
		vi.useFakeTimers();
		try {
			const writes = vi.spyOn(IndexStore.prototype, "beginWrite");
			const app = new App(vault(), WARM);
			const service = started(app);
			const built = service.rebuild();
			await vi.advanceTimersByTimeAsync(100);
			await built;
			await vi.advanceTimersByTimeAsync(2_500);
			expect(writes).toHaveBeenCalledTimes(1);

			const ben = app.vault.getFileByPath("People/Ben Ode.md") as never;
			for (let minute = 0; minute < 4; minute++) {
				await app.vault.modify(ben, `---\ntype: person\n---\nEdit ${minute}.\n`);
				await vi.advanceTimersByTimeAsync(60_000);
			}
			// Four edits over four minutes: nothing written yet, the first one's save is still due.
			expect(writes).toHaveBeenCalledTimes(1);
			await vi.advanceTimersByTimeAsync(61_000);
			expect(writes).toHaveBeenCalledTimes(2);
			expect(service.index?.person("People/Ben Ode.md")?.body).toContain("Edit 3.");
			service.unload();
		} finally {
			vi.useRealTimers();
			vi.restoreAllMocks();
		}
	});
});
