// @vitest-environment happy-dom
/**
 * Settings a newcomer understands, in the plugin: one list of person folders (an old
 * `peopleFolder` moved into it on load), New person note in its first entry and created today,
 * and the notes never indexed (`top-of-mind: ignore`, the Templates folder).
 */
import { describe, expect, it } from "vitest";
import { statusOf } from "../../src/core/index/contact-status";
import { readSettings } from "../../src/settings/plugin-settings";
import { App } from "../obsidian";
import { actionsOf, indexReady, savedData, startPlugin } from "../helpers/plugin-harness";
import { sampleVault, TODAY } from "../helpers/sample-vault";

describe("one list of person folders", () => {
	it.each<[string, Record<string, unknown>, string[]]>([
		["no settings yet: People", {}, ["People"]],
		["the old default, no folders of its own", { peopleFolder: "People", core: { person: { folders: [] } } }, ["People"]],
		["an old folder goes first", { peopleFolder: "Contacts", core: { person: { folders: ["Clients"] } } }, ["Contacts", "Clients"]],
		["no duplicate", { peopleFolder: "Clients/", core: { person: { folders: ["Family", "Clients"] } } }, ["Clients/", "Family"]],
		["an old file without core: only the old folder", { peopleFolder: "Contacts" }, ["Contacts"]],
		["an old empty folder (the vault root) adds nothing", { peopleFolder: "", core: { person: { folders: ["Clients"] } } }, ["Clients"]],
		["an old folder of the wrong type adds nothing", { peopleFolder: ["x"], core: { person: { folders: ["Clients"] } } }, ["Clients"]],
		["new settings are kept", { core: { person: { folders: ["Network", "People"] } } }, ["Network", "People"]],
	])("%s", (_, data, folders) => {
		const { settings } = readSettings(data);
		expect(settings.core.person.folders).toEqual(folders);
		expect(settings).not.toHaveProperty("peopleFolder");
	});

	it("an old peopleFolder is saved into the list at load, and the old key is gone", async () => {
		const { app } = await startPlugin(sampleVault(), { data: { peopleFolder: "Contacts", core: { person: { folders: ["People"] } } } });
		const saved = (await savedData(app)) as Record<string, unknown>;
		expect(saved).not.toHaveProperty("peopleFolder");
		expect(saved).toMatchObject({ core: { person: { folders: ["Contacts", "People"] } } });
	});

	it("New person note goes to the first person folder, created today, and is not due today", async () => {
		const { app, plugin } = await startPlugin(sampleVault(), { data: { core: { person: { folders: ["Network/Clients", "People"] }, defaultCadence: "30d" } } });
		await actionsOf(plugin).createPerson("Ivy Ng");
		const text = app.vault.contentOf("Network/Clients/Ivy Ng.md");
		expect(text).toContain(`\ncreated: ${TODAY}\n`);
		const service = await indexReady(plugin);
		await new Promise((resolve) => setTimeout(resolve, 400));
		const ivy = service.index?.person("Network/Clients/Ivy Ng.md");
		expect(ivy?.created).toBe(TODAY);
		if (!ivy || !service.index) throw new Error("Ivy is not indexed");
		expect(statusOf(service.index, ivy, TODAY)).toMatchObject({ due: false, nextDue: "2026-12-20" });
	});

	it("with no person folders, New person note goes to the vault root", async () => {
		const { app, plugin } = await startPlugin(sampleVault(), { data: { core: { person: { folders: [] } } } });
		await actionsOf(plugin).createPerson("Ivy Ng");
		expect(app.vault.getFileByPath("Ivy Ng.md")).not.toBeNull();
	});
});

