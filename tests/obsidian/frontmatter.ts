/** Frontmatter helpers: parseFrontMatter*, getAllTags, getFrontMatterInfo and the block finder they share. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { parseDocument } from "yaml";
import { YAML_OPTIONS, isRecord } from "./dom-utils";

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

export function findFrontmatter(text: string): FrontmatterBlock | null {
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

export function parseFrontmatterData(yaml: string): Record<string, unknown> | undefined {
	const parsed = parseDocument(yaml, YAML_OPTIONS);
	if (parsed.errors.length > 0) return undefined;
	const data: unknown = parsed.toJS();
	return isRecord(data) ? data : undefined;
}
