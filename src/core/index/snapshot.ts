import { NetworkIndex, type IndexOptions } from "./network-index";
import type { SearchName } from "./text-search";
import type { StoredNote } from "./note-store";
import { analyzeForIndex } from "../text/phrases";
import type { PackedTerms, SearchMeta, TermData } from "./search-engine";
import { unpackTerms } from "./search-unpack";
import { numbersToText, textToNumbers } from "./number-text";

/**
 * The index persisted between sessions, so start-up re-reads only the notes that changed.
 *
 * A snapshot is text: a JSON array with one element per line, so it can be written and read
 * a slice at a time (no single long parse or stringify blocks the app). The first element
 * is a header with the format version and a key of the settings the index was built with;
 * a snapshot of another format or other settings is never restored. Then the notes as the
 * index keeps them (people and posts already coerced), the posts' document-frequency
 * table, each MiniSearch index (what its `toJSON` gives but the terms, which follow in lines
 * of numbers written as text, see PackedTerms), and an end marker, so a snapshot cut short
 * is never taken for a whole one.
 *
 * Every line is one byte a character (see oneByte): a string with a single character past
 * U+00FF takes two bytes a character in IndexedDB, and a people's note in Greek would
 * otherwise double the size of the other notes on its line.
 */

/** Bump whenever what is stored, or how notes are analysed, changes. */
export const SNAPSHOT_FORMAT = 11;

/** A line of notes is parsed and put back in one turn: about 25 ms at 10k notes on this machine. */
const NOTES_PER_LINE = 200;
/** Numbers of postings per line of terms (see PackedTerms): about 40 KB of text at 10k notes. */
const POSTINGS_PER_LINE = 20_000;
const COUNTS_PER_LINE = 20_000;

interface Header {
	kind: "top-of-mind-index";
	format: number;
	settings: string;
	notes: number;
}

type Line =
	| { notes: StoredNote[] }
	| { search: SearchName; meta: SearchMeta }
	| ({ search: SearchName } & PackedTerms)
	| { frequencies: "posts"; documents: number; terms: string[]; counts: string }
	| { end: number };

/** A short stable hash (FNV-1a, 32 bits, hex) of a text. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, "0");
}

/**
 * Texts that exercise the analyser: stop words, apostrophes, accents, stems, numbers,
 * phrases said once and twice; German and Japanese (their guess, their stop words, no
 * stemming, and the platform's word segmentation, which another device may not have).
 */
const PROBES = [
	"Don't let the teams' usage-based pricing run the café: Tomás ran the Kubernetes clusters, and usage-based pricing won. Costs fell 12% in 2026.",
	"Die Preise für die Kunden sind nicht das Problem, sagt Jürgen, und die Verträge auch nicht.",
	"東京で会議がありました。Kubernetesの導入は難しい。",
];

/**
 * Changes when text analysis does: a snapshot whose notes were analysed otherwise is then
 * refused, even if SNAPSHOT_FORMAT was not bumped.
 */
export function analysisKey(): string {
	// Guessed, whatever the setting: the setting itself is in the settings' key.
	const analysed = PROBES.map((probe) => analyzeForIndex(probe, "auto"));
	return hash(analysed.map(({ terms, phrases }) => `${terms.join(" ")}|${phrases.join(",")}`).join("|"));
}

/** A key of everything in the settings (and the analyser) that changes what the index holds. */
export function settingsKey(options: Pick<IndexOptions, "config" | "dailyNotes" | "postBodyTerms">, analysis = analysisKey()): string {
	const text = JSON.stringify({ config: options.config, dailyNotes: options.dailyNotes, postBodyTerms: options.postBodyTerms ?? 80, analysis });
	return `${hash(text)}-${text.length}`;
}

const WIDE = /[^\0-\xff]/;
const EVERY_WIDE = /[^\0-\xff]/g;

