// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { statusOf } from "../../src/core/index/contact-status";
import { DueModal, LogContactModal, PersonSuggestModal, TextPromptModal } from "../../src/obsidian/modals";
import { findSetting, getOpenModal, getOpenModals, Notice, stubModal, type App } from "../obsidian";
import { clickButton, fileAt, openPanel, serviceOf, sleep, startPlugin, textOf, waitFor, type Started } from "../helpers/plugin-harness";
import { ANA, ANA_NOTE, BO, CY, K8S_NOTE, K8S_POST, PRICING_POST, sampleVault, TODAY } from "../helpers/sample-vault";

const id = (command: string): string => `top-of-mind:${command}`;

afterEach(() => {
	vi.restoreAllMocks();
});

async function openPicker(app: App): Promise<PersonSuggestModal> {
	await waitFor(() => getOpenModals().some((m) => m instanceof PersonSuggestModal), "the person picker");
	return getOpenModal(PersonSuggestModal);
}

/** The picker's rows as shown for the empty query, top to bottom. */
async function pickerRows(modal: PersonSuggestModal): Promise<string[]> {
	const shown = await stubModal(modal).typeQuery("");
	return shown.map((match) => modal.getItemText(match.item));
}

function input(scope: HTMLElement, settingName: string): HTMLInputElement {
	const el = findSetting(scope, settingName)?.controlEl.querySelector("input");
	if (!el) throw new Error(`no "${settingName}" input`);
	return el;
}

function type(el: HTMLInputElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new Event("input"));
}

describe("Share this note with…", () => {
	it("is only offered when a Markdown note is active", async () => {
		const { app } = await startPlugin(sampleVault());
		expect(app.commands.isAvailable(id("share-note-with"))).toBe(false);
		expect(app.commands.executeCommandById(id("share-note-with"))).toBe(false);
		const panel = await openPanel(app);
		app.workspace.setActiveLeaf(panel.leaf);
		expect(app.commands.isAvailable(id("share-note-with"))).toBe(false);
		await app.workspace.setActiveFile(K8S_POST);
		expect(app.commands.isAvailable(id("share-note-with"))).toBe(true);
		expect(getOpenModals()).toEqual([]);
	});

	it("lists the people who care first, with why, then everyone else; never archived people or those who have it", async () => {
		const { app } = await startPlugin(sampleVault());
		await app.workspace.setActiveFile(K8S_POST);
		await app.commands.run(id("share-note-with"));
		const modal = await openPicker(app);
		expect(stubModal(modal).inputEl.placeholder).toBe('Share "Kubernetes upgrades" with…');
		expect(await pickerRows(modal)).toEqual(["Bo Berg — topic: kubernetes", "Ana Diaz", "Cy Chen"]);

		await app.workspace.setActiveFile(PRICING_POST);
		await app.commands.run(id("share-note-with"));
		const second = await openPicker(app);
		const rows = await pickerRows(second);
		expect(rows.map((row) => row.split(" — ")[0])).toEqual(["Ana Diaz", "Cy Chen"]);
		expect(rows[0]).toBe("Ana Diaz — topic: pricing");
	});

	it("choosing a person writes the share", async () => {
		const { app } = await startPlugin(sampleVault());
		await app.workspace.setActiveFile(K8S_POST);
		await app.commands.run(id("share-note-with"));
		const modal = await openPicker(app);
		await stubModal(modal).typeQuery("ana");
		await stubModal(modal).chooseItem((choice) => choice.path === ANA);
		await waitFor(() => Notice.messages.includes("Marked as shared with Ana Diaz."), "the notice");
		expect(app.vault.contentOf(K8S_POST)).toBe(K8S_NOTE.replace("topics: [kubernetes]\n", 'topics: [kubernetes]\nshared_with:\n  - "[[Ana Diaz]]"\n'));
		expect(app.vault.contentOf(ANA)).toContain(`last_contact: ${TODAY}\n`);
		expect(app.vault.contentOf(ANA)).toContain(`- 2026-10-02 Coffee; talked pricing\n- ${TODAY} Shared [[Kubernetes upgrades]]\n\n## Family`);
	});

	it("before the index is ready: a notice, no picker", async () => {
		const { app } = await startPlugin(sampleVault(), { ready: false });
		await app.workspace.setActiveFile(K8S_POST);
		await app.commands.run(id("share-note-with"));
		await sleep(20);
		expect(Notice.messages).toEqual(["Still indexing your people and posts; try again in a moment."]);
		expect(getOpenModals()).toEqual([]);
	});
});

