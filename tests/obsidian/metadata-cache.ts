/** The MetadataCache: file caches, resolved links, getFirstLinkpathDest, and its events. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Callback } from "./dom-utils";
import { getLinkpath, parentPath, parseLinktext } from "./functions";
import { computeMetadata } from "./markdown-metadata";
import { Events } from "./events";
import { TFile } from "./files";
import { Vault } from "./vault";

/** How the stand-in's cache starts, and how fast it parses: see MetadataCache. */
export interface CacheOptions {
	/**
	 * `cold` (default): nothing is parsed when the app starts, as on a first start or after the
	 * cache was cleared; `warm`: every note is parsed already, as when the app's own cache is
	 * up to date (it still fires `resolved` once, soon after start).
	 */
	start?: "cold" | "warm";
	/** When a cold cache begins parsing: once the layout is ready (default), at once, or when a test calls startParsing(). */
	begin?: "layout-ready" | "now" | "manual";
	/** Notes parsed per turn of the event loop (default 25). */
	batch?: number;
}

/**
 * As in the app, the cache fills asynchronously and never within the call that caused it:
 * - `getFileCache` is null for a note the cache has not parsed yet; after a write it still
 *   answers the note's previous cache until the note is parsed again;
 * - notes are parsed a batch per turn of the event loop; each parse fires `changed` (file,
 *   data, cache), then `resolve` (file); when nothing is left to parse, `resolved` fires;
 * - a cold cache parses every note after start-up (see CacheOptions), a write queues the note;
 * - `deleted` fires a turn after the vault's `delete`.
 * The same cache object comes back for a note until it is parsed again.
 */
export class MetadataCache extends Events implements Obsidian.MetadataCache {
	private readonly parsed = new Map<string, { text: string; cache: Obsidian.CachedMetadata }>();
	private readonly queue = new Set<string>();
	private timer: ReturnType<typeof setTimeout> | null = null;
	private readonly batch: number;
	private readonly begin: CacheOptions["begin"];
	private lookup: { version: number; byPath: Map<string, TFile>; byName: Map<string, TFile[]> } | null = null;
	private linkIndex: { resolved: Record<string, Record<string, number>>; unresolved: Record<string, Record<string, number>> } | null = null;

	constructor(
		private readonly vault: Vault,
		options: CacheOptions = {},
	) {
		super();
		this.batch = Math.max(1, options.batch ?? 25);
		this.begin = options.begin;
		vault.observe({
			changed: (file) => {
				this.linkIndex = null;
				this.queueParse(file.path);
			},
			renamed: (item, oldPath) => {
				this.linkIndex = null;
				const entry = this.parsed.get(oldPath);
				this.parsed.delete(oldPath);
				if (entry) this.parsed.set(item.path, entry);
				if (this.queue.delete(oldPath)) this.queueParse(item.path);
			},
			deleted: (file, data) => {
				this.linkIndex = null;
				const previous = this.parsed.get(file.path)?.cache ?? (file.extension === "md" ? computeMetadata(data) : null);
				this.parsed.delete(file.path);
				this.queue.delete(file.path);
				setTimeout(() => this.trigger("deleted", file, previous), 0);
			},
		});
		if (options.start === "warm") {
			for (const file of this.markdownFiles()) this.parseNow(file);
			setTimeout(() => this.trigger("resolved"), 0);
		} else if (options.begin === "now") {
			this.queueAll();
		}
	}

	/** Test helper: a cold cache starts parsing (the workspace calls it once the layout is ready, unless `begin` is manual). */
	startParsing(from: "layout-ready" | "test" = "test"): void {
		if (from === "layout-ready" && this.begin === "manual") return;
		if (this.parsed.size === 0 && this.queue.size === 0) this.queueAll();
	}

	/** Test helper: the cache reads a note again without firing anything, as if its event went astray. */
	parseSilently(path: string): void {
		const file = this.vault.getFileByPath(path);
		if (file) this.parseNow(file);
	}

	/** Test helper: resolves once nothing is left to parse (and `resolved` has fired). */
	async settled(): Promise<void> {
		while (this.queue.size > 0 || this.timer !== null) await new Promise((resolve) => setTimeout(resolve, 1));
	}

	/** Test helper: fires `resolved`, as Obsidian does once indexing settles. */
	triggerResolved(): void { this.trigger("resolved"); }

	private queueAll(): void {
		for (const file of this.markdownFiles()) this.queueParse(file.path);
	}

	/** Read without getMarkdownFiles, which tests spy on to count the plugin's own calls. */
	private markdownFiles(): TFile[] {
		return this.vault.getFiles().filter((file) => file.extension === "md");
	}

	private queueParse(path: string): void {
		if (!/\.md$/i.test(path)) return;
		this.queue.add(path);
		this.timer ??= setTimeout(() => this.pump(), 0);
	}

	private pump(): void {
		this.timer = null;
		let done = 0;
		for (const path of [...this.queue]) {
			if (done >= this.batch) break;
			this.queue.delete(path);
			const file = this.vault.getFileByPath(path);
			if (!file) continue;
			const cache = this.parseNow(file);
			done++;
			this.trigger("changed", file, this.vault.contentOf(path), cache);
			this.trigger("resolve", file);
		}
		if (this.queue.size > 0) this.timer = setTimeout(() => this.pump(), 0);
		else this.trigger("resolved");
	}

	private parseNow(file: TFile): Obsidian.CachedMetadata {
		const text = this.vault.contentOf(file.path);
		const entry = { text, cache: computeMetadata(text) };
		this.parsed.set(file.path, entry);
		return entry.cache;
	}

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
		return this.parsed.get(path)?.cache ?? null;
	}

	/** Exact path (with or without `.md`, relative paths allowed), then by the end of a path; on ties the shortest path wins, then code-unit order. Case-insensitive; aliases are never targets. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		let target = parseLinktext(linkpath).path;
		if (target === "") return this.vault.getFileByPath(sourcePath);
		if (target.startsWith("./") || target.startsWith("../")) target = resolveRelative(parentPath(sourcePath), target);
		target = target.replace(/^\/+/, "").toLowerCase();
		const lookup = this.fileLookup();
		const exact = lookup.byPath.get(target) ?? lookup.byPath.get(`${target}.md`);
		if (exact) return exact;
		// As the app's lookup by file name: only files whose name is the link's last part can end with it.
		const name = target.slice(target.lastIndexOf("/") + 1);
		const candidates = [...(lookup.byName.get(name) ?? []), ...(lookup.byName.get(`${name}.md`) ?? [])].filter((file) => {
			const path = file.path.toLowerCase();
			const bare = file.extension === "md" ? path.slice(0, -3) : path;
			return bare.endsWith(`/${target}`) || path.endsWith(`/${target}`);
		});
		candidates.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		return candidates[0] ?? null;
	}

	/** Files by lower-case path and by lower-case name, rebuilt when the vault's files change (the app keeps such a lookup too). */
	private fileLookup(): { byPath: Map<string, TFile>; byName: Map<string, TFile[]> } {
		const version = this.vault.structureVersion();
		if (this.lookup?.version === version) return this.lookup;
		const byPath = new Map<string, TFile>();
		const byName = new Map<string, TFile[]>();
		for (const file of this.vault.getFiles()) {
			const path = file.path.toLowerCase();
			if (!byPath.has(path)) byPath.set(path, file);
			const name = path.slice(path.lastIndexOf("/") + 1);
			const named = byName.get(name);
			if (named === undefined) byName.set(name, [file]);
			else named.push(file);
		}
		this.lookup = { version, byPath, byName };
		return this.lookup;
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
