/**
 * A NetworkIndex from a readable description of a vault:
 *
 * ```ts
 * const index = buildIndex({
 *   "People/Ana Diaz.md": { fm: { type: "person", topics: ["pricing"] }, body: "## Log\n- 2026-09-14 Coffee" },
 *   "Posts/Pricing.md": note("Posts/Pricing.md").fm({ type: "post" }),
 *   "2026-10-02.md": { body: "Lunch with [[Ana Diaz]]" },
 * });
 * ```
 *
 * Each entry is either a {@link NoteSpec} or a NoteBuilder; records are built with the
 * shared note builder, so links, tags and headings come from the body unless given.
 * Daily notes are named `YYYY-MM-DD` in the vault root by default, parsed by the real
 * `moment` package, as the command line does.
 */
import moment from "moment";
import { defaultCoreConfig, type CoreConfig, type DailyNotesConfig } from "../../src/core/model/config";
import { makeDailyNoteParser } from "../../src/core/contact/daily-notes";
import { NetworkIndex } from "../../src/core/index/network-index";
import type { NoteRecord } from "../../src/core/model/types";
import { note, NoteBuilder, type LinkSpec } from "./note-builder";

export interface NoteSpec {
	fm?: Record<string, unknown>;
	body?: string;
	/** Extra tags on top of those in the frontmatter and body. */
	tags?: string[];
	/** Links instead of those derived from the body. */
	links?: LinkSpec[];
}

export type VaultSpec = Record<string, NoteSpec | NoteBuilder>;

export interface IndexSetup {
	config?: CoreConfig;
	dailyNotes?: DailyNotesConfig;
}

/** The record a spec describes at `path`. */
export function recordOf(path: string, spec: NoteSpec | NoteBuilder): NoteRecord {
	if (spec instanceof NoteBuilder) return spec.build();
	const builder = note(path);
	if (spec.fm) builder.fm(spec.fm);
	if (spec.body !== undefined) builder.body(spec.body);
	if (spec.tags) builder.tags(...spec.tags);
	if (spec.links) builder.links(...spec.links);
	return builder.build();
}

/** Records of a vault description, in the order written. */
export function recordsOf(vault: VaultSpec): NoteRecord[] {
	return Object.entries(vault).map(([path, spec]) => recordOf(path, spec));
}

/** An empty index with the default settings (or the given ones) and a moment daily-note parser. */
export function emptyIndex(setup: IndexSetup = {}): NetworkIndex {
	const dailyNotes = setup.dailyNotes ?? { folder: "", format: "YYYY-MM-DD" };
	return new NetworkIndex({
		config: setup.config ?? defaultCoreConfig(),
		dailyNotes,
		parseDailyDate: makeDailyNoteParser(moment, dailyNotes.format),
	});
}

/** An index holding the given notes. */
export function buildIndex(vault: VaultSpec | readonly NoteRecord[], setup: IndexSetup = {}): NetworkIndex {
	const index = emptyIndex(setup);
	const records = Array.isArray(vault) ? (vault as readonly NoteRecord[]) : recordsOf(vault as VaultSpec);
	for (const record of records) index.upsert(record);
	return index;
}

/** Shorthand for a person note's spec: `person({ topics: ["pricing"] }, "Body text")`. */
export function person(fm: Record<string, unknown> = {}, body = ""): NoteSpec {
	return { fm: { type: "person", ...fm }, body };
}

/** Shorthand for a post note's spec: `post({ topics: ["pricing"] }, "Body text")`. */
export function post(fm: Record<string, unknown> = {}, body = ""): NoteSpec {
	return { fm: { type: "post", ...fm }, body };
}
