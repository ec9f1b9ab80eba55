// @vitest-environment happy-dom
/**
 * Import contacts… in Obsidian: a picked export is read and planned, the preview lists who
 * would be created or updated and what is skipped, unticked rows are left out, the cadence
 * chosen goes on new people, Apply writes, and importing the same file again changes nothing.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ImportModal, summaryOf } from "../../src/obsidian/import-modal";
import { asObsidian, findSetting, getOpenModals, Notice } from "../obsidian";
import { actionsOf, clickButton, serviceOf, startPlugin, textOf, waitFor, type Started } from "../helpers/plugin-harness";
import { ANA, ANA_NOTE, sampleVault } from "../helpers/sample-vault";

afterEach(() => {
	vi.restoreAllMocks();
});

const CSV = [
	"Notes:",
	'"When exporting your connection data, you may notice that some of the email addresses are missing."',
	"",
	"First Name,Last Name,URL,Email Address,Company,Position,Connected On",
	"Ana,Diaz,https://www.linkedin.com/in/ana-diaz,ana@acme.example,Acme,CFO,12 Nov 2024",
	"Zoe,Quinn,https://www.linkedin.com/in/zoe-quinn,,Initech,Engineer,03 Jan 2025",
	"Yan,Li,,,,,05 Feb 2025",
	"",
].join("\n");

async function openWith(started: Started, name: string, text: string): Promise<ImportModal> {
	await waitFor(() => serviceOf(started.plugin).state === "ready", "the index");
	const actions = actionsOf(started.plugin);
	const modal = new ImportModal(asObsidian(started.app), { service: actions.service, settings: () => started.plugin.settings, today: () => actions.today() }, () => Promise.resolve({ name, text }));
	modal.open();
	clickButton(modal.contentEl, "Choose file…");
	await waitFor(() => textOf(modal.contentEl).includes(`${name}:`), "the preview");
	return modal;
}

function box(modal: ImportModal, path: string): HTMLInputElement {
	const found = modal.contentEl.querySelector<HTMLInputElement>(`input[type="checkbox"][data-path="${path}"]`);
	if (!found) throw new Error(`no row for ${path}`);
	return found;
}

describe("Import contacts…", () => {
	it("previews, leaves out unticked rows, writes the cadence picked, and a second import changes nothing", async () => {
		const started = await startPlugin(sampleVault());
		const { app } = started;
		const modal = await openWith(started, "Connections.csv", CSV);
		expect(textOf(modal.contentEl)).toContain("Connections.csv: 2 new people, 1 updated, 0 unchanged, 0 skipped.");
		expect(textOf(modal.contentEl)).toContain("Ana Diaz — email");
		const select = findSetting(modal.contentEl, "Cadence for new people")?.controlEl.querySelector("select");
		if (!select) throw new Error("no cadence choice");
		select.value = "quarterly";
		select.dispatchEvent(new Event("change"));
		box(modal, "People/Yan Li.md").checked = false;
		box(modal, "People/Yan Li.md").dispatchEvent(new Event("change"));
		clickButton(modal.contentEl, "Apply");
		await waitFor(() => Notice.messages.some((m) => m.startsWith("Imported:")), "the notice");
		expect(Notice.messages).toContain("Imported: 1 person created, 1 person updated.");
		expect(app.vault.getFileByPath("People/Yan Li.md")).toBeNull();
		const zoe = app.vault.contentOf("People/Zoe Quinn.md");
		expect(zoe).toContain("cadence: quarterly");
		expect(zoe).toContain("company: Initech");
		// Ana's note gains her address and nothing else changes.
		const ana = app.vault.contentOf(ANA);
		expect(ana.replace(/\n(email|url|connected):.*|\n {2}- .*/g, "")).toBe(ANA_NOTE);
		expect(ana).toContain("ana@acme.example");
		await waitFor(() => serviceOf(started.plugin).index?.person("People/Zoe Quinn.md") !== undefined, "the index to pick the new note up");
		const before = app.vault.getMarkdownFiles().map((file) => [file.path, app.vault.contentOf(file.path)]);
		const again = await openWith(started, "Connections.csv", CSV.split("\n").filter((line) => !line.startsWith("Yan")).join("\n"));
		expect(textOf(again.contentEl)).toContain("0 new people, 0 updated, 2 unchanged");
		again.close();
		expect(app.vault.getMarkdownFiles().map((file) => [file.path, app.vault.contentOf(file.path)])).toEqual(before);
	});

	it("says what is wrong with a file it cannot read, and writes nothing", async () => {
		const started = await startPlugin(sampleVault());
		const modal = await openWithError(started, "notes.txt", "hello");
		expect(textOf(modal.contentEl)).toContain('"notes.txt" is not an export Top of Mind reads');
		const csv = await openWithError(started, "Other.csv", "Name,Phone\nAna,123\n");
		expect(textOf(csv.contentEl)).toMatch(/LinkedIn/);
		expect(getOpenModals().length).toBeGreaterThan(0);
	});

	it("the summary counts what the plan holds", () => {
		expect(summaryOf({ source: "vcard", created: [], updated: [], unchanged: 3, skipped: [{ item: 2, reason: "x" }] }, "c.vcf")).toBe("c.vcf: 0 new people, 0 updated, 3 unchanged, 1 skipped.");
	});
});

async function openWithError(started: Started, name: string, text: string): Promise<ImportModal> {
	await waitFor(() => serviceOf(started.plugin).state === "ready", "the index");
	const actions = actionsOf(started.plugin);
	const modal = new ImportModal(asObsidian(started.app), { service: actions.service, settings: () => started.plugin.settings, today: () => actions.today() }, () => Promise.resolve({ name, text }));
	modal.open();
	clickButton(modal.contentEl, "Choose file…");
	await waitFor(() => modal.contentEl.querySelector(".top-of-mind-error") !== null, "the error");
	return modal;
}
