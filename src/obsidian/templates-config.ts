import type { App } from "obsidian";
import { templaterFolderOf, templatesFolderOf } from "../core/vault/ignore-filters";
import { corePlugin } from "./core-plugins";
import { readConfigFile } from "./daily-notes-config";

/**
 * The templates folders, read at each build, never indexed: the core Templates plugin's (its
 * live options when the plugin is there, else `<configDir>/templates.json`) and Templater's
 * (its live settings, else `<configDir>/plugins/templater-obsidian/data.json`). Both
 * `app.internalPlugins` and `app.plugins` are undocumented, so every step is guarded.
 */
export async function readTemplatesFolders(app: App): Promise<string[]> {
	const live = corePlugin(app, "templates");
	const core = templatesFolderOf(live ? live.options : await readConfigFile(app, "templates.json"));
	const host = app as unknown as { plugins?: { getPlugin?: (id: string) => unknown } };
	const templater = typeof host.plugins?.getPlugin === "function" ? (host.plugins.getPlugin("templater-obsidian") as { settings?: unknown } | null) : null;
	const settings = templater?.settings ?? (await readConfigFile(app, "plugins/templater-obsidian/data.json"));
	return [...new Set([core, templaterFolderOf(settings)])].filter((folder) => folder !== "");
}
