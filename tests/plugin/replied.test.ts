// @vitest-environment happy-dom
/**
 * Replied (DESIGN: a log line `- YYYY-MM-DD Replied [[Post]]`): from the post panel's
 * "Already shared with" list and from the person panel, on a picked day (today by default,
 * never after it); the line is the only change, it counts as a contact on its day, and its
 * notice has an Undo.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { statusOf } from "../../src/core/index/contact-status";
import { ReplyModal } from "../../src/obsidian/reply-modal";
import { PersonSuggestModal } from "../../src/obsidian/modals";
import { findSetting, getOpenModal, getOpenModals, Notice, stubModal, type App } from "../obsidian";
import { cardOf, clickButton, openPanel, serviceOf, startPlugin, textOf, waitFor, waitForText, type Started } from "../helpers/plugin-harness";
import { ANA, BO, BO_NOTE, K8S_POST, PRICING_POST, sampleVault, TODAY } from "../helpers/sample-vault";

afterEach(() => {
	vi.restoreAllMocks();
});

async function replyModal(): Promise<ReplyModal> {
	await waitFor(() => getOpenModals().some((m) => m instanceof ReplyModal), "the reply modal");
	return getOpenModal(ReplyModal);
}

function dateInput(modal: ReplyModal): HTMLInputElement {
	const input = findSetting(modal.contentEl, "Date")?.controlEl.querySelector("input");
	if (!input) throw new Error("no date input");
	return input;
}

function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? "change" : "input"));
}

async function lastContactOf(started: Started, path: string): Promise<string | null> {
	await waitFor(() => serviceOf(started.plugin).state === "ready", "the index");
	const index = serviceOf(started.plugin).index;
	const person = index?.person(path);
	return index && person ? statusOf(index, person, TODAY).lastContact : null;
}

async function openOn(app: App, path: string, shows: string): Promise<HTMLElement> {
	const panel = (await openPanel(app)).el;
	await app.workspace.setActiveFile(path);
	await waitForText(panel, shows);
	return panel;
}

describe("Replied", () => {
	it("from the post's Already shared with list: today by default, the log line and nothing else, a contact on its day", async () => {
		const started = await startPlugin(sampleVault());
		const { app } = started;
		const panel = await openOn(app, PRICING_POST, "Already shared with (1)");
		const card = cardOf(panel, BO);
		if (!card) throw new Error("no card for Bo");
		clickButton(card, "Replied");
		const modal = await replyModal();
		expect(textOf(modal.titleEl)).toBe("Bo Berg replied");
		expect(textOf(modal.contentEl)).toContain('To "Pricing page".');
		expect(dateInput(modal).type).toBe("date");
		expect(dateInput(modal).value).toBe(TODAY);
		expect(dateInput(modal).max).toBe(TODAY);
		clickButton(modal.contentEl, "Log reply");
		await waitFor(() => Notice.messages.includes("Logged a reply from Bo Berg."), "the notice");
		expect(app.vault.contentOf(BO)).toBe(`${BO_NOTE}- ${TODAY} Replied [[Pricing page]]\n`);
		await waitFor(() => serviceOf(started.plugin).index?.replies().get(BO)?.has(PRICING_POST) === true, "the index to read the reply");
		expect(await lastContactOf(started, BO)).toBe(TODAY);
	});

	it("from the person panel: a choice of the posts shared with them, the one shared last first, and a picked day", async () => {
		const vault = sampleVault();
		vault[BO] = `${BO_NOTE}- 2026-11-10 Shared [[Kubernetes upgrades]]\n`;
		const started = await startPlugin(vault);
		const { app } = started;
		const panel = await openOn(app, BO, "Posts to send them");
		clickButton(panel, "Replied");
		const modal = await replyModal();
		const select = findSetting(modal.contentEl, "Post")?.controlEl.querySelector("select");
		if (!select) throw new Error("no post choice");
		expect([...select.options].map((option) => [option.value, option.text])).toEqual([
			[K8S_POST, "Kubernetes upgrades"],
			[PRICING_POST, "Pricing page"],
		]);
		type(select, PRICING_POST);
		type(dateInput(modal), "2026-11-15");
		clickButton(modal.contentEl, "Log reply");
		await waitFor(() => app.vault.contentOf(BO).includes("Replied"), "the log line");
		expect(app.vault.contentOf(BO)).toBe(`${vault[BO]}- 2026-11-15 Replied [[Pricing page]]\n`);
		await waitFor(() => serviceOf(started.plugin).index?.replies().get(BO)?.has(PRICING_POST) === true, "the index to read the reply");
		expect(await lastContactOf(started, BO)).toBe("2026-11-15");
	});

	it("someone nothing was shared with has no Replied button", async () => {
		const { app } = await startPlugin(sampleVault());
		const panel = await openOn(app, ANA, "Posts to send them");
		expect([...panel.querySelectorAll("button")].map((button) => textOf(button))).not.toContain("Replied");
	});

	it.each(["2026-11-21", "2026-02-30", "last week", ""])("a day after today or not a day (%j) shows an error and writes nothing", async (bad) => {
		const { app } = await startPlugin(sampleVault());
		const panel = await openOn(app, BO, "Posts to send them");
		clickButton(panel, "Replied");
		const modal = await replyModal();
		type(dateInput(modal), bad);
		clickButton(modal.contentEl, "Log reply");
		expect(textOf(modal.contentEl)).toContain(`Use a day on or before today, like ${TODAY}.`);
		expect(getOpenModals()).toContain(modal);
		expect(app.vault.contentOf(BO)).toBe(BO_NOTE);
	});
});

describe("Log reply from…", () => {
	it("offers only people something was shared with, then the reply modal for them", async () => {
		const { app } = await startPlugin(sampleVault());
		await app.commands.run("top-of-mind:log-reply");
		await waitFor(() => getOpenModals().some((m) => m instanceof PersonSuggestModal), "the person picker");
		const picker = getOpenModal(PersonSuggestModal);
		expect(stubModal(picker).inputEl.placeholder).toBe("Who replied?");
		const shown = await stubModal(picker).typeQuery("");
		expect(shown.map((match) => match.item.path)).toEqual([BO]);
		await stubModal(picker).chooseItem((choice) => choice.path === BO);
		const modal = await replyModal();
		clickButton(modal.contentEl, "Log reply");
		await waitFor(() => app.vault.contentOf(BO).includes("Replied"), "the log line");
		expect(app.vault.contentOf(BO)).toBe(`${BO_NOTE}- ${TODAY} Replied [[Pricing page]]\n`);
	});

	it("says so when nothing has been shared with anyone", async () => {
		const vault = sampleVault();
		vault[PRICING_POST] = (vault[PRICING_POST] ?? "").replace('shared_with:\n  - "[[Bo Berg]]"\n', "");
		const { app } = await startPlugin(vault);
		await app.commands.run("top-of-mind:log-reply");
		expect(Notice.messages).toContain("Nothing has been shared with anyone yet: mark a post as shared first.");
		expect(getOpenModals()).toEqual([]);
	});
});
