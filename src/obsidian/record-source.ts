import { parseFrontMatterTags, parseLinktext, parseYaml, type App, type CachedMetadata, type ListItemCache, type Reference, type ReferenceCache, type TFile } from "obsidian";
import { commentedTagsIn, readFrontmatter, splitFrontmatter } from "../core/markdown/frontmatter";
import { buildRecord } from "../core/markdown/record";
import { limitNoteText, markCut, type LimitedText } from "../core/markdown/size-limit";
import { propertyLinksWith, topLevelKey } from "../core/markdown/property-links";
import type { NoteLink, NoteRecord } from "../core/model/types";
import { yieldToUi } from "./slices";

/**
 * A note's text, cut to its beginning when it is larger than `maxNoteBytes` (the file's size
 * says so without measuring the text): Obsidian holds it whole, but the plugin reads a note
 * in one go, and megabytes of it would block the window.
 */
export async function readLimited(app: App, file: TFile, maxNoteBytes: number): Promise<LimitedText> {
	return limitNoteText(await app.vault.cachedRead(file), maxNoteBytes, file.stat.size);
}

/** A note read whole (up to the size limit), as the panel and the share command query with it; the cache is read after the text. */
export async function readRecord(app: App, file: TFile, maxNoteBytes: number): Promise<NoteRecord> {
	const limited = await readLimited(app, file, maxNoteBytes);
	const cache = app.metadataCache.getFileCache(file);
	const record = cache ? await recordFromCacheInSteps(file, cache, limited.text, maxNoteBytes) : recordOf(file, null, limited.text);
	return markCut(record, limited, maxNoteBytes);
}

/**
 * The record of a note from Obsidian's cache, or, while the cache has not parsed the note yet
 * (`getFileCache` is null for a note it has not read, at start-up or right after a write), from
 * its text with the same readers the command line uses. The cache's view replaces it when the
 * cache fires `changed` for the note.
 */
export function recordOf(file: TFile, cache: CachedMetadata | null, text: string): NoteRecord {
	if (cache) return recordFromCache(file, cache, text);
	return buildRecord({ path: file.path, text, mtime: file.stat.mtime, parseYaml });
}

/**
 * Obsidian's metadata cache → the core's NoteRecord. Frontmatter, tags, links and headings
 * come from the cache Obsidian already keeps; only the bodies the core needs (people and
 * posts) are read, by the caller, and passed in. When the text is given and Obsidian found
 * no properties in a frontmatter block it has, the record says why (invalid YAML, a list, a
 * block never closed), as the command line does, so the note is counted as a problem.
 * Without `withLinks`, links and headings are left out: enough to tell the note's kind.
 */
