// @vitest-environment happy-dom
/**
 * The real plugin on the bad-input corpus (see corpus.ts), in the in-memory Obsidian: it
 * loads, indexes, shows the panel on every note, renders the follow-up block and runs every
 * command without an exception or a console message, reports the problems it can see, and
 * still finds the good people for the good post.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import type TopOfMindPlugin from "../../src/main";
import { DueModal, LogContactModal, PersonSuggestModal, ProblemsModal, TextPromptModal } from "../../src/obsidian/modals";
import { findSetting, getOpenModal, getOpenModals, Notice, renderCodeBlock, stubModal, type App } from "../obsidian";
import { actionsOf, cardOf, clickButton, openPanel, serviceOf, startPlugin, textOf, waitFor, waitForText, type Panel } from "../helpers/plugin-harness";
import {
	ALREADY_SHARED,
	CORPUS_TODAY,
	corpusCopy,
	EXPECTED_PROBLEMS,
	GOOD_PEOPLE,
	GOOD_POST,
	NFD_PERSON,
	PLUGIN_UNSEEN,
	removeCopy,
	vaultFiles,
} from "./corpus";

const id = (command: string): string => `top-of-mind:${command}`;
/** The in-memory vault normalises paths to NFC, as Obsidian does. */
const NFC_PERSON = NFD_PERSON.normalize("NFC");

let files: Record<string, string> = {};

beforeAll(() => {
	const dir = corpusCopy();
	try {
		files = vaultFiles(dir);
	} finally {
		removeCopy(dir);
	}
});

let consoleSpies: MockInstance[] = [];

beforeEach(() => {
	consoleSpies = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")];
	vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
});

afterEach(() => {
	for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
	vi.restoreAllMocks();
});

async function start(): Promise<{ app: App; plugin: TopOfMindPlugin; panel: Panel }> {
	const { app, plugin } = await startPlugin(files, { today: CORPUS_TODAY });
	const panel = await openPanel(app);
	return { app, plugin, panel };
}

function notes(): string[] {
	return Object.keys(files)
		.filter((path) => path.endsWith(".md"))
		.map((path) => path.normalize("NFC"))
		.sort();
}

function suggestedPaths(panel: Panel): string[] {
	const list = panel.el.querySelector(":scope > .top-of-mind-list");
	return [...(list?.querySelectorAll<HTMLElement>(".top-of-mind-card") ?? [])].map((card) => card.getAttribute("data-path") ?? "");
}

function expectCleanText(el: HTMLElement): void {
	expect(textOf(el)).not.toMatch(/undefined|NaN|\[object Object\]|Invalid date/);
}

