/**
 * A typed, in-memory stand-in for the `obsidian` module. vitest aliases "obsidian" to this file
 * (vitest.config.ts), so plugin code runs against it unchanged while `tsc` still checks that code
 * against the real typings in node_modules/obsidian.
 *
 * - The data layer (Events, Component, TFile/TFolder, Vault and its adapter, MetadataCache,
 *   FileManager) implements the real interfaces in full.
 * - Workspace and UI classes implement the part of the API a plugin may use:
 *   `Pick<Obsidian.X, …>` checks names and types against the real API, `Has<Obsidian.X, …>`
 *   names only, where the real types reach into parts of Obsidian the stub does not model
 *   (leaf parents, splits, the full App) or return `this`.
 * - Members marked "Test helper" are not part of Obsidian. Tests import them from this file
 *   (`import { App, loadPlugin } from "../obsidian-stub"`), while plugin-side classes written in
 *   tests extend the classes imported from "obsidian", as in src/.
 * - Views, modals, settings, menus and code blocks need a DOM: start such test files with
 *   `// @vitest-environment happy-dom` (tests/setup.ts then installs Obsidian's DOM helpers,
 *   which the stub uses too).
 */
import type * as Obsidian from "obsidian";
import momentLib from "moment";
import { Document as YamlDocument, isMap, isScalar, isSeq, parse as parseYamlText, parseDocument, stringify as stringifyYamlText, type YAMLMap } from "yaml";
import projectManifest from "../manifest.json";

/** Names (not types) shared with the real API. */
type Has<T, K extends keyof T> = { [P in K]: unknown };
type Callback = (...data: unknown[]) => unknown;

const YAML_OPTIONS = { schema: "core" } as const;
const CLOCK_START = Date.UTC(2026, 0, 1, 9, 0, 0);
const DEFAULT_MANIFEST: Obsidian.PluginManifest = { ...projectManifest };

// ---------------------------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------------------------

function doc(): Document {
	if (typeof document === "undefined") {
		throw new Error("obsidian-stub: this needs a DOM. Start the test file with `// @vitest-environment happy-dom`.");
	}
	return document;
}

/** Creates an element with the global createEl that tests/setup.ts installs whenever there is a DOM. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
	doc();
	return createEl(tag, { cls, parent });
}

function textOf(content: string | DocumentFragment): string { return typeof content === "string" ? content : (content.textContent ?? ""); }

function setContent(target: HTMLElement, content: string | DocumentFragment): void { target.replaceChildren(content); }

function isRecord(value: unknown): value is Record<string, unknown> { return value !== null && typeof value === "object" && !Array.isArray(value); }

function sameData(a: unknown, b: unknown): boolean { return JSON.stringify(a) === JSON.stringify(b); }

function byteSize(text: string): number { return new TextEncoder().encode(text).byteLength; }

function toArrayBuffer(text: string): ArrayBuffer {
	const bytes = new TextEncoder().encode(text);
	const out = new ArrayBuffer(bytes.byteLength);
	new Uint8Array(out).set(bytes);
	return out;
}

function fromArrayBuffer(data: ArrayBuffer): string { return new TextDecoder().decode(data); }

function clickEvent(): MouseEvent {
	doc();
	return new MouseEvent("click");
}

/** Test helper: lets pending promise callbacks and zero-delay timers run (not with fake timers). */
export function flush(): Promise<void> { return new Promise((resolve) => setTimeout(resolve, 0)); }

// ---------------------------------------------------------------------------------------------
// Paths and standalone functions
// ---------------------------------------------------------------------------------------------

/** Obsidian's own rules: collapse slashes, trim leading/trailing ones, NBSP to space, NFC. */
export const normalizePath: typeof Obsidian.normalizePath = (path) => {
	const tidy = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	return (tidy === "" ? "/" : tidy).replace(/\u00A0|\u202F/g, " ").normalize("NFC");
};

function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash <= 0 ? "/" : path.slice(0, slash);
}

function fileName(path: string): string { return path.slice(path.lastIndexOf("/") + 1); }

function splitName(name: string): [basename: string, extension: string] {
	const dot = name.lastIndexOf(".");
	return dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ""];
}

function isHiddenPath(path: string): boolean { return path.split("/").some((segment) => segment.startsWith(".")); }

export const parseLinktext: typeof Obsidian.parseLinktext = (linktext) => {
	const hash = linktext.indexOf("#");
	return hash === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
};

export const getLinkpath: typeof Obsidian.getLinkpath = (linktext) => parseLinktext(linktext).path;

export const getLanguage: typeof Obsidian.getLanguage = () => "en";

export const apiVersion = "1.13.1";

export const requireApiVersion: typeof Obsidian.requireApiVersion = () => true;

export const moment: typeof Obsidian.moment = momentLib;

export const Platform: typeof Obsidian.Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://stub/",
};

/** Marks the element instead of drawing an SVG: `data-icon` holds the icon id. */
export const setIcon: typeof Obsidian.setIcon = (parent, iconId) => {
	parent.setAttribute("data-icon", iconId);
	parent.classList.add("stub-icon");
};

export const setTooltip: typeof Obsidian.setTooltip = (target, tooltip) => {
	target.setAttribute("aria-label", tooltip);
};

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Obsidian.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: [...T] | undefined;
	const stop = (): void => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
	};
	const run = (): V | void => {
		stop();
		if (!pending) return;
		const args = pending;
		pending = undefined;
		return cb(...args);
	};
	const debounced: Obsidian.Debouncer<T, V> = Object.assign(
		(...args: [...T]) => {
			pending = args;
			if (resetTimer) stop();
			timer ??= setTimeout(run, timeout);
			return debounced;
		},
		{
			cancel: () => {
				stop();
				pending = undefined;
				return debounced;
			},
			run,
		},
	);
	return debounced;
}

/** Characters of the query in order (spaces ignored); closer and earlier matches score higher. */
export const prepareFuzzySearch: typeof Obsidian.prepareFuzzySearch = (query) => {
	const wanted = query.toLowerCase().replace(/\s+/g, "");
	return (text) => {
		const haystack = text.toLowerCase();
		const matches: Obsidian.SearchMatchPart[] = [];
		let score = 0;
		let last = -1;
		for (const ch of wanted) {
			const at = haystack.indexOf(ch, last + 1);
			if (at === -1) return null;
			const previous = matches[matches.length - 1];
			if (previous && at === last + 1) previous[1] = at + 1;
			else matches.push([at, at + 1]);
			score -= last === -1 ? at * 0.1 : at - last - 1;
			last = at;
		}
		return { score: score - haystack.length * 0.001, matches };
	};
};

export const parseYaml: typeof Obsidian.parseYaml = (yaml) => {
	const value: unknown = parseYamlText(yaml, YAML_OPTIONS);
	return value;
};

export const stringifyYaml: typeof Obsidian.stringifyYaml = (obj) => stringifyYamlText(obj, { lineWidth: 0 });

// ---------------------------------------------------------------------------------------------
// Frontmatter helpers
// ---------------------------------------------------------------------------------------------

function frontmatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
	if (!isRecord(frontmatter)) return null;
	if (typeof key === "string") return frontmatter[key] ?? null;
	for (const [name, value] of Object.entries(frontmatter)) if (key.test(name)) return value ?? null;
	return null;
}

function stringList(value: unknown, separator: RegExp): string[] | null {
	if (value === null || value === undefined) return null;
	const items = Array.isArray(value) ? (value as unknown[]) : typeof value === "string" ? value.split(separator) : [value];
	return items
		.map((item) => (typeof item === "string" ? item : typeof item === "number" ? String(item) : ""))
		.map((item) => item.trim())
		.filter((item) => item !== "");
}

export const parseFrontMatterEntry: typeof Obsidian.parseFrontMatterEntry = (frontmatter, key) => frontmatterEntry(frontmatter, key);

export const parseFrontMatterStringArray: typeof Obsidian.parseFrontMatterStringArray = (frontmatter, key) =>
	stringList(frontmatterEntry(frontmatter, key), /,/);

