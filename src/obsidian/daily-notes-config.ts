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

/**
 * The daily notes folder, format and template: the plugin's own override when set, else
 * the core Daily notes plugin's settings file, else Obsidian's defaults.
 */
export async function readDailyNotesConfig(app: App, settings: TopOfMindSettings): Promise<DailyNotesSettings> {
	const stored: Partial<DailyNotesSettings> = await readConfigFile(app, "daily-notes.json");
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
