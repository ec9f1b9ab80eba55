// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { displaySettingTab, findSetting, type App, type SettingTab } from "../obsidian";
import { actionsOf, cardOf, openPanel, savedData, serviceOf, sleep, startPlugin, textOf, waitFor, waitForText } from "../helpers/plugin-harness";
import { ANA, CY, PRICING_POST, sampleVault, TODAY } from "../helpers/sample-vault";

afterEach(() => {
	vi.restoreAllMocks();
});

function control<T extends HTMLElement>(tab: SettingTab, name: string, selector: string): T {
	const el = findSetting(tab.containerEl, name)?.controlEl.querySelector<T>(selector);
	if (!el) throw new Error(`no ${selector} for setting "${name}"`);
	return el;
}

/** Types into a text setting as a user would: one input event per keystroke. */
function typeInto(tab: SettingTab, name: string, value: string, keystrokes = false): void {
	const input = control<HTMLInputElement | HTMLTextAreaElement>(tab, name, "input, textarea");
	const steps = keystrokes ? [...value].map((_, i) => value.slice(0, i + 1)) : [value];
	for (const step of steps) {
		input.value = step;
		input.dispatchEvent(new Event("input"));
	}
}

async function settingsTab(app: App): Promise<SettingTab> {
	return displaySettingTab(app);
}

