/**
 * The screenshot page: the real plugin, loaded against the in-memory Obsidian stand-in
 * (tests/obsidian/) over the demo vault, in a real browser with the real styles.css.
 * Built by scripts/screenshot-page/build.mjs; driven by scripts/screenshots.mjs and
 * tests/browser/*.test.ts through `window.__topOfMind` (see handle.ts).
 */
import "../../tests/setup"; // Obsidian's DOM helpers (createEl, empty, addClass…); vitest is shimmed
import TopOfMindPlugin from "../../src/main";
import { COMMAND_IDS } from "../../src/obsidian/commands";
import { renderFollowUps } from "../../src/obsidian/modals";
import { renderPanel, type PanelActions } from "../../src/obsidian/panel-render";
import { VIEW_TYPE_WHO_CARES } from "../../src/obsidian/who-cares-view";
import type { FollowUp } from "../../src/core/overview/followups";
import type { PanelModel } from "../../src/ui/view-model";
import { App, displaySettingTab, getOpenModals, loadPlugin, Notice, renderCodeBlock } from "../../tests/obsidian";
import { SCENES, type PageHandle, type SceneName, type ShowOptions } from "./handle";
import { LONG_NAME, stressModel, UNBROKEN } from "./stress";

/** The demo vault as `{path: text}` and its plugin settings, read from disk at bundle time. */
declare const __DEMO_VAULT__: Record<string, string>;
declare const __DEMO_SETTINGS__: unknown;
/** The weights of Inter that build.mjs bundles (fonts.css). */
declare const __FONT_WEIGHTS__: number[];

/** The demo vault's "today": its daily notes and contact dates are written around it. */
const TODAY = "2026-11-26";
const NEWEST_POST = "Posts/Pick the value metric before the price.md";
const PERSON = "People/Maya Castellanos.md";
const DAILY_NOTE = "Journal/2026-11-26.md";

const stage = document.getElementById("stage") ?? document.body.createDiv({ attr: { id: "stage" } });

// ---------------------------------------------------------------------------------------------
// Waiting
// ---------------------------------------------------------------------------------------------

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
		await sleep(10);
	}
}

/** Resolves once the document has not changed for `quietMs` (debounces and re-renders done). */
async function settle(quietMs = 450, timeoutMs = 5000): Promise<void> {
	let last = Date.now();
	const observer = new MutationObserver(() => (last = Date.now()));
	observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
	const start = Date.now();
	try {
		while (Date.now() - last < quietMs) {
			if (Date.now() - start > timeoutMs) throw new Error("Timed out waiting for the page to settle");
			await sleep(25);
		}
	} finally {
		observer.disconnect();
	}
	await document.fonts.ready;
}

// ---------------------------------------------------------------------------------------------
// Worlds: one App + plugin each
// ---------------------------------------------------------------------------------------------

interface World {
	app: App;
	plugin: TopOfMindPlugin;
}

function indexState(plugin: TopOfMindPlugin): string {
	const service: unknown = Reflect.get(plugin, "service");
	const state: unknown = service && typeof service === "object" ? Reflect.get(service, "state") : undefined;
	return typeof state === "string" ? state : "missing";
}

async function startWorld(files: Record<string, string>, ready = true): Promise<World> {
	const app = new App(files);
	const plugin = await loadPlugin(TopOfMindPlugin, app, { data: __DEMO_SETTINGS__ });
	plugin.today = () => TODAY;
	if (ready) {
		await app.workspace.triggerLayoutReady();
		await waitFor(() => indexState(plugin) === "ready", "the index to be ready");
	}
	return { app, plugin };
}

/** The panel's leaf content (Obsidian's `.workspace-leaf-content`), opened as the ribbon does. */
async function panelOf(world: World): Promise<HTMLElement> {
	await world.plugin.openPanel();
	const leaf = world.app.workspace.getLeavesOfType(VIEW_TYPE_WHO_CARES)[0];
	if (!leaf) throw new Error("the who cares panel did not open");
	return leaf.view.containerEl;
}

const worlds = new Map<string, Promise<World>>();

function world(name: string, make: () => Promise<World>): Promise<World> {
	let found = worlds.get(name);
	if (!found) {
		found = make();
		worlds.set(name, found);
	}
	return found;
}

const demoWorld = (): Promise<World> => world("demo", () => startWorld(__DEMO_VAULT__));

// ---------------------------------------------------------------------------------------------
// Frames that stand in for Obsidian's chrome
// ---------------------------------------------------------------------------------------------

