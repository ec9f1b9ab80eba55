// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import TopOfMindPlugin from "../../src/main";
import { App, loadPlugin, Notice } from "../obsidian";
import { cardOf, fileAt, indexReady, openPanel, serviceOf, sleep, startPlugin, textOf, waitFor, waitForText, WARM_CACHE } from "../helpers/plugin-harness";
import { ANA, BO, CY, DEE, GROCERIES, K8S_POST, PRICING_POST, sampleVault } from "../helpers/sample-vault";

afterEach(() => {
	vi.restoreAllMocks();
});

describe("building the index", () => {
	it("is built once, after layout ready, reading only the bodies of people and posts", async () => {
		const app = new App(sampleVault(), { cache: WARM_CACHE });
		const list = vi.spyOn(app.vault, "getMarkdownFiles");
		const cachedRead = vi.spyOn(app.vault, "cachedRead");
		const plugin = await loadPlugin(TopOfMindPlugin, app);
		await app.workspace.triggerLayoutReady();
		const service = await indexReady(plugin);
		expect(list).toHaveBeenCalledTimes(1);
		const readPaths = cachedRead.mock.calls.map(([file]) => file.path).sort();
		expect(readPaths).toEqual([ANA, BO, CY, DEE, K8S_POST, PRICING_POST].sort());
		// Every note is known (daily notes and others from the metadata cache alone).
		expect(service.index?.has(GROCERIES)).toBe(true);
		expect(service.index?.kindOf("Daily/2026-11-10.md")).toBe("daily");
		expect(service.index?.allPeople().map((p) => p.name).sort()).toEqual(["Ana Diaz", "Bo Berg", "Cy Chen", "Dee Archived"]);
		await sleep(300);
		expect(list).toHaveBeenCalledTimes(1);
	});

	it("reports 'indexing' while it builds and 'ready' afterwards", async () => {
		const { plugin, app } = await startPlugin(sampleVault(), { ready: false });
		const service = serviceOf(plugin);
		const states: string[] = [];
		service.onUpdated(() => states.push(service.state));
		await app.workspace.triggerLayoutReady();
		await indexReady(plugin);
		expect(states[0]).toBe("indexing");
		expect(states[states.length - 1]).toBe("ready");
	});

	it("excluded folders are not read", async () => {
		const app = new App(sampleVault({ "Archive/Old person.md": "---\ntype: person\n---\nOld.\n" }), { cache: WARM_CACHE });
		const cachedRead = vi.spyOn(app.vault, "cachedRead");
		const plugin = await loadPlugin(TopOfMindPlugin, app, { data: { core: { excludedFolders: ["Archive"] } } });
		await app.workspace.triggerLayoutReady();
		const service = await indexReady(plugin);
		expect(cachedRead.mock.calls.map(([file]) => file.path)).not.toContain("Archive/Old person.md");
		expect(service.index?.allPeople().map((p) => p.path)).not.toContain("Archive/Old person.md");
	});
});

