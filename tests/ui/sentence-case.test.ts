// @vitest-environment happy-dom
/**
 * Guard: every piece of interface text the plugin shows is in sentence case, as Obsidian's
 * own interface is: a capital first letter, then lower case except for names. Collected at
 * run time (command names, ribbon, panel, modals, settings) and, for notices, also read from
 * the source so messages of rare error paths are checked too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DueModal, LogContactModal, PersonSuggestModal, ProblemsModal, TextPromptModal } from "../../src/obsidian/modals";
import { displaySettingTab, getOpenModal, Notice, stubModal } from "../obsidian";
import { actionsOf, clickButton, openPanel, startPlugin, waitFor, waitForText } from "../helpers/plugin-harness";
import { ANA, GROCERIES, PRICING_POST, sampleVault } from "../helpers/sample-vault";

/** Names that keep their capitals: the plugin, Obsidian's core plugin, and the test vault's notes. */
const PROPER_NAMES = ["Top of Mind", "Daily notes", "Obsidian", "Markdown", "English", "Ana Diaz", "Bo Berg", "Cy Chen", "Dee Archived", "Gil Odd", "Pricing page", "Kubernetes upgrades"];

/**
 * What is wrong with `text` as a sentence-case UI string, or null when nothing is. Names,
 * quoted values, {{placeholders}}, acronyms and interpolations (read as "X") are neutral.
 * Fragments (badges, reasons, "last contact 3 weeks ago") are lower case by design: for
 * them only Title Case words count.
 */
