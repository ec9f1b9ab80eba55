// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { Events, renderCodeBlock, type App, type RenderedCodeBlock } from "../obsidian";
import { actionsOf, clickButton, indexReady, serviceOf, sleep, startPlugin, textOf, waitFor, waitForText } from "../helpers/plugin-harness";
import { ANA, ANA_NOTE, CY, PRICING_POST, sampleVault, TODAY } from "../helpers/sample-vault";
import type TopOfMindPlugin from "../../src/main";

const DAILY = "Daily/2026-11-20.md";
const FINN = "People/Finn.md";
/** Finn is the most overdue: weekly, last seen 2026-11-01 (12 days overdue). */
const withFinn = (): Record<string, string> =>
	sampleVault({ [FINN]: "---\ntype: person\ncadence: weekly\nlast_contact: 2026-11-01\n---\n", [DAILY]: "```top-of-mind\nlimit: 2\n```\n" });

afterEach(() => {
	vi.restoreAllMocks();
});

function rows(block: RenderedCodeBlock): string[] {
	return [...block.el.querySelectorAll(".top-of-mind-card")].map((card) => card.getAttribute("data-path") ?? "");
}

function cardIn(block: RenderedCodeBlock, path: string): HTMLElement {
	const card = block.el.querySelector<HTMLElement>(`.top-of-mind-card[data-path="${path}"]`);
	if (!card) throw new Error(`no card for ${path} in: ${textOf(block.el)}`);
	return card;
}

/** The listeners on the index service's own "updated" event (what views and blocks subscribe to). */
function updateListeners(plugin: TopOfMindPlugin): number {
	const events: unknown = Reflect.get(serviceOf(plugin), "events");
	if (!(events instanceof Events)) throw new Error("the index service has no events");
	return events.listenerCount("updated");
}

async function block(app: App, source: string): Promise<RenderedCodeBlock> {
	return renderCodeBlock(app, "top-of-mind", source, { sourcePath: DAILY });
}

