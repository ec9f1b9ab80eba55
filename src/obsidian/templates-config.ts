import type { App } from "obsidian";
import { templatesFolderOf } from "../core/vault/ignore-filters";
import { readConfigFile } from "./daily-notes-config";

/**
 * The folder of the core Templates plugin, read at each build: its live options when the
 * plugin is there, else its settings file (`<configDir>/templates.json`); "" when none is set.
 * `app.internalPlugins` is undocumented, so every step is guarded, as for the daily notes.
 */
export async function readTemplatesFolder(app: App): Promise<string> {
	const host = app as unknown as { internalPlugins?: { getPluginById?: (id: string) => unknown } };
	const plugin = typeof host.internalPlugins?.getPluginById === "function" ? (host.internalPlugins.getPluginById("templates") as { instance?: { options?: unknown } } | null) : null;
	const live = plugin?.instance?.options;
	if (live !== null && typeof live === "object") return templatesFolderOf(live);
	return templatesFolderOf(await readConfigFile(app, "templates.json"));
}