/** Lucide's "users", the panel's icon. */
function usersIcon(parent: HTMLElement): void {
	const attr = { viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", "stroke-width": 2, "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true" };
	const svg = parent.createSvg("svg", { attr });
	for (const d of ["M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2", "M22 21v-2a4 4 0 0 0-3-3.87", "M16 3.13a4 4 0 0 1 0 7.75"]) svg.createSvg("path", { attr: { d } });
	svg.createSvg("circle", { attr: { cx: 9, cy: 7, r: 4 } });
}

function sidebar(parent: HTMLElement, leafContent: HTMLElement): HTMLElement {
	const frame = parent.createDiv({ cls: "demo-sidebar" });
	const header = frame.createDiv({ cls: "demo-tab-header" });
	usersIcon(header);
	header.createSpan({ text: "Who cares" });
	frame.appendChild(leafContent);
	return frame;
}

/** A bare leaf for panels rendered straight from a model. */
function modelPanel(parent: HTMLElement, model: PanelModel): void {
	const leaf = createDiv({ cls: "workspace-leaf-content" });
	const content = leaf.createDiv({ cls: "view-content" });
	renderPanel(content, model, NO_ACTIONS);
	sidebar(parent, leaf);
}

function dailyNote(parent: HTMLElement): HTMLElement {
	const note = parent.createDiv({ cls: "demo-note markdown-preview-view" });
	note.createEl("h1", { text: "Thursday 26 November" });
	note.createEl("p", { text: "Thanksgiving in the US, so half my clients are offline. Good day for follow-ups." });
	note.createEl("h2", { text: "Top of mind" });
	return note;
}

const NO_ACTIONS: PanelActions = {
	openNote: () => undefined,
	markShared: () => undefined,
	replied: () => undefined,
	snooze: () => undefined,
	copyMessage: () => undefined,
	notForThem: () => undefined,
	createFirstPerson: () => undefined,
	showProblems: () => undefined,
};

// ---------------------------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------------------------

async function panelOn(path: string | null): Promise<void> {
	const demo = await demoWorld();
	await demo.app.workspace.setActiveFile(path);
	const leaf = await panelOf(demo);
	sidebar(stage, leaf);
	await waitFor(() => leaf.querySelector(".top-of-mind-header, .top-of-mind-empty") !== null, "the panel to render");
}

let block: Promise<HTMLElement> | null = null;

async function followUpBlock(): Promise<HTMLElement> {
	const demo = await demoWorld();
	block ??= renderCodeBlock(demo.app, "top-of-mind", "limit: 5", { sourcePath: DAILY_NOTE }).then((rendered) => rendered.el);
	return block;
}

async function panelStates(): Promise<void> {
	const stack = stage.createDiv({ cls: "demo-stack" });
	const caption = (text: string): void => void stack.createDiv({ cls: "demo-caption", text });

	const loading = await world("loading", () => startWorld(__DEMO_VAULT__, false));
	caption("While indexing");
	stack.appendChild(await panelOf(loading));

	const noNote = await world("no-note", () => startWorld(__DEMO_VAULT__));
	caption("No note open");
	stack.appendChild(await panelOf(noNote));

	const noPeople = await world("no-people", () => startWorld({ "Welcome.md": "# Welcome\n\nMy first note.\n" }));
	await noPeople.app.workspace.setActiveFile("Welcome.md");
	caption("No people yet");
	stack.appendChild(await panelOf(noPeople));

	const nothing = await world("nothing", () => startWorld({ ...__DEMO_VAULT__, "Notes/Groceries.md": "Milk, eggs, bread.\n" }));
	await nothing.app.workspace.setActiveFile("Notes/Groceries.md");
	caption("Nothing relevant to this note");
	stack.appendChild(await panelOf(nothing));

	const demo = await demoWorld();
	const broken = await renderCodeBlock(demo.app, "top-of-mind", "limit: lots\ncolour: blue", { sourcePath: DAILY_NOTE });
	caption("A follow-up block with a mistake");
	stack.createDiv({ cls: "view-content" }).appendChild(broken.el);
}

async function dueModal(): Promise<void> {
	const demo = await demoWorld();
	dailyNote(stage);
	if (!demo.app.commands.executeCommandById(`top-of-mind:${COMMAND_IDS.peopleDue}`)) throw new Error("the people due command did not run");
}

async function settings(): Promise<void> {
	const demo = await demoWorld();
	const frame = stage.createDiv({ cls: "demo-settings" });
	frame.createDiv({ cls: "demo-settings-title", text: "Top of Mind" });
	frame.appendChild(displaySettingTab(demo.app).containerEl);
}

// ---- stress cases (stress.ts holds the hand-made models) --------------------------------

function stressFollowUps(): void {
	const items: FollowUp[] = [LONG_NAME, UNBROKEN, "Bo"].map((name, i) => ({
		path: `People/${name}.md`,
		name,
		lastContact: i === 2 ? null : "2025-01-01",
		cadenceDays: 14,
		nextDue: "2025-01-15",
		overdueDays: i === 2 ? 0 : 1000 + i,
		suggestedPosts: i === 1 ? [] : [{ path: `Posts/${UNBROKEN}.md`, title: `${UNBROKEN} and a long title`, score: 1, pairScore: 0.5, reasons: [], evidence: [] }],
	}));
	const note = dailyNote(stage);
	const el = note.createDiv({ cls: "block-language-top-of-mind top-of-mind-block" });
	renderFollowUps(el, { due: items, moreDue: 0, snoozed: [] }, TODAY, { open: () => undefined, contacted: () => Promise.resolve(true), markShared: () => Promise.resolve(true), snooze: () => undefined });
}

async function render(scene: SceneName): Promise<void> {
	switch (scene) {
		case "panel-post":
			return panelOn(NEWEST_POST);
		case "panel-person":
			return panelOn(PERSON);
		case "panel-states":
			return panelStates();
		case "followup-block":
			dailyNote(stage).appendChild(await followUpBlock());
			return;
		case "due-modal":
			return dueModal();
		case "settings":
			return settings();
		case "report-block": {
			const demo = await demoWorld();
			dailyNote(stage).appendChild((await renderCodeBlock(demo.app, "top-of-mind-report", "period: month", { sourcePath: DAILY_NOTE })).el);
			return;
		}
		case "stress-followups":
			stressFollowUps();
			return;
		default:
			modelPanel(stage, stressModel(scene));
	}
}

// ---------------------------------------------------------------------------------------------
// Layout checks
// ---------------------------------------------------------------------------------------------

const SLACK = 0.5;

function describe(el: Element): string {
	const cls = [...el.classList].filter((c) => c.startsWith("top-of-mind-")).join(".") || el.tagName.toLowerCase();
	const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
	return `${cls} "${text}"`;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
	const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return width > SLACK && height > SLACK;
}

function visibleBoxes(elements: Iterable<Element>): { el: Element; rect: DOMRect }[] {
	return [...elements].map((el) => ({ el, rect: el.getBoundingClientRect() })).filter(({ rect }) => rect.width > 0 && rect.height > 0);
}

function layoutProblems(): string[] {
	const problems: string[] = [];
	const root = document.documentElement;
	if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
	const scrollers = document.querySelectorAll(".top-of-mind-panel, .top-of-mind-followups, .top-of-mind-list, .top-of-mind-card, .top-of-mind-header, .modal, .modal-content, .vertical-tab-content");
	for (const el of scrollers) {
		if (el.scrollWidth > el.clientWidth + SLACK) problems.push(`${describe(el)} overflows sideways: ${el.scrollWidth} > ${el.clientWidth}`);
	}
	for (const card of document.querySelectorAll(".top-of-mind-card")) {
		const box = card.getBoundingClientRect();
		for (const { el, rect } of visibleBoxes(card.querySelectorAll("*"))) {
			if (rect.left < box.left - SLACK || rect.right > box.right + SLACK) problems.push(`${describe(el)} sticks out of its card ${describe(card)}`);
		}
		const groups = [card.children, ...[...card.querySelectorAll(".top-of-mind-card-top, .top-of-mind-actions, .top-of-mind-reasons")].map((g) => g.children)];
		for (const group of groups) {
			const boxes = visibleBoxes(group);
			for (let i = 0; i < boxes.length; i++) {
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i];
					const b = boxes[j];
					if (a && b && overlaps(a.rect, b.rect)) problems.push(`${describe(a.el)} overlaps ${describe(b.el)}`);
				}
			}
		}
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------
// The handle
// ---------------------------------------------------------------------------------------------

async function show(scene: SceneName, options: ShowOptions): Promise<void> {
	if (!SCENES.includes(scene)) throw new Error(`unknown scene "${scene}"`);
	for (const modal of getOpenModals()) modal.close();
	document.body.toggleClass("theme-light", options.theme === "light");
	document.body.toggleClass("theme-dark", options.theme === "dark");
	document.body.toggleClass(["is-mobile", "is-phone"], options.mobile);
	stage.empty();
	await render(scene);
	// Stress layouts render at once; the plugin's own views wait out its debounces (150 + 250 ms).
	await settle(scene.startsWith("stress-") ? 100 : 450);
}

let demoApp: App | null = null;

/** Loads every bundled face of Inter up front, so no picture is taken with a fallback font. */
async function loadFonts(): Promise<void> {
	const styles = [...__FONT_WEIGHTS__.map((weight) => `${weight} 16px Inter`), "italic 400 16px Inter"];
	const faces = await Promise.all(styles.map((style) => document.fonts.load(style)));
	const missing = styles.filter((_, i) => faces[i]?.some((face) => face.status === "loaded") !== true);
	if (missing.length > 0) throw new Error(`Inter did not load: ${missing.join(", ")}`);
}

async function start(): Promise<void> {
	await loadFonts();
	const demo = await demoWorld();
	demoApp = demo.app;
}

window.__topOfMind = {
	ready: start(),
	show,
	settle,
	read: (path) => {
		if (!demoApp) throw new Error("the demo vault is not loaded yet");
		return demoApp.vault.contentOf(path);
	},
	notices: () => [...Notice.messages],
	layoutProblems,
} satisfies PageHandle;