export function sentenceCaseProblem(text: string, kind: "sentence" | "fragment" = "sentence"): string | null {
	let rest = text
		.replace(/\{\{[^}]*\}\}/g, "X") // template placeholders: {{firstName}}
		.replace(/"[^"]*"/g, "X") // quoted examples and values
		.replace(/\b[A-Z]{2,}\b/g, "X"); // acronyms: URL, YYYY-MM-DD
	for (const name of PROPER_NAMES) rest = rest.split(name).join("X");
	const first = /^[^A-Za-z0-9]*([A-Za-z])/.exec(rest);
	if (kind === "sentence" && first?.[1] && first[1] !== first[1].toUpperCase()) return `"${text}" should start with a capital letter`;
	// Each sentence (or clause after a colon) may start with a capital; no other word may.
	for (const sentence of rest.replace(/([.:!?])\s+/g, "$1\n").split("\n")) {
		const words = sentence.trim().split(/\s+/).slice(1);
		const title = words.find((word) => /^[("'‘“]?[A-Z][a-z]/.test(word) && word !== "X");
		if (title) return `"${text}" has a Title Case word: ${title}`;
	}
	return null;
}

describe("the sentence-case checker itself", () => {
	it.each([
		["Open who cares panel", null],
		["Top of Mind could not read this block:", null],
		["Insert follow-ups into today's daily note", null],
		["Used by copy message. Placeholders: {{name}}, {{firstName}}.", null],
		["A moment.js format; leave empty to use the Daily notes settings.", null],
		["Marked as shared with Ana Diaz.", null],
		["Open Who Cares Panel", "Title Case"],
		["open who cares panel", "capital"],
		["Share This note", "Title Case"],
		['"People/Ana.md" no longer exists', null],
	])("%j", (text, problem) => {
		const found = sentenceCaseProblem(text);
		if (problem === null) expect(found).toBeNull();
		else expect(found).toContain(problem);
	});
});

/** The string literals in the arguments of every `new Notice(…)` in src (interpolations read as "x"). */
function noticeLiterals(): string[] {
	const files = [join("src", "main.ts"), ...readdirSync(join("src", "obsidian")).map((file) => join("src", "obsidian", file))];
	const found: string[] = [];
	for (const file of files) {
		const source = readFileSync(file, "utf8");
		let at = source.indexOf("new Notice(");
		while (at !== -1) {
			let i = at + "new Notice(".length;
			let depth = 1;
			while (i < source.length && depth > 0) {
				const c = source.charAt(i);
				if (c === '"' || c === "'" || c === "`") {
					const { text, end } = readLiteral(source, i);
					found.push(text);
					i = end;
					continue;
				}
				if (c === "(") depth++;
				if (c === ")") depth--;
				i++;
			}
			at = source.indexOf("new Notice(", i);
		}
	}
	return found;
}

function readLiteral(source: string, start: number): { text: string; end: number } {
	const quote = source.charAt(start);
	let text = "";
	let i = start + 1;
	while (i < source.length && source.charAt(i) !== quote) {
		if (source.charAt(i) === "\\") {
			text += source.charAt(i + 1);
			i += 2;
		} else if (quote === "`" && source.startsWith("${", i)) {
			let depth = 1;
			i += 2;
			while (i < source.length && depth > 0) {
				if (source.charAt(i) === "{") depth++;
				if (source.charAt(i) === "}") depth--;
				i++;
			}
			text += "X";
		} else {
			text += source.charAt(i);
			i++;
		}
	}
	return { text, end: i + 1 };
}

function expectSentenceCase(texts: string[]): void {
	const problems = texts.map((text) => sentenceCaseProblem(text)).filter((problem): problem is string => problem !== null);
	expect(problems).toEqual([]);
}

describe("interface text is sentence case", () => {
	it("every notice in the source", () => {
		const literals = noticeLiterals();
		expect(literals.length).toBeGreaterThanOrEqual(12);
		expect(literals).toContain("Still indexing your people and posts; try again in a moment.");
		expectSentenceCase(literals);
	});

	it("command names, the ribbon icon and the panel's name", async () => {
		const { app } = await startPlugin(sampleVault());
		const names = app.commands.listCommands().map((command) => command.name.replace(/^Top of Mind: /, ""));
		expect(names).toHaveLength(11);
		const panel = await openPanel(app);
		expectSentenceCase([...names, ...app.ribbonIcons.map((icon) => icon.title), panel.view.getDisplayText()]);
	});

	it("the settings tab: headings, names, descriptions, buttons", async () => {
		const { app } = await startPlugin(sampleVault(), { data: { notForThem: [`${ANA}::${PRICING_POST}`] } });
		const tab = displaySettingTab(app);
		const texts = [...tab.containerEl.querySelectorAll(".setting-item-name, .setting-item-description, button")].map((el) => el.textContent ?? "").filter((text) => text !== "");
		expect(texts.length).toBeGreaterThan(20);
		expectSentenceCase(texts);
	});

	it("the panel in each state, the modals, and the notices shown on the way", async () => {
		const files = sampleVault({ "People/Gil Odd.md": "---\ntype: person\ncadence: sometimes\n---\n" });
		const { app, plugin } = await startPlugin(files);
		const texts: string[] = [];
		const panel = await openPanel(app);
		const fragments: string[] = [];
		const panelTexts = (): string[] => {
			fragments.push(...[...panel.el.querySelectorAll(".top-of-mind-meta, .top-of-mind-badge, .top-of-mind-reasons li")].map((el) => el.textContent ?? ""));
			return [...panel.el.querySelectorAll(".top-of-mind-title, .top-of-mind-section-title, .top-of-mind-empty p, button")].map((el) => el.textContent ?? "");
		};
		await waitForText(panel.el, "Open a note");
		texts.push(...panelTexts());
		for (const path of [PRICING_POST, ANA, GROCERIES]) {
			await app.workspace.setActiveFile(path);
			await waitFor(() => panel.el.querySelector(".top-of-mind-footer") !== null && (panel.el.textContent ?? "").includes(path === ANA ? "Posts to send them" : "Who cares"), `the panel for ${path}`);
			texts.push(...panelTexts());
		}
		panel.el.querySelector<HTMLElement>(".top-of-mind-problems-link")?.click();
		const problems = getOpenModal(ProblemsModal);
		texts.push(problems.titleEl.textContent ?? "");
		problems.close();

		await app.commands.run("top-of-mind:log-contact");
		await stubModal(getOpenModal(PersonSuggestModal)).chooseItem((choice) => choice.path === ANA);
		const log = getOpenModal(LogContactModal);
		texts.push(log.titleEl.textContent ?? "", ...[...log.contentEl.querySelectorAll(".setting-item-name, .setting-item-description, button")].map((el) => el.textContent ?? ""));
		const date = log.contentEl.querySelectorAll("input")[1];
		if (date) {
			date.value = "soon";
			date.dispatchEvent(new Event("input"));
		}
		clickButton(log.contentEl, "Log contact");
		texts.push(log.contentEl.querySelector(".top-of-mind-error")?.textContent ?? "");
		log.close();

		await app.commands.run("top-of-mind:new-person-note");
		const prompt = getOpenModal(TextPromptModal);
		texts.push(prompt.titleEl.textContent ?? "", ...[...prompt.contentEl.querySelectorAll(".setting-item-name, button")].map((el) => el.textContent ?? ""));
		prompt.close();

		await app.commands.run("top-of-mind:people-due");
		const due = getOpenModal(DueModal);
		texts.push(due.titleEl.textContent ?? "", ...[...due.contentEl.querySelectorAll("button, .top-of-mind-suggestion")].map((el) => el.textContent ?? ""));
		fragments.push(...[...due.contentEl.querySelectorAll(".top-of-mind-badge, .top-of-mind-meta")].map((el) => el.textContent ?? ""));
		due.close();

		const actions = actionsOf(plugin);
		await actions.markShared(ANA, PRICING_POST);
		await actions.logContact(ANA, "2026-11-20", "");
		await actions.createPerson("Ana Diaz");
		await actions.createPerson("///");
		await actions.markShared("People/Nobody.md", PRICING_POST);
		await app.commands.run("top-of-mind:insert-follow-ups");
		await app.commands.run("top-of-mind:rebuild-index");
		await waitFor(() => Notice.messages.some((m) => m.startsWith("Index rebuilt")), "the rebuild notice");
		expect(Notice.messages.length).toBeGreaterThanOrEqual(7);
		texts.push(...Notice.messages);

		expectSentenceCase(texts.filter((text) => text.trim() !== ""));
		expect(fragments.length).toBeGreaterThan(10);
		expect(fragments.map((text) => sentenceCaseProblem(text, "fragment")).filter((problem) => problem !== null)).toEqual([]);
	});
});