describe("Log contact with…", () => {
	async function logContactFor(started: Started, path: string): Promise<LogContactModal> {
		const { app } = started;
		await app.commands.run(id("log-contact"));
		const picker = await openPicker(app);
		await stubModal(picker).chooseItem((choice) => choice.path === path);
		await waitFor(() => getOpenModals().some((m) => m instanceof LogContactModal), "the log contact modal");
		return getOpenModal(LogContactModal);
	}

	it("the picker lists everyone not archived, most overdue first, with their last contact", async () => {
		const { app } = await startPlugin(sampleVault());
		await app.commands.run(id("log-contact"));
		const picker = await openPicker(app);
		expect(stubModal(picker).inputEl.placeholder).toBe("Who did you talk to?");
		expect(await pickerRows(picker)).toEqual(["Ana Diaz — last contact 7 weeks ago", "Cy Chen — never contacted", "Bo Berg — last contact 10 days ago"]);
	});

	it("writes last_contact and a log line with the note", async () => {
		const started = await startPlugin(sampleVault());
		const modal = await logContactFor(started, ANA);
		expect(textOf(modal.titleEl)).toBe("Log contact with Ana Diaz");
		expect(input(modal.contentEl, "Date").value).toBe(TODAY);
		type(input(modal.contentEl, "What happened"), "  Lunch; talked pricing  ");
		clickButton(modal.contentEl, "Log contact");
		expect(getOpenModals()).toEqual([]);
		await waitFor(() => Notice.messages.includes("Logged contact with Ana Diaz."), "the notice");
		expect(started.app.vault.contentOf(ANA)).toBe(
			ANA_NOTE.replace("last_contact: 2026-10-02", `last_contact: ${TODAY}`).replace(
				"- 2026-10-02 Coffee; talked pricing\n",
				`- 2026-10-02 Coffee; talked pricing\n- ${TODAY} Lunch; talked pricing\n`,
			),
		);
	});

	it("without a note, the log line says Contacted", async () => {
		const started = await startPlugin(sampleVault());
		const modal = await logContactFor(started, BO);
		clickButton(modal.contentEl, "Log contact");
		await waitFor(() => started.app.vault.contentOf(BO).includes("Contacted"), "the log line");
		expect(started.app.vault.contentOf(BO)).toBe(
			`---\ntype: person\ntopics:\n  - kubernetes\n  - platform engineering\ncadence: monthly\nlast_contact: ${TODAY}\n---\nBo leads the platform team; cluster upgrades keep him up at night.\n\n## Log\n- ${TODAY} Contacted\n`,
		);
	});

	it.each(["2026-13-01", "next Tuesday", "", "2026-02-30"])("a bad date (%j) shows an error and writes nothing", async (bad) => {
		const started = await startPlugin(sampleVault());
		const before = started.app.vault.contentOf(ANA);
		const modal = await logContactFor(started, ANA);
		type(input(modal.contentEl, "Date"), bad);
		clickButton(modal.contentEl, "Log contact");
		expect(textOf(modal.contentEl.querySelector(".top-of-mind-error") ?? modal.contentEl)).toBe("Use a date like 2026-11-05.");
		expect(stubModal(modal).isOpen).toBe(true);
		await sleep(20);
		expect(started.app.vault.contentOf(ANA)).toBe(before);
		// Fixing the date and trying again works.
		type(input(modal.contentEl, "Date"), "2026-11-19");
		clickButton(modal.contentEl, "Log contact");
		await waitFor(() => started.app.vault.contentOf(ANA).includes("- 2026-11-19 Contacted"), "the log line");
	});

	it("a past date never moves last_contact back, but is logged", async () => {
		const started = await startPlugin(sampleVault());
		const modal = await logContactFor(started, ANA);
		type(input(modal.contentEl, "Date"), "2026-09-01");
		type(input(modal.contentEl, "What happened"), "Met at a conference");
		clickButton(modal.contentEl, "Log contact");
		await waitFor(() => started.app.vault.contentOf(ANA).includes("Met at a conference"), "the log line");
		expect(started.app.vault.contentOf(ANA)).toContain("last_contact: 2026-10-02\n");
		expect(started.app.vault.contentOf(ANA)).toContain("- 2026-10-02 Coffee; talked pricing\n- 2026-09-01 Met at a conference\n");
	});

	it("before the index is ready: a notice, no picker", async () => {
		const { app } = await startPlugin(sampleVault(), { ready: false });
		await app.commands.run(id("log-contact"));
		expect(Notice.messages).toEqual(["Still indexing your people and posts; try again in a moment."]);
		expect(getOpenModals()).toEqual([]);
	});
});

