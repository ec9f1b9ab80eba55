// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import TopOfMindPlugin from "../../src/main";
import { COMMAND_IDS } from "../../src/obsidian/commands";
import { FOLLOWUP_BLOCK_LANGUAGE } from "../../src/obsidian/followup-block";
import { VIEW_TYPE_WHO_CARES } from "../../src/obsidian/who-cares-view";
import { DEFAULT_SETTINGS } from "../../src/settings/plugin-settings";
import { App, displaySettingTab, findSetting, loadPlugin, renderCodeBlock } from "../obsidian";
import { DATA_PATH, indexReady, openPanel, PLUGIN_ID, savedData, serviceOf, sleep, startPlugin, waitFor, WARM_CACHE } from "../helpers/plugin-harness";
import { ANA, sampleVault } from "../helpers/sample-vault";

const EXPECTED_COMMANDS = ["open-panel", "share-note-with", "log-contact", "log-reply", "insert-follow-ups", "new-person-note", "people-due", "open-networking-report", "import-contacts", "rebuild-index", "clear-index-cache"];

/** Every listener on the three event sources a plugin may subscribe to. */
function listenerCounts(app: App): { vault: number; metadataCache: number; workspace: number } {
	return { vault: app.vault.listenerCount(), metadataCache: app.metadataCache.listenerCount(), workspace: app.workspace.listenerCount() };
}

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe("loading the plugin", () => {
	it("registers the commands with stable ids and no default hotkeys", async () => {
		const app = new App(sampleVault(), { cache: WARM_CACHE });
		await loadPlugin(TopOfMindPlugin, app);
		expect(Object.values(COMMAND_IDS).sort()).toEqual([...EXPECTED_COMMANDS].sort());
		const commands = app.commands.listCommands();
		expect(commands.map((c) => c.id).sort()).toEqual(EXPECTED_COMMANDS.map((id) => `${PLUGIN_ID}:${id}`).sort());
		for (const command of commands) expect(command.hotkeys ?? [], command.id).toEqual([]);
		expect(commands.map((c) => c.name).sort()).toEqual(
			[
				"Clear this device's index cache",
				"Import contacts…",
				"Insert follow-ups into today's daily note",
				"Log contact with…",
				"Log reply from…",
				"New person note",
				"Open networking report",
				"Open who cares panel",
				"People due for follow-up",
				"Rebuild index",
				"Share this note with…",
			].map((name) => `Top of Mind: ${name}`),
		);
	});

	it("registers the panel, the code block, a ribbon icon and one settings tab", async () => {
		const app = new App(sampleVault(), { cache: WARM_CACHE });
		await loadPlugin(TopOfMindPlugin, app);
		expect([...app.viewRegistry.keys()]).toEqual([VIEW_TYPE_WHO_CARES]);
		expect([...app.codeBlockProcessors.keys()]).toEqual([FOLLOWUP_BLOCK_LANGUAGE, "top-of-mind-report"]);
		expect(FOLLOWUP_BLOCK_LANGUAGE).toBe("top-of-mind");
		expect(app.ribbonIcons.map(({ icon, title }) => ({ icon, title }))).toEqual([{ icon: "users", title: "Open who cares panel" }]);
		expect(app.settingTabs).toHaveLength(1);
	});

	it("the ribbon icon and the open-panel command open one panel in the right sidebar, and reveal it", async () => {
		const { app } = await startPlugin(sampleVault());
		app.ribbonIcons[0]?.el.click();
		await waitFor(() => app.workspace.getLeavesOfType(VIEW_TYPE_WHO_CARES).length === 1, "the panel to open");
		const leaf = app.workspace.getLeavesOfType(VIEW_TYPE_WHO_CARES)[0];
		expect(leaf?.side).toBe("right");
		expect(leaf?.revealed).toBe(true);
		await app.commands.run(`${PLUGIN_ID}:open-panel`);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_WHO_CARES)).toHaveLength(1);
	});

	it("does not read the vault during onload: the index is built only once the layout is ready", async () => {
		const app = new App(sampleVault(), { cache: WARM_CACHE });
		const list = vi.spyOn(app.vault, "getMarkdownFiles");
		const allFiles = vi.spyOn(app.vault, "getFiles");
		const cachedRead = vi.spyOn(app.vault, "cachedRead");
		const read = vi.spyOn(app.vault, "read");
		const cache = vi.spyOn(app.metadataCache, "getFileCache");
		const adapterRead = vi.spyOn(app.vault.adapter, "read");
		const plugin = await loadPlugin(TopOfMindPlugin, app, { data: { resultLimit: 5 } });
		await sleep(50);
		// Only its own settings are read during start-up.
		expect(adapterRead.mock.calls.map(([path]) => path)).toEqual([DATA_PATH]);
		expect(list).not.toHaveBeenCalled();
		expect(allFiles).not.toHaveBeenCalled();
		expect(cachedRead).not.toHaveBeenCalled();
		expect(read).not.toHaveBeenCalled();
		expect(cache).not.toHaveBeenCalled();
		expect(serviceOf(plugin).state).toBe("waiting");

		await app.workspace.triggerLayoutReady();
		await indexReady(plugin);
		expect(list).toHaveBeenCalledTimes(1);
		expect(serviceOf(plugin).index?.allPeople()).toHaveLength(4);
	});
});