describe("the settings tab", () => {
	it("is organised in sections with headings", async () => {
		const { app } = await startPlugin(sampleVault());
		const tab = await settingsTab(app);
		// Obsidian 1.13 renders the tab from its setting definitions: a group per section.
		const headings = [...tab.containerEl.querySelectorAll(".setting-group-heading")].map(textOf);
		expect(headings).toEqual(["Recognising people and posts", "Field names", "Cadence", "Daily notes", "Sharing", "Import"]);
		const names = [...tab.containerEl.querySelectorAll(".setting-item:not(.setting-item-heading) .setting-item-name")].map(textOf);
		expect(names).toEqual(
			expect.arrayContaining(["Person tags", "Person folders", "Log heading", "Default cadence", "Cadence by tag", "Daily notes folder", "Follow-up heading", "Message template", "Result limit"]),
		);
	});

	it("the note language is chosen from a list, saved, and the index is built again in it", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const service = serviceOf(plugin);
		const tab = await settingsTab(app);
		const select = control<HTMLSelectElement>(tab, "Note language", "select");
		expect(select.value).toBe("auto");
		expect([...select.options].map((option) => option.text)).toEqual(expect.arrayContaining(["Automatic", "English", "German", "Japanese"]));
		select.value = "deu";
		select.dispatchEvent(new Event("change"));
		await waitFor(() => service.index?.config.noteLanguage === "deu" && service.state === "ready", "the index in German");
		expect(plugin.settings.core.noteLanguage).toBe("deu");
		expect(((await savedData(app)) as { core: { noteLanguage: string } }).core.noteLanguage).toBe("deu");
	});

	it("shows the current values", async () => {
		const { app } = await startPlugin(sampleVault(), { data: { core: { person: { tags: ["person", "client"] } }, followUpHeading: "Reach out" } });
		const tab = await settingsTab(app);
		expect(control<HTMLInputElement>(tab, "Person tags", "input").value).toBe("person, client");
		expect(control<HTMLInputElement>(tab, "Follow-up heading", "input").value).toBe("Reach out");
		expect(control<HTMLTextAreaElement>(tab, "Message template", "textarea").value).toBe("Hi {{firstName}}, I wrote something you might like: {{title}} {{url}}");
	});

	it("a new person tag is saved and re-classifies notes after one re-index, however fast the typing", async () => {
		const files = sampleVault({ "Clients/Hal.md": "---\ntags: [client]\ntopics: [pricing]\n---\nHal buys pricing advice.\n" });
		const { app, plugin } = await startPlugin(files);
		const service = serviceOf(plugin);
		expect(service.index?.person("Clients/Hal.md")).toBeUndefined();
		const rebuild = vi.spyOn(service, "rebuild");
		const tab = await settingsTab(app);
		typeInto(tab, "Person tags", "person, client", true);
		await waitFor(() => service.index?.person("Clients/Hal.md") !== undefined && service.state === "ready", "Hal to be a person");
		expect(rebuild).toHaveBeenCalledTimes(1);
		expect(await savedData(app)).toMatchObject({ core: { person: { tags: ["person", "client"] } } });
		expect(plugin.settings.core.person.tags).toEqual(["person", "client"]);
	});

	it("the message template is saved and used by Copy message at once", async () => {
		const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
		const { app, plugin } = await startPlugin(sampleVault());
		const rebuild = vi.spyOn(serviceOf(plugin), "rebuild");
		const tab = await settingsTab(app);
		typeInto(tab, "Message template", "Dear {{name}}: {{title}}");
		await sleep(10);
		expect(await savedData(app)).toMatchObject({ messageTemplate: "Dear {{name}}: {{title}}" });
		await actionsOf(plugin).copyMessage(ANA, PRICING_POST);
		expect(writeText).toHaveBeenCalledWith("Dear Ana Diaz: Pricing page");
		await sleep(700);
		expect(rebuild).not.toHaveBeenCalled();
	});

	it("the result limit applies to the open panel at once", async () => {
		const extra: Record<string, string> = {};
		for (const name of ["Pia", "Quinn", "Rae", "Sam"]) extra[`People/${name}.md`] = `---\ntype: person\ntopics: [pricing]\n---\n`;
		const { app } = await startPlugin(sampleVault(extra));
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitFor(() => panel.el.querySelectorAll(":scope > .top-of-mind-list .top-of-mind-card").length === 6, "six people");
		const tab = await settingsTab(app);
		const slider = control<HTMLInputElement>(tab, "Result limit", "input");
		slider.value = "3";
		slider.dispatchEvent(new Event("change"));
		await waitFor(() => panel.el.querySelectorAll(":scope > .top-of-mind-list .top-of-mind-card").length === 3, "three people");
		expect(await savedData(app)).toMatchObject({ resultLimit: 3 });
	});

	it("cadence rules: bad parts are named under the setting, good ones apply", async () => {
		const files = sampleVault({ "People/Mum.md": `---\ntype: person\ntags: [family]\nlast_contact: 2026-11-01\n---\n` });
		const { app, plugin } = await startPlugin(files);
		const tab = await settingsTab(app);
		typeInto(tab, "Cadence by tag", "family: 14d, friends sometimes, work: whenever");
		const error = findSetting(tab.containerEl, "Cadence by tag")?.settingEl.querySelector(".top-of-mind-error") ?? tab.containerEl.querySelector(".top-of-mind-error");
		expect(textOf(error ?? tab.containerEl)).toBe('Ignored: "friends sometimes" should look like family: 14d; "whenever" is not a cadence.');
		expect(await savedData(app)).toMatchObject({ core: { cadenceByTag: [{ tag: "family", cadence: "14d" }] } });
		// After the re-index, Mum is due every 14 days: due since 2026-11-15.
		const panel = await openPanel(app);
		await app.workspace.setActiveFile("People/Mum.md");
		await waitForText(panel.el, "every 2 weeks");
		expect(textOf(panel.el)).toContain("overdue 5d");
		typeInto(tab, "Cadence by tag", "family: 14d");
		expect(textOf(error ?? tab.containerEl)).toBe("");
		expect(serviceOf(plugin).state).not.toBe("waiting");
	});

	it("one setting names the person folders; new person notes go to the first", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const tab = await settingsTab(app);
		const names = [...tab.containerEl.querySelectorAll(".setting-item-name")].map(textOf);
		expect(names.filter((name) => /people folder|person folder/i.test(name))).toEqual(["Person folders"]);
		typeInto(tab, "Person folders", " Network , People");
		await actionsOf(plugin).createPerson("Ivy Ng");
		expect(app.vault.getFileByPath("Network/Ivy Ng.md")).not.toBeNull();
		expect(await savedData(app)).toMatchObject({ core: { person: { folders: ["Network", "People"] } } });
		expect(await savedData(app)).not.toHaveProperty("peopleFolder");
	});

	it("the log heading is where shares are logged", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const tab = await settingsTab(app);
		typeInto(tab, "Log heading", "Interactions");
		await actionsOf(plugin).markShared(CY, PRICING_POST);
		expect(app.vault.contentOf(CY)).toContain(`\n## Interactions\n- ${TODAY} Shared [[Pricing page]]\n`);
	});

	it("dismissed suggestions can be forgotten, and the person comes back", async () => {
		const { app, plugin } = await startPlugin(sampleVault(), { data: { notForThem: [`${CY}::${PRICING_POST}`] } });
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		expect(cardOf(panel.el, CY)).toBeNull();
		const tab = await settingsTab(app);
		const setting = findSetting(tab.containerEl, "Forget dismissed suggestions");
		expect(textOf(setting?.descEl ?? tab.containerEl)).toBe("1 person and post pair is marked not for them.");
		setting?.controlEl.querySelector("button")?.click();
		await waitFor(() => plugin.settings.notForThem.length === 0, "the pairs to be forgotten");
		expect(await savedData(app)).toMatchObject({ notForThem: [] });
		expect(findSetting(tab.containerEl, "Forget dismissed suggestions")?.settingEl.hidden).toBe(true);
		await waitFor(() => cardOf(panel.el, CY) !== null, "Cy to come back");
	});

	it("without dismissed suggestions there is nothing to forget", async () => {
		const { app } = await startPlugin(sampleVault());
		const tab = await settingsTab(app);
		expect(findSetting(tab.containerEl, "Forget dismissed suggestions")?.settingEl.hidden).toBe(true);
	});

	it("before Obsidian 1.13, display() shows the same sections and settings", async () => {
		const { app } = await startPlugin(sampleVault(), { data: { notForThem: [`${CY}::${PRICING_POST}`] } });
		const tab = app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const headings = [...tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")].map(textOf);
		expect(headings).toEqual(["Recognising people and posts", "Field names", "Cadence", "Daily notes", "Sharing", "Import"]);
		expect(findSetting(tab.containerEl, "Forget dismissed suggestions")).toBeDefined();
		expect(control<HTMLInputElement>(tab, "Person tags", "input").value).toBe("person");
	});

	it("a daily notes folder override re-indexes: daily notes elsewhere stop counting", async () => {
		const { app } = await startPlugin(sampleVault());
		const panel = await openPanel(app);
		await app.workspace.setActiveFile("People/Bo Berg.md");
		await waitForText(panel.el, "last contact 10 days ago");
		const tab = await settingsTab(app);
		typeInto(tab, "Daily notes folder", "Journal");
		await waitForText(panel.el, "never contacted");
	});
});