describe("notes never indexed", () => {
	const files = sampleVault({
		"People/Quiet.md": "---\ntype: person\ntop-of-mind: ignore\n---\nPricing.\n",
		"Templates/Person.md": "---\ntype: person\ntopics: [pricing]\n---\n",
		"Meta/Tpl/Post.md": "---\ntype: post\nstatus: published\n---\n",
		"Notes/Hash.md": "---\ntags: #person\n---\nA note.\n",
		".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
	});

	it("a note with top-of-mind: ignore and the Templates folder's notes; tags: #person is a problem", async () => {
		const { plugin } = await startPlugin(files);
		const index = (await indexReady(plugin)).index;
		const paths = [...(index?.allPeople() ?? []), ...(index?.allPosts() ?? [])].map((note) => note.path);
		expect(paths).not.toContain("People/Quiet.md");
		expect(paths).not.toContain("Templates/Person.md");
		expect(paths).toContain("Meta/Tpl/Post.md");
		expect(index?.problems().find((p) => p.path === "Notes/Hash.md")).toMatchObject({ key: "tags", kind: "tags" });
	});

	it("the Templates plugin's live folder wins over its settings file", async () => {
		const app = new App(files);
		// app.internalPlugins is undocumented: the shape the plugin reads (see tests/obsidian/README.md).
		Object.assign(app, { internalPlugins: { getPluginById: (id: string) => (id === "templates" ? { enabled: true, instance: { options: { folder: "Meta/Tpl" } } } : null) } });
		const { plugin } = await startPlugin(files, { app });
		const index = (await indexReady(plugin)).index;
		const paths = [...(index?.allPeople() ?? []), ...(index?.allPosts() ?? [])].map((note) => note.path);
		expect(paths).toContain("Templates/Person.md");
		expect(paths).not.toContain("Meta/Tpl/Post.md");
	});

	it("Templater's templates folder is never indexed, from its live settings or its settings file", async () => {
		const withFile = { ...files, ".obsidian/plugins/templater-obsidian/data.json": JSON.stringify({ templates_folder: "Meta/Tpl" }) };
		const fromFile = (await indexReady((await startPlugin(withFile)).plugin)).index;
		expect(fromFile?.allPosts().map((post) => post.path)).not.toContain("Meta/Tpl/Post.md");
		const app = new App(files);
		// app.plugins is undocumented: the shape the plugin reads (see tests/obsidian/README.md).
		Object.assign(app, { plugins: { getPlugin: (id: string) => (id === "templater-obsidian" ? { settings: { templates_folder: "Meta/Tpl/" } } : null) } });
		const live = (await indexReady((await startPlugin(files, { app })).plugin)).index;
		expect(live?.allPosts().map((post) => post.path)).not.toContain("Meta/Tpl/Post.md");
		expect(live?.allPeople().map((person) => person.path)).not.toContain("Templates/Person.md");
	});

	it("reads the templates' sentences as boilerplate", async () => {
		const withTemplate = {
			...files,
			"Templates/Journal.md": "## How did the garden look this morning?\n",
			"People/Gus Green.md": "---\ntype: person\ntopics: [gardening]\n---\nGus looks after the garden every morning.\n",
		};
		const index = (await indexReady((await startPlugin(withTemplate)).plugin)).index;
		if (!index) throw new Error("no index");
		expect(index.commons.withoutBoilerplate("How did the garden look this morning?\nPricing call.")).toBe("\nPricing call.");
	});

	it("an excluded path glob leaves its notes out", async () => {
		const { plugin } = await startPlugin(files, { data: { core: { excludedPaths: ["Meta/**"] } } });
		const index = (await indexReady(plugin)).index;
		expect(index?.allPosts().map((post) => post.path)).not.toContain("Meta/Tpl/Post.md");
	});
});

describe("the note language setting", () => {
	it("is automatic by default, kept when valid, and a wrong value is reported and left automatic", () => {
		expect(readSettings({}).settings.core.noteLanguage).toBe("auto");
		expect(readSettings({ core: { noteLanguage: "jpn" } }).settings.core.noteLanguage).toBe("jpn");
		const { settings, problems } = readSettings({ core: { noteLanguage: "klingon" } });
		expect(settings.core.noteLanguage).toBe("auto");
		expect(problems).toEqual([expect.objectContaining({ key: "core.noteLanguage" })]);
	});
});
