/** App, Plugin, the command registry, ribbon icons and code-block processors. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Has, el, flush } from "./dom-utils";
import { setIcon } from "./functions";
import { Component } from "./events";
import { Vault } from "./vault";
import { MetadataCache, type CacheOptions } from "./metadata-cache";
import { FileManager } from "./file-manager";
import { Keymap, Scope } from "./keymap";
import { Workspace } from "./workspace";
import { SettingTab } from "./settings";

/** Obsidian's (undocumented) command registry, `app.commands`. */
export class CommandRegistry {
	readonly commands: Record<string, Obsidian.Command> = {};

	listCommands(): Obsidian.Command[] { return Object.values(this.commands); }

	/** Accepts the full id (`plugin-id:command`) or, when unambiguous, the plugin's own id. */
	findCommand(id: string): Obsidian.Command | undefined {
		const exact = this.commands[id];
		if (exact) return exact;
		const bySuffix = this.listCommands().filter((command) => command.id.endsWith(`:${id}`));
		return bySuffix.length === 1 ? bySuffix[0] : undefined;
	}

	/** Like Obsidian: false when the command is unknown or its checkCallback says it cannot run. */
	executeCommandById(id: string): boolean {
		const command = this.findCommand(id);
		if (!command) return false;
		if (command.checkCallback) {
			if (command.checkCallback(true) !== true) return false;
			command.checkCallback(false);
			return true;
		}
		if (!command.callback) return false;
		void command.callback();
		return true;
	}

	/** Test helper: whether the command would show in the palette now. */
	isAvailable(id: string): boolean {
		const command = this.findCommand(id);
		return command?.checkCallback ? command.checkCallback(true) === true : command?.callback !== undefined;
	}

	/** Test helper: runs the command and awaits what its callback returns; throws if it is unknown or unavailable. */
	async run(id: string): Promise<void> {
		const command = this.findCommand(id);
		if (!command) throw new Error(`obsidian-stub: no command "${id}" (have: ${Object.keys(this.commands).join(", ") || "none"})`);
		if (command.checkCallback) {
			if (command.checkCallback(true) !== true) throw new Error(`obsidian-stub: command "${id}" is not available now`);
			command.checkCallback(false);
		} else if (command.callback) {
			await command.callback();
		} else {
			throw new Error(`obsidian-stub: command "${id}" only has editor callbacks, which the stub does not run`);
		}
		await flush();
	}

	add(command: Obsidian.Command): void { this.commands[command.id] = command; }
	remove(id: string): void { delete this.commands[id]; }
}

export type CodeBlockProcessor = (source: string, el: HTMLElement, ctx: Obsidian.MarkdownPostProcessorContext) => Promise<unknown> | void;

/** Test helper type: a ribbon icon a plugin added. */
export interface RibbonIcon {
	icon: string;
	title: string;
	callback: (evt: MouseEvent) => unknown;
	el: HTMLElement;
}

/**
 * `new App({ "People/Ana.md": "…", ".obsidian/daily-notes.json": "{…}" })` gives a vault seeded
 * with those files, plus the registries that plugins fill (commands, views, code blocks, tabs).
 */
export class App
	implements
		Pick<Obsidian.App, "vault" | "metadataCache" | "fileManager" | "keymap" | "scope" | "lastEvent" | "isDarkMode" | "loadLocalStorage" | "saveLocalStorage">,
		Has<Obsidian.App, "workspace">
{
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	keymap = new Keymap();
	scope = new Scope();
	lastEvent: Obsidian.UserEvent | null = null;
	/** Test helpers: what plugins registered. */
	readonly commands = new CommandRegistry();
	readonly viewRegistry = new Map<string, Obsidian.ViewCreator>();
	readonly codeBlockProcessors = new Map<string, CodeBlockProcessor>();
	readonly postProcessors: Obsidian.MarkdownPostProcessor[] = [];
	readonly settingTabs: SettingTab[] = [];
	readonly ribbonIcons: RibbonIcon[] = [];
	readonly statusBarItems: HTMLElement[] = [];
	darkMode = false;
	private readonly localStorage = new Map<string, unknown>();

	/** `options.cache`: how the metadata cache starts (cold by default, as on a first start; see CacheOptions). */
	constructor(files: Record<string, string> = {}, options: { cache?: CacheOptions } = {}) {
		this.vault = new Vault(files);
		this.metadataCache = new MetadataCache(this.vault, options.cache);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.workspace = new Workspace(this);
	}

	isDarkMode(): boolean { return this.darkMode; }
	loadLocalStorage(key: string): unknown { return this.localStorage.get(key) ?? null; }

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}
}

