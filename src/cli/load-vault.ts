import { visibleProse, visibleTextOfNote } from "../core/text/visible-text";
import moment from "moment";
import type { DailyNotesConfig } from "../core/model/config";
import type { NoteLanguage } from "../core/model/languages";
import { makeDailyNoteParser, type MomentLike } from "../core/contact/daily-notes";
import { NetworkIndex } from "../core/index/network-index";
import type { NoteRecord, Problem } from "../core/model/types";
import { readPluginSettings, type CliSettings } from "./settings-file";
import { readVault } from "./vault-reader";

/** The `moment` package behind the same signature the plugin gets from Obsidian's moment. */
export const nodeMoment: MomentLike = (input, format, strict) => moment(input, format, strict);

/** A vault read from disk and indexed, with the plugin's settings for it. */
export interface VaultContext {
	/** The folder as given on the command line. */
	vault: string;
	index: NetworkIndex;
	records: Map<string, NoteRecord>;
	settings: CliSettings;
	/** Files that could not be read and settings files that could not be understood. */
	readProblems: Problem[];
	ignored: number;
	/** Whether Obsidian's "Excluded files" setting leaves a path out. */
	isIgnored: (path: string) => boolean;
	/** The templates folders (core Templates, Templater), whose notes are never read. */
	templatesFolders: string[];
}

/**
 * Reads and indexes the vault at `vault`, honouring the plugin's settings stored in it;
 * `language`, when given, over the one they set.
 */
export async function openVault(vault: string, language?: NoteLanguage): Promise<VaultContext> {
	const stored = await readPluginSettings(vault);
	const settings = language === undefined ? stored : { ...stored, core: { ...stored.core, noteLanguage: language } };
	const contents = await readVault(vault, { maxNoteBytes: settings.maxNoteBytes });
	const dailyNotes: DailyNotesConfig = {
		folder: settings.dailyNotesFolder !== "" ? settings.dailyNotesFolder.replace(/^\/+|\/+$/g, "") : contents.dailyNotes.folder,
		format: settings.dailyNotesFormat !== "" ? settings.dailyNotesFormat : contents.dailyNotes.format,
	};
	// Most commands never search: people's and posts' text is analysed when one first does.
	const index = new NetworkIndex({ config: settings.core, dailyNotes, parseDailyDate: makeDailyNoteParser(nodeMoment, dailyNotes.format), textWhenAsked: true });
	index.commons.setTemplates(contents.templates.map((text) => visibleProse(visibleTextOfNote(text))));
	const records = new Map<string, NoteRecord>();
	for (const record of contents.records) {
		index.upsert(record);
		records.set(record.path, record);
	}
	return { vault, index, records, settings, readProblems: [...contents.problems, ...settings.problems], ignored: contents.ignored, isIgnored: contents.isIgnored, templatesFolders: contents.templatesFolders };
}

/** Every problem: settings and unreadable files first by path, then the notes' own. */
export function allProblems(context: VaultContext): Problem[] {
	return [...context.readProblems, ...context.index.problems()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