function escaped(char: string): string {
	return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * JSON text with every character past U+00FF written as its \u escape: the same value to
 * JSON.parse, since such characters stand only inside strings. A surrogate pair becomes two
 * escapes, as JSON writes one.
 */
export function oneByte(json: string): string {
	return WIDE.test(json) ? json.replace(EVERY_WIDE, escaped) : json;
}

function* inGroups<T>(items: Iterable<T>, size: number): Generator<T[], void, undefined> {
	let group: T[] = [];
	for (const item of items) {
		group.push(item);
		if (group.length >= size) {
			yield group;
			group = [];
		}
	}
	if (group.length > 0) yield group;
}

/**
 * The lines of a snapshot of `index`, one at a time: call next() between slices of other
 * work. The index must not change until the last line is taken (check `revision`).
 */
export function* snapshotLines(index: NetworkIndex): Generator<string, void, undefined> {
	const paths = index.paths();
	const header: Header = { kind: "top-of-mind-index", format: SNAPSHOT_FORMAT, settings: settingsKey(index.options), notes: paths.length };
	yield JSON.stringify(header);
	for (const group of inGroups(paths, NOTES_PER_LINE)) {
		const notes = group.map((path) => index.storedNote(path)).filter((note): note is StoredNote => note !== undefined);
		yield oneByte(JSON.stringify({ notes } satisfies Line));
	}
	const documents = index.postsCounted();
	// One line even for an empty table: the restorer checks the table arrived.
	yield JSON.stringify({ frequencies: "posts", documents, terms: [], counts: "" } satisfies Line);
	for (const group of inGroups(index.postFrequencies(), COUNTS_PER_LINE)) {
		const line: Line = { frequencies: "posts", documents, terms: group.map(([term]) => term), counts: numbersToText(group.map(([, count]) => count)) };
		yield oneByte(JSON.stringify(line));
	}
	for (const search of ["people", "posts"] as const) {
		yield oneByte(JSON.stringify({ search, meta: index.searchMeta(search) } satisfies Line));
		for (const packed of index.packedTerms(search, POSTINGS_PER_LINE)) yield oneByte(JSON.stringify({ search, ...packed } satisfies Line));
	}
	yield JSON.stringify({ end: paths.length } satisfies Line);
}

/** Lines joined into the text of one JSON array (a part file, or a whole snapshot). */
export function joinSnapshot(lines: Iterable<string>): string {
	return `[\n${[...lines].join(",\n")}\n]\n`;
}

/** The lines of a text written by joinSnapshot; [] for anything else. */
export function splitSnapshot(text: string): string[] {
	if (!text.startsWith("[\n") || !text.endsWith("\n]\n")) return [];
	const inner = text.slice(2, -3);
	return inner === "" ? [] : inner.split(",\n");
}

export type Restored = { index: NetworkIndex } | { rejected: string };

/**
 * Takes a snapshot's lines one at a time (accept), putting notes and statistics back as
 * they come, then gives the index back (finish): so a caller can read and parse a few
 * lines, then let the app run, then go on. A snapshot of another format or settings is
 * refused at its first line.
 */
export class SnapshotRestorer {
	private _header: Header | null = null;
	private _index: NetworkIndex | null = null;
	private _notes = 0;
	private readonly _searches: Record<SearchName, { meta?: SearchMeta; terms: Array<[string, TermData]> }> = {
		people: { terms: [] },
		posts: { terms: [] },
	};
	private _frequencies = false;
	private _ended = false;
	private _problem: string | null = null;

	constructor(private readonly _options: IndexOptions) {}

	/** Takes one line; false once the snapshot is refused (nothing after will change that). */
	accept(line: string): boolean {
		if (this._problem !== null) return false;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch {
			this._problem = this._header === null ? "not a snapshot" : "damaged";
			return false;
		}
		try {
			this._problem = this._take(value);
		} catch {
			// A line of the right shape with contents the index cannot take.
			this._problem = "damaged";
		}
		return this._problem === null;
	}

	/** Takes one parsed line; the reason to refuse the snapshot, if any. */
	private _take(value: unknown): string | null {
		if (this._header === null) {
			const header = value as Partial<Header> | null;
			if (typeof header !== "object" || header === null || header.kind !== "top-of-mind-index") return "not a snapshot";
			if (header.format !== SNAPSHOT_FORMAT) return "another format";
			if (header.settings !== settingsKey(this._options)) return "other settings";
			this._header = header as Header;
			this._index = new NetworkIndex(this._options);
			return null;
		}
		const index = this._index as NetworkIndex;
		if (this._ended || typeof value !== "object" || value === null) return "damaged";
		const line = value as Line;
		if ("notes" in line && Array.isArray(line.notes)) {
			index.restoreNotes(line.notes);
			this._notes += line.notes.length;
		} else if ("meta" in line && isSearch(line.search)) this._searches[line.search].meta = line.meta;
		else if ("frequencies" in line) {
			if (line.frequencies !== "posts" || !Array.isArray(line.terms) || typeof line.counts !== "string" || typeof line.documents !== "number") return "damaged";
			const counts = textToNumbers(line.counts);
			if (counts.length !== line.terms.length || !line.terms.every((term) => typeof term === "string")) return "damaged";
			index.restorePostFrequencies(line.documents, line.terms, counts);
			this._frequencies = true;
		} else if ("search" in line && "terms" in line && isSearch(line.search) && Array.isArray(line.terms) && typeof line.postings === "string") {
			for (const entry of unpackTerms(line)) this._searches[line.search].terms.push(entry);
		} else if ("end" in line) this._ended = true;
		else return "damaged";
		return null;
	}

	/**
	 * The index, or why the snapshot is refused (not whole, or damaged). Its search indexes
	 * load when first used, or a step at a time through the index's settle.
	 */
	finish(): Restored {
		if (this._problem !== null) return { rejected: this._problem };
		if (this._header === null || this._index === null) return { rejected: "not a snapshot" };
		if (!this._ended) return { rejected: "cut short" };
		if (this._notes !== this._header.notes || !this._frequencies) return { rejected: "damaged" };
		try {
			for (const search of ["people", "posts"] as const) {
				const { meta, terms } = this._searches[search];
				if (meta === undefined) return { rejected: "damaged" };
				this._index.restoreSearch(search, meta, terms);
			}
		} catch {
			return { rejected: "damaged" };
		}
		return { index: this._index };
	}
}

function isSearch(value: unknown): value is SearchName {
	return value === "people" || value === "posts";
}

/** An index from a whole snapshot's lines, loaded at once (the command line, benchmarks and tests). */
export function restoreIndex(options: IndexOptions, lines: Iterable<string>): Restored {
	const restorer = new SnapshotRestorer(options);
	for (const line of lines) if (!restorer.accept(line)) break;
	const result = restorer.finish();
	if ("index" in result) result.index.settleNow();
	return result;
}

/**
 * What a restored index must re-read to match the vault: notes added or modified since
 * the snapshot (by modification time), and notes gone since.
 */
export function staleNotes(index: NetworkIndex, files: ReadonlyArray<{ path: string; mtime: number }>): { changed: string[]; removed: string[] } {
	const present = new Set<string>();
	const changed: string[] = [];
	for (const { path, mtime } of files) {
		present.add(path);
		if (index.mtimeOf(path) !== mtime) changed.push(path);
	}
	const removed = index.paths().filter((path) => !present.has(path));
	return { changed, removed };
}