describe("Insert follow-ups into today's daily note", () => {
	const LIST = [
		"- [ ] [[Ana Diaz]] — overdue 7 days (last contact 2026-10-02) · send [[Pricing page]]",
		"- [ ] [[Cy Chen]] — due today (never contacted) · send [[Pricing page]]",
	].join("\n");
	const DAILY = "Daily/2026-11-20.md";
	const LIST_WITH_BO = [
		"- [ ] [[Ana Diaz]] — overdue 7 days (last contact 2026-10-02) · send [[Pricing page]]",
		"- [ ] [[Bo Berg]] — due today (never contacted) · send [[Kubernetes upgrades]]",
		"- [ ] [[Cy Chen]] — due today (never contacted) · send [[Pricing page]]",
	].join("\n");

	async function insert(app: App): Promise<void> {
		const count = Notice.messages.length;
		await app.commands.run(id("insert-follow-ups"));
		await waitFor(() => Notice.messages.length > count, "the command's notice");
	}

	it("creates today's note in the Daily notes folder and format, from its template, with the checklist", async () => {
		const { app } = await startPlugin(sampleVault());
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toBe(`# Friday, 20 November 2026\n\n## Plan\n\n## Follow-ups\n${LIST}\n`);
		expect(Notice.messages).toContain("Added 2 follow-ups to 2026-11-20.");
	});

	it("running it twice replaces its own lines and never duplicates them (its unchecked links are not contacts)", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		await insert(app);
		const first = app.vault.contentOf(DAILY);
		// Let the index take in the new daily note before running again.
		await waitFor(() => serviceOf(plugin).index?.has(DAILY) === true, "the daily note in the index");
		await sleep(50);
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toBe(first);
		expect(app.vault.contentOf(DAILY).match(/## Follow-ups/g)).toHaveLength(1);
	});

	it("after a contact, running it again shows the new list in the same place", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		await insert(app);
		const ana = fileAt(app, ANA);
		await app.vault.process(ana, (text) => text.replace("last_contact: 2026-10-02", `last_contact: ${TODAY}`));
		await waitFor(() => {
			const index = serviceOf(plugin).index;
			const person = index?.person(ANA);
			return index !== null && person !== undefined && statusOf(index, person, TODAY).lastContact === TODAY;
		}, "the index to take the contact");
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toBe(`# Friday, 20 November 2026\n\n## Plan\n\n## Follow-ups\n- [ ] [[Cy Chen]] — due today (never contacted) · send [[Pricing page]]\n`);
	});

	it("keeps the user's lines in its section and leaves the rest of an existing daily note untouched", async () => {
		const existing = "---\nmood: good\n---\n# Today\n\n## Follow-ups\n- [ ] old item\n- [x] done item\n\n## Journal\nMet [[Bo Berg]].\n";
		const { app } = await startPlugin(sampleVault({ [DAILY]: existing }));
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toBe(`---\nmood: good\n---\n# Today\n\n## Follow-ups\n- [ ] old item\n- [x] done item\n${LIST}\n\n## Journal\nMet [[Bo Berg]].\n`);
	});

	it("a re-run keeps a ticked line and a sentence written under the list; the tick is a contact, so Ana is not due", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		await insert(app);
		const [anaLine = "", cyLine = ""] = LIST.split("\n");
		const ticked = anaLine.replace("- [ ]", "- [x]");
		const sentence = "Ana said: send the pricing deck by Friday.";
		await app.vault.process(fileAt(app, DAILY), (text) => text.replace(anaLine, ticked).replace(`${cyLine}\n`, `${cyLine}\n${sentence}\n`));
		await waitFor(() => {
			const index = serviceOf(plugin).index;
			const person = index?.person(ANA);
			return index !== null && person !== undefined && statusOf(index, person, TODAY).lastContact === TODAY;
		}, "the index to count the ticked line as a contact");
		const index = serviceOf(plugin).index;
		const ana = index?.person(ANA);
		if (!index || !ana) throw new Error("no index or no Ana");
		expect(statusOf(index, ana, TODAY).due).toBe(false);
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toBe(`# Friday, 20 November 2026\n\n## Plan\n\n## Follow-ups\n${ticked}\n${cyLine}\n${sentence}\n`);
		expect(Notice.messages).toContain("Added 1 follow-ups to 2026-11-20.");
		// Ana's contact of that day is still there after the re-run.
		await sleep(50);
		expect(statusOf(index, ana, TODAY).lastContact).toBe(TODAY);
	});

	it("a Follow-ups heading inside a code block is not its section", async () => {
		const existing = "Notes\n\n```md\n## Follow-ups\n- [ ] example\n```\n";
		const { app } = await startPlugin(sampleVault({ [DAILY]: existing }));
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toBe(`${existing}\n## Follow-ups\n${LIST}\n`);
	});

	it("with the heading twice, only the first section is merged", async () => {
		const existing = "## Follow-ups\n- [ ] A\n\n## Follow-ups\n- [ ] B\n";
		const { app } = await startPlugin(sampleVault({ [DAILY]: existing }));
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toBe(`## Follow-ups\n- [ ] A\n${LIST}\n\n## Follow-ups\n- [ ] B\n`);
	});

	it("follows another Daily notes folder and format, creating the folders", async () => {
		const files = sampleVault({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "Journal/Daily/", format: "DD.MM.YYYY" }) });
		const { app } = await startPlugin(files);
		await insert(app);
		// Daily/2026-11-10.md is no longer a daily note, so Bo's contact there no longer counts.
		expect(app.vault.contentOf("Journal/Daily/20.11.2026.md")).toBe(`## Follow-ups\n${LIST_WITH_BO}\n`);
	});

	it("reads the core Daily notes plugin's live settings at each use, ahead of its settings file", async () => {
		const { app } = await startPlugin(sampleVault());
		const options = { folder: "Journal", format: "YYYY-MM-DD", template: "" };
		// app.internalPlugins is undocumented: the shape the plugin reads (see tests/obsidian/README.md).
		Object.assign(app, { internalPlugins: { getPluginById: (id: string) => (id === "daily-notes" ? { enabled: true, instance: { options } } : null) } });
		await insert(app);
		expect(app.vault.contentOf("Journal/2026-11-20.md")).toContain("## Follow-ups\n");
		options.folder = "Later";
		await insert(app);
		expect(app.vault.contentOf("Later/2026-11-20.md")).toContain("## Follow-ups\n");
	});

	it("Periodic Notes' daily settings win when they are enabled; disabled, the core settings apply", async () => {
		const { app } = await startPlugin(sampleVault());
		const daily = { enabled: true, folder: "Periodic", format: "YYYY-MM-DD", template: "" };
		Object.assign(app, { plugins: { getPlugin: (id: string) => (id === "periodic-notes" ? { settings: { daily } } : null) } });
		await insert(app);
		expect(app.vault.contentOf("Periodic/2026-11-20.md")).toContain("## Follow-ups\n");
		daily.enabled = false;
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toContain("## Follow-ups\n");
	});

	it("odd shapes of the undocumented APIs fall back to the settings file", async () => {
		const { app } = await startPlugin(sampleVault());
		Object.assign(app, { plugins: { getPlugin: () => ({ settings: "broken" }) }, internalPlugins: { getPluginById: () => ({ instance: { options: null } }) } });
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toContain("## Follow-ups\n");
	});

	it("the plugin's own folder, format and heading override the Daily notes settings", async () => {
		const { app } = await startPlugin(sampleVault(), { data: { dailyNotesFolder: "Days", dailyNotesFormat: "YYYY/MM/DD", followUpHeading: "Reach out" } });
		await insert(app);
		expect(app.vault.contentOf("Days/2026/11/20.md")).toBe(`# Friday, 20 November 2026\n\n## Plan\n\n## Reach out\n${LIST_WITH_BO}\n`);
	});

	it("fills {{title}} and {{date}} in the template", async () => {
		const { app } = await startPlugin(sampleVault({ "Templates/Daily.md": "# {{title}}\nWeek {{date:W}}, {{date}}\n" }));
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toBe(`# 2026-11-20\nWeek 47, 2026-11-20\n\n## Follow-ups\n${LIST}\n`);
	});

	it("without a template (or a missing one), the note holds only the section", async () => {
		const { app } = await startPlugin(sampleVault({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", template: "Templates/Gone" }) }));
		await insert(app);
		expect(app.vault.contentOf(DAILY)).toBe(`## Follow-ups\n${LIST}\n`);
	});

	it("when no one is due, the section says so", async () => {
		const files = { "People/Ana Diaz.md": `---\ntype: person\nlast_contact: 2026-11-19\ncadence: 2w\n---\n` };
		const { app } = await startPlugin(files);
		await insert(app);
		expect(app.vault.contentOf("2026-11-20.md")).toBe("## Follow-ups\n_No one is due for a follow-up today._\n");
		expect(Notice.messages).toContain("No one is due today; the daily note says so.");
	});

	it("a daily note path that cannot be created gives a notice, never an exception", async () => {
		const { app } = await startPlugin(sampleVault({ Daily: "" }), { data: { dailyNotesFolder: "Daily/2026-11-20.md" } });
		await insert(app);
		expect(Notice.messages.some((m) => m.startsWith("Could not write follow-ups"))).toBe(true);
	});
});

describe("New person note", () => {
	async function createVia(app: App, name: string, submit: "enter" | "button" = "button"): Promise<void> {
		await app.commands.run(id("new-person-note"));
		const modal = getOpenModal(TextPromptModal);
		const field = modal.contentEl.querySelector("input");
		if (!field) throw new Error("no name input");
		type(field, name);
		if (submit === "enter") field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		else clickButton(modal.contentEl, "Create");
	}

	const NEW_PERSON = `---\ntype: person\ntopics: []\ncompany: \nrole: \nemail: \nlast_contact: \ncadence: \ncreated: ${TODAY}\n---\n\n\n## Log\n`;

	it("asks for a name, creates the note in the people folder and opens it; the index takes it without problems", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		await createVia(app, "  Eve Adams ", "enter");
		await waitFor(() => app.workspace.getActiveFile()?.path === "People/Eve Adams.md", "the new note to open");
		expect(app.vault.contentOf("People/Eve Adams.md")).toBe(NEW_PERSON);
		await waitFor(() => serviceOf(plugin).index?.person("People/Eve Adams.md") !== undefined, "the index to know her");
		expect(serviceOf(plugin).index?.problems().filter((p) => p.path === "People/Eve Adams.md")).toEqual([]);
	});

	it("characters a file name cannot hold are replaced; missing folders are created", async () => {
		const { app } = await startPlugin(sampleVault(), { data: { peopleFolder: "Network/Clients" } });
		await createVia(app, 'Eve/Adams: "CTO"?');
		await waitFor(() => app.vault.getFileByPath("Network/Clients/Eve Adams CTO.md") !== null, "the note");
	});

	it("an existing name opens that note and changes nothing", async () => {
		const { app } = await startPlugin(sampleVault());
		await createVia(app, "Ana Diaz");
		await waitFor(() => app.workspace.getActiveFile()?.path === ANA, "Ana's note to open");
		expect(Notice.messages).toContain("Ana Diaz already has a note.");
		expect(app.vault.contentOf(ANA)).toBe(ANA_NOTE);
	});

	it("an empty name keeps the prompt open and creates nothing", async () => {
		const { app } = await startPlugin(sampleVault());
		const files = app.vault.getFiles().length;
		await createVia(app, "   ");
		expect(getOpenModals()).toHaveLength(1);
		expect(app.vault.getFiles()).toHaveLength(files);
	});

	it("a name of only forbidden characters gives a notice", async () => {
		const { app } = await startPlugin(sampleVault());
		await createVia(app, "///");
		await waitFor(() => Notice.messages.includes("A person note needs a name."), "the notice");
	});
});

