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
import { defaultCoreConfig, type CadenceRule, type CoreConfig, type FieldNames, type KindRule } from "../core/config";
import type { Problem } from "../core/types";

export const PLUGIN_ID = "top-of-mind";
/** The plugin's default for how many results a list shows (settings `resultLimit`). */
export const DEFAULT_RESULT_LIMIT = 10;

export interface CliSettings {
	core: CoreConfig;
	/** `person path::post path` pairs the user marked "not for them". */
	notForThem: Set<string>;
	resultLimit: number;
	/** Daily notes folder and format set in the plugin; empty = Obsidian's Daily notes settings. */
	dailyNotesFolder: string;
	dailyNotesFormat: string;
	problems: Problem[];
}

/** Vault-relative path of the settings file. */
export function settingsPath(configDir = ".obsidian"): string {
	return `${configDir}/plugins/${PLUGIN_ID}/data.json`;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function describeValue(value: unknown): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	if (typeof value === "string") return `"${value}"`;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return "an object";
}

class SettingsReader {
	readonly problems: Problem[] = [];

	constructor(private readonly path: string) {}

	report(key: string, message: string): void {
		this.problems.push({ path: this.path, key, message });
	}

	/** A stored value when it has the expected type, else the default (and a problem). */
	pick<T>(stored: Json, key: string, fallback: T, check: (value: unknown) => value is T, what: string, prefix: string): T {
		if (!(key in stored) || stored[key] === undefined) return fallback;
		const value = stored[key];
		if (check(value)) return value;
		this.report(`${prefix}${key}`, `${describeValue(value)} is not ${what}; the default was used.`);
		return fallback;
	}

	kindRule(stored: unknown, fallback: KindRule, key: string): KindRule {
		if (stored === undefined) return fallback;
		if (!isObject(stored)) {
			this.report(`core.${key}`, `${describeValue(stored)} is not a rule object; the default was used.`);
			return fallback;
		}
		const prefix = `core.${key}.`;
		return {
			typeValues: this.pick(stored, "typeValues", fallback.typeValues, isStringList, "a list of text", prefix),
			tags: this.pick(stored, "tags", fallback.tags, isStringList, "a list of text", prefix),
			folders: this.pick(stored, "folders", fallback.folders, isStringList, "a list of text", prefix),
		};
	}

	fields(stored: unknown, fallback: FieldNames): FieldNames {
		if (stored === undefined) return fallback;
		if (!isObject(stored)) {
			this.report("core.fields", `${describeValue(stored)} is not an object of field names; the defaults were used.`);
			return fallback;
		}
		const out: FieldNames = { ...fallback };
		for (const key of Object.keys(fallback) as Array<keyof FieldNames>) {
			if (key === "topics") out.topics = this.pick(stored, key, fallback.topics, isStringList, "a list of text", "core.fields.");
			else out[key] = this.pick(stored, key, fallback[key], (v): v is string => typeof v === "string", "text", "core.fields.");
		}
		return out;
	}

	cadenceRules(stored: unknown, fallback: CadenceRule[]): CadenceRule[] {
		if (stored === undefined) return fallback;
		if (!Array.isArray(stored)) {
			this.report("core.cadenceByTag", `${describeValue(stored)} is not a list of rules; no tag rules were used.`);
			return fallback;
		}
		const rules: CadenceRule[] = [];
		(stored as unknown[]).forEach((rule, i) => {
			if (isObject(rule) && typeof rule.tag === "string" && typeof rule.cadence === "string") {
				rules.push({ tag: rule.tag, cadence: rule.cadence });
			} else {
				this.report(`core.cadenceByTag.${i}`, `${describeValue(rule)} is not a rule like {"tag": "family", "cadence": "14d"}; it was skipped.`);
			}
		});
		return rules;
	}

	core(stored: unknown): CoreConfig {
		const base = defaultCoreConfig();
		if (stored === undefined) return base;
		if (!isObject(stored)) {
			this.report("core", `${describeValue(stored)} is not an object of settings; the defaults were used.`);
			return base;
		}
		const isString = (v: unknown): v is string => typeof v === "string";
		return {
			person: this.kindRule(stored.person, base.person, "person"),
			post: this.kindRule(stored.post, base.post, "post"),
			fields: this.fields(stored.fields, base.fields),
			logHeading: this.pick(stored, "logHeading", base.logHeading, isString, "text", "core."),
			defaultCadence: this.pick(stored, "defaultCadence", base.defaultCadence, isString, "text", "core."),
			cadenceByTag: this.cadenceRules(stored.cadenceByTag, base.cadenceByTag),
			excludedFolders: this.pick(stored, "excludedFolders", base.excludedFolders, isStringList, "a list of text", "core."),
		};
	}
}

function defaults(problems: Problem[] = []): CliSettings {
	return {
		core: defaultCoreConfig(),
		notForThem: new Set(),
		resultLimit: DEFAULT_RESULT_LIMIT,
		dailyNotesFolder: "",
		dailyNotesFormat: "",
		problems,
	};
}

/** Settings from already parsed `data.json` content; `path` names the file in problems. */
export function settingsFromData(data: unknown, path = settingsPath()): CliSettings {
	if (!isObject(data)) {
		return defaults([{ path, key: "file", message: `The plugin's settings are ${describeValue(data)}, not an object; the defaults were used.` }]);
	}
	const reader = new SettingsReader(path);
	const core = reader.core(data.core);
	const isText = (v: unknown): v is string => typeof v === "string";
	const notForThem = reader.pick(data, "notForThem", [] as unknown[], (v): v is unknown[] => Array.isArray(v), "a list", "");
	const pairs = new Set(notForThem.filter((pair): pair is string => typeof pair === "string" && pair.includes("::")));
	const isLimit = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1;
	return {
		core,
		notForThem: pairs,
		resultLimit: reader.pick(data, "resultLimit", DEFAULT_RESULT_LIMIT, isLimit, "a whole number of at least 1", ""),
		dailyNotesFolder: reader.pick(data, "dailyNotesFolder", "", isText, "text", "").trim(),
		dailyNotesFormat: reader.pick(data, "dailyNotesFormat", "", isText, "text", "").trim(),
		problems: reader.problems,
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
