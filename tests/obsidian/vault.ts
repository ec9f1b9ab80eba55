/** The Vault: files in memory, reads and writes, process, rename, delete and their events. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { CLOCK_START, Callback, byteSize, fromArrayBuffer, toArrayBuffer } from "./dom-utils";
import { Platform, fileName, isHiddenPath, normalizePath, parentPath } from "./functions";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder, VaultObserver, movePath } from "./files";
import { MemoryAdapter } from "./adapter";

export class Vault extends Events implements Obsidian.Vault {
	readonly adapter: MemoryAdapter;
	configDir = ".obsidian";
	/** Test helper: the vault's name (its folder's), "Test vault" unless a test sets another. */
	name = "Test vault";
	private readonly root: TFolder;
	private readonly items = new Map<string, TAbstractFile>();
	private readonly texts = new Map<string, string>();
	private readonly observers: VaultObserver[] = [];
	private clock = CLOCK_START;
	private structure = 0;

	constructor(files: Record<string, string> = {}) {
		super();
		this.root = new TFolder(this, "/", null);
		this.items.set("/", this.root);
		this.adapter = new MemoryAdapter(this);
		this.seed(files);
	}

	/** Test helper: adds or replaces files without firing events (folders are created as needed). */
	seed(files: Record<string, string>): void {
		for (const [rawPath, text] of Object.entries(files)) {
			const path = normalizePath(rawPath);
			if (isHiddenPath(path)) this.adapter.seedHidden(path, text);
			else if (this.items.get(path) instanceof TFile) this.texts.set(path, text);
			else this.addFile(path, text, this.ensureFolder(parentPath(path), false), this.clock);
		}
	}

	/** Test helper: the current text of a file, synchronously. */
	contentOf(path: string): string {
		const text = this.texts.get(path);
		if (text === undefined) throw new Error(`obsidian-stub: no file at "${path}"`);
		return text;
	}

	/** Test helper: the clock that stamps ctime/mtime. */
	now(): number { return this.clock; }

	/** Used by MetadataCache to follow changes. */
	observe(observer: VaultObserver): void { this.observers.push(observer); }

	/** Stand-in only: changes whenever a file or folder is added, moved or removed (the metadata cache's link lookup is kept until then). */
	structureVersion(): number { return this.structure; }

	override on(name: "create" | "modify" | "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: string, callback: Callback, ctx?: unknown): Obsidian.EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obsidian.EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	getName(): string { return this.name; }
	getRoot(): TFolder { return this.root; }
	getAbstractFileByPath(path: string): TAbstractFile | null { return this.items.get(path) ?? null; }

	getFileByPath(path: string): TFile | null {
		const item = this.items.get(path);
		return item instanceof TFile ? item : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const item = this.items.get(path);
		return item instanceof TFolder ? item : null;
	}

	getAllLoadedFiles(): TAbstractFile[] { return [...this.items.values()]; }

	getAllFolders(includeRoot?: boolean): TFolder[] {
		return [...this.items.values()].filter((item): item is TFolder => item instanceof TFolder && (includeRoot === true || !item.isRoot()));
	}

	getFiles(): TFile[] { return [...this.items.values()].filter((item): item is TFile => item instanceof TFile); }
	getMarkdownFiles(): TFile[] { return this.getFiles().filter((file) => file.extension === "md"); }

	static recurseChildren(root: Obsidian.TFolder, cb: (file: Obsidian.TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	async read(file: Obsidian.TFile): Promise<string> { return this.contentOf(this.fileOf(file).path); }
	async cachedRead(file: Obsidian.TFile): Promise<string> { return this.read(file); }
	async readBinary(file: Obsidian.TFile): Promise<ArrayBuffer> { return toArrayBuffer(await this.read(file)); }

	getResourcePath(file: Obsidian.TFile): string {
		return `${Platform.resourcePathPrefix}${encodeURI(file.path)}?${file.stat.mtime}`;
	}

	/** Fails if the file exists or its folder does not (create folders first, as in Obsidian). */
	async create(path: string, data: string, options?: Obsidian.DataWriteOptions): Promise<TFile> {
		const target = this.freePath(path, "File already exists.");
		const now = this.tick();
		const file = this.addFile(target.path, data, target.parent, options?.ctime ?? now, options?.mtime ?? now);
		this.trigger("create", file);
		for (const observer of this.observers) observer.changed(file, data);
		return file;
	}

	async createBinary(path: string, data: ArrayBuffer, options?: Obsidian.DataWriteOptions): Promise<TFile> {
		return this.create(path, fromArrayBuffer(data), options);
	}

	/** Creates missing parent folders too; fails if the folder exists. */
	async createFolder(path: string): Promise<TFolder> {
		const normalized = normalizePath(path);
		if (this.items.has(normalized)) throw new Error("Folder already exists.");
		return this.ensureFolder(normalized, true);
	}

	async modify(file: Obsidian.TFile, data: string, options?: Obsidian.DataWriteOptions): Promise<void> {
		this.write(this.fileOf(file), data, options);
	}

	async modifyBinary(file: Obsidian.TFile, data: ArrayBuffer, options?: Obsidian.DataWriteOptions): Promise<void> {
		this.write(this.fileOf(file), fromArrayBuffer(data), options);
	}

	async append(file: Obsidian.TFile, data: string, options?: Obsidian.DataWriteOptions): Promise<void> {
		const target = this.fileOf(file);
		this.write(target, this.contentOf(target.path) + data, options);
	}

	async appendBinary(file: Obsidian.TFile, data: ArrayBuffer, options?: Obsidian.DataWriteOptions): Promise<void> {
		return this.append(file, fromArrayBuffer(data), options);
	}

	/** Atomic read-modify-write; writes (and fires events) only when the text changes. */
	async process(file: Obsidian.TFile, fn: (data: string) => string, options?: Obsidian.DataWriteOptions): Promise<string> {
		const target = this.fileOf(file);
		const current = this.contentOf(target.path);
		const next = fn(current);
		if (next !== current) this.write(target, next, options);
		return next;
	}

	async delete(file: Obsidian.TAbstractFile): Promise<void> { return this.discard(file); }
	async trash(file: Obsidian.TAbstractFile): Promise<void> { return this.discard(file); }

	/** Used by the adapter and FileManager.trashFile: deletes with `delete` events (deepest first). */
	async discard(file: Obsidian.TAbstractFile): Promise<void> { this.remove(this.itemOf(file)); }

	/** Moves the item (and a folder's contents); fires `rename` for each moved item. */
	async rename(file: Obsidian.TAbstractFile, newPath: string): Promise<void> {
		const item = this.itemOf(file);
		const target = this.freePath(newPath, "Destination file already exists!");
		if (`${target.path}/`.startsWith(`${item.path}/`)) throw new Error("Cannot move a folder into itself.");
		const moved = [item, ...this.descendants(item)].map((entry) => ({ entry, oldPath: entry.path, text: this.texts.get(entry.path) }));
		this.detach(item);
		for (const { oldPath } of moved) {
			this.items.delete(oldPath);
			this.structure++;
			this.texts.delete(oldPath);
		}
		for (const { entry, oldPath, text } of moved) {
			movePath(entry, target.path + oldPath.slice(item.path.length));
			this.items.set(entry.path, entry);
			if (text !== undefined) this.texts.set(entry.path, text);
		}
		item.parent = target.parent;
		target.parent.children.push(item);
		for (const { entry, oldPath } of moved) {
			this.trigger("rename", entry, oldPath);
			for (const observer of this.observers) observer.renamed(entry, oldPath);
		}
	}

	async copy<T extends Obsidian.TAbstractFile>(file: T, newPath: string): Promise<T> {
		const item = this.itemOf(file);
		if (item instanceof TFile) return (await this.create(newPath, this.contentOf(item.path))) as unknown as T; // same class as `file`
		const folder = await this.createFolder(newPath);
		for (const child of item instanceof TFolder ? [...item.children] : []) await this.copy(child, `${folder.path}/${child.name}`);
		return folder as unknown as T; // same class as `file`
	}

	private tick(): number {
		this.clock += 1000;
		return this.clock;
	}

	private itemOf(file: Obsidian.TAbstractFile): TAbstractFile {
		const item = this.items.get(file.path);
		if (!item) throw new Error(`File not found: ${file.path}`);
		return item;
	}

	private fileOf(file: Obsidian.TAbstractFile): TFile {
		const item = this.itemOf(file);
		if (!(item instanceof TFile)) throw new Error(`Not a file: ${file.path}`);
		return item;
	}

	private descendants(item: TAbstractFile): TAbstractFile[] {
		return item instanceof TFolder ? item.children.flatMap((child) => [child, ...this.descendants(child)]) : [];
	}

	/** A normalized path that is free, valid, and whose folder exists. */
	private freePath(path: string, existsMessage: string): { path: string; parent: TFolder } {
		const normalized = normalizePath(path);
		const name = fileName(normalized);
		if (normalized === "/" || /[\\:*?"<>|]/.test(name)) throw new Error(`File name cannot contain any of the following characters: * " \\ / < > : | ? (got "${normalized}")`);
		if (this.items.has(normalized)) throw new Error(existsMessage);
		const parent = this.items.get(parentPath(normalized));
		if (!(parent instanceof TFolder)) throw new Error(`Folder does not exist: ${parentPath(normalized)}`);
		return { path: normalized, parent };
	}

	private ensureFolder(path: string, emit: boolean): TFolder {
		const existing = this.items.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`"${path}" is a file, not a folder`);
		const parent = this.ensureFolder(parentPath(path), emit);
		const folder = new TFolder(this, path, parent);
		parent.children.push(folder);
		this.items.set(path, folder);
		this.structure++;
		if (emit) this.trigger("create", folder);
		return folder;
	}

	private addFile(path: string, text: string, parent: TFolder, ctime: number, mtime = ctime): TFile {
		const file = new TFile(this, path, parent, { ctime, mtime, size: byteSize(text) });
		parent.children.push(file);
		this.items.set(path, file);
		this.structure++;
		this.texts.set(path, text);
		return file;
	}

	private write(file: TFile, data: string, options?: Obsidian.DataWriteOptions): void {
		this.texts.set(file.path, data);
		file.stat = { ctime: options?.ctime ?? file.stat.ctime, mtime: options?.mtime ?? this.tick(), size: byteSize(data) };
		this.trigger("modify", file);
		for (const observer of this.observers) observer.changed(file, data);
	}

	private detach(item: TAbstractFile): void {
		const siblings = item.parent?.children;
		const index = siblings?.indexOf(item) ?? -1;
		if (index !== -1) siblings?.splice(index, 1);
	}

	private remove(item: TAbstractFile): void {
		if (item === this.root) throw new Error("Cannot delete the vault root.");
		for (const child of item instanceof TFolder ? [...item.children] : []) this.remove(child);
		this.detach(item);
		this.items.delete(item.path);
		this.structure++;
		const text = this.texts.get(item.path) ?? "";
		this.texts.delete(item.path);
		this.trigger("delete", item);
		if (item instanceof TFile) for (const observer of this.observers) observer.deleted(item, text);
	}
}