export const parseFrontMatterAliases: typeof Obsidian.parseFrontMatterAliases = (frontmatter) =>
	stringList(frontmatterEntry(frontmatter, /^alias(es)?$/i), /,/);

export const parseFrontMatterTags: typeof Obsidian.parseFrontMatterTags = (frontmatter) =>
	stringList(frontmatterEntry(frontmatter, /^tags?$/i), /[,\s]+/)?.map((tag) => (tag.startsWith("#") ? tag : `#${tag}`)) ?? null;

/** Frontmatter tags first, then inline tags, each with its `#`. */
export const getAllTags: typeof Obsidian.getAllTags = (cache) => [
	...(parseFrontMatterTags(cache.frontmatter) ?? []),
	...(cache.tags ?? []).map((tag) => tag.tag),
];

interface FrontmatterBlock {
	yaml: string;
	/** Offsets of the YAML text, between the `---` lines. */
	from: number;
	to: number;
	/** Offset just after the closing `---`; everything from here on is left as it is. */
	closeEnd: number;
	contentStart: number;
	endLine: number;
	eol: string;
}

function findFrontmatter(text: string): FrontmatterBlock | null {
	const open = /^---[ \t]*(\r?\n)/.exec(text);
	if (!open) return null;
	const from = open[0].length;
	const closing = /^---[ \t]*\r?$/gm;
	closing.lastIndex = from;
	const close = closing.exec(text);
	if (!close) return null;
	const closeStart = close.index;
	const to = closeStart === from ? from : closeStart - (text[closeStart - 2] === "\r" ? 2 : 1);
	const newline = text.indexOf("\n", closeStart);
	return {
		yaml: text.slice(from, to),
		from,
		to,
		closeEnd: closeStart + 3,
		contentStart: newline === -1 ? text.length : newline + 1,
		endLine: text.slice(0, closeStart).split("\n").length - 1,
		eol: open[1] ?? "\n",
	};
}

export const getFrontMatterInfo: typeof Obsidian.getFrontMatterInfo = (content) => {
	const block = findFrontmatter(content);
	if (!block) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	return { exists: true, frontmatter: block.yaml, from: block.from, to: block.to, contentStart: block.contentStart };
};

function parseFrontmatterData(yaml: string): Record<string, unknown> | undefined {
	const parsed = parseDocument(yaml, YAML_OPTIONS);
	if (parsed.errors.length > 0) return undefined;
	const data: unknown = parsed.toJS();
	return isRecord(data) ? data : undefined;
}

// ---------------------------------------------------------------------------------------------
// Markdown → CachedMetadata
// ---------------------------------------------------------------------------------------------

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^\]\n]*)\]\(([^()\s]+|<[^<>\n]+>)(?:[ \t]+"[^"\n]*")?\)/g;
const TAG = /(^|\s)#([^\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]+)/g;

interface Line {
	text: string;
	start: number;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (;;) {
		const newline = text.indexOf("\n", start);
		const end = newline === -1 ? text.length : newline;
		lines.push({ text: text.slice(start, end).replace(/\r$/, ""), start });
		if (newline === -1) return lines;
		start = newline + 1;
	}
}

/** Blanks out `%% … %%` and `<!-- … -->` comments, keeping offsets and line breaks. */
function maskComments(text: string): string { return text.replace(/%%[\s\S]*?%%|<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\r\n]/g, " ")); }

function maskInlineCode(line: string): string { return line.replace(/(`+)[\s\S]*?\1/g, (code) => " ".repeat(code.length)); }

function wikiReference(original: string, inner: string): Obsidian.Reference {
	const pipe = inner.search(/\\?\|/);
	const link = (pipe === -1 ? inner : inner.slice(0, pipe)).trim();
	const alias = pipe === -1 ? "" : inner.slice(pipe).replace(/^\\?\|/, "").trim();
	const { path, subpath } = parseLinktext(link);
	const heading = subpath.replace(/^#/, "");
	const displayText = alias || (heading ? (path ? `${path} > ${heading}` : heading) : link);
	return { link, original, displayText };
}

function markdownReference(match: RegExpExecArray): Obsidian.Reference | null {
	const embed = match[1] === "!";
	let target = (match[3] ?? "").replace(/^<|>$/g, "");
	if (target === "" || target.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
	try {
		target = decodeURIComponent(target);
	} catch {
		// A malformed escape: Obsidian keeps the raw text too.
	}
	const extension = /\.([^./]+)$/.exec(target.split("#")[0] ?? "")?.[1]?.toLowerCase();
	if (!embed && extension !== undefined && extension !== "md") return null;
	return { link: target, original: match[0], displayText: match[2] ?? "" };
}

function frontmatterLinksOf(data: Record<string, unknown>): Obsidian.FrontmatterLinkCache[] {
	const links: Obsidian.FrontmatterLinkCache[] = [];
	const visit = (value: unknown, key: string): void => {
		if (typeof value === "string") {
			for (const match of value.matchAll(WIKILINK)) links.push({ key, ...wikiReference(match[0], match[2] ?? "") });
		} else if (Array.isArray(value)) {
			value.forEach((item: unknown, index) => visit(item, `${key}.${index}`));
		} else if (isRecord(value)) {
			for (const [name, item] of Object.entries(value)) visit(item, `${key}.${name}`);
		}
	};
	for (const [key, value] of Object.entries(data)) visit(value, key);
	return links;
}

/** What Obsidian's metadata cache reports for a note, computed from its text. */
export function computeMetadata(text: string): Obsidian.CachedMetadata {
	const lines = splitLines(maskComments(text));
	const at = (line: number, col: number): Obsidian.Loc => ({ line, col, offset: (lines[line]?.start ?? text.length) + col });
	const span = (line: number, from: number, to: number): Obsidian.Pos => ({ start: at(line, from), end: at(line, to) });
	const cache: Obsidian.CachedMetadata = {};
	const links: Obsidian.LinkCache[] = [];
	const embeds: Obsidian.EmbedCache[] = [];
	const tags: Obsidian.TagCache[] = [];
	const headings: Obsidian.HeadingCache[] = [];
	const listItems: Obsidian.ListItemCache[] = [];
	const sections: Obsidian.SectionCache[] = [];

	let first = 0;
	const frontmatter = findFrontmatter(text);
	if (frontmatter) {
		cache.frontmatterPosition = { start: at(0, 0), end: at(frontmatter.endLine, 3) };
		sections.push({ type: "yaml", position: cache.frontmatterPosition });
		const data = parseFrontmatterData(frontmatter.yaml);
		if (data) {
			cache.frontmatter = data;
			const frontmatterLinks = frontmatterLinksOf(data);
			if (frontmatterLinks.length > 0) cache.frontmatterLinks = frontmatterLinks;
		}
		first = frontmatter.endLine + 1;
	}

	const scanInline = (n: number, raw: string): void => {
		const line = maskInlineCode(raw);
		for (const match of line.matchAll(WIKILINK)) {
			const position = span(n, match.index, match.index + match[0].length);
			(match[1] ? embeds : links).push({ ...wikiReference(match[0], match[2] ?? ""), position });
		}
		for (const match of line.matchAll(MARKDOWN_LINK)) {
			const reference = markdownReference(match);
			const position = span(n, match.index, match.index + match[0].length);
			if (reference) (match[1] ? embeds : links).push({ ...reference, position });
		}
		for (const match of line.matchAll(TAG)) {
			const tag = match[2] ?? "";
			if (/^\d+$/.test(tag)) continue;
			const col = match.index + (match[1] ?? "").length;
			tags.push({ tag: `#${tag}`, position: span(n, col, col + 1 + tag.length) });
		}
	};

	let fence: { char: string; size: number } | null = null;
	let section: Obsidian.SectionCache | null = null;
	let list: { start: number; stack: { indent: number; line: number }[]; last: Obsidian.ListItemCache | null; blank: boolean } | null = null;
	const open = (type: string, n: number, length: number): void => {
		section = { type, position: span(n, 0, length) };
		sections.push(section);
	};
	const extend = (n: number, length: number): void => {
		if (section) section.position.end = at(n, length);
	};

	for (let n = first; n < lines.length; n++) {
		const raw = lines[n]?.text ?? "";
		if (fence) {
			extend(n, raw.length);
			const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(raw)?.[1];
			if (close?.startsWith(fence.char) && close.length >= fence.size) {
				fence = null;
				section = null;
			}
			continue;
		}
		const fenceOpen = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
		if (fenceOpen) {
			fence = { char: fenceOpen.charAt(0), size: fenceOpen.length };
			list = null;
			open("code", n, raw.length);
			continue;
		}
		if (raw.trim() === "") {
			if (list) list.blank = true;
			else section = null;
			continue;
		}
		const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(raw);
		if (heading?.[1] && heading[2]) {
			headings.push({ heading: heading[2], level: heading[1].length, position: span(n, 0, raw.length) });
			list = null;
			open("heading", n, raw.length);
			section = null;
			scanInline(n, raw);
			continue;
		}
		if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(raw)) {
			list = null;
			open("thematicBreak", n, raw.length);
			section = null;
			continue;
		}
		const quote = /^(?:[ \t]{0,3}>[ \t]?)*/.exec(raw)?.[0] ?? "";
		const item = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(raw.slice(quote.length));
		if (item) {
			const indent = quote.length + (item[1] ?? "").length;
			const task = /^\[(.)\](?:[ \t]|$)/.exec(raw.slice(quote.length + item[0].length))?.[1];
			if (!list || list.blank) {
				if (!list) section = null;
				list ??= { start: n, stack: [], last: null, blank: false };
			}
			while ((list.stack[list.stack.length - 1]?.indent ?? -1) >= indent) list.stack.pop();
			const entry: Obsidian.ListItemCache = { position: span(n, indent, raw.length), parent: list.stack[list.stack.length - 1]?.line ?? -list.start };
			if (task !== undefined) entry.task = task;
			listItems.push(entry);
			list.stack.push({ indent, line: n });
			list.last = entry;
			list.blank = false;
			if ((section as Obsidian.SectionCache | null)?.type === "list") extend(n, raw.length);
			else open("list", n, raw.length);
		} else if (list && (!list.blank || /^[ \t]/.test(raw))) {
			if (list.last) list.last.position.end = at(n, raw.length);
			list.blank = false;
			extend(n, raw.length);
		} else {
			list = null;
			const current = section as Obsidian.SectionCache | null;
			const type = quote ? (/^\s*>\s*\[!/.test(raw) ? "callout" : "blockquote") : raw.trimStart().startsWith("|") ? "table" : "paragraph";
			const continues = current !== null && (quote ? current.type === "blockquote" || current.type === "callout" : current.type === type);
			if (continues) extend(n, raw.length);
			else open(type, n, raw.length);
		}
		scanInline(n, raw);
	}

	if (links.length > 0) cache.links = links;
	if (embeds.length > 0) cache.embeds = embeds;
	if (tags.length > 0) cache.tags = tags;
	if (headings.length > 0) cache.headings = headings;
	if (listItems.length > 0) cache.listItems = listItems;
	if (sections.length > 0) cache.sections = sections;
	return cache;
}

