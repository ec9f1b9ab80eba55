/** The Workspace: leaves, the active file, openLinkText, layout-ready. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Callback, Has } from "./dom-utils";
import { normalizePath, parseLinktext } from "./functions";
import { Events } from "./events";
import { TAbstractFile, TFile } from "./files";
import { EmptyView, FileView, LeafSide, MarkdownView, WorkspaceLeaf, asObsidianView } from "./views";
import { Menu } from "./notices-and-menus";
import { App } from "./app-and-plugin";
import { asObsidian } from "./test-helpers";

export class Workspace extends Events
	implements
		Pick<Obsidian.Workspace, "layoutReady" | "onLayoutReady" | "getActiveFile" | "getActiveViewOfType" | "detachLeavesOfType" | "openLinkText" | "getLastOpenFiles">,
		Has<
			Obsidian.Workspace,
			"activeLeaf" | "getLeaf" | "getLeftLeaf" | "getRightLeaf" | "ensureSideLeaf" | "getLeavesOfType" | "revealLeaf" | "setActiveLeaf" | "getMostRecentLeaf" | "iterateAllLeaves" | "iterateRootLeaves"
		>
{
	layoutReady = false;
	private current: WorkspaceLeaf | null = null;
	private readonly leaves: WorkspaceLeaf[] = [];
	private readonly layoutCallbacks: (() => unknown)[] = [];
	private readonly lastOpenFiles: string[] = [];
	private activeFile: TFile | null = null;
	private recentMainLeaf: WorkspaceLeaf | null = null;

	constructor(private readonly app: App) {
		super();
		// As in Obsidian, deleting the open note empties its tab.
		app.vault.on("delete", (file) => {
			if (file !== this.activeFile) return;
			this.activeFile = null;
			this.trigger("file-open", null);
		});
	}

	/** Test helper: marks the layout ready and runs queued onLayoutReady callbacks (awaiting any promises they return). */
	async triggerLayoutReady(): Promise<void> {
		this.layoutReady = true;
		// A cold metadata cache begins parsing now, a turn later: layout-ready callbacks see it empty.
		this.app.metadataCache.startParsing("layout-ready");
		await Promise.all(this.layoutCallbacks.splice(0).map((callback) => callback()));
	}

	/** Test helper: opens `file` in the main leaf and makes it active (`file-open`, `active-leaf-change`). `null` closes it. */
	async setActiveFile(file: Obsidian.TFile | string | null): Promise<WorkspaceLeaf | null> {
		if (file === null) {
			this.current = null;
			this.activeFile = null;
			this.trigger("active-leaf-change", null);
			this.trigger("file-open", null);
			return null;
		}
		const target = typeof file === "string" ? this.app.vault.getFileByPath(file) : file;
		if (!target) throw new Error(`obsidian-stub: no file at "${typeof file === "string" ? file : file.path}"`);
		const leaf = this.getLeaf(false);
		await leaf.openFile(target);
		return leaf;
	}

	/** Test helper: opens a view of `type` in a new leaf (right sidebar by default); the view's onOpen has run when this resolves. */
	async openView(type: string, options: { side?: LeafSide; active?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
		const leaf = this.createLeaf(options.side ?? "right");
		await leaf.setViewState({ type, active: options.active ?? false, state: options.state });
		return leaf;
	}

	get activeLeaf(): WorkspaceLeaf | null { return this.current; }

	/** Test helper: the active leaf, without the deprecation warning of `activeLeaf`. */
	getActiveLeaf(): WorkspaceLeaf | null { return this.current; }

	/** Test helper: every open leaf. */
	allLeaves(): WorkspaceLeaf[] { return [...this.leaves]; }

	override on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: "layout-change" | "resize" | "css-change", callback: () => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: "file-menu", callback: (menu: Menu, file: TAbstractFile, source: string, leaf?: WorkspaceLeaf) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: string, callback: Callback, ctx?: unknown): Obsidian.EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obsidian.EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	/** Queued until triggerLayoutReady(); immediate afterwards. */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) void callback();
		else this.layoutCallbacks.push(callback);
	}

	getLeaf(newLeaf?: Obsidian.PaneType | boolean): WorkspaceLeaf {
		if (!newLeaf) {
			const current = this.current?.side === "main" && !this.current.pinned ? this.current : this.recentMainLeaf;
			if (current && !current.detached && !current.pinned) return current;
		}
		return this.createLeaf("main");
	}

	getLeftLeaf(): WorkspaceLeaf { return this.createLeaf("left"); }
	getRightLeaf(): WorkspaceLeaf { return this.createLeaf("right"); }

	async ensureSideLeaf(type: string, side: Obsidian.Side, options: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
		let leaf = this.getLeavesOfType(type)[0];
		if (!leaf) {
			leaf = this.createLeaf(side);
			await leaf.setViewState({ type, active: options.active, state: options.state });
		}
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] { return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType); }
	detachLeavesOfType(viewType: string): void { for (const leaf of this.getLeavesOfType(viewType)) leaf.detach(); }
	/** As in the app since 1.7.2: revealing a deferred leaf loads its view. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		leaf.revealed = true;
		await leaf.loadIfDeferred();
	}

	/** Test helper: a leaf restored from the saved layout, deferred (a placeholder view) until revealed or loaded. */
	restoreDeferredLeaf(type: string, side: LeafSide = "right"): WorkspaceLeaf {
		const leaf = this.createLeaf(side);
		leaf.deferView({ type });
		return leaf;
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		if (leaf.side === "main") this.recentMainLeaf = leaf;
		if (this.current !== leaf) {
			this.current = leaf;
			this.trigger("active-leaf-change", leaf);
		}
		this.syncActiveFile();
	}

	getMostRecentLeaf(): WorkspaceLeaf | null { return this.recentMainLeaf; }
	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void { for (const leaf of [...this.leaves]) callback(leaf); }

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((candidate) => candidate.side === "main")) callback(leaf);
	}

	getActiveFile(): TFile | null { return this.activeFile; }

	getActiveViewOfType<T extends Obsidian.View>(type: Obsidian.Constructor<T>): T | null {
		const view = this.current?.view;
		return view instanceof type ? view : null;
	}

	/** Opens the link target; like clicking an unresolved link, a missing note is created first. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: Obsidian.PaneType | boolean, openViewState?: Obsidian.OpenViewState): Promise<void> {
		const { path } = parseLinktext(linktext);
		const file =
			this.app.metadataCache.getFirstLinkpathDest(path, sourcePath) ?? (await this.app.vault.create(normalizePath(/\.md$/i.test(path) ? path : `${path}.md`), ""));
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	getLastOpenFiles(): string[] { return [...this.lastOpenFiles]; }

	/** Used by leaves. */
	createView(type: string, leaf: WorkspaceLeaf): Obsidian.View {
		if (type === "markdown") return asObsidianView(new MarkdownView(leaf));
		if (type === "empty") return asObsidianView(new EmptyView(leaf));
		const creator = this.app.viewRegistry.get(type);
		if (!creator) throw new Error(`obsidian-stub: no view registered for type "${type}"`);
		return creator(asObsidian(leaf));
	}

	/** Used by leaves. */
	fileOpened(file: Obsidian.TFile): void {
		this.lastOpenFiles.splice(0, this.lastOpenFiles.length, file.path, ...this.lastOpenFiles.filter((path) => path !== file.path));
	}

	/** Used by leaves: `file-open` fires when the active leaf shows a different file. */
	syncActiveFile(): void {
		const view = this.current?.view;
		const file = view instanceof FileView ? view.file : null;
		if (file && file !== this.activeFile) {
			this.activeFile = file;
			this.trigger("file-open", file);
		}
	}

	/** Used by leaves. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		const index = this.leaves.indexOf(leaf);
		if (index !== -1) this.leaves.splice(index, 1);
		if (this.recentMainLeaf === leaf) this.recentMainLeaf = null;
		if (this.current === leaf) {
			this.current = null;
			this.trigger("active-leaf-change", null);
		}
	}

	private createLeaf(side: LeafSide): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		return leaf;
	}
}
