import type { App } from "obsidian";
import { templatesFolderOf } from "../core/vault/ignore-filters";
import { corePlugin } from "./core-plugins";
import { readConfigFile } from "./daily-notes-config";

/**
 * The folder of the core Templates plugin, read at each build: its live options when the
 * plugin is there, else its settings file (`<configDir>/templates.json`); "" when none is set.
 * `app.internalPlugins` is undocumented, so every step is guarded, as for the daily notes.
 */
export async function readTemplatesFolder(app: App): Promise<string> {
	const live = corePlugin(app, "templates");
	return templatesFolderOf(live ? live.options : await readConfigFile(app, "templates.json"));
}
