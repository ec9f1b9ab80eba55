import { moment, normalizePath, type App } from "obsidian";
import { DEFAULT_DAILY_NOTES, type DailyNotesConfig } from "../core/model/config";
import { makeDailyNoteFormatter, makeDailyNoteParser, type MomentLike } from "../core/contact/daily-notes";
import { folderRefusal, pathRefusal } from "../core/edits/note-paths";
import { corePlugin } from "./core-plugins";
import type { TopOfMindSettings } from "../settings/plugin-settings";

/** Obsidian's own moment, behind the signature the core expects. */
export const obsidianMoment: MomentLike = (input, format, strict) => moment(input, format, strict);

export const parseDailyWith = (format: string) => makeDailyNoteParser(obsidianMoment, format);
export const formatDaily = makeDailyNoteFormatter(obsidianMoment);

export interface DailyNotesSettings extends DailyNotesConfig {
	/** Template note path from the Daily notes settings, when one is set. */
	template: string;
	/** The folder as its setting holds it: tidied, a leading slash would no longer show. */
	folderAsSet: string;
	/** Which setting holds the folder, and which the format, as a notice names them. */
	folderSetting: string;
	formatSetting: string;
}

/** Until the settings are read: Obsidian's defaults. */
export const DEFAULT_DAILY_NOTES_SETTINGS: DailyNotesSettings = {
	...DEFAULT_DAILY_NOTES,
	template: "",
	folderAsSet: DEFAULT_DAILY_NOTES.folder,
	folderSetting: '"New file location" in the Daily notes settings',
	formatSetting: '"Date format" in the Daily notes settings',
};

/** Where a daily-notes setting came from: Top of Mind's own override, Periodic Notes or Daily notes. */
type DailySource = "top-of-mind" | "periodic-notes" | "daily-notes";

const SETTING_NAMES: Record<DailySource, { folder: string; format: string }> = {
	"top-of-mind": { folder: '"Daily notes folder" in Top of Mind\'s settings', format: '"Daily note format" in Top of Mind\'s settings' },
	"periodic-notes": { folder: 'the daily note folder in the "Periodic Notes" settings', format: 'the daily note format in the "Periodic Notes" settings' },
	"daily-notes": { folder: DEFAULT_DAILY_NOTES_SETTINGS.folderSetting, format: DEFAULT_DAILY_NOTES_SETTINGS.formatSetting },
};

/** Daily-note settings as a plugin stores them: any of folder, format and template, of any type. */
interface StoredDailyNotes {
	folder?: unknown;
	format?: unknown;
	template?: unknown;
}

/**
 * The live settings of the core Daily notes plugin, or of Periodic Notes' daily notes when that
 * community plugin is enabled and has them on: null when neither is there. Both are undocumented
 * (`app.internalPlugins`, `app.plugins`), so every step is guarded: a missing or changed shape
 * means "not there", and the settings file is read instead.
 */
function livePluginSettings(app: App): (StoredDailyNotes & { source: DailySource }) | null {
	const host = app as unknown as { plugins?: { getPlugin?: (id: string) => unknown } };
	const periodic = typeof host.plugins?.getPlugin === "function" ? (host.plugins.getPlugin("periodic-notes") as { settings?: { daily?: StoredDailyNotes & { enabled?: unknown } } } | null) : null;
	const daily = periodic?.settings?.daily;
	if (daily && daily.enabled === true) return { ...daily, source: "periodic-notes" };
	const core = corePlugin(app, "daily-notes");
	if (core && core.enabled !== false) return { ...(core.options as StoredDailyNotes), source: "daily-notes" };
	return null;
}

/**
 * The daily notes folder, format and template, read at each use: the plugin's own override when
 * set, else Periodic Notes' daily settings (when enabled), else the core Daily notes plugin's
 * live settings, else its settings file (`<configDir>/daily-notes.json`), else Obsidian's defaults.
 */
export async function readDailyNotesConfig(app: App, settings: TopOfMindSettings): Promise<DailyNotesSettings> {
	const live = livePluginSettings(app);
	const stored: StoredDailyNotes = live ?? (await readConfigFile(app, "daily-notes.json"));
	const source = live?.source ?? "daily-notes";
	const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
	const folder = text(settings.dailyNotesFolder) || text(stored.folder) || DEFAULT_DAILY_NOTES.folder;
	return {
		folder: normalizeFolder(folder),
		format: text(settings.dailyNotesFormat) || text(stored.format) || DEFAULT_DAILY_NOTES.format,
		template: text(stored.template),
		folderAsSet: folder,
		folderSetting: SETTING_NAMES[text(settings.dailyNotesFolder) !== "" ? "top-of-mind" : source].folder,
		formatSetting: SETTING_NAMES[text(settings.dailyNotesFormat) !== "" ? "top-of-mind" : source].format,
	};
}

/**
 * Why today's daily note may not be created at `path`, in a sentence that names the setting to
 * change, or null when it may. The folder is judged as its setting holds it; a path that goes
 * wrong below a sound folder went wrong in the date format.
 */
export function dailyNoteRefusal(daily: DailyNotesSettings, path: string): string | null {
	const folder = folderRefusal(daily.folderAsSet);
	if (folder !== null) return `the daily notes folder "${daily.folderAsSet}" ${folder}; change ${daily.folderSetting}.`;
	const file = pathRefusal(path);
	if (file !== null) return `the daily note path "${path}" from the format "${daily.format}" ${file}; change ${daily.formatSetting}.`;
	return null;
}

/**
 * One of Obsidian's settings files in the configuration folder, as an object; {} when it is
 * missing or unreadable, which in Obsidian means its defaults.
 */
export async function readConfigFile(app: App, name: string): Promise<Record<string, unknown>> {
	try {
		const file = normalizePath(`${app.vault.configDir}/${name}`);
		if (!(await app.vault.adapter.exists(file))) return {};
		const parsed: unknown = JSON.parse(await app.vault.adapter.read(file));
		return parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

function normalizeFolder(folder: string): string {
	const normalized = normalizePath(folder);
	return normalized === "/" ? "" : normalized;
}
