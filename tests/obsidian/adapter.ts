/** The DataAdapter: dot paths (the configuration folder) kept apart from the vault's notes. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { byteSize, fromArrayBuffer, toArrayBuffer } from "./dom-utils";
import { Platform, isHiddenPath, parentPath } from "./functions";
import { TFile, TFolder } from "./files";
import { Vault } from "./vault";

/** Minimal in-memory DataAdapter: vault paths go through the Vault (firing its events); dot paths stay here. */
export class MemoryAdapter implements Obsidian.DataAdapter {
	private readonly hidden = new Map<string, string>();
	private readonly hiddenFolders = new Set<string>();

	constructor(private readonly vault: Vault) {}

	/** Test helper: stores a hidden file (e.g. `.obsidian/daily-notes.json`) without events. */
	seedHidden(path: string, text: string): void { this.hidden.set(path, text); }
	getName(): string { return this.vault.getName(); }

	async exists(normalizedPath: string): Promise<boolean> {
		return this.vault.getAbstractFileByPath(normalizedPath) !== null || this.hidden.has(normalizedPath) || this.allHiddenFolders().has(normalizedPath);
	}

	async stat(normalizedPath: string): Promise<Obsidian.Stat | null> {
		const item = this.vault.getAbstractFileByPath(normalizedPath);
		if (item instanceof TFile) return { type: "file", ...item.stat };
		if (item || this.allHiddenFolders().has(normalizedPath)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		const text = this.hidden.get(normalizedPath);
		return text === undefined ? null : { type: "file", ctime: 0, mtime: 0, size: byteSize(text) };
	}

	async list(normalizedPath: string): Promise<Obsidian.ListedFiles> {
		const prefix = normalizedPath === "/" || normalizedPath === "" ? "" : `${normalizedPath}/`;
		const direct = (path: string): boolean => path.startsWith(prefix) && path !== prefix && !path.slice(prefix.length).includes("/");
		const entries = this.vault.getAllLoadedFiles().filter((item) => !(item instanceof TFolder && item.isRoot()));
		return {
			files: [...entries.filter((item) => item instanceof TFile).map((item) => item.path), ...this.hidden.keys()].filter(direct),
			folders: [...entries.filter((item) => item instanceof TFolder).map((item) => item.path), ...this.allHiddenFolders()].filter(direct),
		};
	}

	async read(normalizedPath: string): Promise<string> {
		if (this.vault.getFileByPath(normalizedPath)) return this.vault.contentOf(normalizedPath);
		const text = this.hidden.get(normalizedPath);
		if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${normalizedPath}'`);
		return text;
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> { return toArrayBuffer(await this.read(normalizedPath)); }

	async write(normalizedPath: string, data: string): Promise<void> {
		if (isHiddenPath(normalizedPath)) {
			this.hidden.set(normalizedPath, data);
			return;
		}
		const file = this.vault.getFileByPath(normalizedPath);
		if (file) return this.vault.modify(file, data);
		await this.mkdir(parentPath(normalizedPath));
		await this.vault.create(normalizedPath, data);
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer): Promise<void> { return this.write(normalizedPath, fromArrayBuffer(data)); }

	async append(normalizedPath: string, data: string): Promise<void> {
		const current = (await this.exists(normalizedPath)) ? await this.read(normalizedPath) : "";
		return this.write(normalizedPath, current + data);
	}

	async appendBinary(normalizedPath: string, data: ArrayBuffer): Promise<void> { return this.append(normalizedPath, fromArrayBuffer(data)); }

	async process(normalizedPath: string, fn: (data: string) => string): Promise<string> {
		const next = fn(await this.read(normalizedPath));
		await this.write(normalizedPath, next);
		return next;
	}

	getResourcePath(normalizedPath: string): string {
		return `${Platform.resourcePathPrefix}${encodeURI(normalizedPath)}`;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		if (isHiddenPath(normalizedPath)) this.hiddenFolders.add(normalizedPath);
		else if (!(await this.exists(normalizedPath))) await this.vault.createFolder(normalizedPath);
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.remove(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> { return this.remove(normalizedPath); }
	async rmdir(normalizedPath: string): Promise<void> { return this.remove(normalizedPath); }

	async remove(normalizedPath: string): Promise<void> {
		const item = this.vault.getAbstractFileByPath(normalizedPath);
		if (item) return this.vault.discard(item);
		for (const path of [...this.hidden.keys()]) if (path === normalizedPath || path.startsWith(`${normalizedPath}/`)) this.hidden.delete(path);
		for (const path of [...this.hiddenFolders]) if (path === normalizedPath || path.startsWith(`${normalizedPath}/`)) this.hiddenFolders.delete(path);
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const item = this.vault.getAbstractFileByPath(normalizedPath);
		if (item) return this.vault.rename(item, normalizedNewPath);
		await this.copy(normalizedPath, normalizedNewPath);
		await this.remove(normalizedPath);
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		await this.write(normalizedNewPath, await this.read(normalizedPath));
	}

	private allHiddenFolders(): Set<string> {
		const folders = new Set(this.hiddenFolders);
		for (const path of this.hidden.keys()) for (let folder = parentPath(path); folder !== "/"; folder = parentPath(folder)) folders.add(folder);
		return folders;
	}
}