describe("the top-of-mind code block", () => {
	it("lists the people due, most overdue first, with what to send", async () => {
		const { app } = await startPlugin(withFinn());
		const rendered = await block(app, "");
		expect(rows(rendered)).toEqual([FINN, ANA, CY]);
		const ana = cardIn(rendered, ANA);
		expect(textOf(ana.querySelector(".top-of-mind-badge") ?? ana)).toBe("overdue 7d");
		expect(textOf(ana.querySelector(".top-of-mind-meta") ?? ana)).toBe("last contact 7 weeks ago");
		expect(textOf(ana.querySelector(".top-of-mind-suggestion") ?? ana)).toBe("Send: Pricing page");
		expect(rendered.el.classList.contains("top-of-mind-block")).toBe(true);
	});

	it("limit: 2 shows the two most overdue, and says how many more are due", async () => {
		const { app } = await startPlugin(withFinn());
		const rendered = await block(app, "limit: 2");
		expect(rows(rendered)).toEqual([FINN, ANA]);
		expect(textOf(rendered.el.querySelector(".top-of-mind-more") ?? rendered.el)).toBe("1 more due");
		const all = await block(app, "");
		expect(all.el.querySelector(".top-of-mind-more")).toBeNull();
	});

	it("comments, blank lines and CRLF are fine", async () => {
		const { app } = await startPlugin(withFinn());
		const rendered = await block(app, "# who to call\r\n\r\nlimit: 1\r\nposts: 0\r\n");
		expect(rows(rendered)).toEqual([FINN]);
	});

	it("bad options are explained in the block, line by line, and nothing else is shown", async () => {
		const { app } = await startPlugin(withFinn());
		const rendered = await block(app, "limit: lots\ncolour: red\njust words\nposts: 9");
		const error = rendered.el.querySelector(".top-of-mind-error");
		expect([...(error?.children ?? [])].map(textOf)).toEqual([
			"Top of Mind could not read this block:",
			'Line 1: limit must be a whole number from 1 to 100, not "lots".',
			'Line 2: unknown option "colour"; known options are limit and posts.',
			'Line 3: "just words" is not an option; write "limit: 5".',
			'Line 4: posts must be a whole number from 0 to 5, not "9".',
		]);
		expect(rendered.el.querySelectorAll(".top-of-mind-card")).toHaveLength(0);
	});

	it("shows that it is indexing, then the list once the index is ready", async () => {
		const { app, plugin } = await startPlugin(withFinn(), { ready: false });
		const rendered = await block(app, "limit: 2");
		expect(textOf(rendered.el)).toBe("Indexing your people and posts…");
		await app.workspace.triggerLayoutReady();
		await indexReady(plugin);
		await waitFor(() => rows(rendered).length === 2, "the list");
	});

	it("updates when the vault changes: a contact logged elsewhere removes the person", async () => {
		const { app } = await startPlugin(withFinn());
		const rendered = await block(app, "");
		expect(rows(rendered)).toContain(ANA);
		await app.vault.create("Daily/2026-11-19.md", "- [x] Called [[Ana Diaz]]\n");
		await waitFor(() => !rows(rendered).includes(ANA), "Ana to leave the list");
		expect(rows(rendered)).toEqual([FINN, CY]);
	});

	it("an unchecked follow-up task is a plan, not a contact: the person stays", async () => {
		const { app, plugin } = await startPlugin(withFinn());
		const rendered = await block(app, "");
		const revision = serviceOf(plugin).index?.revision ?? -1;
		await app.vault.create("Daily/2026-11-19.md", "- [ ] Call [[Ana Diaz]]\n");
		await waitFor(() => (serviceOf(plugin).index?.revision ?? -1) > revision, "the index to take the note");
		await sleep(20);
		expect(rows(rendered)).toEqual([FINN, ANA, CY]);
	});

	it("Contacted writes the log line and last_contact, and the person leaves the list", async () => {
		const { app } = await startPlugin(withFinn());
		const rendered = await block(app, "");
		clickButton(cardIn(rendered, ANA), "Contacted");
		await waitFor(() => app.vault.contentOf(ANA).includes(`- ${TODAY} Contacted`), "the log line");
		expect(app.vault.contentOf(ANA)).toBe(
			ANA_NOTE.replace("last_contact: 2026-10-02", `last_contact: ${TODAY}`).replace(
				"- 2026-10-02 Coffee; talked pricing\n",
				`- 2026-10-02 Coffee; talked pricing\n- ${TODAY} Contacted\n`,
			),
		);
		await waitFor(() => !rows(rendered).includes(ANA), "Ana to leave the list");
	});

	it("Mark as shared in the block shares the suggested post", async () => {
		const { app } = await startPlugin(withFinn());
		const rendered = await block(app, "");
		clickButton(cardIn(rendered, CY), "Mark as shared");
		await waitFor(() => app.vault.contentOf(CY).includes("Shared [[Pricing page]]"), "the log line");
		await waitForText(rendered.el, "Finn");
		await waitFor(() => !rows(rendered).includes(CY), "Cy to leave the list");
	});

	it("an index change that does not change the list leaves the block alone", async () => {
		const { app, plugin } = await startPlugin(withFinn());
		const rendered = await block(app, "");
		const first = rendered.el.querySelector(".top-of-mind-list");
		const revision = serviceOf(plugin).index?.revision ?? -1;
		const groceries = app.vault.getFileByPath("Notes/Groceries.md");
		if (!groceries) throw new Error("no groceries");
		await app.vault.modify(groceries, "Tea. #shopping\n");
		await waitFor(() => (serviceOf(plugin).index?.revision ?? -1) > revision, "the index to take the edit");
		await sleep(20);
		expect(rendered.el.querySelector(".top-of-mind-list")).toBe(first);
		expect(first !== null && rendered.el.contains(first)).toBe(true);
	});

	it("a rebuilt index is shown even when it has as many revisions as the old one", async () => {
		const { app } = await startPlugin(withFinn());
		const rendered = await block(app, "");
		expect(rows(rendered)).toContain(ANA);
		// A change whose event never reached the plugin: only the rebuild sees it.
		app.vault.seed({ [ANA]: ANA_NOTE.replace("last_contact: 2026-10-02", `last_contact: ${TODAY}`) });
		app.metadataCache.parseSilently(ANA);
		await app.commands.run("top-of-mind:rebuild-index");
		await waitFor(() => !rows(rendered).includes(ANA), "Ana to leave the list");
	});

	it("a post marked not for them in the panel is no longer suggested in the block", async () => {
		const { app, plugin } = await startPlugin(withFinn());
		const rendered = await block(app, "");
		expect(textOf(cardIn(rendered, ANA))).toContain("Send: Pricing page");
		await actionsOf(plugin).notForThem(ANA, PRICING_POST);
		await waitFor(() => !textOf(cardIn(rendered, ANA)).includes("Send:"), "the suggestion to go");
		expect(textOf(cardIn(rendered, CY))).toContain("Send: Pricing page");
	});

	it("unloading the block removes its listener; it no longer changes", async () => {
		const { app, plugin } = await startPlugin(withFinn());
		const before = updateListeners(plugin);
		const rendered = await block(app, "");
		expect(updateListeners(plugin)).toBe(before + 1);
		rendered.unload();
		expect(updateListeners(plugin)).toBe(before);
		const html = rendered.el.innerHTML;
		await app.vault.create("Daily/2026-11-19.md", "- [x] Called [[Ana Diaz]]\n");
		await sleep(350);
		expect(rendered.el.innerHTML).toBe(html);
	});
});
