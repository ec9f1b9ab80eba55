// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import TopOfMindPlugin from "../../src/main";
import { ProblemsModal, TextPromptModal } from "../../src/obsidian/modals";
import { VIEW_TYPE_WHO_CARES } from "../../src/obsidian/who-cares-view";
import { getOpenModal, getOpenModals, loadPlugin, Notice, type App } from "../obsidian";
import {
	actionsOf,
	cardOf,
	clickButton,
	indexReady,
	openPanel,
	savedData,
	serviceOf,
	sleep,
	startPlugin,
	textOf,
	waitFor,
	waitForText,
	type Panel,
} from "../helpers/plugin-harness";
import { ANA, ANA_NOTE, BO, CY, DEE, GROCERIES, K8S_POST, PRICING_NOTE, PRICING_POST, sampleVault, TODAY } from "../helpers/sample-vault";

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
	writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
	vi.spyOn(navigator.clipboard, "writeText").mockImplementation(writeText);
});

afterEach(() => {
	vi.restoreAllMocks();
});

/** Starts the plugin, opens the panel and shows `path` in the main area. */
async function panelOn(path: string | null, files = sampleVault(), data?: unknown): Promise<{ app: App; plugin: TopOfMindPlugin; panel: Panel }> {
	const { app, plugin } = await startPlugin(files, data === undefined ? {} : { data });
	const panel = await openPanel(app);
	if (path !== null) await app.workspace.setActiveFile(path);
	return { app, plugin, panel };
}

function card(panel: Panel, path: string): HTMLElement {
	const found = cardOf(panel.el, path);
	if (!found) throw new Error(`no card for ${path} in: ${textOf(panel.el).slice(0, 300)}`);
	return found;
}

/** Names in the suggestion list, top to bottom. */
function suggestedNames(panel: Panel): string[] {
	const list = panel.el.querySelector(":scope > .top-of-mind-list");
	return [...(list?.querySelectorAll(".top-of-mind-name") ?? [])].map((el) => textOf(el));
}

/** A card's reasons as they read, without the sentences they can open. */
function reasonTexts(el: HTMLElement): string[] {
	return [...el.querySelectorAll(".top-of-mind-reasons li")].map((li) => textOf(li.querySelector(":scope > span") ?? li));
}

function sharedNames(panel: Panel): string[] {
	return [...panel.el.querySelectorAll(".top-of-mind-shared .top-of-mind-name")].map((el) => textOf(el));
}

