import { defaultCoreConfig, type CoreConfig } from "./core/config";

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

/** Merges stored data over fresh defaults; never mutates DEFAULT_SETTINGS. */
export function mergeSettings(stored: unknown): TopOfMindSettings {
	const base = structuredClone(DEFAULT_SETTINGS);
	if (!stored || typeof stored !== "object") return base;
	const data = stored as Partial<TopOfMindSettings>;
	return {
		...base,
		...data,
		core: { ...base.core, ...(data.core ?? {}), fields: { ...base.core.fields, ...(data.core?.fields ?? {}) } },
		notForThem: Array.isArray(data.notForThem) ? data.notForThem.filter((x): x is string => typeof x === "string") : [],
	};
}
