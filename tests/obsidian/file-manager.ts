/** The FileManager: processFrontMatter, generateMarkdownLink, renameFile. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Document as YamlDocument, isMap, isScalar, isSeq, parseDocument, type YAMLMap } from "yaml";
import { YAML_OPTIONS, isRecord, sameData } from "./dom-utils";
import { splitName } from "./functions";
import { findFrontmatter } from "./frontmatter";
import { TFolder } from "./files";
import { Vault } from "./vault";
import { MetadataCache } from "./metadata-cache";

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
