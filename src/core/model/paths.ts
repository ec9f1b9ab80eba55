/** Vault paths as every room compares them: forward slashes, relative to the vault root. */

/** A folder rule as compared: no surrounding spaces or slashes; `""` for the vault root. */
export function normalizeFolder(folder: string): string {
	return folder.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}

/**
 * True when `path` is inside `folder` (at any depth), by whole path segments and
 * case-sensitively. The vault root (`""`) contains every path.
 */
export function isInFolder(path: string, folder: string): boolean {
	const f = normalizeFolder(folder);
	if (f === "") return true;
	return path.startsWith(f + "/");
}

/** The file name of a vault path without folder and `.md` extension. */
export function basenameOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}