describe("the plugin on the bad-input corpus", () => {
	it("indexes it and reports the problems it can see, with path and key", async () => {
		const { plugin } = await start();
		const index = serviceOf(plugin).index;
		const expected = EXPECTED_PROBLEMS.filter((p) => !PLUGIN_UNSEEN.includes(p)).map((p) => p.replace(NFD_PERSON, NFC_PERSON));
		expect(index?.problems().map((p) => `${p.path} | ${p.key}`).sort()).toEqual(expected.sort());
		expect(index?.allPeople().length).toBeGreaterThan(30);
	});

	it("shows the good people on the good post, and who already has it", async () => {
		const { app, panel } = await start();
		await app.workspace.setActiveFile(GOOD_POST);
		await waitForText(panel.el, "Ana Diaz");
		for (const path of GOOD_PEOPLE) expect(suggestedPaths(panel).slice(0, 5)).toContain(path);
		expect([...panel.el.querySelectorAll(".top-of-mind-shared .top-of-mind-card")].map((card) => card.getAttribute("data-path"))).toEqual([ALREADY_SHARED]);
		expectCleanText(panel.el);
	});

	it("opens the panel on every note of the corpus", async () => {
		const { app, plugin, panel } = await start();
		const index = serviceOf(plugin).index;
		for (const path of notes()) {
			await app.workspace.setActiveFile(path);
			await panel.view.refresh();
			const title = panel.el.querySelector(".top-of-mind-title")?.textContent;
			const person = index?.person(path);
			// A person's own status and posts; for any other note, who cares about it, under its title.
			if (person) {
				expect(title, path).toBe(person.name);
				expect(textOf(panel.el), path).toContain("Posts to send them");
			} else {
				expect(title, path).toBe("Who cares about this note");
				const subtitle = panel.el.querySelector(".top-of-mind-subtitle")?.textContent ?? "";
				expect(subtitle, path).toBe(index?.post(path)?.title ?? subtitle);
				expect(subtitle.trim(), path).not.toBe("");
			}
			expect(panel.el.querySelector(".top-of-mind-footer")?.textContent, path).toMatch(/^\d+ people · \d+ posts · \d+ due · \d+ contacted this week\d+ problems$/);
			expectCleanText(panel.el);
		}
	}, 60_000);

	it("lists the problems when the footer link is clicked", async () => {
		const { app, plugin, panel } = await start();
		await app.workspace.setActiveFile(GOOD_POST);
		await waitForText(panel.el, "Ana Diaz");
		const count = serviceOf(plugin).index?.problems().length ?? 0;
		const link = panel.el.querySelector<HTMLElement>(".top-of-mind-problems-link");
		expect(link?.textContent).toBe(`${count} problems`);
		link?.click();
		const modal = getOpenModal(ProblemsModal);
		const items = [...modal.contentEl.querySelectorAll("li")].map((li) => textOf(li));
		expect(items).toHaveLength(count);
		expect(items).toContain('People/Objects.md · company: company is true, not text; it is ignored');
		expect(items.some((item) => item.startsWith("People/Crlf person.md · last_contact: "))).toBe(true);
	});

	it("renders the follow-up block, and its Contacted button writes even to odd notes", async () => {
		const { app } = await start();
		const block = await renderCodeBlock(app, "top-of-mind", "limit: 100", { sourcePath: "Daily/2026-11-20.md" });
		await waitForText(block.el, "Cy Okafor");
		expectCleanText(block.el);
		const unicorn = cardOf(block.el, "People/🦄 Uni Corn.md");
		expect(unicorn).not.toBeNull();
		if (unicorn) clickButton(unicorn, "Contacted");
		await waitFor(() => Notice.messages.includes("Logged contact with 🦄 Uni Corn."), "the notice");
		const text = app.vault.contentOf("People/🦄 Uni Corn.md");
		expect(text).toContain(`last_contact: ${CORPUS_TODAY}\n`);
		expect(text).toContain("cadence: 0\n");
		expect(text.endsWith(`#\u{1F984}\n\n## Log\n- ${CORPUS_TODAY} Contacted\n`)).toBe(true);
		block.unload();

		const broken = await renderCodeBlock(app, "top-of-mind", "limit: lots\nposts: -1", { sourcePath: "Daily/2026-11-20.md" });
		await waitForText(broken.el, "Top of Mind could not read this block:");
		expectCleanText(broken.el);
		broken.unload();
	});

	it("a write to a note whose frontmatter cannot be read changes nothing and says why", async () => {
		const { app, plugin } = await start();
		const before = app.vault.contentOf("People/Duplicate keys.md");
			expect(await actionsOf(plugin).logContact("People/Duplicate keys.md", CORPUS_TODAY, "")).toBe(false);
		expect(app.vault.contentOf("People/Duplicate keys.md")).toBe(before);
		expect(Notice.messages.at(-1)).toBe('Could not change the properties of "People/Duplicate keys.md" (Map keys must be unique at line 3, column 1); the note was left as it was.');
	});

	it("a contact logged on a note whose code block never closes is read back", async () => {
		const { app, plugin } = await start();
		const path = "People/Unclosed fence.md";
		const body = app.vault.contentOf(path).split("---\n").slice(2).join("---\n");
		expect(await actionsOf(plugin).logContact(path, CORPUS_TODAY, "Lunch")).toBe(true);
		// The open code block is closed where it ended (at the end), then the log section follows.
		expect(app.vault.contentOf(path).endsWith(`---\n${body}\`\`\`\n\n## Log\n- ${CORPUS_TODAY} Lunch\n`)).toBe(true);
		await waitFor(() => serviceOf(plugin).index?.person(path)?.log.some((entry) => entry.date === CORPUS_TODAY) === true, "the log line to be read back");
	});

	it("runs every command", async () => {
		const { app, plugin } = await start();
		await app.workspace.setActiveFile(GOOD_POST);

		await app.commands.run(id("open-panel"));

		await app.commands.run(id("share-note-with"));
		await waitFor(() => getOpenModals().some((m) => m instanceof PersonSuggestModal), "the share picker");
		const share = getOpenModal(PersonSuggestModal);
		const rows = (await stubModal(share).typeQuery("")).map((match) => share.getItemText(match.item));
		expect(rows.length).toBeGreaterThan(30);
		expect(rows.some((row) => row.startsWith("Cy Okafor"))).toBe(true);
		await stubModal(share).chooseItem((choice) => choice.path === "People/مريم العلي.md");
		await waitFor(() => Notice.messages.includes("Marked as shared with مريم العلي."), "the share notice");
		expect(app.vault.contentOf(GOOD_POST)).toContain('  - "[[Bo Li]]"\n  - "[[مريم العلي]]"\n');

		await app.commands.run(id("log-contact"));
		await waitFor(() => getOpenModals().some((m) => m instanceof PersonSuggestModal), "the log picker");
		await stubModal(getOpenModal(PersonSuggestModal)).chooseItem((choice) => choice.path === NFC_PERSON);
		await waitFor(() => getOpenModals().some((m) => m instanceof LogContactModal), "the log contact modal");
		clickButton(getOpenModal(LogContactModal).contentEl, "Log contact");
		await waitFor(() => Notice.messages.includes("Logged contact with Zoë Ångström."), "the log notice");

		await app.commands.run(id("insert-follow-ups"));
		await waitFor(() => app.vault.getFileByPath(`Daily/${CORPUS_TODAY}.md`) !== null, "today's daily note");
		await waitFor(() => Notice.messages.some((m) => m.startsWith("Added ")), "the follow-ups notice");
		const daily = app.vault.contentOf(`Daily/${CORPUS_TODAY}.md`);
		expect(daily.startsWith("## Follow-ups\n- [ ] ")).toBe(true);
		expect(daily).toContain("[[Cy Okafor]]");

		await app.commands.run(id("new-person-note"));
		const prompt = getOpenModal(TextPromptModal);
		const input = findSetting(prompt.contentEl, "Name")?.controlEl.querySelector("input");
		if (!input) throw new Error("no name input");
		input.value = '../<img src=x onerror=alert(1)> Bobby "Tables"';
		input.dispatchEvent(new Event("input"));
		clickButton(prompt.contentEl, "Create");
		await waitFor(() => app.vault.getMarkdownFiles().length > notes().length + 1, "the new person note");
		const created = app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => !notes().includes(p) && p !== `Daily/${CORPUS_TODAY}.md`);
		expect(created).toHaveLength(1);
		// Nothing a file name cannot hold, no folder climbing, no hidden file.
		expect(created).toEqual(["People/img src=x onerror=alert(1) Bobby Tables.md"]);

		await app.commands.run(id("people-due"));
		const due = getOpenModal(DueModal);
		expect(due.contentEl.querySelectorAll(".top-of-mind-card").length).toBeGreaterThan(10);
		expectCleanText(due.contentEl);
		due.close();

		await app.commands.run(id("rebuild-index"));
		await waitFor(() => Notice.messages.some((m) => m.startsWith("Index rebuilt: ")), "the rebuild notice");
		expect(serviceOf(plugin).state).toBe("ready");
		expect(Notice.messages.filter((m) => /could not|no longer exists|error/i.test(m))).toEqual([]);
	});
});
