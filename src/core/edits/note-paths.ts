/**
 * Where the plugin may create a note, and what a new note may be called. A folder comes from a
 * setting (the people folder, the daily notes folder, a date format) that a user, a synced
 * settings file or another plugin wrote; Obsidian's `normalizePath` tidies slashes but keeps
 * `..`, and a desktop vault's adapter joins the result to the vault's folder on disk, so
 * `../../outside` would be written outside the vault. Every path a write creates is checked
 * here first, and a refusal says why in words a notice can use.
 */

/**
 * C0 and C1 control characters (NUL and DEL among them), and the characters that reorder or
 * hide text (bidi controls, zero-width spaces, soft hyphens): a name that reads "Ana" may hold
 * something else. Zero-width joiners stay: emoji and some scripts need them.
 */
const HIDDEN = "\\p{Cc}\\u00ad\\u061c\\u180e\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff";
const HAS_HIDDEN = new RegExp(`[${HIDDEN}]`, "u");
const ALL_HIDDEN = new RegExp(`[${HIDDEN}]`, "gu");

/** A `..` segment, also as Windows reads it: trailing dots and spaces are dropped there. */
const PARENT_SEGMENT = /^\s*\.\.[.\s]*$/;

/**
 * Why no note may be created at `path` (a vault path as a setting wrote it, or built from one),
 * or null when it may. The phrase follows the path in a sentence: `"../x" leads out of the vault`.
 */
export function pathRefusal(path: string): string | null {
	if (HAS_HIDDEN.test(path)) return "holds a control character";
	const trimmed = path.trim();
	if (/^[/\\]/.test(trimmed)) return "is an absolute path; a vault folder is written without a leading slash";
	if (/^[a-z]:/i.test(trimmed)) return "starts with a drive letter; a vault folder is written without one";
	const segments = trimmed.split(/[/\\]/);
	if (segments.some((segment) => PARENT_SEGMENT.test(segment))) return 'leads out of the vault with ".."';
	// Obsidian hides dot files and folders (its configuration folder among them): a note there is never seen.
	if (segments.some((segment) => segment.trim().startsWith("."))) return "names a hidden file or folder, which Obsidian does not show";
	return null;
}

/**
 * Why no note may be created in `folder`, or null when it may. Empty and `/` are the vault
 * root: Obsidian's own folder settings write the root as `/`.
 */
export function folderRefusal(folder: string): string | null {
	const trimmed = folder.trim();
	if (trimmed === "" || trimmed === "/") return null;
	return pathRefusal(trimmed);
}

/** Line breaks and tabs: a name typed or pasted over two lines is one name with a space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** What a file name cannot hold on some system (`\ / : * ? " < > |`) or a link reads as syntax (`# ^ [ ] |`). */
const NOT_IN_NAMES = /[\\/:*?"<>|#^[\]]/g;

/**
 * A name typed for a new note, made into a valid note name: line breaks become spaces; control
 * characters, NUL, bidi controls and lone surrogates go; characters a file name or a link
 * cannot hold become spaces; spaces are collapsed and trimmed; leading dots go (Obsidian hides
 * such files). Letters of every script, emoji and joiners stay. `""` when nothing is left.
 */
export function cleanNoteName(raw: string): string {
	return raw
		.replace(/\p{Cs}/gu, "")
		.normalize("NFC")
		.replace(BREAKS, " ")
		.replace(ALL_HIDDEN, "")
		.replace(NOT_IN_NAMES, " ")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^[.\s]+/, "");
}
