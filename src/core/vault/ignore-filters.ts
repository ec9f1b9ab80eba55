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
