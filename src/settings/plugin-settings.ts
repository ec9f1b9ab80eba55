import { defaultCoreConfig, type CadenceRule, type CoreConfig, type FieldNames, type KindRule } from "../core/model/config";
import { isNoteLanguage } from "../core/model/languages";
import type { Problem } from "../core/model/types";
import { normalizeFolder } from "../core/model/paths";

export interface TopOfMindSettings {
	core: CoreConfig;
	/** Empty = use Obsidian's Daily notes settings. */
	dailyNotesFolder: string;
	dailyNotesFormat: string;
	followUpHeading: string;
	messageTemplate: string;
	resultLimit: number;
	/** "person path::post path" pairs the user said are not for each other. */
	notForThem: string[];
	/** Notes larger than this (bytes) are read by their beginning, and reported. */
	maxNoteBytes: number;
	/** The user's own addresses: a calendar import skips events they declined, and never takes them for an attendee. */
	importMyEmails: string[];
}

/**
 * 2 MB: a long note is tens of kilobytes; a note of megabytes is an export, a log or a paste.
 * Every step of reading one is linear and handed its own turn, so even a note at the limit
 * never holds Obsidian's main thread long (`npm run bench -- hostile --only plugin`), and
 * past it nothing more is read for text nobody matches.
 */
export const DEFAULT_MAX_NOTE_BYTES = 2_000_000;

export const DEFAULT_SETTINGS: TopOfMindSettings = {
	core: defaultCoreConfig(),
	dailyNotesFolder: "",
	dailyNotesFormat: "",
	followUpHeading: "Follow-ups",
	messageTemplate: "Hi {{firstName}}, I wrote something you might like: {{title}} {{url}}",
	resultLimit: 10,
	notForThem: [],
	maxNoteBytes: DEFAULT_MAX_NOTE_BYTES,
	importMyEmails: [],
};

/** Below this a note's frontmatter alone may not fit. */
export const MIN_NOTE_BYTES = 10_000;

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

const isText = (value: unknown): value is string => typeof value === "string";

/** Members are underscored: the reader is private to this file, and the bundle shortens such names. */
class SettingsReader {
	readonly _problems: Problem[] = [];

	constructor(private readonly _path: string) {}

	_report(key: string, message: string): void {
		this._problems.push({ path: this._path, key, message });
	}

	/** A stored value when it has the expected type, else the default (and a problem). */
	_pick<T>(stored: Json, key: string, fallback: T, check: (value: unknown) => value is T, what: string, prefix: string): T {
		if (!(key in stored) || stored[key] === undefined) return fallback;
		const value = stored[key];
		if (check(value)) return value;
		this._report(`${prefix}${key}`, `${describeValue(value)} is not ${what}; the default was used.`);
		return fallback;
	}

	_text(stored: Json, key: string, fallback: string, prefix: string): string {
		return this._pick(stored, key, fallback, isText, "text", prefix);
	}

	_list(stored: Json, key: string, fallback: string[], prefix: string): string[] {
		return this._pick(stored, key, fallback, isStringList, "a list of text", prefix);
	}

	_kindRule(stored: unknown, fallback: KindRule, key: string): KindRule {
		if (stored === undefined) return fallback;
		if (!isObject(stored)) {
			this._report(`core.${key}`, `${describeValue(stored)} is not a rule object; the default was used.`);
			return fallback;
		}
		const out: KindRule = { ...fallback };
		for (const name of Object.keys(fallback) as Array<keyof KindRule>) out[name] = this._list(stored, name, fallback[name], `core.${key}.`);
		return out;
	}

	_fields(stored: unknown, fallback: FieldNames): FieldNames {
		if (stored === undefined) return fallback;
		if (!isObject(stored)) {
			this._report("core.fields", `${describeValue(stored)} is not an object of field names; the defaults were used.`);
			return fallback;
		}
		const out: FieldNames = { ...fallback };
		for (const key of Object.keys(fallback) as Array<keyof FieldNames>) {
			if (key === "topics") out.topics = this._list(stored, key, fallback.topics, "core.fields.");
			else out[key] = this._text(stored, key, fallback[key], "core.fields.");
		}
		return out;
	}

	_cadenceRules(stored: unknown, fallback: CadenceRule[]): CadenceRule[] {
		if (stored === undefined) return fallback;
		if (!Array.isArray(stored)) {
			this._report("core.cadenceByTag", `${describeValue(stored)} is not a list of rules; no tag rules were used.`);
			return fallback;
		}
		const rules: CadenceRule[] = [];
		(stored as unknown[]).forEach((rule, i) => {
			if (isObject(rule) && typeof rule.tag === "string" && typeof rule.cadence === "string") {
				rules.push({ tag: rule.tag, cadence: rule.cadence });
			} else {
				this._report(`core.cadenceByTag.${i}`, `${describeValue(rule)} is not a rule like {"tag": "family", "cadence": "14d"}; it was skipped.`);
			}
		});
		return rules;
	}