describe("Obsidian's excluded files", () => {
	const vault = (): Record<string, string> =>
		sampleVault({
			".obsidian/app.json": JSON.stringify({ userIgnoreFilters: ["Templates/", "/\\.draft\\.md$/"] }),
			"Templates/Person.md": "---\ntype: person\ntopics: [pricing]\n---\n",
			"People/Eve Draft.draft.md": "---\ntype: person\ntopics: [pricing]\n---\nPricing.\n",
		});

	it("are left out, as the command line leaves them out: never read, never suggested", async () => {
		const app = new App(vault(), { cache: WARM_CACHE });
		const cachedRead = vi.spyOn(app.vault, "cachedRead");
		const plugin = await loadPlugin(TopOfMindPlugin, app);
		await app.workspace.triggerLayoutReady();
		const service = await indexReady(plugin);
		const read = cachedRead.mock.calls.map(([file]) => file.path);
		expect(read).not.toContain("Templates/Person.md");
		expect(read).not.toContain("People/Eve Draft.draft.md");
		expect(service.index?.has("Templates/Person.md")).toBe(false);
		expect(service.index?.allPeople().map((p) => p.name).sort()).toEqual(["Ana Diaz", "Bo Berg", "Cy Chen", "Dee Archived"]);
	});

	it("stay out when they are edited or created", async () => {
		const { app, plugin } = await startPlugin(vault());
		const service = serviceOf(plugin);
		const revision = service.index?.revision ?? -1;
		await app.vault.modify(fileAt(app, "Templates/Person.md"), "---\ntype: person\ntopics: [kubernetes]\n---\nEdited.\n");
		await app.vault.create("Templates/Another.md", "---\ntype: person\n---\n");
		await app.vault.modify(fileAt(app, ANA), "---\ntype: person\ntopics: [pricing]\n---\nStill here.\n");
		await waitFor(() => (service.index?.revision ?? -1) > revision, "the edit to Ana to be applied");
		expect(service.index?.has("Templates/Person.md")).toBe(false);
		expect(service.index?.has("Templates/Another.md")).toBe(false);
		expect(service.index?.person(ANA)?.body).toContain("Still here.");
	});

	it("without a settings file, or with a broken one, nothing is excluded", async () => {
		for (const appJson of [undefined, "{not json"]) {
			const files = vault();
			if (appJson === undefined) delete files[".obsidian/app.json"];
			else files[".obsidian/app.json"] = appJson;
			const { plugin } = await startPlugin(files);
			expect(serviceOf(plugin).index?.has("Templates/Person.md")).toBe(true);
		}
	});
});

