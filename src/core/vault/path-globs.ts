/**
 * Paths left out by glob patterns (settings "Excluded paths"): `Archive/**`, `**\/drafts/*`,
 * `*.excalidraw.md`. `*` stands for any characters within one folder or file name, `**` for
 * any number of folders, `?` for one character. A pattern without a `/` is matched against the
 * file name in every folder, as `.gitignore` reads it; one with a `/` against the whole path.
 */

function escape(text: string): string {
	return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}

/** One glob as a regular expression over a vault path, or null when it is empty. */
export function globPattern(glob: string): RegExp | null {
	const trimmed = glob.trim().replace(/^\/+/, "");
	if (trimmed === "") return null;
	const parts = trimmed.split("/");
	let body = "";
	parts.forEach((part, i) => {
		const last = i === parts.length - 1;
		if (part === "**") {
			// A whole-segment `**`: any run of folders (none too); at the end, anything below.
			body += last ? ".*" : "(?:[^/]+/)*";
			return;
		}
		body += escape(part).replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]") + (last ? "" : "/");
	});
	return new RegExp(trimmed.includes("/") ? `^${body}$` : `(?:^|/)${body}$`);
}

const compiled = new WeakMap<readonly string[], RegExp[]>();

/** True when `path` matches one of `globs` (compiled once per list). */
export function matchesGlobs(path: string, globs: readonly string[]): boolean {
	if (globs.length === 0) return false;
	let patterns = compiled.get(globs);
	if (patterns === undefined) {
		patterns = globs.map(globPattern).filter((pattern): pattern is RegExp => pattern !== null);
		compiled.set(globs, patterns);
	}
	return patterns.some((pattern) => pattern.test(path));
}
