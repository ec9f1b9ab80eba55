import { moment, normalizePath, type App } from "obsidian";
import { DEFAULT_DAILY_NOTES, type DailyNotesConfig } from "../core/model/config";
import { makeDailyNoteFormatter, makeDailyNoteParser, type MomentLike } from "../core/contact/daily-notes";
import type { TopOfMindSettings } from "../settings/plugin-settings";

/** Obsidian's own moment, behind the signature the core expects. */
export const obsidianMoment: MomentLike = (input, format, strict) => moment(input, format, strict);

export const parseDailyWith = (format: string) => makeDailyNoteParser(obsidianMoment, format);
export const formatDaily = makeDailyNoteFormatter(obsidianMoment);

export interface DailyNotesSettings extends DailyNotesConfig {
	/** Template note path from the Daily notes settings, when one is set. */
	template: string;
}

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
function livePluginSettings(app: App): StoredDailyNotes | null {
	const host = app as unknown as {
		plugins?: { getPlugin?: (id: string) => unknown };
		internalPlugins?: { getPluginById?: (id: string) => unknown };
	};
	const periodic = typeof host.plugins?.getPlugin === "function" ? (host.plugins.getPlugin("periodic-notes") as { settings?: { daily?: StoredDailyNotes & { enabled?: unknown } } } | null) : null;
	const daily = periodic?.settings?.daily;
	if (daily && daily.enabled === true) return daily;
	const core = typeof host.internalPlugins?.getPluginById === "function" ? (host.internalPlugins.getPluginById("daily-notes") as { enabled?: unknown; instance?: { options?: StoredDailyNotes } } | null) : null;
	if (core && core.enabled !== false && core.instance?.options && typeof core.instance.options === "object") return core.instance.options;
	return null;
}

/**
 * The daily notes folder, format and template, read at each use: the plugin's own override when
 * set, else Periodic Notes' daily settings (when enabled), else the core Daily notes plugin's
 * live settings, else its settings file (`<configDir>/daily-notes.json`), else Obsidian's defaults.
 */
export async function readDailyNotesConfig(app: App, settings: TopOfMindSettings): Promise<DailyNotesSettings> {
	const stored: StoredDailyNotes = livePluginSettings(app) ?? (await readConfigFile(app, "daily-notes.json"));
	const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
	return {
		folder: normalizeFolder(text(settings.dailyNotesFolder) || text(stored.folder) || DEFAULT_DAILY_NOTES.folder),
		format: text(settings.dailyNotesFormat) || text(stored.format) || DEFAULT_DAILY_NOTES.format,
		template: text(stored.template),
	};
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
