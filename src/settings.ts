import { defaultCoreConfig, type CadenceRule, type CoreConfig, type FieldNames, type KindRule } from "./core/config";
import type { Problem } from "./core/types";

export interface TopOfMindSettings {
	core: CoreConfig;
	/** Empty = use Obsidian's Daily notes settings. */
	dailyNotesFolder: string;
	dailyNotesFormat: string;
	followUpHeading: string;
	messageTemplate: string;
	resultLimit: number;
	peopleFolder: string;
	/** "person path::post path" pairs the user said are not for each other. */
	notForThem: string[];
}

export const DEFAULT_SETTINGS: TopOfMindSettings = {
	core: defaultCoreConfig(),
	dailyNotesFolder: "",
	dailyNotesFormat: "",
	followUpHeading: "Follow-ups",
	messageTemplate: "Hi {{firstName}}, I wrote something you might like: {{title}} {{url}}",
	resultLimit: 10,
	peopleFolder: "People",
	notForThem: [],
};

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

/**
 * Stored settings (the plugin's data.json) merged over fresh defaults: stored values win,
 * `core.fields` and the kind rules key by key; a value of the wrong type keeps its default
 * and is reported, so an old or hand-edited file can never break the plugin or the
 * command line. Never mutates DEFAULT_SETTINGS.
 */
export function readSettings(data: unknown, path = "data.json"): { settings: TopOfMindSettings; problems: Problem[] } {
	const base = structuredClone(DEFAULT_SETTINGS);
	if (data === null || data === undefined) return { settings: base, problems: [] };
	const reader = new SettingsReader(path);
	if (!isObject(data)) {
		reader.report("file", `The plugin's settings are ${describeValue(data)}, not an object; the defaults were used.`);
		return { settings: base, problems: reader.problems };
	}
	const isText = (v: unknown): v is string => typeof v === "string";
	const isLimit = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1;
	const notForThem = reader.pick(data, "notForThem", [] as unknown[], (v): v is unknown[] => Array.isArray(v), "a list", "");
	const settings: TopOfMindSettings = {
		core: reader.core(data.core),
		dailyNotesFolder: reader.pick(data, "dailyNotesFolder", base.dailyNotesFolder, isText, "text", "").trim(),
		dailyNotesFormat: reader.pick(data, "dailyNotesFormat", base.dailyNotesFormat, isText, "text", "").trim(),
		followUpHeading: reader.pick(data, "followUpHeading", base.followUpHeading, isText, "text", ""),
		messageTemplate: reader.pick(data, "messageTemplate", base.messageTemplate, isText, "text", ""),
		resultLimit: reader.pick(data, "resultLimit", base.resultLimit, isLimit, "a whole number of at least 1", ""),
		peopleFolder: reader.pick(data, "peopleFolder", base.peopleFolder, isText, "text", ""),
		notForThem: [...new Set(notForThem.filter((pair): pair is string => typeof pair === "string" && pair.includes("::")))],
	};
	return { settings, problems: reader.problems };
}

/** The plugin's settings from its stored data; see readSettings. */
export function mergeSettings(stored: unknown): TopOfMindSettings {
	return readSettings(stored).settings;
}
