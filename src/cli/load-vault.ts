import moment from "moment";
import { defaultCoreConfig, type CoreConfig } from "../core/config";
import { makeDailyNoteParser, type MomentLike } from "../core/daily-notes";
import { NetworkIndex } from "../core/network-index";
import type { NoteRecord, Problem } from "../core/types";
import { readVault } from "./vault-reader";

/** The `moment` package behind the same signature the plugin gets from Obsidian's moment. */
export const nodeMoment: MomentLike = (input, format, strict) => moment(input, format, strict);

export interface LoadedVault {
	index: NetworkIndex;
	records: Map<string, NoteRecord>;
	/** Problems found while reading files (unreadable files, bad settings files). */
	readProblems: Problem[];
	ignored: number;
}

/** Reads a vault folder and indexes it with the same core the plugin uses. */
export async function loadVault(dir: string, config: CoreConfig = defaultCoreConfig()): Promise<LoadedVault> {
	const contents = await readVault(dir);
	const index = new NetworkIndex({
		config,
		dailyNotes: contents.dailyNotes,
		parseDailyDate: makeDailyNoteParser(nodeMoment, contents.dailyNotes.format),
	});
	const records = new Map<string, NoteRecord>();
	for (const record of contents.records) {
		index.upsert(record);
		records.set(record.path, record);
	}
	return { index, records, readProblems: contents.problems, ignored: contents.ignored };
}