describe("keeping the index current", () => {
	it("an edit to one note updates the panel without a rebuild", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const service = serviceOf(plugin);
		const rebuild = vi.spyOn(service, "rebuild");
		const list = vi.spyOn(app.vault, "getMarkdownFiles");
		const cachedRead = vi.spyOn(app.vault, "cachedRead");
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(K8S_POST);
		await waitForText(panel.el, "Bo Berg");
		expect(cardOf(panel.el, ANA)).toBeNull();
		cachedRead.mockClear();

		const ana = fileAt(app, ANA);
		await app.vault.modify(ana, app.vault.contentOf(ANA).replace("topics: [pricing, usage-based billing]", "topics: [pricing, usage-based billing, kubernetes]"));
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana to be suggested for the Kubernetes post");
		expect(textOf(cardOf(panel.el, ANA) ?? panel.el)).toContain("topic: kubernetes");
		expect(rebuild).not.toHaveBeenCalled();
		expect(list).not.toHaveBeenCalled();
		// Only the edited note is read again (and the panel's own note).
		expect(cachedRead.mock.calls.map(([file]) => file.path).filter((path) => path !== K8S_POST)).toEqual([ANA]);
	});

	it("several quick edits are applied together, once", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const service = serviceOf(plugin);
		let updates = 0;
		service.onUpdated(() => updates++);
		const ana = fileAt(app, ANA);
		for (let i = 0; i < 5; i++) await app.vault.process(ana, (text) => `${text}\nLine ${i}.\n`);
		await sleep(400);
		expect(updates).toBe(1);
		expect(service.index?.person(ANA)?.body).toContain("Line 4.");
	});

	it("a daily note that links a person counts as contact at once", async () => {
		const { app } = await startPlugin(sampleVault());
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(ANA);
		await waitForText(panel.el, "overdue 7d");
		await app.vault.create("Daily/2026-11-19.md", "Lunch with [[Ana Diaz]].\n");
		await waitForText(panel.el, "last contact yesterday");
		expect(textOf(panel.el)).not.toContain("overdue");
	});

	it("a note that becomes a person is indexed (its body read) and suggested", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitForText(panel.el, "Ana Diaz");
		await app.vault.modify(fileAt(app, GROCERIES), "---\ntype: person\ntopics: [pricing]\n---\nShops for value metrics.\n");
		await waitFor(() => cardOf(panel.el, GROCERIES) !== null, "the new person to be suggested");
		expect(serviceOf(plugin).index?.person(GROCERIES)?.body).toContain("value metrics");
		expect(textOf(panel.el)).toContain("5 people");
	});

	it("a new person note is picked up", async () => {
		const { app } = await startPlugin(sampleVault());
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitForText(panel.el, "Ana Diaz");
		await app.vault.create("People/Eve Adams.md", "---\ntype: person\ntopics: [pricing]\n---\n");
		await waitFor(() => cardOf(panel.el, "People/Eve Adams.md") !== null, "Eve to be suggested");
	});

	it("renaming a person updates the results", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const rebuild = vi.spyOn(serviceOf(plugin), "rebuild");
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		await app.fileManager.renameFile(fileAt(app, ANA), "People/Ana Diaz-Lopez.md");
		await waitFor(() => cardOf(panel.el, "People/Ana Diaz-Lopez.md") !== null, "Ana's card under her new name");
		expect(cardOf(panel.el, ANA)).toBeNull();
		expect(textOf(cardOf(panel.el, "People/Ana Diaz-Lopez.md") ?? panel.el)).toContain("Ana Diaz-Lopez");
		expect(serviceOf(plugin).index?.has(ANA)).toBe(false);
		expect(rebuild).not.toHaveBeenCalled();
	});

	it("renaming the open note keeps the panel on it", async () => {
		const { app } = await startPlugin(sampleVault());
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitForText(panel.el, "Ana Diaz");
		await app.fileManager.renameFile(fileAt(app, PRICING_POST), "Posts/Value metrics.md");
		await waitForText(panel.el, "Value metrics");
		expect(cardOf(panel.el, ANA)).not.toBeNull();
	});

	it("deleting a person removes them from the results", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitFor(() => cardOf(panel.el, CY) !== null, "Cy's card");
		await app.fileManager.trashFile(fileAt(app, CY));
		await waitFor(() => cardOf(panel.el, CY) === null, "Cy's card to go");
		await waitForText(panel.el, "3 people");
		expect(serviceOf(plugin).index?.has(CY)).toBe(false);
	});

	it("deleting the open note empties the panel", async () => {
		const { app } = await startPlugin(sampleVault());
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitForText(panel.el, "Ana Diaz");
		await app.fileManager.trashFile(fileAt(app, PRICING_POST));
		await waitForText(panel.el, "Open a note to see who cares about it.");
	});

	it("non-Markdown files are ignored", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const service = serviceOf(plugin);
		const revision = service.index?.revision ?? -1;
		await app.vault.create("People/photo.png", "binary");
		await sleep(350);
		expect(service.index?.revision).toBe(revision);
		expect(service.index?.has("People/photo.png")).toBe(false);
	});

	it("the rebuild-index command re-reads the whole vault and says what it found", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		// A change whose event never reached the plugin: only a rebuild can see it.
		app.vault.seed({ [GROCERIES]: "---\ntype: person\n---\nNow a person.\n" });
		app.metadataCache.parseSilently(GROCERIES);
		expect(serviceOf(plugin).index?.person(GROCERIES)).toBeUndefined();
		const list = vi.spyOn(app.vault, "getMarkdownFiles");
		await app.commands.run("top-of-mind:rebuild-index");
		await waitFor(() => Notice.messages.includes("Index rebuilt: 5 people, 2 posts."), "the rebuilt notice");
		expect(list).toHaveBeenCalledTimes(1);
		expect(serviceOf(plugin).index?.person(GROCERIES)?.body).toContain("Now a person.");
	});

	// The build reads Ana before her edit arrives; the edit is applied once the build is ready.
	it("an edit that arrives while the index is being built is not lost", async () => {
		const app = new App(sampleVault(), { cache: WARM_CACHE });
		const plugin = await loadPlugin(TopOfMindPlugin, app);
		// The Kubernetes post takes a while to read, so the build is still running when Ana's note changes.
		const realRead = app.vault.cachedRead.bind(app.vault);
		let anaRead = false;
		vi.spyOn(app.vault, "cachedRead").mockImplementation(async (file) => {
			if (file.path === ANA) anaRead = true;
			if (file.path === K8S_POST) await sleep(600);
			return realRead(file);
		});
		void app.workspace.triggerLayoutReady();
		await waitFor(() => anaRead, "Ana's note to be read by the build");
		const ana = fileAt(app, ANA);
		await app.vault.modify(ana, app.vault.contentOf(ANA).replace("topics: [pricing, usage-based billing]", "topics: [pricing, kubernetes]"));
		const service = await indexReady(plugin);
		await sleep(400);
		expect(service.index?.person(ANA)?.topics).toContain("kubernetes");
	});
});
