/** Test helpers (not Obsidian's API): loading plugins, rendering code blocks and settings, finding modals, resetting state. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { DEFAULT_MANIFEST, el } from "./dom-utils";
import { splitLines } from "./markdown-metadata";
import { pendingLoads } from "./events";
import { WorkspaceLeaf } from "./views";
import { openModals } from "./modals";
import { SettingTab, renderDefinitions } from "./settings";
import { forgetLastMenu, Notice } from "./notices-and-menus";
import { App, pluginDataPath } from "./app-and-plugin";

/**
 * Test helper: hands a stub App or leaf to code typed against the real API (a plugin or view
 * constructor). They model only part of the real classes, so this is the one unchecked cast.
 */
export function asObsidian(app: App): Obsidian.App;
export function asObsidian(leaf: WorkspaceLeaf): Obsidian.WorkspaceLeaf;
export function asObsidian(value: App | WorkspaceLeaf): Obsidian.App | Obsidian.WorkspaceLeaf {
	return value as unknown as Obsidian.App | Obsidian.WorkspaceLeaf;
}

type PluginClass<P extends Obsidian.Plugin> = new (app: Obsidian.App, manifest: Obsidian.PluginManifest) => P;

/** Test helper: constructs a plugin with the project's manifest (overridable); does not load it. */
export function createPlugin<P extends Obsidian.Plugin>(PluginType: PluginClass<P>, app: App, manifest: Partial<Obsidian.PluginManifest> = {}): P {
	return new PluginType(asObsidian(app), { ...DEFAULT_MANIFEST, ...manifest });
}

/** Test helper: constructs and loads a plugin, awaiting its onload. `data` seeds what loadData() returns. */
/** Plugins loaded by loadPlugin and not yet unloaded by unloadPlugins. */
const loadedPlugins = new Set<Obsidian.Plugin>();

/**
 * Test helper: unloads every plugin loadPlugin loaded, as Obsidian does when it closes, so
 * no timer or write of one test runs on into the next (or past the end of its file).
 */
export function unloadPlugins(): void {
	for (const plugin of loadedPlugins) plugin.unload();
	loadedPlugins.clear();
}

export async function loadPlugin<P extends Obsidian.Plugin>(
	PluginType: PluginClass<P>,
	app: App,
	options: { manifest?: Partial<Obsidian.PluginManifest>; data?: unknown } = {},
): Promise<P> {
	const plugin = createPlugin(PluginType, app, options.manifest);
	loadedPlugins.add(plugin);
	if (options.data !== undefined) app.vault.adapter.seedHidden(pluginDataPath(app, plugin.manifest.id), JSON.stringify(options.data));
	plugin.load();
	await pendingLoads.get(plugin);
	return plugin;
}

/** Test helper: opens a registered setting tab (the first by default) as Obsidian does, and returns it. */
export function displaySettingTab(app: App, index = 0): SettingTab {
	const tab = app.settingTabs[index];
	if (!tab) throw new Error("obsidian-stub: no setting tab registered");
	tab.update();
	tab.containerEl.replaceChildren();
	if (tab.settingItems.length > 0) renderDefinitions(tab);
	else tab.display();
	return tab;
}

/** Test helper: a rendered code block; unload() unloads the children the processor added via ctx.addChild. */
export interface RenderedCodeBlock {
	el: HTMLElement;
	ctx: Obsidian.MarkdownPostProcessorContext;
	children: Obsidian.MarkdownRenderChild[];
	unload(): void;
}

/**
 * Test helper: runs the processor registered for `language` on `source`, as when a note at
 * `sourcePath` shows that fenced block. ctx.getSectionInfo finds the block in that note's text.
 */
export async function renderCodeBlock(app: App, language: string, source: string, options: { sourcePath?: string } = {}): Promise<RenderedCodeBlock> {
	const handler = app.codeBlockProcessors.get(language);
	if (!handler) throw new Error(`obsidian-stub: no code block processor for "${language}"`);
	const sourcePath = options.sourcePath ?? "";
	const container = el("div", `block-language-${language}`);
	const children: Obsidian.MarkdownRenderChild[] = [];
	const ctx: Obsidian.MarkdownPostProcessorContext = {
		docId: "stub-doc",
		sourcePath,
		frontmatter: app.metadataCache.getCache(sourcePath)?.frontmatter,
		addChild: (child) => {
			children.push(child);
			child.load();
		},
		getSectionInfo: () => codeBlockSection(app, sourcePath, language, source),
	};
	await handler(source, container, ctx);
	return { el: container, ctx, children, unload: () => children.splice(0).forEach((child) => child.unload()) };
}

function codeBlockSection(app: App, sourcePath: string, language: string, source: string): Obsidian.MarkdownSectionInformation | null {
	const file = app.vault.getFileByPath(sourcePath);
	if (!file) return null;
	const text = app.vault.contentOf(file.path);
	const lines = splitLines(text).map((line) => line.text);
	for (let start = 0; start < lines.length; start++) {
		const fence = /^ {0,3}(`{3,}|~{3,})\s*(\S*)/.exec(lines[start] ?? "");
		if (!fence?.[1] || fence[2] !== language) continue;
		const end = lines.findIndex((line, index) => index > start && line.trim().startsWith(fence[1] ?? ""));
		if (end === -1) return null;
		if (lines.slice(start + 1, end).join("\n").trim() === source.trim()) return { text, lineStart: start, lineEnd: end };
	}
	return null;
}

/** Test helper (run before each test by tests/setup.ts): clears notices, open modals and the last menu. */
export function resetStubState(): void {
	Notice.reset();
	openModals.length = 0;
	forgetLastMenu();
}