/** Without a DOM, ribbon icons and status bar items are this minimal stand-in. */
function detachedElement(): HTMLElement {
	if (typeof document !== "undefined") return el("div");
	const noop = (): void => undefined;
	const stand = { addClass: noop, removeClass: noop, toggleClass: noop, setAttr: noop, setAttribute: noop, setText: noop, remove: noop, detach: noop, addEventListener: noop, removeEventListener: noop };
	return stand as unknown as HTMLElement; // no DOM in this test: only the methods above exist
}

export abstract class Plugin extends Component
	implements
		Pick<
			Obsidian.Plugin,
			| "manifest" | "onload" | "loadData" | "saveData" | "addCommand" | "removeCommand" | "registerView" | "registerExtensions" | "registerMarkdownPostProcessor"
			| "registerMarkdownCodeBlockProcessor" | "registerObsidianProtocolHandler" | "registerHoverLinkSource" | "registerEditorExtension" | "addRibbonIcon"
			| "addStatusBarItem" | "addSettingTab" | "onUserEnable"
		>,
		Has<Obsidian.Plugin, "app">
{
	app: App;
	manifest: Obsidian.PluginManifest;

	constructor(app: App, manifest: Obsidian.PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	onUserEnable(): void {}

	/** Reads `<configDir>/plugins/<id>/data.json` from the adapter; null when absent. Always a fresh copy. */
	async loadData(): Promise<unknown> {
		const path = pluginDataPath(this.app, this.manifest.id);
		return (await this.app.vault.adapter.exists(path)) ? (JSON.parse(await this.app.vault.adapter.read(path)) as unknown) : null;
	}

	async saveData(data: unknown): Promise<void> {
		await this.app.vault.adapter.write(pluginDataPath(this.app, this.manifest.id), JSON.stringify(data, null, 2));
	}

	/** Registers `plugin-id:command-id` named `Plugin name: Command name`, removed on unload. */
	addCommand(command: Obsidian.Command): Obsidian.Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.add(command);
		this.register(() => this.app.commands.remove(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands.remove(`${this.manifest.id}:${commandId}`);
	}

	registerView(type: string, viewCreator: Obsidian.ViewCreator): void {
		this.app.viewRegistry.set(type, viewCreator);
		this.register(() => {
			this.app.viewRegistry.delete(type);
			// As the app does when a plugin unloads, its views close (the app keeps a placeholder leaf).
			this.app.workspace.detachLeavesOfType(type);
		});
	}

	registerExtensions(): void {}

	registerMarkdownPostProcessor(postProcessor: Obsidian.MarkdownPostProcessor): Obsidian.MarkdownPostProcessor {
		this.app.postProcessors.push(postProcessor);
		this.register(() => this.app.postProcessors.splice(this.app.postProcessors.indexOf(postProcessor), 1));
		return postProcessor;
	}

	/** Stored in `app.codeBlockProcessors`; run it with renderCodeBlock(). */
	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockProcessor, sortOrder?: number): Obsidian.MarkdownPostProcessor {
		this.app.codeBlockProcessors.set(language, handler);
		this.register(() => this.app.codeBlockProcessors.delete(language));
		return Object.assign(() => undefined, { sortOrder });
	}

	registerObsidianProtocolHandler(): void {}
	registerHoverLinkSource(): void {}
	registerEditorExtension(): void {}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const ribbon = detachedElement();
		if (typeof document !== "undefined") {
			ribbon.className = "side-dock-ribbon-action clickable-icon";
			ribbon.setAttribute("aria-label", title);
			setIcon(ribbon, icon);
			ribbon.addEventListener("click", (evt) => void callback(evt));
		}
		const entry: RibbonIcon = { icon, title, callback, el: ribbon };
		this.app.ribbonIcons.push(entry);
		this.register(() => this.app.ribbonIcons.splice(this.app.ribbonIcons.indexOf(entry), 1));
		return ribbon;
	}

	addStatusBarItem(): HTMLElement {
		const item = detachedElement();
		this.app.statusBarItems.push(item);
		return item;
	}

	addSettingTab(settingTab: Obsidian.PluginSettingTab): void {
		if (!(settingTab instanceof SettingTab)) throw new Error("obsidian-stub: setting tabs must extend PluginSettingTab");
		const tab: SettingTab = settingTab;
		tab.update();
		this.app.settingTabs.push(tab);
		this.register(() => this.app.settingTabs.splice(this.app.settingTabs.indexOf(tab), 1));
	}
}

export function pluginDataPath(app: App, id: string): string {
	return `${app.vault.configDir}/plugins/${id}/data.json`;
}
