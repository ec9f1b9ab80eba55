/** The MetadataCache: file caches, resolved links, getFirstLinkpathDest, and its events. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Callback } from "./dom-utils";
import { getLinkpath, parentPath, parseLinktext } from "./functions";
import { computeMetadata } from "./markdown-metadata";
import { Events } from "./events";
import { TFile } from "./files";
import { Vault } from "./vault";

/**
 * Caches are computed from the text (see computeMetadata) and kept until the text changes, so the
 * same object comes back for an unchanged note. After every write: vault `modify`/`create`, then
 * `changed` (file, data, cache), then `resolve` (file). `resolved` fires only via triggerResolved().
 */
export class MetadataCache extends Events implements Obsidian.MetadataCache {
	private readonly parsed = new Map<string, { text: string; cache: Obsidian.CachedMetadata }>();
	private linkIndex: { resolved: Record<string, Record<string, number>>; unresolved: Record<string, Record<string, number>> } | null = null;

	constructor(private readonly vault: Vault) {
		super();
		vault.observe({
			changed: (file, data) => {
				this.linkIndex = null;
				const cache = this.getFileCache(file);
				if (cache) this.trigger("changed", file, data, cache);
				this.trigger("resolve", file);
			},
			renamed: (item, oldPath) => {
				this.linkIndex = null;
				const entry = this.parsed.get(oldPath);
				this.parsed.delete(oldPath);
				if (entry) this.parsed.set(item.path, entry);
			},
			deleted: (file, data) => {
				this.linkIndex = null;
				this.parsed.delete(file.path);
				this.trigger("deleted", file, file.extension === "md" ? computeMetadata(data) : null);
			},
		});
	}

	/** Test helper: fires `resolved`, as Obsidian does once indexing settles. */
	triggerResolved(): void { this.trigger("resolved"); }

	override on(name: "changed", callback: (file: TFile, data: string, cache: Obsidian.CachedMetadata) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: "deleted", callback: (file: TFile, prevCache: Obsidian.CachedMetadata | null) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: "resolved", callback: () => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: string, callback: Callback, ctx?: unknown): Obsidian.EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obsidian.EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	getFileCache(file: Obsidian.TFile): Obsidian.CachedMetadata | null { return this.getCache(file.path); }

	getCache(path: string): Obsidian.CachedMetadata | null {
		const file = this.vault.getFileByPath(path);
		if (!file || file.extension !== "md") return null;
		const text = this.vault.contentOf(path);
		let entry = this.parsed.get(path);
		if (entry?.text !== text) {
			entry = { text, cache: computeMetadata(text) };
			this.parsed.set(path, entry);
		}
		return entry.cache;
	}

	/** Exact path (with or without `.md`, relative paths allowed), then by name; on ties the shortest path wins. Case-insensitive. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		let target = parseLinktext(linkpath).path;
		if (target === "") return this.vault.getFileByPath(sourcePath);
		if (target.startsWith("./") || target.startsWith("../")) target = resolveRelative(parentPath(sourcePath), target);
		target = target.replace(/^\/+/, "").toLowerCase();
		const files = this.vault.getFiles();
		const exact = files.find((file) => file.path.toLowerCase() === target) ?? files.find((file) => file.path.toLowerCase() === `${target}.md`);
		if (exact) return exact;
		const candidates = files.filter((file) => {
			const path = file.path.toLowerCase();
			const bare = file.extension === "md" ? path.slice(0, -3) : path;
			return bare.endsWith(`/${target}`) || path.endsWith(`/${target}`);
		});
		candidates.sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
		return candidates[0] ?? null;
	}

	/** The shortest text that links to `file`: its name when unique in the vault, else its full path. */
	fileToLinktext(file: Obsidian.TFile, sourcePath: string, omitMdExtension = true): string {
		const omit = omitMdExtension && file.extension === "md";
		const name = omit ? file.basename : file.name;
		const sameName = this.vault.getFiles().filter((other) => (omit && other.extension === "md" ? other.basename : other.name).toLowerCase() === name.toLowerCase());
		if (sameName.length <= 1) return name;
		return omit ? file.path.slice(0, -3) : file.path;
	}

	get resolvedLinks(): Record<string, Record<string, number>> { return this.links().resolved; }
	get unresolvedLinks(): Record<string, Record<string, number>> { return this.links().unresolved; }

	private links(): NonNullable<MetadataCache["linkIndex"]> {
		if (this.linkIndex) return this.linkIndex;
		const index: NonNullable<MetadataCache["linkIndex"]> = { resolved: {}, unresolved: {} };
		for (const file of this.vault.getMarkdownFiles()) {
			const resolved: Record<string, number> = (index.resolved[file.path] = {});
			const unresolved: Record<string, number> = (index.unresolved[file.path] = {});
			const cache = this.getFileCache(file);
			for (const ref of [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])]) {
				const linkpath = getLinkpath(ref.link);
				const dest = this.getFirstLinkpathDest(linkpath, file.path);
				if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
				else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
			}
		}
		this.linkIndex = index;
		return index;
	}
}

function resolveRelative(folder: string, relative: string): string {
	const parts = folder === "/" ? [] : folder.split("/");
	for (const segment of relative.split("/")) {
		if (segment === "..") parts.pop();
		else if (segment !== "." && segment !== "") parts.push(segment);
	}
	return parts.join("/");
}
