/**
 * Runs the real plugin against the in-memory Obsidian stand-in:
 *
 * ```ts
 * const { app, plugin } = await startPlugin(sampleVault(), { data: { resultLimit: 5 } });
 * const panel = await openPanel(app);
 * await app.workspace.setActiveFile("Posts/Pricing page.md");
 * await waitForText(panel, "Ana Diaz");
 * ```
 *
 * Everything uses real timers: the index's debounce (250 ms) and the panel's (150 ms) run
 * as in Obsidian, and `waitFor` polls until what the user would see has appeared.
 */
import TopOfMindPlugin from "../../src/main";
import { Actions } from "../../src/obsidian/actions";
import { IndexService } from "../../src/obsidian/index-service";
import { VIEW_TYPE_WHO_CARES, WhoCaresView } from "../../src/obsidian/who-cares-view";
import { App, loadPlugin, TFile, type CacheOptions, type WorkspaceLeaf } from "../obsidian";
import { TODAY } from "./sample-vault";

export const PLUGIN_ID = "top-of-mind";
export const DATA_PATH = `.obsidian/plugins/${PLUGIN_ID}/data.json`;

/** The plugin's index service (a private field): what the panel, commands and blocks read. */
export function serviceOf(plugin: TopOfMindPlugin): IndexService {
	const service: unknown = Reflect.get(plugin, "service");
	if (!(service instanceof IndexService)) throw new Error("plugin has no index service (not loaded?)");
	return service;
}

/** The plugin's actions (a private field): what every button and command calls. */
export function actionsOf(plugin: TopOfMindPlugin): Actions {
	const actions: unknown = Reflect.get(plugin, "actions");
	if (!(actions instanceof Actions)) throw new Error("plugin has no actions (not loaded?)");
	return actions;
}

/** The file at `path` (fails when there is none). */
export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no file at ${path}`);
	return file;
}

/** Polls `condition` (every 5 ms, real time) until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

/** Real time passing, for "nothing else happens" checks after debounces would have fired. */
export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once the index has been built (state "ready"). */
export async function indexReady(plugin: TopOfMindPlugin): Promise<IndexService> {
	const service = serviceOf(plugin);
	await waitFor(() => service.state === "ready" && service.index !== null, "the index to be ready");
	return service;
}

/** Resolves after the index applied pending edits: its revision moved past `revision`. */
export async function indexRevisionAfter(plugin: TopOfMindPlugin, revision: number): Promise<void> {
	const service = serviceOf(plugin);
	await waitFor(() => (service.index?.revision ?? -1) > revision, `the index to move past revision ${revision}`);
}

export interface Started {
	app: App;
	plugin: TopOfMindPlugin;
}

export interface StartOptions {
	/** What data.json holds before the plugin loads. */
	data?: unknown;
	/** The plugin's "today"; {@link TODAY} unless given. */
	today?: string;
	/** Mark the layout ready and wait for the index (default true). */
	ready?: boolean;
	/** Reuse an app (e.g. to reload the plugin over the same vault). */
	app?: App;
	/**
	 * How Obsidian's metadata cache starts: warm by default (its own cache already holds
	 * every unchanged note, the usual start); `{ start: "cold" }` for a first start.
	 */
	cache?: CacheOptions;
}

/** The usual start: Obsidian's own cache holds every note already. */
export const WARM_CACHE: CacheOptions = { start: "warm" };

/** Loads the plugin over `files`, fixes "today", and (by default) waits for the first index. */
export async function startPlugin(files: Record<string, string>, options: StartOptions = {}): Promise<Started> {
	const app = options.app ?? new App(files, { cache: options.cache ?? WARM_CACHE });
	const plugin = await loadPlugin(TopOfMindPlugin, app, options.data === undefined ? {} : { data: options.data });
	const today = options.today ?? TODAY;
	plugin.today = () => today;
	if (options.ready !== false) {
		await app.workspace.triggerLayoutReady();
		await indexReady(plugin);
	}
	return { app, plugin };
}

/** data.json as the plugin saved it (null when it never saved). */
export async function savedData(app: App): Promise<unknown> {
	if (!(await app.vault.adapter.exists(DATA_PATH))) return null;
	return JSON.parse(await app.vault.adapter.read(DATA_PATH)) as unknown;
}

export interface Panel {
	leaf: WorkspaceLeaf;
	view: WhoCaresView;
	/** The panel's content element, as the user sees it. */
	el: HTMLElement;
}

/** Opens the side panel in the right sidebar (onOpen has run). */
export async function openPanel(app: App): Promise<Panel> {
	const leaf = await app.workspace.openView(VIEW_TYPE_WHO_CARES);
	const view: unknown = leaf.view;
	if (!(view instanceof WhoCaresView)) throw new Error("the leaf does not show the who cares panel");
	return { leaf, view, el: view.contentEl };
}

/** Text content with runs of white space collapsed. */
export function textOf(el: Element): string {
	return (el.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Waits until `el` shows `text`. */
export async function waitForText(el: Element, text: string, timeoutMs = 4000): Promise<void> {
	await waitFor(() => textOf(el).includes(text), `"${text}" to show (now: "${textOf(el).slice(0, 300)}")`, timeoutMs);
}

/** Waits until `el` no longer shows `text`. */
export async function waitForNoText(el: Element, text: string, timeoutMs = 4000): Promise<void> {
	await waitFor(() => !textOf(el).includes(text), `"${text}" to disappear (now: "${textOf(el).slice(0, 300)}")`, timeoutMs);
}

/** The panel card of a person or post, by path. */
export function cardOf(el: HTMLElement, path: string): HTMLElement | null {
	for (const card of el.querySelectorAll<HTMLElement>(".top-of-mind-card")) if (card.getAttribute("data-path") === path) return card;
	return null;
}

/** Clicks the button labelled `label` in `scope` (fails when there is none). */
export function clickButton(scope: Element, label: string): void {
	const button = [...scope.querySelectorAll("button")].find((b) => textOf(b) === label);
	if (!button) throw new Error(`no "${label}" button in: ${textOf(scope).slice(0, 300)}`);
	button.click();
}