	_core(stored: unknown): CoreConfig {
		const base = defaultCoreConfig();
		if (stored === undefined) return base;
		if (!isObject(stored)) {
			this._report("core", `${describeValue(stored)} is not an object of settings; the defaults were used.`);
			return base;
		}
		return {
			person: this._kindRule(stored.person, base.person, "person"),
			post: this._kindRule(stored.post, base.post, "post"),
			fields: this._fields(stored.fields, base.fields),
			logHeading: this._text(stored, "logHeading", base.logHeading, "core."),
			defaultCadence: this._text(stored, "defaultCadence", base.defaultCadence, "core."),
			cadenceByTag: this._cadenceRules(stored.cadenceByTag, base.cadenceByTag),
			excludedFolders: this._list(stored, "excludedFolders", base.excludedFolders, "core."),
			excludedPaths: this._list(stored, "excludedPaths", base.excludedPaths, "core."),
			workflowTags: this._list(stored, "workflowTags", base.workflowTags, "core."),
			contactProperties: this._list(stored, "contactProperties", base.contactProperties, "core."),
			noteLanguage: this._pick(stored, "noteLanguage", base.noteLanguage ?? "auto", isNoteLanguage, 'a language: "auto" or a code such as "eng" or "deu"', "core."),
		};
	}
}

/** The key of the one folder new people went to, before the person folders became the one list. */
export const OLD_PEOPLE_FOLDER_KEY = "peopleFolder";

/** True when stored settings still hold a setting that loading moves elsewhere (then save them once). */
export function hasOldSettings(data: unknown): boolean {
	return isObject(data) && OLD_PEOPLE_FOLDER_KEY in data;
}

/**
 * The person folders with an old `peopleFolder` value put first (new people go to the first
 * entry), unless the list already holds it. Settings written before the key moved have the
 * person folders' old default, none, when they hold no list of their own.
 */
function withOldPeopleFolder(reader: SettingsReader, data: Json, core: CoreConfig): CoreConfig {
	if (!(OLD_PEOPLE_FOLDER_KEY in data)) return core;
	const old = reader._text(data, OLD_PEOPLE_FOLDER_KEY, "", "").trim();
	const person = isObject(data.core) && isObject(data.core.person) ? data.core.person : {};
	const folders = isStringList(person.folders) ? core.person.folders : [];
	const same = (folder: string): boolean => normalizeFolder(folder) === normalizeFolder(old);
	const merged = old === "" ? folders : [old, ...folders.filter((folder) => !same(folder))];
	return { ...core, person: { ...core.person, folders: merged } };
}

/**
 * Stored settings (the plugin's data.json) merged over fresh defaults: stored values win,
 * `core.fields` and the kind rules key by key; a value of the wrong type keeps its default
 * and is reported, so an old or hand-edited file can never break the plugin or the
 * command line. An old `peopleFolder` joins the person folders (see withOldPeopleFolder), and
 * is not kept. Never mutates DEFAULT_SETTINGS.
 */
export function readSettings(data: unknown, path = "data.json"): { settings: TopOfMindSettings; problems: Problem[] } {
	const base = structuredClone(DEFAULT_SETTINGS);
	if (data === null || data === undefined) return { settings: base, problems: [] };
	const reader = new SettingsReader(path);
	if (!isObject(data)) {
		reader._report("file", `The plugin's settings are ${describeValue(data)}, not an object; the defaults were used.`);
		return { settings: base, problems: reader._problems };
	}
	const text = (key: "dailyNotesFolder" | "dailyNotesFormat" | "followUpHeading" | "messageTemplate"): string => reader._text(data, key, base[key], "");
	const isLimit = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1;
	const isNoteSize = (v: unknown): v is number => isLimit(v) && v >= MIN_NOTE_BYTES;
	const notForThem = reader._pick(data, "notForThem", [] as unknown[], (v): v is unknown[] => Array.isArray(v), "a list", "");
	const settings: TopOfMindSettings = {
		core: withOldPeopleFolder(reader, data, reader._core(data.core)),
		dailyNotesFolder: text("dailyNotesFolder").trim(),
		dailyNotesFormat: text("dailyNotesFormat").trim(),
		followUpHeading: text("followUpHeading"),
		messageTemplate: text("messageTemplate"),
		resultLimit: reader._pick(data, "resultLimit", base.resultLimit, isLimit, "a whole number of at least 1", ""),
		maxNoteBytes: reader._pick(data, "maxNoteBytes", base.maxNoteBytes, isNoteSize, "a whole number of bytes of at least 10,000", ""),
		notForThem: [...new Set(notForThem.filter((pair): pair is string => typeof pair === "string" && pair.includes("::")))],
		importMyEmails: reader._list(data, "importMyEmails", base.importMyEmails, ""),
	};
	return { settings, problems: reader._problems };
}

/** The plugin's settings from its stored data; see readSettings. */
export function mergeSettings(stored: unknown): TopOfMindSettings {
	return readSettings(stored).settings;
}