describe("settings", () => {
	const pristine = structuredClone(DEFAULT_SETTINGS);

	it("without data.json: the defaults, as a fresh object, and nothing is written", async () => {
		const app = new App(sampleVault(), { cache: WARM_CACHE });
		const plugin = await loadPlugin(TopOfMindPlugin, app);
		expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
		expect(plugin.settings).not.toBe(DEFAULT_SETTINGS);
		expect(plugin.settings.core).not.toBe(DEFAULT_SETTINGS.core);
		expect(plugin.settings.notForThem).not.toBe(DEFAULT_SETTINGS.notForThem);
		expect(await app.vault.adapter.exists(DATA_PATH)).toBe(false);
	});

	it("a partial data.json is merged over the defaults, key by key", async () => {
		const { plugin } = await startPlugin(sampleVault(), {
			data: { resultLimit: 3, core: { logHeading: "Journal", person: { tags: ["contact"] }, fields: { lastContact: "last_seen" } } },
		});
		expect(plugin.settings.resultLimit).toBe(3);
		expect(plugin.settings.followUpHeading).toBe(DEFAULT_SETTINGS.followUpHeading);
		expect(plugin.settings.core.logHeading).toBe("Journal");
		expect(plugin.settings.core.person).toEqual({ ...DEFAULT_SETTINGS.core.person, tags: ["contact"] });
		expect(plugin.settings.core.fields).toEqual({ ...DEFAULT_SETTINGS.core.fields, lastContact: "last_seen" });
		expect(plugin.settings.core.post).toEqual(DEFAULT_SETTINGS.core.post);
	});

	it.each<[string, unknown]>([
		["a string", "not settings"],
		["a list", [1, 2, 3]],
		["a number", 42],
		["wrong types everywhere", { resultLimit: "ten", core: 5, notForThem: "Ana", messageTemplate: null, peopleFolder: ["x"], dailyNotesFolder: 3 }],
		["wrong nested types", { core: { person: "people", fields: ["type"], cadenceByTag: { family: "14d" }, excludedFolders: "Archive" } }],
		["a negative limit and bad pairs", { resultLimit: -2, notForThem: [1, null, "no separator", "People/Ana Diaz.md::Posts/Pricing page.md"] }],
	])("a malformed data.json (%s) never crashes and falls back to defaults", async (_name, data) => {
		const { plugin } = await startPlugin(sampleVault(), { data });
		expect(serviceOf(plugin).state).toBe("ready");
		expect(plugin.settings.resultLimit).toBeGreaterThanOrEqual(1);
		expect(typeof plugin.settings.messageTemplate).toBe("string");
		expect(Array.isArray(plugin.settings.core.person.tags)).toBe(true);
		expect(plugin.settings.notForThem.every((pair) => pair.includes("::"))).toBe(true);
		expect(DEFAULT_SETTINGS).toEqual(pristine);
	});

	it("DEFAULT_SETTINGS is never mutated, whatever the loaded settings go through", async () => {
		const first = await startPlugin(sampleVault(), { data: { core: { person: { tags: ["contact"] } } } });
		first.plugin.settings.core.person.typeValues.push("colleague");
		first.plugin.settings.notForThem.push(`${ANA}::Posts/Pricing page.md`);
		first.plugin.settings.core.fields.topics.push("skills");
		const second = await startPlugin(sampleVault());
		expect(second.plugin.settings.core.person.typeValues).toEqual(["person"]);
		expect(second.plugin.settings.notForThem).toEqual([]);
		expect(DEFAULT_SETTINGS).toEqual(pristine);
	});

	it("persist through saveData and come back on the next load", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const saveData = vi.spyOn(plugin, "saveData");
		plugin.settings.resultLimit = 7;
		plugin.settings.messageTemplate = "Hello {{name}}";
		await plugin.saveSettings();
		expect(saveData).toHaveBeenCalledTimes(1);
		expect(await savedData(app)).toMatchObject({ resultLimit: 7, messageTemplate: "Hello {{name}}" });
		plugin.unload();
		const again = await loadPlugin(TopOfMindPlugin, app);
		expect(again.settings.resultLimit).toBe(7);
		expect(again.settings.messageTemplate).toBe("Hello {{name}}");
	});
});

