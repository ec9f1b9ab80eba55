/**
 * The plugin's own settings, read from the vault so the command line ranks exactly as the
 * plugin does there: `<vault>/<configDir>/plugins/top-of-mind/data.json`, written by
 * Obsidian's `saveData`. Its `core` object is merged over the defaults the way the plugin
 * merges it (stored values win; `fields` merged key by key); a value of the wrong type is
 * left at its default and reported, and a file that is not valid JSON means defaults and a
 * problem, never a crash.
 */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { defaultCoreConfig, type CoreConfig } from "../core/model/config";
import { DEFAULT_SETTINGS, readSettings } from "../settings/plugin-settings";
import type { Problem } from "../core/model/types";

export const PLUGIN_ID = "top-of-mind";
/** The plugin's default for how many results a list shows (settings `resultLimit`). */
export const DEFAULT_RESULT_LIMIT = DEFAULT_SETTINGS.resultLimit;

export interface CliSettings {
	core: CoreConfig;
	/** `person path::post path` pairs the user marked "not for them". */
	notForThem: Set<string>;
	resultLimit: number;
	/** Daily notes folder and format set in the plugin; empty = Obsidian's Daily notes settings. */
	dailyNotesFolder: string;
	dailyNotesFormat: string;
	/** Notes larger than this many bytes are read by their beginning. */
	maxNoteBytes: number;
	/** "My email addresses": a calendar import skips the events these declined. */
	importMyEmails: string[];
	problems: Problem[];
}

/** Vault-relative path of the settings file. */
export function settingsPath(configDir = ".obsidian"): string {
	return `${configDir}/plugins/${PLUGIN_ID}/data.json`;
}

function defaults(problems: Problem[] = []): CliSettings {
	return {
		core: defaultCoreConfig(),
		notForThem: new Set(),
		resultLimit: DEFAULT_RESULT_LIMIT,
		dailyNotesFolder: "",
		dailyNotesFormat: "",
		maxNoteBytes: DEFAULT_SETTINGS.maxNoteBytes,
		importMyEmails: [],
		problems,
	};
}

/** Settings from already parsed `data.json` content; `path` names the file in problems. */
export function settingsFromData(data: unknown, path = settingsPath()): CliSettings {
	if (data === null || data === undefined) {
		return defaults([{ path, key: "file", message: "The plugin's settings file holds no settings (null); the defaults were used." }]);
	}
	const { settings, problems } = readSettings(data, path);
	return {
		core: settings.core,
		notForThem: new Set(settings.notForThem),
		resultLimit: settings.resultLimit,
		dailyNotesFolder: settings.dailyNotesFolder,
		dailyNotesFormat: settings.dailyNotesFormat,
		maxNoteBytes: settings.maxNoteBytes,
		importMyEmails: settings.importMyEmails,
		problems,
	};
}

/**
 * Reads the plugin's settings from the vault folder `vaultDir`. A missing file means the
 * defaults, silently; an unreadable or invalid one means the defaults and a problem.
 */
export async function readPluginSettings(vaultDir: string, configDir = ".obsidian"): Promise<CliSettings> {
	const path = settingsPath(configDir);
	let text: string;
	try {
		text = await fs.readFile(nodePath.join(vaultDir, ...path.split("/")), "utf8");
	} catch (error) {
		const code = error && typeof error === "object" && "code" in error ? String(error.code) : String(error);
		if (code === "ENOENT" || code === "ENOTDIR") return defaults();
		return defaults([{ path, key: "file", message: `The plugin's settings file could not be read (${code}); the defaults were used.` }]);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return defaults([{ path, key: "file", message: "The plugin's settings file is not valid JSON; the defaults were used." }]);
	}
	return settingsFromData(data, path);
}
