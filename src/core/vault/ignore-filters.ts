import { normalizeFolder } from "../model/paths";

/**
 * Obsidian's "Excluded files": each filter is a path prefix (`Archive/`) or a regular
 * expression written between slashes (`/\.excalidraw\.md$/`), tested on vault paths.
 */
export function createIgnoreMatcher(filters: unknown): { isIgnored: (path: string) => boolean; invalid: string[] } {
	const prefixes: string[] = [];
	const patterns: RegExp[] = [];
	const invalid: string[] = [];
	for (const filter of Array.isArray(filters) ? (filters as unknown[]) : []) {
		if (typeof filter !== "string" || filter.trim() === "") continue;
		if (filter.length > 2 && filter.startsWith("/") && filter.endsWith("/")) {
			try {
				patterns.push(new RegExp(filter.slice(1, -1)));
			} catch {
				invalid.push(filter);
			}
		} else {
			prefixes.push(filter.replace(/^\/+/, ""));
		}
	}
	return {
		isIgnored: (path) => prefixes.some((prefix) => path.startsWith(prefix)) || patterns.some((pattern) => pattern.test(path)),
		invalid,
	};
}

/**
 * The folder of the core Templates plugin from its settings (`{"folder": "Templates"}`, as in
 * `<configDir>/templates.json`), without surrounding slashes; "" when none is set.
 */
export function templatesFolderOf(options: unknown): string {
	const folder = options !== null && typeof options === "object" ? (options as { folder?: unknown }).folder : undefined;
	return typeof folder === "string" ? normalizeFolder(folder) : "";
}

/**
 * The templates folder of the Templater community plugin from its settings
 * (`{"templates_folder": "Templates"}`, as in `<configDir>/plugins/templater-obsidian/data.json`);
 * "" when none is set.
 */
export function templaterFolderOf(options: unknown): string {
	const folder = options !== null && typeof options === "object" ? (options as { templates_folder?: unknown }).templates_folder : undefined;
	return typeof folder === "string" ? normalizeFolder(folder) : "";
}

/** True when `path` is inside one of the templates folders (whole path segments; "" is none). */
export function isInTemplatesFolder(path: string, folders: string | readonly string[]): boolean {
	return (typeof folders === "string" ? [folders] : folders).some((folder) => folder !== "" && path.startsWith(`${folder}/`));
}