describe("unloading the plugin", () => {
	it("removes every command, view type, code block processor, ribbon icon and settings tab", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		plugin.unload();
		expect(app.commands.listCommands()).toEqual([]);
		expect(app.viewRegistry.size).toBe(0);
		expect(app.codeBlockProcessors.size).toBe(0);
		expect(app.ribbonIcons).toEqual([]);
		expect(app.settingTabs).toEqual([]);
	});

	it("removes every listener it added to the vault, the metadata cache and the workspace", async () => {
		const app = new App(sampleVault(), { cache: WARM_CACHE });
		const before = listenerCounts(app);
		const plugin = await loadPlugin(TopOfMindPlugin, app);
		plugin.today = () => "2026-11-20";
		await app.workspace.triggerLayoutReady();
		await indexReady(plugin);
		const loaded = listenerCounts(app);
		expect(loaded.vault + loaded.metadataCache).toBeGreaterThan(before.vault + before.metadataCache);

		// The panel and a code block add listeners of their own; closing them removes those.
		const panel = await openPanel(app);
		expect(listenerCounts(app).workspace).toBeGreaterThan(loaded.workspace);
		const block = await renderCodeBlock(app, FOLLOWUP_BLOCK_LANGUAGE, "limit: 2", { sourcePath: ANA });
		panel.leaf.detach();
		await sleep(0);
		block.unload();
		expect(listenerCounts(app)).toEqual(loaded);

		plugin.unload();
		expect(listenerCounts(app)).toEqual(before);
	});

	it("leaves no timer running: pending index updates, settings re-index, panel refresh", async () => {
		vi.useFakeTimers();
		const app = new App(sampleVault(), { cache: WARM_CACHE });
		const plugin = await loadPlugin(TopOfMindPlugin, app);
		plugin.today = () => "2026-11-20";
		await app.workspace.triggerLayoutReady();
		await vi.advanceTimersByTimeAsync(50);
		expect(serviceOf(plugin).state).toBe("ready");
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(ANA);
		const block = await renderCodeBlock(app, FOLLOWUP_BLOCK_LANGUAGE, "", { sourcePath: ANA });

		// Start every kind of delayed work, then unload before any of it runs.
		const ana = app.vault.getFileByPath(ANA);
		if (!ana) throw new Error("no Ana");
		await app.vault.process(ana, (text) => `${text}\nMore notes.\n`);
		const tab = displaySettingTab(app);
		const input = findSetting(tab.containerEl, "Person tags")?.controlEl.querySelector("input");
		if (!input) throw new Error("no person tags input");
		input.value = "person, client";
		input.dispatchEvent(new Event("input"));
		await vi.advanceTimersByTimeAsync(1);
		expect(vi.getTimerCount()).toBeGreaterThan(0);

		const rebuild = vi.spyOn(serviceOf(plugin), "rebuild");
		plugin.unload();
		// Obsidian closes the views of a plugin that unloads; a code block goes with its note.
		panel.leaf.detach();
		block.unload();
		await vi.advanceTimersByTimeAsync(0);
		expect(vi.getTimerCount()).toBe(0);

		// Nothing happens later either: no re-index, no listener starting new timers.
		await app.vault.process(ana, (text) => `${text}\nEven more.\n`);
		await vi.advanceTimersByTimeAsync(5000);
		expect(vi.getTimerCount()).toBe(0);
		expect(rebuild).not.toHaveBeenCalled();
	});

	it("can be loaded again over the same vault after unloading", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		plugin.unload();
		const again = await loadPlugin(TopOfMindPlugin, app);
		await indexReady(again);
		expect(app.commands.listCommands()).toHaveLength(EXPECTED_COMMANDS.length);
		expect(serviceOf(again).index?.allPosts()).toHaveLength(2);
	});
});
