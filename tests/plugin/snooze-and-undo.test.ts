// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { SnoozeModal } from "../../src/obsidian/modals";
import { getOpenModal, getOpenModals, Notice, renderCodeBlock } from "../obsidian";
import { actionsOf, clickButton, fileAt, openPanel, startPlugin, textOf, waitFor, waitForText } from "../helpers/plugin-harness";
import { ANA, ANA_NOTE, BO, CY, PRICING_POST, sampleVault, TODAY } from "../helpers/sample-vault";

/**
 * Snooze (DESIGN: `snooze_until` = a picked date) from the follow-up list and the person
 * panel, the "snoozed until" cue wherever a snoozed person appears, and the Undo on every
 * write's notice.
 */
afterEach(() => {
	vi.restoreAllMocks();
});

const DAILY = "Daily/2026-11-20.md";

async function snoozeModal(): Promise<SnoozeModal> {
	await waitFor(() => getOpenModals().some((m) => m instanceof SnoozeModal), "the snooze modal");
	return getOpenModal(SnoozeModal);
}

function undoButton(notice: Notice): HTMLButtonElement {
	const button = notice.messageEl.querySelector("button");
	if (!button || textOf(button) !== "Undo") throw new Error(`no Undo button in "${notice.message}"`);
	return button;
}

/** The last notice shown, once it says `text`. */
async function noticeSaying(text: string): Promise<Notice> {
	await waitFor(() => Notice.messages.includes(text), `the notice "${text}"`);
	const notice = [...Notice.shown].reverse().find((n) => n.message === text);
	if (!notice) throw new Error(`no notice "${text}"`);
	return notice;
}

describe("snooze", () => {
	it("from the follow-up block: a quick pick writes snooze_until, the card is done, and the block names who is snoozed", async () => {
		const { app } = await startPlugin(sampleVault());
		const block = await renderCodeBlock(app, "top-of-mind", "", { sourcePath: DAILY });
		const card = block.el.querySelector<HTMLElement>(`.top-of-mind-card[data-path="${ANA}"]`);
		if (!card) throw new Error("no card for Ana");
		clickButton(card, "Snooze");
		const modal = await snoozeModal();
		expect(textOf(modal.titleEl)).toBe("Snooze Ana Diaz");
		clickButton(modal.contentEl, "2 weeks");
		await waitFor(() => card.classList.contains("top-of-mind-done"), "the card to be done");
		// The new key goes at the end of the block; every other byte stays.
		expect(app.vault.contentOf(ANA)).toBe(ANA_NOTE.replace("favourite_tea: rooibos\n---\n", "favourite_tea: rooibos\nsnooze_until: 2026-12-04\n---\n"));
		await waitForText(block.el, "Snoozed: Ana Diaz until Dec 4");
		expect([...block.el.querySelectorAll(".top-of-mind-card")].map((c) => c.getAttribute("data-path"))).not.toContain(ANA);
	});

	it("a typed date must be after today; the person panel has a Snooze button and shows until when", async () => {
		const { app } = await startPlugin(sampleVault());
		const panel = (await openPanel(app)).el;
		await app.workspace.setActiveFile(CY);
		await waitForText(panel, "Posts to send them");
		clickButton(panel, "Snooze");
		const modal = await snoozeModal();
		const input = modal.contentEl.querySelector<HTMLInputElement>("input");
		if (!input) throw new Error("no date input");
		input.value = TODAY;
		input.dispatchEvent(new Event("input"));
		clickButton(modal.contentEl, "Snooze");
		expect(textOf(modal.contentEl)).toContain("Use a date after today");
		expect(app.vault.contentOf(CY)).not.toContain("snooze_until");
		input.value = "2027-01-05";
		input.dispatchEvent(new Event("input"));
		clickButton(modal.contentEl, "Snooze");
		await noticeSaying("Snoozed Cy Chen until 2027-01-05.");
		expect(app.vault.contentOf(CY)).toContain("snooze_until: 2027-01-05\n");
		await waitForText(panel, "snoozed until Jan 5, 2027");
	});

	it("Undo puts the note back byte for byte; after another edit it leaves the note alone and says so", async () => {
		const { app, plugin } = await startPlugin(sampleVault());
		const before = app.vault.contentOf(ANA);
		expect(await actionsOf(plugin).snooze(ANA, "2026-12-24")).toBe(true);
		const notice = await noticeSaying("Snoozed Ana Diaz until 2026-12-24.");
		undoButton(notice).click();
		await noticeSaying("Undone.");
		expect(app.vault.contentOf(ANA)).toBe(before);
	});
});

describe("every write's notice has an Undo that reverts exactly that write", () => {
	it.each([
		["Log contact", (a: ReturnType<typeof actionsOf>) => a.logContact(ANA, TODAY, "Coffee"), "Logged contact with Ana Diaz."],
		["Mark as shared", (a: ReturnType<typeof actionsOf>) => a.markShared(ANA, "Posts/Pricing page.md"), "Marked as shared with Ana Diaz."],
		["Snooze", (a: ReturnType<typeof actionsOf>) => a.snooze(ANA, "2026-12-24"), "Snoozed Ana Diaz until 2026-12-24."],
		["Replied", (a: ReturnType<typeof actionsOf>) => a.logReply(BO, PRICING_POST, TODAY), "Logged a reply from Bo Berg."],
	])("%s", async (_name, write, message) => {
		const started = await startPlugin(sampleVault());
		const { app } = started;
		const notes = app.vault.getMarkdownFiles().map((file) => [file.path, app.vault.contentOf(file.path)] as const);
		expect(await write(actionsOf(started.plugin))).toBe(true);
		const notice = await noticeSaying(message);
		expect(notes.some(([path, text]) => app.vault.contentOf(path) !== text)).toBe(true);
		undoButton(notice).click();
		await noticeSaying("Undone.");
		for (const [path, text] of notes) expect(app.vault.contentOf(path), path).toBe(text);
	});

	it("an edit made after the write is never lost to Undo", async () => {
		const started = await startPlugin(sampleVault());
		const { app } = started;
		expect(await actionsOf(started.plugin).logContact(ANA, TODAY, "Coffee")).toBe(true);
		const notice = await noticeSaying("Logged contact with Ana Diaz.");
		await app.vault.process(fileAt(app, ANA), (text) => `${text}Written after.\n`);
		const edited = app.vault.contentOf(ANA);
		undoButton(notice).click();
		await noticeSaying(`Not undone in ${ANA}: the note changed since.`);
		expect(app.vault.contentOf(ANA)).toBe(edited);
	});
});