describe("panel states", () => {
	it("shows that it is indexing until the layout is ready, then follows the open note", async () => {
		const { app, plugin } = await startPlugin(sampleVault(), { ready: false });
		const panel = await openPanel(app);
		expect(textOf(panel.el)).toBe("Indexing your people and posts…");
		expect(panel.el.querySelector(".top-of-mind-loading")).not.toBeNull();
		await app.workspace.triggerLayoutReady();
		await indexReady(plugin);
		await waitForText(panel.el, "Open a note to see who cares about it.");
	});

	it("with no note open, asks for one", async () => {
		const { panel } = await panelOn(null);
		await waitForText(panel.el, "Open a note to see who cares about it.");
		expect(panel.el.querySelectorAll("button")).toHaveLength(0);
	});

	it("closing the note empties it again; clicking into the panel itself does not", async () => {
		const { app, panel } = await panelOn(PRICING_POST);
		await waitForText(panel.el, "Ana Diaz");
		app.workspace.setActiveLeaf(panel.leaf);
		await sleep(250);
		expect(textOf(panel.el)).toContain("Ana Diaz");
		await app.workspace.setActiveFile(null);
		await waitForText(panel.el, "Open a note to see who cares about it.");
	});

	it("with no people yet, offers to create the first person note, with the configured keys", async () => {
		const files = { [PRICING_POST]: PRICING_NOTE, [GROCERIES]: "Milk.\n" };
		const data = {
			// An old setting: migrated to the first person folder.
			peopleFolder: "Contacts",
			core: { person: { typeValues: ["contact"] }, fields: { topics: ["interests"], lastContact: "last_seen" }, logHeading: "Interactions" },
		};
		const { app, panel } = await panelOn(PRICING_POST, files, data);
		await waitForText(panel.el, "No people yet.");
		expect(textOf(panel.el)).toContain("0 people · 1 post");
		clickButton(panel.el, "Create a person note");
		const modal = getOpenModal(TextPromptModal);
		expect(textOf(modal.titleEl)).toBe("New person note");
		const input = modal.contentEl.querySelector("input");
		if (!input) throw new Error("no name input");
		input.value = "Zoe Park";
		input.dispatchEvent(new Event("input"));
		clickButton(modal.contentEl, "Create");
		expect(getOpenModals()).toEqual([]);
		await waitFor(() => app.vault.getFileByPath("Contacts/Zoe Park.md") !== null, "the new person note");
		expect(app.vault.contentOf("Contacts/Zoe Park.md")).toBe(
			["---", "type: contact", "interests: []", "company: ", "role: ", "email: ", "last_seen: ", "cadence: ", `created: ${TODAY}`, "---", "", "", "## Interactions", ""].join("\n"),
		);
		// The new note opens, and the panel turns to her.
		await waitFor(() => app.workspace.getActiveFile()?.path === "Contacts/Zoe Park.md", "the new note to open");
		await waitForText(panel.el, "Zoe Park");
		await waitForText(panel.el, "never contacted");
		expect(textOf(panel.el)).toContain("1 person · 1 post");
	});

	it("when no one stands out, says so, with the footer counts", async () => {
		const { panel } = await panelOn(GROCERIES);
		await waitForText(panel.el, "No one stands out for this note yet.");
		expect(textOf(panel.el.querySelector(".top-of-mind-subtitle") ?? panel.el)).toBe("Groceries");
		expect(textOf(panel.el.querySelector(".top-of-mind-footer") ?? panel.el)).toBe("4 people · 2 posts · 2 due · 0 contacted this week");
		expect(panel.el.querySelector(".top-of-mind-problems-link")).toBeNull();
	});

	it("for a post: the people who care, best first, with why, last contact and a due badge", async () => {
		const { panel } = await panelOn(PRICING_POST);
		await waitForText(panel.el, "Ana Diaz");
		expect(textOf(panel.el.querySelector(".top-of-mind-title") ?? panel.el)).toBe("Who cares about this note");
		expect(textOf(panel.el.querySelector(".top-of-mind-subtitle") ?? panel.el)).toBe("Pricing page");
		expect(suggestedNames(panel)).toEqual(["Ana Diaz", "Cy Chen"]);

		const ana = card(panel, ANA);
		expect(reasonTexts(ana)).toEqual(["topic: pricing", 'their topic "usage-based billing" comes up in this note']);
		expect(textOf(ana.querySelector(".top-of-mind-meta") ?? ana)).toBe("last contact 7 weeks ago");
		const anaBadge = ana.querySelector(".top-of-mind-badge");
		expect(textOf(anaBadge ?? ana)).toBe("overdue 7d");
		expect(anaBadge?.classList.contains("top-of-mind-badge-overdue")).toBe(true);
		expect([...ana.querySelectorAll("button")].map(textOf)).toEqual(["Mark as shared", "Copy message", "Not for them"]);

		// Cy has no topics at all: found through the words of his own note.
		const cy = card(panel, CY);
		expect(textOf(cy)).toContain("their note mentions");
		expect(textOf(cy.querySelector(".top-of-mind-meta") ?? cy)).toBe("never contacted");
		expect(textOf(cy.querySelector(".top-of-mind-badge") ?? cy)).toBe("due");

		// Archived people are never suggested.
		expect(cardOf(panel.el, DEE)).toBeNull();
		expect(textOf(panel.el)).not.toContain("Dee Archived");
	});

	it("shows the sentence a reason cites on hover, and opens it under the reason on a tap", async () => {
		const { panel } = await panelOn(PRICING_POST);
		await waitForText(panel.el, "Ana Diaz");
		const cited = [...card(panel, ANA).querySelectorAll<HTMLElement>(".top-of-mind-has-snippet")].find((li) => textOf(li).startsWith("their topic"));
		if (!cited) throw new Error("no reason with a sentence");
		const sentence = "How to pick the value metric for usage-based billing before you set a price.";
		expect(cited.getAttribute("title")).toBe(sentence);
		const shown = cited.querySelector<HTMLElement>(".top-of-mind-snippet");
		expect(shown?.style.display).toBe("none");
		cited.click();
		expect(cited.getAttribute("aria-expanded")).toBe("true");
		expect(shown?.style.display).not.toBe("none");
		expect(textOf(shown ?? cited)).toBe(sentence);
		cited.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		expect(shown?.style.display).toBe("none");
	});

	it("lists who already has the post separately, without share or dismiss buttons", async () => {
		const { panel } = await panelOn(PRICING_POST);
		await waitForText(panel.el, "Already shared with (1)");
		expect(sharedNames(panel)).toEqual(["Bo Berg"]);
		const bo = card(panel, BO);
		expect(textOf(bo)).toContain("last contact 10 days ago");
		expect(textOf(bo.querySelector(".top-of-mind-badge") ?? bo)).toBe("due in 2 weeks");
		expect([...bo.querySelectorAll("button")].map(textOf)).toEqual(["Copy message", "Replied"]);
		expect(suggestedNames(panel)).not.toContain("Bo Berg");
	});

	it("on a person note: their contact status and the unsent posts that suit them", async () => {
		const { panel } = await panelOn(ANA);
		await waitForText(panel.el, "Posts to send them");
		expect(textOf(panel.el.querySelector(".top-of-mind-title") ?? panel.el)).toBe("Ana Diaz");
		const status = textOf(panel.el.querySelector(".top-of-mind-status") ?? panel.el);
		expect(status).toContain("last contact 7 weeks ago");
		expect(status).toContain("overdue 7d");
		expect(status).toContain("every 6 weeks · next due 2026-11-13");
		const post = card(panel, PRICING_POST);
		expect(textOf(post.querySelector(".top-of-mind-name") ?? post)).toBe("Pricing page");
		expect(textOf(post)).toContain("topic: pricing");
		expect([...post.querySelectorAll("button")].map(textOf)).toEqual(["Mark as shared", "Copy message", "Not for them"]);
		expect(cardOf(panel.el, K8S_POST)).toBeNull();
	});

	it("on a person with nothing to send: says so", async () => {
		const { panel } = await panelOn(BO);
		await waitForText(panel.el, "Posts to send them");
		// Bo already has the pricing post; the Kubernetes post suits him.
		expect(cardOf(panel.el, K8S_POST)).not.toBeNull();
		expect(cardOf(panel.el, PRICING_POST)).toBeNull();
		const { panel: other } = await panelOn(DEE);
		await waitForText(other.el, "Dee Archived");
		expect(textOf(other.el)).toContain("archived");
	});

	it("counts problems in the footer; clicking them lists each one in a modal", async () => {
		const files = sampleVault({ "People/Gil Odd.md": "---\ntype: person\ncadence: sometimes\nlast_contact: someday\n---\n" });
		const { panel } = await panelOn(GROCERIES, files);
		await waitForText(panel.el, "5 people · 2 posts");
		const link = panel.el.querySelector<HTMLElement>(".top-of-mind-problems-link");
		if (!link) throw new Error("no problems link");
		expect(textOf(link)).toMatch(/^\d+ problems?$/);
		const count = Number(textOf(link).split(" ")[0]);
		expect(count).toBeGreaterThanOrEqual(2);
		link.click();
		const modal = getOpenModal(ProblemsModal);
		expect(textOf(modal.titleEl)).toBe(`Problems in notes (${count})`);
		const items = [...modal.contentEl.querySelectorAll("li")].map(textOf);
		expect(items).toHaveLength(count);
		expect(items.every((item) => item.startsWith("People/Gil Odd.md · "))).toBe(true);
		expect(items.some((item) => item.includes("cadence") && item.includes("sometimes"))).toBe(true);
		expect(items.some((item) => item.includes("last_contact") && item.includes("someday"))).toBe(true);
	});
});

