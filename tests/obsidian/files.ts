/** TAbstractFile, TFile and TFolder. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { fileName, splitName } from "./functions";

export class TAbstractFile implements Obsidian.TAbstractFile {
	vault: Obsidian.Vault;
	path: string;
	name: string;
	parent: TFolder | null;

	constructor(vault: Obsidian.Vault, path: string, parent: TFolder | null) {
		this.vault = vault;
		this.path = path;
		this.name = path === "/" ? "" : fileName(path);
		this.parent = parent;
	}
}

export class TFile extends TAbstractFile implements Obsidian.TFile {
	stat: Obsidian.FileStats;
	basename: string;
	extension: string;

	constructor(vault: Obsidian.Vault, path: string, parent: TFolder | null, stat: Obsidian.FileStats) {
		super(vault, path, parent);
		this.stat = stat;
		[this.basename, this.extension] = splitName(this.name);
	}
}

export class TFolder extends TAbstractFile implements Obsidian.TFolder {
	children: TAbstractFile[] = [];

	isRoot(): boolean { return this.path === "/"; }
}

export function movePath(item: TAbstractFile, path: string): void {
	item.path = path;
	item.name = fileName(path);
	if (item instanceof TFile) [item.basename, item.extension] = splitName(item.name);
}

/** How MetadataCache follows the vault: told after the vault's own events have fired. */
export interface VaultObserver {
	changed(file: TFile, data: string): void;
	renamed(item: TAbstractFile, oldPath: string): void;
	deleted(file: TFile, data: string): void;
}

/**
 * An in-memory vault. Paths are looked up exactly (normalize them, as in Obsidian); paths with a
 * dot segment (`.obsidian/…`) live only in the adapter, like Obsidian's hidden config files.
 * Every write advances a deterministic clock by one second, so `stat.mtime` always increases.
 */
