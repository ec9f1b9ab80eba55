/** Views and leaves: View, ItemView, FileView, MarkdownView, WorkspaceLeaf. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Has, el, isRecord } from "./dom-utils";
import { setIcon } from "./functions";
import { Component, Events } from "./events";
import { TFile } from "./files";
import { Scope } from "./keymap";
import { App } from "./app-and-plugin";

/** Calls the protected lifecycle hooks, as the leaf does in Obsidian. */
export async function openView(view: Obsidian.View): Promise<void> {
	view.load();
	await view["onOpen"]();
}

async function closeView(view: Obsidian.View): Promise<void> {
	await view["onClose"]();
	view.unload();
}

export abstract class View extends Component
	implements
		Pick<Obsidian.View, "icon" | "navigation" | "scope" | "getViewType" | "getDisplayText" | "getIcon" | "getState" | "setState" | "getEphemeralState" | "setEphemeralState" | "onResize" | "onPaneMenu">,
		Has<Obsidian.View, "app" | "leaf" | "containerEl">
{
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	scope: Scope | null = null;
	#container?: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
	}

	/** Created on first use, so views can be constructed in tests without a DOM. */
	get containerEl(): HTMLElement {
		this.#container ??= this.buildContainer();
		return this.#container;
	}

	set containerEl(el: HTMLElement) { this.#container = el; }
	protected buildContainer(): HTMLElement { return el("div", "workspace-leaf-content"); }
	protected async onOpen(): Promise<void> {}
	protected async onClose(): Promise<void> {}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getIcon(): string { return this.icon; }

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(state: unknown, result: Obsidian.ViewStateResult): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(): void {}
	onResize(): void {}
	onPaneMenu(): void {}
}

/** containerEl.children[0] is the header, children[1] the content (`contentEl`), as in Obsidian. */
export abstract class ItemView extends View implements Pick<Obsidian.ItemView, "addAction">, Has<Obsidian.ItemView, "contentEl"> {
	get contentEl(): HTMLElement {
		const content = this.containerEl.children[1];
		if (!(content instanceof HTMLElement)) throw new Error("obsidian-stub: view content element is missing");
		return content;
	}

	protected override buildContainer(): HTMLElement {
		const container = super.buildContainer();
		el("div", "view-header", container).appendChild(el("div", "view-actions"));
		el("div", "view-content", container);
		return container;
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const action = el("a", "clickable-icon view-action", this.containerEl.querySelector<HTMLElement>(".view-actions") ?? undefined);
		action.setAttribute("aria-label", title);
		setIcon(action, icon);
		action.addEventListener("click", (evt) => void callback(evt));
		return action;
	}
}

export abstract class FileView extends ItemView implements Pick<Obsidian.FileView, "allowNoFile" | "navigation" | "getDisplayText" | "getState" | "canAcceptExtension">, Has<Obsidian.FileView, "file"> {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	override getDisplayText(): string { return this.file?.basename ?? ""; }

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override async setState(state: unknown, result: Obsidian.ViewStateResult): Promise<void> {
		const path = isRecord(state) ? state.file : undefined;
		if (typeof path === "string") this.file = this.app.vault.getFileByPath(path);
	}

	canAcceptExtension(extension: string): boolean { return extension === "md"; }
}

/** Just enough of MarkdownView for `getActiveViewOfType(MarkdownView)?.file` (no editor). */
export class MarkdownView extends FileView implements Pick<Obsidian.MarkdownView, "getViewType" | "getViewData" | "getMode"> {
	getViewType(): string { return "markdown"; }
	getViewData(): string { return this.file ? this.app.vault.contentOf(this.file.path) : ""; }
	getMode(): Obsidian.MarkdownViewModeType { return "source"; }
}

export class EmptyView extends ItemView {
	getViewType(): string { return "empty"; }
	getDisplayText(): string { return "New tab"; }
}