// ---------------------------------------------------------------------------------------------
// Events and Component
// ---------------------------------------------------------------------------------------------

interface StubEventRef extends Obsidian.EventRef {
	emitter: Events;
	name: string;
	fn: Callback;
	ctx: unknown;
}

export class Events implements Obsidian.Events {
	readonly #handlers = new Map<string, StubEventRef[]>();

	on(name: string, callback: Callback, ctx?: unknown): Obsidian.EventRef {
		const ref: StubEventRef = { emitter: this, name, fn: callback, ctx };
		this.#handlers.set(name, [...(this.#handlers.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: Callback): void { this.#handlers.set(name, (this.#handlers.get(name) ?? []).filter((ref) => ref.fn !== callback)); }

	offref(ref: Obsidian.EventRef): void {
		const { name } = ref as StubEventRef;
		this.#handlers.set(name, (this.#handlers.get(name) ?? []).filter((other) => other !== ref));
	}

	trigger(name: string, ...data: unknown[]): void { for (const ref of this.#handlers.get(name) ?? []) this.tryTrigger(ref, data); }

	/** Test helper: how many listeners are registered for `name`, or for every event. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.#handlers.get(name)?.length ?? 0;
		let count = 0;
		for (const refs of this.#handlers.values()) count += refs.length;
		return count;
	}

	/** Like Obsidian, a throwing listener does not stop the others; its error is rethrown asynchronously so vitest still reports it. */
	tryTrigger(evt: Obsidian.EventRef, args: unknown[]): void {
		const ref = evt as StubEventRef;
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			queueMicrotask(() => {
				throw error;
			});
		}
	}
}

const pendingLoads = new WeakMap<Obsidian.Component, Promise<unknown>>();

/** Same lifecycle as Obsidian: load → onload then children; unload → children, then registered callbacks (last first), then onunload. */
export class Component implements Obsidian.Component {
	/** Obsidian's own field names, so subclasses collide with the stub exactly as they would with Obsidian. */
	_loaded = false;
	_children: Obsidian.Component[] = [];
	_events: (() => unknown)[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		const result: unknown = this.onload();
		if (result instanceof Promise) pendingLoads.set(this, result);
		for (const child of [...this._children]) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this._children.length > 0) this._children.pop()?.unload();
		while (this._events.length > 0) this._events.pop()?.();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Obsidian.Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Obsidian.Component>(component: T): T {
		const index = this._children.indexOf(component);
		if (index !== -1) {
			this._children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void { this._events.push(cb); }

	registerEvent(eventRef: Obsidian.EventRef): void {
		const ref = eventRef as StubEventRef;
		this.register(() => ref.emitter.offref(ref));
	}

	registerDomEvent<K extends keyof WindowEventMap>(el: Window, type: K, callback: (this: HTMLElement, ev: WindowEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof DocumentEventMap>(el: Document, type: K, callback: (this: HTMLElement, ev: DocumentEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent(el: EventTarget, type: string, callback: (this: HTMLElement, ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}

// ---------------------------------------------------------------------------------------------
// Files and the vault
// ---------------------------------------------------------------------------------------------

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

function movePath(item: TAbstractFile, path: string): void {
	item.path = path;
	item.name = fileName(path);
	if (item instanceof TFile) [item.basename, item.extension] = splitName(item.name);
}

/** How MetadataCache follows the vault: told after the vault's own events have fired. */
interface VaultObserver {
	changed(file: TFile, data: string): void;
	renamed(item: TAbstractFile, oldPath: string): void;
	deleted(file: TFile, data: string): void;
}

/**
 * An in-memory vault. Paths are looked up exactly (normalize them, as in Obsidian); paths with a
 * dot segment (`.obsidian/…`) live only in the adapter, like Obsidian's hidden config files.
 * Every write advances a deterministic clock by one second, so `stat.mtime` always increases.
 */
export class Vault extends Events implements Obsidian.Vault {
	readonly adapter: MemoryAdapter;
	configDir = ".obsidian";
	private readonly root: TFolder;
	private readonly items = new Map<string, TAbstractFile>();
	private readonly texts = new Map<string, string>();
	private readonly observers: VaultObserver[] = [];
	private clock = CLOCK_START;

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

	override on(name: "create" | "modify" | "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): Obsidian.EventRef;
	override on(name: string, callback: Callback, ctx?: unknown): Obsidian.EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obsidian.EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	getName(): string { return "Test vault"; }
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
		if (emit) this.trigger("create", folder);
		return folder;
	}

	private addFile(path: string, text: string, parent: TFolder, ctime: number, mtime = ctime): TFile {
		const file = new TFile(this, path, parent, { ctime, mtime, size: byteSize(text) });
		parent.children.push(file);
		this.items.set(path, file);
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
		const text = this.texts.get(item.path) ?? "";
		this.texts.delete(item.path);
		this.trigger("delete", item);
		if (item instanceof TFile) for (const observer of this.observers) observer.deleted(item, text);
	}
}

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

// ---------------------------------------------------------------------------------------------
// Metadata cache
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// File manager
// ---------------------------------------------------------------------------------------------

/** Test helper type: the user's "Files and links" settings that generateMarkdownLink follows. */
export interface LinkSettings {
	useMarkdownLinks: boolean;
	newLinkFormat: "shortest" | "absolute";
}

export class FileManager implements Obsidian.FileManager {
	/** Test helper: Obsidian's defaults are wikilinks, shortest path when possible. */
	linkSettings: LinkSettings = { useMarkdownLinks: false, newLinkFormat: "shortest" };

	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
	) {}
	getNewFileParent(): TFolder { return this.vault.getRoot(); }

	/** Renames only: unlike Obsidian, links in other notes are not rewritten. */
	async renameFile(file: Obsidian.TAbstractFile, newPath: string): Promise<void> { return this.vault.rename(file, newPath); }

	async promptForDeletion(file: Obsidian.TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	async trashFile(file: Obsidian.TAbstractFile): Promise<void> { return this.vault.discard(file); }

	generateMarkdownLink(file: Obsidian.TFile, sourcePath: string, subpath = "", alias = ""): string {
		const { useMarkdownLinks, newLinkFormat } = this.linkSettings;
		const linktext =
			newLinkFormat === "absolute"
				? useMarkdownLinks || file.extension !== "md"
					? file.path
					: file.path.slice(0, -3)
				: this.metadataCache.fileToLinktext(file, sourcePath, !useMarkdownLinks);
		const embed = file.extension === "md" ? "" : "!";
		if (useMarkdownLinks) return `${embed}[${alias || file.basename}](${encodeURI(linktext)}${subpath})`;
		return `${embed}[[${linktext}${subpath}${alias && alias !== linktext ? `|${alias}` : ""}]]`;
	}

	/** Atomic, like Obsidian's: see rewriteFrontmatter. Nothing is written when fn changes nothing. */
	async processFrontMatter(file: Obsidian.TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: Obsidian.DataWriteOptions): Promise<void> {
		await this.vault.process(file, (text) => rewriteFrontmatter(text, fn), options);
	}

	async getAvailablePathForAttachment(filename: string): Promise<string> {
		const [basename, extension] = splitName(filename);
		let candidate = filename;
		for (let n = 1; this.vault.getAbstractFileByPath(candidate); n++) candidate = `${basename} ${n}${extension ? `.${extension}` : ""}`;
		return candidate;
	}
}

/**
 * Edits the frontmatter through yaml's Document API so comments, key order, quoting and
 * flow/block list styles survive: changed keys are updated in place, removed keys deleted, new
 * keys appended. The body is never touched; a note without frontmatter gets one. Throws when the
 * existing frontmatter is not a valid YAML map.
 */
function rewriteFrontmatter(text: string, fn: (frontmatter: Record<string, unknown>) => void): string {
	const block = findFrontmatter(text);
	const source = block?.yaml ?? "";
	const parsed = parseDocument(source, YAML_OPTIONS);
	if (parsed.errors[0]) throw parsed.errors[0];
	const yamlDoc: YamlDocument = parsed.contents === null ? new YamlDocument({}, YAML_OPTIONS) : parsed;
	if (!isMap(yamlDoc.contents)) throw new Error("The frontmatter is not a key-value map");
	const before: unknown = yamlDoc.toJS();
	const original = isRecord(before) ? before : {};
	const data = structuredClone(original);
	fn(data);
	if (sameData(original, data)) return text;
	applyToMap(yamlDoc, yamlDoc.contents, original, data);
	const eol = block?.eol ?? (text.includes("\r\n") ? "\r\n" : "\n");
	const indentSeq = !/^[^\s#][^\n]*:[ \t]*\r?\n-[ \t]/m.test(source);
	const yaml = yamlDoc.contents.items.length === 0 ? "" : yamlDoc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq });
	const head = `---${eol}${yaml.replace(/\r?\n/g, eol)}---`;
	return block ? head + text.slice(block.closeEnd) : `${head}${eol}${text}`;
}

function applyToMap(yamlDoc: YamlDocument, map: YAMLMap, before: Record<string, unknown>, after: Record<string, unknown>): void {
	const keyOf = (item: { key: unknown }): string => String(isScalar(item.key) ? item.key.value : item.key);
	map.items = map.items.filter((item) => after[keyOf(item)] !== undefined);
	for (const [key, value] of Object.entries(after)) {
		if (value === undefined) continue;
		const pair = map.items.find((item) => keyOf(item) === key);
		if (!pair) map.items.push(yamlDoc.createPair(key, value));
		else if (!sameData(before[key], value)) pair.value = updateNode(yamlDoc, pair.value, before[key], value);
	}
}

/** Reuses the existing node where possible so its style and comments survive. */
function updateNode(yamlDoc: YamlDocument, node: unknown, before: unknown, after: unknown): unknown {
	const primitive = after === null || ["string", "number", "boolean"].includes(typeof after);
	if (isScalar(node) && primitive) {
		if (typeof node.value !== typeof after) node.type = undefined;
		node.value = after;
		return node;
	}
	if (isMap(node) && isRecord(before) && isRecord(after)) {
		applyToMap(yamlDoc, node, before, after);
		return node;
	}
	if (isSeq(node) && Array.isArray(before) && Array.isArray(after)) {
		const pool = node.items.map((item, index) => ({ item, value: before[index] as unknown, used: false }));
		node.items = after.map((value: unknown) => {
			const reuse = pool.find((entry) => !entry.used && sameData(entry.value, value));
			if (!reuse) return yamlDoc.createNode(value);
			reuse.used = true;
			return reuse.item;
		});
		return node;
	}
	const fresh = yamlDoc.createNode(after);
	if (isSeq(node) && isSeq(fresh)) fresh.flow = node.flow;
	if (isScalar(node) || isMap(node) || isSeq(node)) fresh.comment = node.comment;
	return fresh;
}

// ---------------------------------------------------------------------------------------------
// Keymap, scope, platform bits
// ---------------------------------------------------------------------------------------------

export class Scope implements Obsidian.Scope {
	/** Test helper: registered key handlers with their listeners. */
	readonly handlers: { handler: Obsidian.KeymapEventHandler; func: Obsidian.KeymapEventListener }[] = [];

	constructor(readonly parent?: Obsidian.Scope) {}

	register(modifiers: Obsidian.Modifier[] | null, key: string | null, func: Obsidian.KeymapEventListener): Obsidian.KeymapEventHandler {
		const handler: Obsidian.KeymapEventHandler = { scope: this, modifiers: modifiers?.join(",") ?? null, key };
		this.handlers.push({ handler, func });
		return handler;
	}

	unregister(handler: Obsidian.KeymapEventHandler): void {
		const index = this.handlers.findIndex((entry) => entry.handler === handler);
		if (index !== -1) this.handlers.splice(index, 1);
	}
}

export class Keymap implements Obsidian.Keymap {
	private readonly scopes: Obsidian.Scope[] = [];

	pushScope(scope: Obsidian.Scope): void { this.scopes.push(scope); }

	popScope(scope: Obsidian.Scope): void {
		const index = this.scopes.lastIndexOf(scope);
		if (index !== -1) this.scopes.splice(index, 1);
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Obsidian.Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	/** Mod → "tab", Mod+Alt → "split", Mod+Alt+Shift → "window", middle click → "tab". */
	static isModEvent(evt?: Obsidian.UserEvent | null): Obsidian.PaneType | boolean {
		if (!evt) return false;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey) return evt.shiftKey ? "window" : "split";
		if (mod || ("button" in evt && evt.button === 1)) return "tab";
		return false;
	}
}

// ---------------------------------------------------------------------------------------------
// Views, leaves and the workspace
// ---------------------------------------------------------------------------------------------

/** Calls the protected lifecycle hooks, as the leaf does in Obsidian. */
async function openView(view: Obsidian.View): Promise<void> {
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

class EmptyView extends ItemView {
	getViewType(): string { return "empty"; }
	getDisplayText(): string { return "New tab"; }
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

	get isDeferred(): boolean { return false; }
	async loadIfDeferred(): Promise<void> {}

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
function asObsidianView(view: View): Obsidian.View { return view as unknown as Obsidian.View; }

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
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> { leaf.revealed = true; }

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

// ---------------------------------------------------------------------------------------------
// Modals
// ---------------------------------------------------------------------------------------------

const openModals: Modal[] = [];

/** Test helper: modals currently open, oldest first. */
export function getOpenModals(): Modal[] { return [...openModals]; }

/** Test helper: the most recently opened modal of a (plugin) class; throws when none is open. */
export function getOpenModal<M extends Obsidian.Modal>(type: abstract new (...args: never[]) => M): M {
	for (const modal of [...openModals].reverse()) if (modal instanceof type) return modal;
	throw new Error(`obsidian-stub: no open ${type.name}`);
}

/** Test helper: a plugin's suggest modal (typed against the real API) seen as the stub class, for typeQuery/chooseSuggestion/chooseItem. */
export function stubModal<T>(modal: Obsidian.FuzzySuggestModal<T>): FuzzySuggestModal<T>;
export function stubModal<T>(modal: Obsidian.SuggestModal<T>): SuggestModal<T>;
export function stubModal(modal: Obsidian.Modal): Modal;
export function stubModal(modal: Obsidian.Modal): Modal {
	const value: unknown = modal;
	if (!(value instanceof Modal)) throw new Error("obsidian-stub: not a modal created through the stub");
	return value;
}

interface ModalParts {
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
}

/** Stub state lives in #private fields so subclasses (the plugin's modals) cannot clash with it. */
export class Modal
	implements
		Pick<Obsidian.Modal, "scope" | "shouldRestoreSelection" | "open" | "close" | "onOpen" | "onClose">,
		Has<Obsidian.Modal, "app" | "containerEl" | "modalEl" | "titleEl" | "contentEl" | "setTitle" | "setContent" | "setCloseCallback">
{
	app: App;
	scope = new Scope();
	shouldRestoreSelection = false;
	#parts?: ModalParts;
	#open = false;
	#opening: Promise<void> = Promise.resolve();
	#closeCallback?: () => unknown;

	constructor(app: App) { this.app = app; }
	get containerEl(): HTMLElement { return this.#dom().containerEl; }
	get modalEl(): HTMLElement { return this.#dom().modalEl; }
	get titleEl(): HTMLElement { return this.#dom().titleEl; }
	get contentEl(): HTMLElement { return this.#dom().contentEl; }
	/** Test helper: true between open() and close(). */
	get isOpen(): boolean { return this.#open; }
	/** Test helper: settles when the latest onOpen() has finished. */
	get opened(): Promise<void> { return this.#opening; }

	open(): void {
		if (this.#open) return;
		this.#open = true;
		openModals.push(this);
		doc().body.appendChild(this.containerEl);
		this.#opening = Promise.resolve(this.onOpen());
	}

	close(): void {
		if (!this.#open) return;
		this.#open = false;
		openModals.splice(openModals.indexOf(this), 1);
		this.containerEl.remove();
		this.onClose();
		this.#closeCallback?.();
	}

	onOpen(): Promise<void> | void {}
	onClose(): void {}
	setTitle(title: string): this { setContent(this.titleEl, title); return this; }
	setContent(content: string | DocumentFragment): this { setContent(this.contentEl, content); return this; }
	setCloseCallback(callback: () => unknown): this { this.#closeCallback = callback; return this; }

	#dom(): ModalParts {
		if (!this.#parts) {
			const containerEl = el("div", "modal-container");
			const modalEl = el("div", "modal", containerEl);
			this.#parts = { containerEl, modalEl, titleEl: el("div", "modal-title", modalEl), contentEl: el("div", "modal-content", modalEl) };
		}
		return this.#parts;
	}
}

export abstract class SuggestModal<T> extends Modal
	implements
		Pick<Obsidian.SuggestModal<T>, "limit" | "emptyStateText" | "setPlaceholder" | "setInstructions" | "onNoSuggestion" | "selectSuggestion" | "selectActiveSuggestion">,
		Has<Obsidian.SuggestModal<T>, "inputEl" | "resultContainerEl" | "getSuggestions" | "renderSuggestion" | "onChooseSuggestion">
{
	limit = 100;
	emptyStateText = "No results found.";
	#prompt?: { inputEl: HTMLInputElement; resultContainerEl: HTMLElement };
	#shown: T[] | null = null;
	#updates = 0;
	#instructions: Obsidian.Instruction[] = [];

	get inputEl(): HTMLInputElement { return this.#promptParts().inputEl; }
	get resultContainerEl(): HTMLElement { return this.#promptParts().resultContainerEl; }
	/** Test helper: what setInstructions received. */
	get instructions(): Obsidian.Instruction[] { return this.#instructions; }

	override open(): void {
		super.open();
		void this.#update();
	}

	/** Test helper: types `query` into the prompt and returns the suggestions shown (also rendered in resultContainerEl). */
	async typeQuery(query: string): Promise<T[]> {
		this.inputEl.value = query;
		return this.#update();
	}

	/** Test helper: picks a shown suggestion (by index or predicate) as Enter would: the modal closes, then onChooseSuggestion runs. */
	async chooseSuggestion(pick: number | ((item: T) => boolean) = 0, evt?: MouseEvent | KeyboardEvent): Promise<T> {
		const shown = this.#shown ?? (await this.#update());
		const item = typeof pick === "number" ? shown[pick] : shown.find(pick);
		if (item === undefined) throw new Error(`obsidian-stub: no such suggestion among ${shown.length} shown`);
		this.selectSuggestion(item, evt ?? new KeyboardEvent("keydown", { key: "Enter" }));
		return item;
	}

	setPlaceholder(placeholder: string): void { this.inputEl.placeholder = placeholder; }
	setInstructions(instructions: Obsidian.Instruction[]): void { this.#instructions = instructions; }
	onNoSuggestion(): void {}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const first = this.#shown?.[0];
		if (first !== undefined) this.selectSuggestion(first, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;

	abstract renderSuggestion(value: T, el: HTMLElement): void;

	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	async #update(): Promise<T[]> {
		const update = ++this.#updates;
		const found = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		if (update !== this.#updates) return found;
		this.#shown = found;
		this.resultContainerEl.replaceChildren();
		for (const item of found) this.renderSuggestion(item, el("div", "suggestion-item", this.resultContainerEl));
		if (found.length === 0) {
			el("div", "suggestion-empty", this.resultContainerEl).textContent = this.emptyStateText;
			this.onNoSuggestion();
		}
		return found;
	}

	#promptParts(): { inputEl: HTMLInputElement; resultContainerEl: HTMLElement } {
		if (!this.#prompt) {
			this.modalEl.classList.add("prompt");
			const inputEl = el("input", "prompt-input", el("div", "prompt-input-container", this.modalEl));
			inputEl.addEventListener("input", () => void this.#update());
			this.#prompt = { inputEl, resultContainerEl: el("div", "prompt-results", this.modalEl) };
		}
		return this.#prompt;
	}
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<Obsidian.FuzzyMatch<T>> {
	/** Test helper: picks the shown item matching `pick` (after typeQuery, or for the empty query). */
	async chooseItem(pick: (item: T) => boolean, evt?: MouseEvent | KeyboardEvent): Promise<T> {
		return (await this.chooseSuggestion((match) => pick(match.item), evt)).item;
	}

	getSuggestions(query: string): Obsidian.FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query);
		return items
			.map((item) => ({ item, match: search(this.getItemText(item)) }))
			.filter((found): found is Obsidian.FuzzyMatch<T> => found.match !== null)
			.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: Obsidian.FuzzyMatch<T>, el: HTMLElement): void { el.textContent = this.getItemText(item.item); }
	onChooseSuggestion(item: Obsidian.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void { this.onChooseItem(item.item, evt); }

	abstract getItems(): T[];

	abstract getItemText(item: T): string;

	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

// ---------------------------------------------------------------------------------------------
// Settings and their components (real DOM: fire `input`/`change`/`click` on the elements)
// ---------------------------------------------------------------------------------------------

export abstract class BaseComponent implements Obsidian.BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this { cb(this); return this; }
	setDisabled(disabled: boolean): this { this.disabled = disabled; return this; }
}

export abstract class ValueComponent<T> extends BaseComponent implements Obsidian.ValueComponent<T> {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}

	abstract getValue(): T;

	abstract setValue(value: T): this;
}

/** `input` events on inputEl call onChange; setValue does not (as in Obsidian). */
export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> implements Obsidian.AbstractTextComponent<E> {
	inputEl: E;
	private changeCallback?: (value: string) => unknown;

	constructor(inputEl: E) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		this.inputEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	getValue(): string { return this.inputEl.value; }
	setValue(value: string): this { this.inputEl.value = value; return this; }
	setPlaceholder(placeholder: string): this { this.inputEl.placeholder = placeholder; return this; }
	onChanged(): void { void this.changeCallback?.(this.getValue()); }
	onChange(callback: (value: string) => unknown): this { this.changeCallback = callback; return this; }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> implements Obsidian.TextComponent {
	constructor(containerEl: HTMLElement) {
		super(el("input", undefined, containerEl));
		this.inputEl.type = "text";
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> implements Obsidian.TextAreaComponent {
	constructor(containerEl: HTMLElement) { super(el("textarea", undefined, containerEl)); }
}

export class MomentFormatComponent extends TextComponent implements Obsidian.MomentFormatComponent {
	sampleEl: HTMLElement;
	private defaultFormat = "";

	constructor(containerEl: HTMLElement) {
		super(containerEl);
		this.sampleEl = el("span", "u-pop");
	}

	setDefaultFormat(defaultFormat: string): this {
		this.defaultFormat = defaultFormat;
		this.setPlaceholder(defaultFormat);
		this.updateSample();
		return this;
	}

	setSampleEl(sampleEl: HTMLElement): this {
		this.sampleEl = sampleEl;
		this.updateSample();
		return this;
	}

	override setValue(value: string): this {
		super.setValue(value);
		this.updateSample();
		return this;
	}

	override onChanged(): void {
		this.updateSample();
		super.onChanged();
	}

	updateSample(): void { this.sampleEl.textContent = moment().format(this.getValue() || this.defaultFormat); }
}

/** A click on toggleEl flips the value; setValue calls onChange when the value changes. */
export class ToggleComponent extends ValueComponent<boolean> implements Obsidian.ToggleComponent {
	toggleEl: HTMLElement;
	private on = false;
	private readonly checkbox: HTMLInputElement;
	private changeCallback?: (value: boolean) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = el("div", "checkbox-container", containerEl);
		this.checkbox = el("input", undefined, this.toggleEl);
		this.checkbox.type = "checkbox";
		this.toggleEl.addEventListener("click", () => this.onClick());
	}

	override setDisabled(disabled: boolean): this {
		this.toggleEl.classList.toggle("is-disabled", disabled);
		return super.setDisabled(disabled);
	}

	getValue(): boolean { return this.on; }

	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.checkbox.checked = on;
		this.toggleEl.classList.toggle("is-enabled", on);
		if (changed) void this.changeCallback?.(on);
		return this;
	}

	setTooltip(tooltip: string): this { setTooltip(this.toggleEl, tooltip); return this; }
	onClick(): void { if (!this.disabled) this.setValue(!this.on); }
	onChange(callback: (value: boolean) => unknown): this { this.changeCallback = callback; return this; }
}

export class DropdownComponent extends ValueComponent<string> implements Obsidian.DropdownComponent {
	selectEl: HTMLSelectElement;
	private changeCallback?: (value: string) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = el("select", "dropdown", containerEl);
		this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.getValue()));
	}

	override setDisabled(disabled: boolean): this {
		this.selectEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	addOption(value: string, display: string): this {
		const option = el("option", undefined, this.selectEl);
		option.value = value;
		option.textContent = display;
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string { return this.selectEl.value; }
	setValue(value: string): this { this.selectEl.value = value; return this; }
	onChange(callback: (value: string) => unknown): this { this.changeCallback = callback; return this; }
}

/** `change` events on sliderEl call onChange (`input` too after setInstant(true)). */
export class SliderComponent extends ValueComponent<number> implements Obsidian.SliderComponent {
	sliderEl: HTMLInputElement;
	private instant = false;
	private format?: (value: number) => string;
	private changeCallback?: (value: number) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = el("input", "slider", containerEl);
		this.sliderEl.type = "range";
		this.sliderEl.addEventListener("change", () => void this.changeCallback?.(this.getValue()));
		this.sliderEl.addEventListener("input", () => {
			if (this.instant) void this.changeCallback?.(this.getValue());
		});
	}

	override setDisabled(disabled: boolean): this {
		this.sliderEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	setInstant(instant: boolean): this { this.instant = instant; return this; }

	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number { return Number(this.sliderEl.value); }
	setValue(value: number): this { this.sliderEl.value = String(value); return this; }
	getValuePretty(): string { return this.format ? this.format(this.getValue()) : String(this.getValue()); }
	setDisplayFormat(format: (value: number) => string): this { this.format = format; return this; }
	setDynamicTooltip(): this { return this; }
	onChange(callback: (value: number) => unknown): this { this.changeCallback = callback; return this; }
}

export class ButtonComponent extends BaseComponent implements Obsidian.ButtonComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = el("button", undefined, containerEl);
	}

	override setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	setCta(): this { this.buttonEl.classList.add("mod-cta"); return this; }
	removeCta(): this { this.buttonEl.classList.remove("mod-cta"); return this; }
	setWarning(): this { this.buttonEl.classList.add("mod-warning"); return this; }
	setDestructive(): this { this.buttonEl.classList.add("mod-destructive"); return this; }
	removeDestructive(): this { this.buttonEl.classList.remove("mod-destructive"); return this; }
	setTooltip(tooltip: string): this { setTooltip(this.buttonEl, tooltip); return this; }
	setButtonText(name: string): this { this.buttonEl.textContent = name; return this; }
	setIcon(icon: string): this { setIcon(this.buttonEl, icon); return this; }
	setClass(cls: string): this { this.buttonEl.classList.add(cls); return this; }
	onClick(callback: (evt: MouseEvent) => unknown): this { this.buttonEl.addEventListener("click", (evt) => void callback(evt)); return this; }
}

export class ExtraButtonComponent extends BaseComponent implements Obsidian.ExtraButtonComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = el("div", "clickable-icon extra-setting-button", containerEl);
	}

	override setDisabled(disabled: boolean): this {
		this.extraSettingsEl.classList.toggle("is-disabled", disabled);
		return super.setDisabled(disabled);
	}

	setTooltip(tooltip: string): this { setTooltip(this.extraSettingsEl, tooltip); return this; }
	setIcon(icon: string): this { setIcon(this.extraSettingsEl, icon); return this; }

	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void callback();
		});
		return this;
	}
}

const settingsByElement = new WeakMap<Element, Setting>();

/** Test helper: the Setting whose name is `name` inside `containerEl`. */
export function findSetting(containerEl: HTMLElement, name: string): Setting | undefined {
	for (const item of containerEl.querySelectorAll(".setting-item")) {
		const setting = settingsByElement.get(item);
		if (setting?.nameEl.textContent === name) return setting;
	}
	return undefined;
}

export class Setting
	implements
		Pick<Obsidian.Setting, "settingEl" | "infoEl" | "nameEl" | "descEl" | "controlEl" | "components" | "errorEl">,
		Has<
			Obsidian.Setting,
			| "setName" | "setErrorMessage" | "setDesc" | "setClass" | "setTooltip" | "setHeading" | "setDisabled" | "addButton" | "addExtraButton" | "addToggle" | "addText"
			| "addTextArea" | "addMomentFormat" | "addDropdown" | "addSlider" | "addComponent" | "then" | "clear"
		>
{
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: Obsidian.BaseComponent[] = [];
	errorEl: HTMLElement | null = null;

	constructor(containerEl: HTMLElement) {
		this.settingEl = el("div", "setting-item", containerEl);
		this.infoEl = el("div", "setting-item-info", this.settingEl);
		this.nameEl = el("div", "setting-item-name", this.infoEl);
		this.descEl = el("div", "setting-item-description", this.infoEl);
		this.controlEl = el("div", "setting-item-control", this.settingEl);
		settingsByElement.set(this.settingEl, this);
	}

	setName(name: string | DocumentFragment): this { setContent(this.nameEl, name); return this; }

	setErrorMessage(message: string | null): this {
		this.errorEl?.remove();
		this.errorEl = message === null ? null : el("div", "setting-item-error", this.infoEl);
		if (this.errorEl) this.errorEl.textContent = message;
		return this;
	}

	setDesc(desc: string | DocumentFragment): this { setContent(this.descEl, desc); return this; }
	setClass(cls: string): this { this.settingEl.classList.add(cls); return this; }
	setTooltip(tooltip: string): this { setTooltip(this.nameEl, tooltip); return this; }
	setHeading(): this { this.settingEl.classList.add("setting-item-heading"); return this; }

	setDisabled(disabled: boolean): this {
		this.settingEl.classList.toggle("is-disabled", disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => unknown): this { return this.add(new ButtonComponent(this.controlEl), cb); }
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this { return this.add(new ExtraButtonComponent(this.controlEl), cb); }
	addToggle(cb: (component: ToggleComponent) => unknown): this { return this.add(new ToggleComponent(this.controlEl), cb); }
	addText(cb: (component: TextComponent) => unknown): this { return this.add(new TextComponent(this.controlEl), cb); }
	addTextArea(cb: (component: TextAreaComponent) => unknown): this { return this.add(new TextAreaComponent(this.controlEl), cb); }
	addMomentFormat(cb: (component: MomentFormatComponent) => unknown): this { return this.add(new MomentFormatComponent(this.controlEl), cb); }
	addDropdown(cb: (component: DropdownComponent) => unknown): this { return this.add(new DropdownComponent(this.controlEl), cb); }
	addSlider(cb: (component: SliderComponent) => unknown): this { return this.add(new SliderComponent(this.controlEl), cb); }
	addComponent<T extends Obsidian.BaseComponent>(cb: (el: HTMLElement) => T): this { this.components.push(cb(this.controlEl)); return this; }
	then(cb: (setting: this) => unknown): this { cb(this); return this; }

	clear(): this {
		this.controlEl.replaceChildren();
		this.components = [];
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

export class SettingGroup implements Has<Obsidian.SettingGroup, "listEl" | "setHeading" | "addClass" | "addSetting" | "addExtraButton"> {
	/** Test helper: the group's outer element (heading, then listEl). */
	groupEl: HTMLElement;
	listEl: HTMLElement;
	#heading?: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.groupEl = el("div", "setting-group", containerEl);
		this.listEl = el("div", "setting-items", this.groupEl);
	}

	/** Test helper: `.setting-group-heading`, created on first use. */
	get headingEl(): HTMLElement {
		this.#heading ??= this.groupEl.insertBefore(el("div", "setting-group-heading"), this.listEl);
		return this.#heading;
	}

	setHeading(text: string | DocumentFragment): this { setContent(this.headingEl, text); return this; }
	addClass(...classes: string[]): this { this.groupEl.classList.add(...classes); return this; }
	addSetting(cb: (setting: Setting) => void): this { cb(new Setting(this.listEl)); return this; }
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this { cb(new ExtraButtonComponent(this.headingEl)); return this; }
}

/**
 * Opened with displaySettingTab(): update(), then the definitions from getSettingDefinitions()
 * are rendered (controls bound to getControlValue/setControlValue), or, when there are none,
 * display() runs, as in Obsidian 1.13.
 */
export abstract class SettingTab
	implements
		Pick<Obsidian.SettingTab, "icon" | "hide" | "settingItems" | "getSettingDefinitions" | "getControlValue" | "setControlValue" | "refreshDomState">,
		Has<Obsidian.SettingTab, "app" | "containerEl">
{
	app: App;
	icon = "settings";
	settingItems: Obsidian.SettingDefinitionItem[] = [];
	#container?: HTMLElement;

	constructor(app: App) { this.app = app; }

	get containerEl(): HTMLElement {
		this.#container ??= el("div", "vertical-tab-content");
		return this.#container;
	}

	getSettingDefinitions(): Obsidian.SettingDefinitionItem[] { return []; }
	update(): void { this.settingItems = this.getSettingDefinitions(); }
	getControlValue(key: string): unknown { return undefined; }
	setControlValue(key: string, value: unknown): void | Promise<void> {}
	refreshDomState(): void { for (const entry of renderedDefinitions.get(this) ?? []) applyDomState(entry); }
	/** Obsidian calls this to open a tab without setting definitions (deprecated since 1.13). */
	display(): void {}
	hide(): void { this.containerEl.replaceChildren(); }
}

/** What PluginSettingTab uses of its plugin. */
interface PluginWithSettings {
	settings?: unknown;
	saveData(data: unknown): Promise<void>;
}

/** Controls read and write `plugin.settings[key]`, persisted with plugin.saveData(). */
export abstract class PluginSettingTab extends SettingTab {
	readonly #plugin: PluginWithSettings;

	constructor(app: App, plugin: PluginWithSettings) {
		super(app);
		this.#plugin = plugin;
	}

	override getControlValue(key: string): unknown {
		const settings = this.#plugin.settings;
		return isRecord(settings) ? settings[key] : undefined;
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const settings = this.#plugin.settings;
		if (!isRecord(settings)) throw new Error("obsidian-stub: plugin.settings is not an object");
		settings[key] = value;
		await this.#plugin.saveData(settings);
	}
}

interface RenderedDefinition {
	item: { visible?: boolean | (() => boolean); disabled?: boolean | (() => boolean) };
	el: HTMLElement;
	setting?: Setting;
}

const renderedDefinitions = new WeakMap<SettingTab, RenderedDefinition[]>();

const evaluate = (flag: boolean | (() => boolean) | undefined, fallback: boolean): boolean => (typeof flag === "function" ? flag() : (flag ?? fallback));

function applyDomState({ item, el: target, setting }: RenderedDefinition): void {
	target.hidden = !evaluate(item.visible, true);
	setting?.setDisabled(evaluate(item.disabled, false));
}

function isGroup(item: Obsidian.SettingDefinitionItem): item is Obsidian.SettingDefinitionGroup {
	return "type" in item && (item.type === "group" || item.type === "list");
}

function isPage(item: Obsidian.SettingDefinitionItem): item is Obsidian.SettingDefinitionPage { return "type" in item && item.type === "page"; }

function isAction(item: Obsidian.SettingDefinition): item is Obsidian.SettingDefinitionAction { return item.action !== undefined; }

function renderDefinitions(tab: SettingTab): void {
	const rendered: RenderedDefinition[] = [];
	const renderItems = (items: Obsidian.SettingDefinitionItem[], group: SettingGroup): void => {
		items.forEach((item, index) => {
			if (isGroup(item)) {
				const inner = new SettingGroup(group.listEl);
				if (item.heading) inner.setHeading(item.heading);
				if (item.cls) inner.addClass(item.cls);
				for (const button of item.extraButtons ?? []) inner.addExtraButton(button);
				rendered.push({ item, el: inner.groupEl });
				renderItems(item.items ?? [], inner);
			} else if (isPage(item)) {
				const setting = new Setting(group.listEl).setName(item.name).setClass("setting-page");
				if (item.desc) setting.setDesc(item.desc);
				rendered.push({ item, el: setting.settingEl });
				renderItems(item.items ?? [], new SettingGroup(group.listEl).addClass("setting-page-items"));
			} else {
				const setting = new Setting(group.listEl).setName(item.name);
				if (item.desc) setting.setDesc(item.desc);
				if (item.control) bindControl(tab, setting, item.control);
				const { action, render } = item;
				if (action) setting.settingEl.addEventListener("click", () => action(setting.settingEl, index));
				// The stub Setting and SettingGroup cover the commonly used part of the real classes.
				if (render) render(setting as unknown as Obsidian.Setting, group as unknown as Obsidian.SettingGroup);
				const disabled = item.control ? item.control.disabled : isAction(item) ? item.disabled : undefined;
				rendered.push({ item: { visible: item.visible, disabled }, el: setting.settingEl, setting });
			}
		});
	};
	tab.containerEl.replaceChildren();
	renderItems(tab.settingItems, new SettingGroup(tab.containerEl));
	renderedDefinitions.set(tab, rendered);
	for (const entry of rendered) applyDomState(entry);
}

/** Renders a control bound to the tab; a `validate` message is shown with setErrorMessage and blocks the write. */
function bindControl(tab: SettingTab, setting: Setting, control: Obsidian.SettingControl): void {
	const current = tab.getControlValue(control.key) ?? control.defaultValue;
	const persist = async <V>(base: Obsidian.SettingControlBase<V>, value: V): Promise<void> => {
		const problem = (await base.validate?.(value)) ?? null;
		setting.setErrorMessage(problem || null);
		if (!problem) await tab.setControlValue(base.key, value);
	};
	const text = typeof current === "string" || typeof current === "number" ? String(current) : "";
	switch (control.type) {
		case "toggle":
			setting.addToggle((toggle) => toggle.setValue(current === true).onChange((value) => persist(control, value)));
			break;
		case "dropdown":
			setting.addDropdown((dropdown) => dropdown.addOptions(control.options).setValue(text).onChange((value) => persist(control, value)));
			break;
		case "textarea":
			setting.addTextArea((area) => area.setPlaceholder(control.placeholder ?? "").setValue(text).onChange((value) => persist(control, value)));
			break;
		case "number":
			setting.addText((input) => {
				input.inputEl.type = "number";
				input.setPlaceholder(control.placeholder ?? "").setValue(text).onChange((value) => persist(control, Number(value)));
			});
			break;
		case "slider":
			setting.addSlider((slider) => {
				slider.setLimits(control.min, control.max, control.step).setValue(typeof current === "number" ? current : control.min);
				if (control.displayFormat) slider.setDisplayFormat(control.displayFormat);
				slider.onChange((value) => persist(control, value));
			});
			break;
		default:
			setting.addText((input) => {
				if (control.type === "color") input.inputEl.type = "color";
				else input.setPlaceholder(control.placeholder ?? "");
				input.setValue(text).onChange((value) => persist(control, value));
			});
	}
}

// ---------------------------------------------------------------------------------------------
// Notices, menus, rendering
// ---------------------------------------------------------------------------------------------

/** Records every message shown in `Notice.messages` (cleared before each test by tests/setup.ts). */
export class Notice implements Pick<Obsidian.Notice, "setMessage" | "hide">, Has<Obsidian.Notice, "noticeEl" | "containerEl" | "messageEl"> {
	/** Test helper: every message shown (constructor and setMessage), oldest first. */
	static readonly messages: string[] = [];
	/** Test helper: the latest message of this notice. */
	message: string;
	hidden = false;
	private dom?: { containerEl: HTMLElement; noticeEl: HTMLElement; messageEl: HTMLElement };

	constructor(
		message: string | DocumentFragment,
		readonly duration?: number,
	) {
		this.message = textOf(message);
		Notice.messages.push(this.message);
	}

	/** Test helper. */
	static reset(): void { Notice.messages.length = 0; }
	get containerEl(): HTMLElement { return this.parts().containerEl; }
	get noticeEl(): HTMLElement { return this.parts().noticeEl; }
	get messageEl(): HTMLElement { return this.parts().messageEl; }

	setMessage(message: string | DocumentFragment): this {
		this.message = textOf(message);
		Notice.messages.push(this.message);
		if (this.dom) this.dom.messageEl.textContent = this.message;
		return this;
	}

	hide(): void { this.hidden = true; }

	private parts(): NonNullable<Notice["dom"]> {
		if (!this.dom) {
			const containerEl = el("div", "notice-container");
			const noticeEl = el("div", "notice", containerEl);
			const messageEl = el("div", "notice-message", noticeEl);
			messageEl.textContent = this.message;
			this.dom = { containerEl, noticeEl, messageEl };
		}
		return this.dom;
	}
}

let lastMenu: Menu | null = null;

/** Test helper: the menu shown most recently. */
export function getLastMenu(): Menu | null { return lastMenu; }

function rememberMenu(menu: Menu): void { lastMenu = menu; }

export class MenuItem implements Obsidian.MenuItem {
	/** Test helper state. */
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	warning = false;
	isLabel = false;
	section = "";
	private callback?: (evt: MouseEvent | KeyboardEvent) => unknown;

	/** Test helper: runs the item's onClick callback. */
	click(evt: MouseEvent | KeyboardEvent = clickEvent()): void { if (!this.disabled) void this.callback?.(evt); }
	setTitle(title: string | DocumentFragment): this { this.title = textOf(title); return this; }
	setIcon(icon: string | null): this { this.icon = icon; return this; }
	setChecked(checked: boolean | null): this { this.checked = checked; return this; }
	setDisabled(disabled: boolean): this { this.disabled = disabled; return this; }
	setWarning(isWarning: boolean): this { this.warning = isWarning; return this; }
	setIsLabel(isLabel: boolean): this { this.isLabel = isLabel; return this; }
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this { this.callback = callback; return this; }
	setSection(section: string): this { this.section = section; return this; }
}

export class Menu extends Component
	implements Pick<Obsidian.Menu, "setNoIcon" | "setUseNativeMenu" | "addItem" | "addSeparator" | "setParentElement" | "showAtMouseEvent" | "showAtPosition" | "hide" | "close" | "onHide">
{
	/** Test helper: the items added so far (separators are not recorded). */
	readonly items: MenuItem[] = [];
	shown = false;
	private readonly hideCallbacks: (() => unknown)[] = [];

	static forEvent(): Menu { return new Menu(); }
	setNoIcon(): this { return this; }
	setUseNativeMenu(): this { return this; }

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		this.items.push(item);
		cb(item);
		return this;
	}

	addSeparator(): this { return this; }
	setParentElement(): this { return this; }
	showAtMouseEvent(): this { return this.show(); }
	showAtPosition(): this { return this.show(); }

	hide(): this {
		if (this.shown) {
			this.shown = false;
			for (const callback of this.hideCallbacks) callback();
		}
		return this;
	}

	close(): void { this.hide(); }
	onHide(callback: () => unknown): void { this.hideCallbacks.push(callback); }

	private show(): this {
		this.shown = true;
		rememberMenu(this);
		return this;
	}
}

export class MarkdownRenderChild extends Component implements Obsidian.MarkdownRenderChild {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

/** Renders Markdown as plain text: one `<p>` per blank-line-separated block. */
export abstract class MarkdownRenderer extends MarkdownRenderChild {
	static async render(_app: Obsidian.App, markdown: string, el: HTMLElement): Promise<void> {
		for (const block of markdown.split(/\r?\n[ \t]*\r?\n/)) {
			if (block.trim() === "") continue;
			el.createEl("p", { text: block });
		}
	}

	static async renderMarkdown(markdown: string, el: HTMLElement): Promise<void> {
		return MarkdownRenderer.render(undefined as unknown as Obsidian.App, markdown, el); // the app is not used
	}
}

// ---------------------------------------------------------------------------------------------
// App and Plugin
// ---------------------------------------------------------------------------------------------

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

	constructor(files: Record<string, string> = {}) {
		this.vault = new Vault(files);
		this.metadataCache = new MetadataCache(this.vault);
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
		this.register(() => this.app.viewRegistry.delete(type));
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

function pluginDataPath(app: App, id: string): string {
	return `${app.vault.configDir}/plugins/${id}/data.json`;
}

// ---------------------------------------------------------------------------------------------
// Test helpers
// ---------------------------------------------------------------------------------------------

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
	lastMenu = null;
}