describe("Mark as shared", () => {
	const ANA_AFTER = ANA_NOTE.replace("last_contact: 2026-10-02", `last_contact: ${TODAY}`).replace(
		"- 2026-10-02 Coffee; talked pricing\n",
		`- 2026-10-02 Coffee; talked pricing\n- ${TODAY} Shared [[Pricing page]]\n`,
	);

	it("logs the share on the person and adds them to the post's shared_with, touching nothing else", async () => {
		const { app, panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		clickButton(card(panel, ANA), "Mark as shared");
		await waitFor(() => Notice.messages.includes("Marked as shared with Ana Diaz."), "the notice");
		expect(app.vault.contentOf(ANA)).toBe(ANA_AFTER);
		expect(app.vault.contentOf(PRICING_POST)).toBe(PRICING_NOTE.replace('  - "[[Bo Berg]]"\n', '  - "[[Bo Berg]]"\n  - "[[Ana Diaz]]"\n'));
		// The panel follows: Ana moves to "Already shared with", with today's contact.
		await waitFor(() => sharedNames(panel).includes("Ana Diaz"), "Ana under already shared");
		expect(suggestedNames(panel)).toEqual(["Cy Chen"]);
		expect(textOf(card(panel, ANA))).toContain("last contact today");
	});

	it("clicking twice never writes twice", async () => {
		const { app, panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		const button = [...card(panel, ANA).querySelectorAll("button")].find((b) => textOf(b) === "Mark as shared");
		button?.click();
		button?.click();
		await waitFor(() => Notice.messages.filter((m) => m === "Marked as shared with Ana Diaz.").length === 2, "both clicks to finish");
		await sleep(50);
		expect(app.vault.contentOf(ANA)).toBe(ANA_AFTER);
		expect(app.vault.contentOf(PRICING_POST).match(/Ana Diaz/g)).toHaveLength(1);
	});

	it("a person listed in shared_with by an alias or path link is not added again", async () => {
		const post = PRICING_NOTE.replace('  - "[[Bo Berg]]"\n', '  - "[[Bo Berg]]"\n  - "[[People/Ana Diaz|Ana]]"\n');
		const { app, plugin } = await startPlugin(sampleVault({ [PRICING_POST]: post }));
		const ok = await actionsOf(plugin).markShared(ANA, PRICING_POST);
		expect(ok).toBe(true);
		expect(app.vault.contentOf(PRICING_POST)).toBe(post);
		expect(app.vault.contentOf(ANA)).toBe(ANA_AFTER);
	});

	it("from a person note: shares the suggested post with them", async () => {
		const { app, panel } = await panelOn(CY);
		await waitFor(() => cardOf(panel.el, PRICING_POST) !== null, "the pricing post card");
		clickButton(card(panel, PRICING_POST), "Mark as shared");
		await waitFor(() => app.vault.contentOf(CY).includes("Shared") && app.vault.contentOf(PRICING_POST).includes("Cy Chen"), "the log line and shared_with");
		// Cy had no frontmatter keys for it and no log section: both are added, the rest stays.
		expect(app.vault.contentOf(CY)).toBe(`---\ncompany: Initech\nlast_contact: ${TODAY}\n---\n#person\n\nCy writes about pricing experiments, annual plans and discount policy.\n\n## Log\n- ${TODAY} Shared [[Pricing page]]\n`);
		expect(app.vault.contentOf(PRICING_POST)).toContain('  - "[[Bo Berg]]"\n  - "[[Cy Chen]]"\n');
		await waitFor(() => cardOf(panel.el, PRICING_POST) === null, "the post to leave Cy's suggestions");
	});

	it("follows the user's link settings in the body (Markdown links, absolute paths); a property link is always a quoted wikilink", async () => {
		const { app, panel } = await panelOn(PRICING_POST);
		app.fileManager.linkSettings = { useMarkdownLinks: true, newLinkFormat: "absolute" };
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		clickButton(card(panel, ANA), "Mark as shared");
		await waitFor(() => app.vault.contentOf(ANA).includes("Shared") && app.vault.contentOf(PRICING_POST).includes("Ana Diaz"), "the log line and shared_with");
		expect(app.vault.contentOf(ANA)).toContain(`- ${TODAY} Shared [Pricing page](Posts/Pricing%20page.md)\n`);
		// Obsidian reads only quoted wikilinks in properties as links, whatever the setting.
		expect(app.vault.contentOf(PRICING_POST)).toContain('  - "[[Bo Berg]]"\n  - "[[Ana Diaz]]"\n');
		await waitFor(() => sharedNames(panel).includes("Ana Diaz"), "Ana under already shared");
	});

	it("a note deleted since the panel showed it gives a notice and writes nothing", async () => {
		const { app, panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		const anaCard = card(panel, ANA);
		const before = app.vault.contentOf(PRICING_POST);
		const anaFile = app.vault.getFileByPath(ANA);
		if (anaFile) await app.fileManager.trashFile(anaFile);
		clickButton(anaCard, "Mark as shared");
		await waitFor(() => Notice.messages.some((m) => m.includes("no longer exists")), "the error notice");
		expect(Notice.messages).toContain(`"${ANA}" no longer exists; it may have been renamed or deleted.`);
		expect(app.vault.contentOf(PRICING_POST)).toBe(before);
	});
});

describe("Copy message", () => {
	it("copies the template filled with the person's name, first name, the title and url", async () => {
		const { panel } = await panelOn(PRICING_POST, sampleVault(), { messageTemplate: "Hi {{firstName}} ({{name}}), new post: {{title}} {{url}} {{unknown}}" });
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		clickButton(card(panel, ANA), "Copy message");
		await waitFor(() => Notice.messages.includes("Message copied."), "the notice");
		expect(writeText).toHaveBeenCalledWith("Hi Ana (Ana Diaz), new post: Pricing page https://example.com/pricing {{unknown}}");
	});

	it("uses the default template, and works for people who already have the post", async () => {
		const { panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, BO) !== null, "Bo's card");
		clickButton(card(panel, BO), "Copy message");
		await waitFor(() => writeText.mock.calls.length === 1, "the copy");
		expect(writeText).toHaveBeenCalledWith("Hi Bo, I wrote something you might like: Pricing page https://example.com/pricing");
	});

	it("a post without a url leaves no trailing gap", async () => {
		const { panel } = await panelOn(BO);
		await waitFor(() => cardOf(panel.el, K8S_POST) !== null, "the Kubernetes post card");
		clickButton(card(panel, K8S_POST), "Copy message");
		await waitFor(() => writeText.mock.calls.length === 1, "the copy");
		expect(writeText).toHaveBeenCalledWith("Hi Bo, I wrote something you might like: Kubernetes upgrades");
	});

	it("a clipboard that refuses gives a notice, never an exception", async () => {
		writeText.mockRejectedValue(new Error("denied"));
		const { panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		clickButton(card(panel, ANA), "Copy message");
		await waitFor(() => Notice.messages.includes("Could not copy to the clipboard."), "the notice");
	});
});

describe("Not for them", () => {
	it("hides the person for that note, is saved in data.json and survives a reload", async () => {
		const { app, plugin, panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, CY) !== null, "Cy's card");
		clickButton(card(panel, CY), "Not for them");
		await waitFor(() => cardOf(panel.el, CY) === null, "Cy to go");
		expect(suggestedNames(panel)).toEqual(["Ana Diaz"]);
		expect(await savedData(app)).toMatchObject({ notForThem: [`${CY}::${PRICING_POST}`] });

		// Other notes still suggest him; his own note no longer offers this post.
		await app.workspace.setActiveFile(CY);
		await waitForText(panel.el, "Posts to send them");
		expect(cardOf(panel.el, PRICING_POST)).toBeNull();

		// Reload: unload, close the panel, load again over the same vault.
		plugin.unload();
		panel.leaf.detach();
		const again = await loadPlugin(TopOfMindPlugin, app);
		again.today = () => TODAY;
		await indexReady(again);
		expect(again.settings.notForThem).toEqual([`${CY}::${PRICING_POST}`]);
		const reopened = await openPanel(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitFor(() => cardOf(reopened.el, ANA) !== null, "Ana's card after reload");
		expect(cardOf(reopened.el, CY)).toBeNull();
	});

	it("from a person note: hides that post for them", async () => {
		const { app, panel } = await panelOn(ANA);
		await waitFor(() => cardOf(panel.el, PRICING_POST) !== null, "the pricing post card");
		clickButton(card(panel, PRICING_POST), "Not for them");
		await waitForText(panel.el, "No unsent posts suit them yet.");
		expect(await savedData(app)).toMatchObject({ notForThem: [`${ANA}::${PRICING_POST}`] });
		await app.workspace.setActiveFile(PRICING_POST);
		await waitFor(() => cardOf(panel.el, CY) !== null, "Cy's card");
		expect(cardOf(panel.el, ANA)).toBeNull();
	});
});

describe("opening notes from the panel", () => {
	function mainLeaves(app: App): number {
		return app.workspace.allLeaves().filter((leaf) => leaf.side === "main").length;
	}

	it("a click opens the person's note in the current tab", async () => {
		const { app, panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		const leaves = mainLeaves(app);
		card(panel, ANA).querySelector<HTMLElement>(".top-of-mind-name")?.click();
		await waitFor(() => app.workspace.getActiveFile()?.path === ANA, "Ana's note to open");
		expect(mainLeaves(app)).toBe(leaves);
		await waitForText(panel.el, "Posts to send them");
	});

	it.each([
		["Ctrl-click", { ctrlKey: true }],
		["Cmd-click", { metaKey: true }],
	])("%s opens it in a new tab", async (_name, init) => {
		const { app, panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		const leaves = mainLeaves(app);
		card(panel, ANA).querySelector(".top-of-mind-name")?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
		await waitFor(() => app.workspace.getActiveFile()?.path === ANA, "Ana's note to open");
		expect(mainLeaves(app)).toBe(leaves + 1);
	});

	it("a middle click opens it in a new tab", async () => {
		const { app, panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		const leaves = mainLeaves(app);
		card(panel, ANA).querySelector(".top-of-mind-name")?.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
		await waitFor(() => app.workspace.getActiveFile()?.path === ANA, "Ana's note to open");
		expect(mainLeaves(app)).toBe(leaves + 1);
	});
});

describe("rendering only when something shown changes", () => {
	it("an unrelated edit does not replace the panel's content; a relevant one does", async () => {
		const { app, plugin, panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		const service = serviceOf(plugin);
		const list = panel.el.querySelector(".top-of-mind-list");
		let replaced = 0;
		new MutationObserver(() => replaced++).observe(panel.el, { childList: true });

		const revision = service.index?.revision ?? -1;
		const groceries = app.vault.getFileByPath(GROCERIES);
		if (!groceries) throw new Error("no groceries");
		await app.vault.modify(groceries, "Milk, eggs, bread, coffee. #shopping\n");
		await waitFor(() => (service.index?.revision ?? -1) > revision, "the index to take the edit");
		await sleep(250);
		expect(replaced).toBe(0);
		expect(panel.el.querySelector(".top-of-mind-list")).toBe(list);

		const anaFile = app.vault.getFileByPath(ANA);
		if (!anaFile) throw new Error("no Ana");
		await app.vault.modify(anaFile, app.vault.contentOf(ANA).replace("cadence: 6w", "cadence: 1y"));
		await waitFor(() => textOf(card(panel, ANA)).includes("due in"), "Ana's new badge");
		expect(replaced).toBeGreaterThan(0);
	});

	it("switching notes re-renders once per switch, after the switching settles", async () => {
		const { app, panel } = await panelOn(PRICING_POST);
		await waitFor(() => cardOf(panel.el, ANA) !== null, "Ana's card");
		const render = vi.spyOn(panel.view, "refresh");
		await app.workspace.setActiveFile(K8S_POST);
		await app.workspace.setActiveFile(GROCERIES);
		await app.workspace.setActiveFile(K8S_POST);
		await waitFor(() => cardOf(panel.el, BO) !== null && textOf(panel.el).includes("Kubernetes upgrades"), "the Kubernetes post");
		await sleep(200);
		expect(render).toHaveBeenCalledTimes(1);
	});

	it("only one panel leaf is ever registered under its view type", async () => {
		const { app } = await panelOn(PRICING_POST);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_WHO_CARES)).toHaveLength(1);
	});
});