/** What a deferred leaf shows until it is loaded: the type it will be, and nothing of the view itself. */
export class DeferredView extends ItemView {
	constructor(
		leaf: WorkspaceLeaf,
		private readonly type: string,
	) {
		super(leaf);
	}

	getViewType(): string { return this.type; }
	getDisplayText(): string { return this.type; }
}

/** Where a leaf lives: the main area or a sidebar. */
export type LeafSide = "main" | "left" | "right";

export class WorkspaceLeaf extends Events
	implements
		Pick<Obsidian.WorkspaceLeaf, "view" | "hoverPopover" | "openFile" | "open" | "getViewState" | "setViewState" | "isDeferred" | "loadIfDeferred" | "getEphemeralState" | "setEphemeralState" | "togglePinned" | "setPinned" | "setGroup" | "detach" | "getIcon" | "getDisplayText" | "onResize">
{
	view: Obsidian.View;
	hoverPopover: Obsidian.HoverPopover | null = null;
	/** Test helper state. */
	pinned = false;
	group: string | null = null;
	revealed = false;
	detached = false;

	constructor(
		readonly app: App,
		readonly side: LeafSide,
	) {
		super();
		this.view = asObsidianView(new EmptyView(this));
	}

	/** The view state a deferred leaf will load (see Workspace.restoreDeferredLeaf); null once loaded. */
	private deferredState: Obsidian.ViewState | null = null;

	/** Since 1.7.2 the app restores background leaves deferred: a placeholder view until shown. */
	get isDeferred(): boolean { return this.deferredState !== null; }

	async loadIfDeferred(): Promise<void> {
		const state = this.deferredState;
		if (state === null) return;
		this.deferredState = null;
		await this.setViewState(state);
	}

	/** Test helper (Workspace.restoreDeferredLeaf): the leaf shows a placeholder of `state.type` until loaded. */
	deferView(state: Obsidian.ViewState): void {
		this.deferredState = state;
		this.view = asObsidianView(new DeferredView(this, state.type));
	}

	/** Replaces the view: the old one gets onClose/unload, the new one load/onOpen. Unknown types throw. */
	async setViewState(viewState: Obsidian.ViewState, eState?: unknown): Promise<void> {
		await this.open(this.app.workspace.createView(viewState.type, this));
		if (viewState.state) await this.view.setState(viewState.state, { history: false });
		if (eState !== undefined) this.view.setEphemeralState(eState);
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
	}

	getViewState(): Obsidian.ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), active: this.app.workspace.getActiveLeaf() === this, pinned: this.pinned };
	}

	async open(view: Obsidian.View): Promise<Obsidian.View> {
		await closeView(this.view);
		this.view = view;
		await openView(view);
		return view;
	}

	/** Shows the file in a MarkdownView and makes this leaf active unless `openState.active === false`. */
	async openFile(file: Obsidian.TFile, openState?: Obsidian.OpenViewState): Promise<void> {
		if (this.view.getViewType() !== "markdown") await this.setViewState({ type: "markdown" });
		await this.view.setState({ file: file.path }, { history: true });
		this.app.workspace.fileOpened(file);
		if (openState?.active !== false) this.app.workspace.setActiveLeaf(this);
		else this.app.workspace.syncActiveFile();
	}

	getEphemeralState(): unknown { return this.view.getEphemeralState(); }
	setEphemeralState(state: unknown): void { this.view.setEphemeralState(state); }
	togglePinned(): void { this.pinned = !this.pinned; }
	setPinned(pinned: boolean): void { this.pinned = pinned; }
	setGroup(group: string): void { this.group = group; }

	detach(): void {
		if (this.detached) return;
		this.detached = true;
		this.app.workspace.removeLeaf(this);
		void closeView(this.view);
	}

	getIcon(): string { return this.view.getIcon(); }
	getDisplayText(): string { return this.view.getDisplayText(); }
	onResize(): void {}
}

/** The stub's own views are handed around where Obsidian types expect a real View. */
export function asObsidianView(view: View): Obsidian.View { return view as unknown as Obsidian.View; }
