import type { App } from "obsidian";

import { visibleProse, visibleTextOfNote } from "../core/text/visible-text";
import { isInTemplatesFolder, templaterFolderOf, templatesFolderOf } from "../core/vault/ignore-filters";
import { corePlugin } from "./core-plugins";
import { readConfigFile } from "./daily-notes-config";
import { readLimited } from "./record-source";

/** Templates read for their sentences, at most (as the command line reads them). */
const MAX_TEMPLATES = 500;

/** The visible text of each note in the templates folders, read with `pause` between notes. */
export async function readTemplateTexts(app: App, folders: readonly string[], maxNoteBytes: number, pause: () => Promise<void>): Promise<string[]> {
	if (folders.length === 0) return [];
	const files = app.vault.getMarkdownFiles().filter((file) => isInTemplatesFolder(file.path, folders)).slice(0, MAX_TEMPLATES);
	const texts: string[] = [];
	for (const file of files) {
		try {
			texts.push(visibleProse(visibleTextOfNote((await readLimited(app, file, maxNoteBytes)).text)));
		} catch {
			// Gone or unreadable: a template that adds no sentences.
		}
		await pause();
	}
	return texts;
}

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