describe("People due for follow-up", () => {
	async function openDue(app: App): Promise<DueModal> {
		await app.commands.run(id("people-due"));
		return getOpenModal(DueModal);
	}

	it("lists due people, most overdue first, with what to send", async () => {
		const { app } = await startPlugin(sampleVault({ "People/Finn.md": "---\ntype: person\ncadence: weekly\nlast_contact: 2026-11-01\n---\n" }));
		const modal = await openDue(app);
		expect(textOf(modal.titleEl)).toBe("People due for follow-up");
		const cards = [...modal.contentEl.querySelectorAll<HTMLElement>(".top-of-mind-card")];
		expect(cards.map((c) => c.getAttribute("data-path"))).toEqual(["People/Finn.md", ANA, CY]);
		const shown = cards.map((c) => ({
			name: textOf(c.querySelector(".top-of-mind-name") ?? c),
			badge: textOf(c.querySelector(".top-of-mind-badge") ?? c),
			lastContact: textOf(c.querySelector(".top-of-mind-meta") ?? c),
			send: c.querySelector(".top-of-mind-suggestion") ? textOf(c.querySelector(".top-of-mind-suggestion") ?? c) : null,
			buttons: [...c.querySelectorAll("button")].map(textOf),
		}));
		expect(shown).toEqual([
			// Finn has no post that suits him: no suggestion, no share button.
			{ name: "Finn", badge: "overdue 12d", lastContact: "last contact 2 weeks ago", send: null, buttons: ["Contacted", "Snooze"] },
			{ name: "Ana Diaz", badge: "overdue 7d", lastContact: "last contact 7 weeks ago", send: "Send: Pricing page", buttons: ["Contacted", "Mark as shared", "Snooze"] },
			{ name: "Cy Chen", badge: "due", lastContact: "never contacted", send: "Send: Pricing page", buttons: ["Contacted", "Mark as shared", "Snooze"] },
		]);
	});

	it("Contacted writes last_contact and a log line", async () => {
		const { app } = await startPlugin(sampleVault());
		const modal = await openDue(app);
		const card = modal.contentEl.querySelector<HTMLElement>(`[data-path="${ANA}"]`);
		if (!card) throw new Error("no card for Ana");
		clickButton(card, "Contacted");
		await waitFor(() => card.classList.contains("top-of-mind-done"), "the card to be done");
		expect(app.vault.contentOf(ANA)).toBe(
			ANA_NOTE.replace("last_contact: 2026-10-02", `last_contact: ${TODAY}`).replace(
				"- 2026-10-02 Coffee; talked pricing\n",
				`- 2026-10-02 Coffee; talked pricing\n- ${TODAY} Contacted\n`,
			),
		);
		expect(Notice.messages).toContain("Logged contact with Ana Diaz.");
	});

	it("Mark as shared shares the suggested post", async () => {
		const { app } = await startPlugin(sampleVault());
		const modal = await openDue(app);
		const card = modal.contentEl.querySelector<HTMLElement>(`[data-path="${CY}"]`);
		if (!card) throw new Error("no card for Cy");
		clickButton(card, "Mark as shared");
		await waitFor(() => card.classList.contains("top-of-mind-done"), "the card to be done");
		expect(app.vault.contentOf(CY)).toContain(`- ${TODAY} Shared [[Pricing page]]\n`);
		expect(app.vault.contentOf(PRICING_POST)).toContain('  - "[[Cy Chen]]"\n');
	});

	it("a name opens the note and closes the list", async () => {
		const { app } = await startPlugin(sampleVault());
		const modal = await openDue(app);
		modal.contentEl.querySelector<HTMLElement>(`[data-path="${CY}"] .top-of-mind-name`)?.click();
		expect(stubModal(modal).isOpen).toBe(false);
		await waitFor(() => app.workspace.getActiveFile()?.path === CY, "Cy's note to open");
	});

	it("with no one due, says so", async () => {
		const { app } = await startPlugin({ "People/Ana Diaz.md": "---\ntype: person\nlast_contact: 2026-11-19\n---\n" });
		const modal = await openDue(app);
		expect(textOf(modal.contentEl)).toBe("No one is due for a follow-up today.");
	});
});

describe("Rebuild index", () => {
	it("rebuilds and reports what it found", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const rebuild = vi.spyOn(serviceOf(plugin), "rebuild");
		await app.commands.run(id("rebuild-index"));
		await waitFor(() => Notice.messages.includes("Index rebuilt: 4 people, 2 posts."), "the notice");
		expect(rebuild).toHaveBeenCalledTimes(1);
	});
});