export function recordFromCache(file: TFile, cache: CachedMetadata | null, text: string | null, maxNoteBytes = Number.POSITIVE_INFINITY, withLinks = true): NoteRecord {
	const within = withinRead(file, text, maxNoteBytes);
	const frontmatter = cache?.frontmatter ? ({ ...cache.frontmatter } as Record<string, unknown>) : null;
	const split = text === null ? null : splitFrontmatter(text);
	const links = withLinks ? [...propertyLinksOf(cache, frontmatter), ...bodyLinksOf(cache, within)] : [];

	// getAllTags would list every tag of the whole note: only those in the part read count.
	const found = [...(parseFrontMatterTags(cache?.frontmatter) ?? [])];
	for (const tag of cache?.tags ?? []) {
		if (!within(tag)) break;
		found.push(tag.tag);
	}
	const tags = [...new Set(found.map((tag) => tag.replace(/^#/, "").toLowerCase()))];
	const record: NoteRecord = {
		path: file.path,
		basename: file.basename,
		frontmatter,
		body: split?.body ?? "",
		bodyStartLine: split?.bodyStartLine ?? (cache?.frontmatterPosition ? cache.frontmatterPosition.end.line + 1 : 0),
		tags,
		links,
		headings: withLinks ? headingsOf(cache, within) : [],
		mtime: file.stat.mtime,
	};
	if (split !== null && !cache?.frontmatter) {
		const error = readFrontmatter(split, parseYaml).error;
		if (error !== undefined) record.frontmatterError = error;
	}
	const commented = split === null ? undefined : commentedTagsIn(split.yaml);
	if (commented !== undefined) record.commentedTags = commented;
	return record;
}

/** A link as the cache reports it, as the core's NoteLink; null for a link to no note (`[[#Heading]]`). */
function noteLink({ link, displayText: display }: Reference, line: number, embed: boolean, inUncheckedTask: boolean): NoteLink | null {
	// Most links name a note and nothing more; a long note has tens of thousands of them,
	// so each is built as one plain object rather than spread together.
	const { path, subpath } = link.includes("#") ? parseLinktext(link) : { path: link, subpath: "" };
	if (path === "") return null;
	const found: NoteLink = { target: path, embed, line, inUncheckedTask };
	if (display !== undefined && display !== link) found.display = display;
	if (subpath) found.heading = subpath.replace(/^#/, "");
	return found;
}

/**
 * Whether a cache item is in the part of the note read. A note over the size limit is read by
 * its beginning: so are the cache's links and headings (hundreds of thousands in a note of tens
 * of megabytes). Offsets count UTF-16 units, at most one per byte, so the beginning read is at
 * most this long.
 */
function withinRead(file: TFile, text: string | null, maxNoteBytes: number): Within {
	const readTo = file.stat.size > maxNoteBytes ? (text?.length ?? maxNoteBytes) : Number.POSITIVE_INFINITY;
	return (item) => item.position.start.offset < readTo;
}

type Within = (item: { position: { start: { offset: number } } }) => boolean;

/** How many of a long note's links are gathered between two hand-backs (a few milliseconds' work). */
const LINKS_PER_STEP = 4_000;

/**
 * As recordFromCache, with the links and headings of a long note gathered a step at a time
 * and `pause` between the steps (a note at the size limit has tens of thousands): the record
 * is the same, and no one turn holds the main thread long.
 */
export async function recordFromCacheInSteps(file: TFile, cache: CachedMetadata, text: string, maxNoteBytes: number, pause: () => Promise<void> = yieldToUi): Promise<NoteRecord> {
	const count = (cache.links?.length ?? 0) + (cache.embeds?.length ?? 0) + (cache.listItems?.length ?? 0);
	if (count <= LINKS_PER_STEP) return recordFromCache(file, cache, text, maxNoteBytes);
	const record = recordFromCache(file, cache, text, maxNoteBytes, false);
	const within = withinRead(file, text, maxNoteBytes);
	const body = new BodyLinks(within);
	const kinds: Array<[count: number, gather: (from: number, to: number) => boolean]> = [
		[cache.listItems?.length ?? 0, (from, to) => body.taskLines(cache.listItems ?? [], from, to)],
		[cache.links?.length ?? 0, (from, to) => body.links(cache.links ?? [], from, to)],
		[cache.embeds?.length ?? 0, (from, to) => body.embeds(cache.embeds ?? [], from, to)],
	];
	for (const [count, gather] of kinds) {
		for (let from = 0; from < count; from += LINKS_PER_STEP) {
			await pause();
			// Each kind is in the note's order: past the part read, the rest of it is too.
			if (!gather(from, from + LINKS_PER_STEP)) break;
		}
	}
	await pause();
	record.links = [...propertyLinksOf(cache, record.frontmatter), ...body.sorted()];
	record.headings = headingsOf(cache, within);
	return record;
}

/** The body's links and embeds in the part read, gathered a range at a time; those on unchecked task lines flagged. */
class BodyLinks {
	readonly #uncheckedLines = new Set<number>();
	readonly #found: NoteLink[] = [];
	readonly #within: Within;

	constructor(within: Within) {
		this.#within = within;
	}

	/** Each gatherer reads items `from` to `to` and says whether the part read goes on past them. */
	readonly taskLines = (items: ListItemCache[], from = 0, to = items.length): boolean => {
		for (let i = from; i < Math.min(to, items.length); i++) {
			const item = items[i] as ListItemCache;
			if (!this.#within(item)) return false;
			if (item.task === " ") this.#uncheckedLines.add(item.position.start.line);
		}
		return true;
	};

	readonly links = (found: ReferenceCache[], from = 0, to = found.length): boolean => this.#add(found, from, to, false);
	readonly embeds = (found: ReferenceCache[], from = 0, to = found.length): boolean => this.#add(found, from, to, true);

	sorted(): NoteLink[] {
		return this.#found.sort((a, b) => a.line - b.line);
	}

	#add(found: ReferenceCache[], from: number, to: number, embed: boolean): boolean {
		for (let i = from; i < Math.min(to, found.length); i++) {
			const reference = found[i] as ReferenceCache;
			if (!this.#within(reference)) return false;
			const line = reference.position.start.line;
			const link = noteLink(reference, line, embed, this.#uncheckedLines.has(line));
			if (link) this.#found.push(link);
		}
		return true;
	}
}

function bodyLinksOf(cache: CachedMetadata | null, within: Within): NoteLink[] {
	const body = new BodyLinks(within);
	body.taskLines(cache?.listItems ?? []);
	body.links(cache?.links ?? []);
	body.embeds(cache?.embeds ?? []);
	return body.sorted();
}

function headingsOf(cache: CachedMetadata | null, within: Within): NoteRecord["headings"] {
	return (cache?.headings ?? []).filter(within).map((h) => ({ text: h.heading, level: h.level, line: h.position.start.line }));
}

/**
 * Links written in properties: the quoted ones as Obsidian reports them (`frontmatterLinks`,
 * keyed `attendees.0` for a list's first item), and the unquoted `[[x]]` that Obsidian reads
 * as a list in a list, in the order the command line gives them (markdown/property-links.ts).
 */
function propertyLinksOf(cache: CachedMetadata | null, frontmatter: Record<string, unknown> | null): NoteLink[] {
	const quoted = new Map<string, NoteLink[]>();
	for (const reference of cache?.frontmatterLinks ?? []) {
		const link = noteLink(reference, 0, false, false);
		if (link === null) continue;
		const property = topLevelKey(reference.key, frontmatter);
		const list = quoted.get(property) ?? [];
		list.push({ ...link, property });
		quoted.set(property, list);
	}
	return propertyLinksWith(frontmatter, quoted);
}
