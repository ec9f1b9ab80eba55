/** The FileManager: processFrontMatter, generateMarkdownLink, renameFile. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { parse as parseYamlText, stringify as stringifyYamlText } from "yaml";
import { YAML_OPTIONS, isRecord } from "./dom-utils";
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

	/** Atomic, like Obsidian's, and re-serialising the whole block as it does: see rewriteFrontmatter. */
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
 * As the app does it: the block is parsed, handed to `fn`, and written back whole with the
 * `yaml` package's defaults (as Obsidian's stringifyYaml), so comments vanish, flow lists
 * become block lists, needless quotes are dropped, long values fold at 80 columns, and the
 * block's lines end in LF whatever the note used. What follows the block is kept. A note
 * without frontmatter gets one at the top. Throws when the frontmatter is not valid YAML.
 */
function rewriteFrontmatter(text: string, fn: (frontmatter: Record<string, unknown>) => void): string {
	const block = findFrontmatter(text);
	const parsed: unknown = block ? parseYamlText(block.yaml, YAML_OPTIONS) : null;
	if (parsed !== null && parsed !== undefined && !isRecord(parsed)) throw new Error("The frontmatter is not a key-value map");
	const data: Record<string, unknown> = isRecord(parsed) ? parsed : {};
	fn(data);
	const yaml = Object.keys(data).length === 0 ? "" : stringifyYamlText(data);
	const head = `---\n${yaml}---`;
	return block ? head + text.slice(block.closeEnd) : `${head}\n${text}`;
}
