/**
 * Reads a vault folder from disk into the same NoteRecords the plugin builds from
 * Obsidian's metadata cache, so the command line runs the very same core.
 */

import { type Dirent, promises as fs, readdirSync, realpathSync, statSync } from "node:fs";
import * as nodePath from "node:path";
import { DEFAULT_DAILY_NOTES, type DailyNotesConfig } from "../core/model/config";
import { createIgnoreMatcher, templaterFolderOf, templatesFolderOf } from "../core/vault/ignore-filters";
import { buildRecord } from "../core/markdown/record";
import { DEFAULT_MAX_NOTE_BYTES } from "../settings/plugin-settings";
import type { NoteRecord, Problem } from "../core/model/types";
import { CliError, fsErrorText } from "./errors";
import { parseFrontmatterYaml } from "./frontmatter-yaml";
import { readNoteFile, type NoteFile } from "./note-file";

export { parseFrontmatterYaml };

export interface ReadVaultOptions {
	/** Obsidian's configuration folder inside the vault; `.obsidian` unless the vault uses another. */
	configDir?: string;
	/** How many files are open at once. Defaults to 64. */
	concurrency?: number;
	/** Notes larger than this many bytes are read by their beginning (settings `maxNoteBytes`). */
	maxNoteBytes?: number;
}

export interface VaultContents {
	/** One record per Markdown note, sorted by path. */
	records: NoteRecord[];
	/** Files that could not be read and settings files that could not be understood. */
	problems: Problem[];
	dailyNotes: DailyNotesConfig;
	/**
	 * Markdown files left out because of Obsidian's "Excluded files" setting
	 * (`userIgnoreFilters`), plus symbolic links that lead outside the vault.
	 */
	ignored: number;
	/** Whether Obsidian's "Excluded files" setting leaves a path out. */
	isIgnored: (path: string) => boolean;
	/** The templates folders (core Templates, Templater), never read. */
	templatesFolders: string[];
	/** The text of each note in the templates folders. */
	templates: string[];
}

const DEFAULT_CONFIG_DIR = ".obsidian";
const DEFAULT_CONCURRENCY = 64;

function errorCode(error: unknown): string {
	if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
	return error instanceof Error ? error.message : String(error);
}

function isInside(rootReal: string, real: string): boolean {
	return real === rootReal || real.startsWith(rootReal.endsWith(nodePath.sep) ? rootReal : rootReal + nodePath.sep);
}

async function readJson(file: string): Promise<{ value: unknown } | { missing: true } | { error: string }> {
	let text: string;
	try {
		text = await fs.readFile(file, "utf8");
	} catch (error) {
		return errorCode(error) === "ENOENT" ? { missing: true } : { error: `could not be read (${fsErrorText(error)})` };
	}
	try {
		return { value: JSON.parse(text) as unknown };
	} catch {
		return { error: "is not valid JSON" };
	}
}

function dailyNotesFrom(value: unknown): DailyNotesConfig {
	const config = { ...DEFAULT_DAILY_NOTES };
	if (value === null || typeof value !== "object" || Array.isArray(value)) return config;
	const { folder, format } = value as { folder?: unknown; format?: unknown };
	if (typeof folder === "string") config.folder = folder.trim().replace(/^\/+|\/+$/g, "");
	if (typeof format === "string" && format.trim() !== "") config.format = format.trim();
	return config;
}

/**
 * The templates folders, never read as notes: the core Templates plugin's (`<configDir>/templates.json`)
 * and Templater's (`<configDir>/plugins/templater-obsidian/data.json`); a bad file is a problem.
 */
async function templatesFoldersIn(rootReal: string, configDir: string, problems: Problem[]): Promise<string[]> {
	const sources = [
		{ file: "templates.json", name: "Templates", folderOf: templatesFolderOf },
		{ file: "plugins/templater-obsidian/data.json", name: "Templater", folderOf: templaterFolderOf },
	];
	const folders: string[] = [];
	for (const { file, name, folderOf } of sources) {
		const json = await readJson(nodePath.join(rootReal, configDir, file));
		if ("error" in json) problems.push({ path: `${configDir}/${file}`, key: "file", message: `The ${name} settings file ${json.error}; its templates folder was read as notes.` });
		const folder = "value" in json ? folderOf(json.value) : "";
		if (folder !== "" && !folders.includes(folder)) folders.push(folder);
	}
	return folders;
}

/** Runs `task` over `items` with at most `limit` running at once; results keep item order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
	return results;
}

interface Walk {
	rootReal: string;
	configDir: string;
	isIgnored: (path: string) => boolean;
	/** The templates folders (core Templates, Templater), never read as notes. */
	templatesFolders: string[];
	/** Each note's vault path (NFC, as links and the index compare paths) and its path on disk. */
	files: Array<{ path: string; abs: string }>;
	/** The templates' files on disk: read only for their sentences, which are boilerplate. */
	templates: string[];
	problems: Problem[];
	ignored: number;
}

/** Templates read for their sentences, at most: a folder of thousands is no longer a set of templates. */
const MAX_TEMPLATES = 500;

/** The text of each template file (unreadable ones left out: they are never notes). */
function readTemplates(files: readonly string[], maxNoteBytes: number): string[] {
	const texts: string[] = [];
	for (const abs of files) {
		try {
			const file = readNoteFile(abs, maxNoteBytes);
			if ("text" in file) texts.push(file.text);
		} catch {
			// A template that cannot be read adds no sentences; it was never a note.
		}
	}
	return texts;
}

async function walk(state: Walk, absDir: string, relDir: string, ancestors: readonly string[], inTemplates = false): Promise<void> {
	let entries: Dirent[];
	try {
		entries = await fs.readdir(absDir, { withFileTypes: true });
	} catch (error) {
		state.problems.push({
			path: relDir === "" ? "." : relDir,
			key: "file",
			message: `Could not read this folder (${fsErrorText(error)}); the notes in it were skipped.`,
		});
		return;
	}
	for (const entry of entries) {
		const name = entry.name;
		if (name.startsWith(".") || name === "node_modules") continue;
		if (relDir === "" && name === state.configDir) continue;
		// Paths are NFC whatever the file system stores (macOS wrote NFD for years): a link
		// typed as `[[José]]` must find the file, and the same note must have one path.
		const rel = relDir === "" ? name.normalize("NFC") : `${relDir}/${name.normalize("NFC")}`;
		const abs = nodePath.join(absDir, name);
		let isDirectory = entry.isDirectory();
		let isFile = entry.isFile();
		let real = nodePath.join(ancestors[ancestors.length - 1] ?? state.rootReal, name);
		if (entry.isSymbolicLink()) {
			try {
				real = await fs.realpath(abs);
				const stat = await fs.stat(abs);
				isDirectory = stat.isDirectory();
				isFile = stat.isFile();
			} catch (error) {
				if (name.endsWith(".md")) {
					state.problems.push({ path: rel, key: "file", message: `Broken symbolic link (${fsErrorText(error)}); the note was skipped.` });
				}
				continue;
			}
			if (!isInside(state.rootReal, real)) {
				state.ignored++;
				continue;
			}
		}
		if (isDirectory) {
			// A link back to a folder we are inside would loop forever.
			if (ancestors.includes(real)) continue;
			await walk(state, abs, rel, [...ancestors, real], inTemplates || state.templatesFolders.includes(rel));
		} else if (isFile && name.endsWith(".md")) {
			if (inTemplates) {
				if (state.templates.length < MAX_TEMPLATES) state.templates.push(abs);
			} else if (state.isIgnored(rel)) state.ignored++;
			else state.files.push({ path: rel, abs });
		}
	}
}

/** One note as a record, with a problem when it was read but not as written; or only problems. */
function readNote(path: string, abs: string, maxNoteBytes: number): { record?: NoteRecord; problems: Problem[] } {
	let file: NoteFile;
	try {
		file = readNoteFile(abs, maxNoteBytes);
	} catch (error) {
		return { problems: [{ path, key: "file", message: `Could not read the file (${fsErrorText(error)}); the note was skipped.` }] };
	}
	if ("unreadable" in file) return { problems: [{ path, key: "file", message: file.unreadable }] };
	const record = buildRecord({ path, text: file.text, mtime: file.mtime, parseYaml: parseFrontmatterYaml });
	if (file.cutFrom !== undefined) record.cutAt = { sizeBytes: file.cutFrom, maxBytes: maxNoteBytes };
	return { record, problems: file.problem === undefined ? [] : [{ path, key: "file", message: file.problem }] };
}

/**
 * Every Markdown note of the vault at `dir` as a NoteRecord, with Obsidian's daily notes
 * settings. Skips the configuration folder, the Templates folder, dot-folders, `node_modules`,
 * the user's excluded files and symbolic links that lead outside the vault. An unreadable file is
 * a problem, never fatal; a missing vault folder throws a CliError.
 */
export async function readVault(dir: string, options: ReadVaultOptions = {}): Promise<VaultContents> {
	const configDir = options.configDir ?? DEFAULT_CONFIG_DIR;
	const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
	let rootReal: string;
	try {
		rootReal = await fs.realpath(dir);
	} catch {
		throw new CliError(`Vault folder not found: ${dir}`);
	}
	if (!(await fs.stat(rootReal)).isDirectory()) throw new CliError(`The vault is not a folder: ${dir}`);

	const problems: Problem[] = [];
	const appJsonPath = `${configDir}/app.json`;
	const appJson = await readJson(nodePath.join(rootReal, configDir, "app.json"));
	let filters: unknown = [];
	if ("value" in appJson) {
		const value = appJson.value;
		if (value !== null && typeof value === "object") filters = (value as { userIgnoreFilters?: unknown }).userIgnoreFilters;
	} else if ("error" in appJson) {
		problems.push({ path: appJsonPath, key: "file", message: `Obsidian's settings file ${appJson.error}; excluded files were not applied.` });
	}
	const matcher = createIgnoreMatcher(filters);
	for (const filter of matcher.invalid) {
		problems.push({ path: appJsonPath, key: "file", message: `The excluded-files filter ${filter} is not a valid regular expression; it was not applied.` });
	}

	const dailyPath = `${configDir}/daily-notes.json`;
	const dailyJson = await readJson(nodePath.join(rootReal, configDir, "daily-notes.json"));
	let dailyNotes = { ...DEFAULT_DAILY_NOTES };
	if ("value" in dailyJson) dailyNotes = dailyNotesFrom(dailyJson.value);
	else if ("error" in dailyJson) {
		problems.push({ path: dailyPath, key: "file", message: `The daily notes settings file ${dailyJson.error}; the defaults were used.` });
	}

	const templatesFolders = await templatesFoldersIn(rootReal, configDir, problems);
	const state: Walk = { rootReal, configDir, isIgnored: matcher.isIgnored, templatesFolders, files: [], templates: [], problems, ignored: 0 };
	await walk(state, rootReal, "", [rootReal]);
	state.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.abs < b.abs ? -1 : 1));
	const files = state.files.filter((file, i) => {
		if (file.path !== state.files[i - 1]?.path) return true;
		problems.push({ path: file.path, key: "file", message: "Two files have this name, spelled with different Unicode forms (NFC and NFD); only the first was read." });
		return false;
	});

	// Each note is read with synchronous calls: a command that only reads has nothing else to
	// do meanwhile, and a promise-based read costs the main thread several times as much.
	const maxNoteBytes = options.maxNoteBytes ?? DEFAULT_MAX_NOTE_BYTES;
	const read = await mapLimit(files, concurrency, async ({ path, abs }) => readNote(path, abs, maxNoteBytes));
	const records: NoteRecord[] = [];
	for (const item of read) {
		if (item.record) records.push(item.record);
		problems.push(...item.problems);
	}
	return { records, problems, dailyNotes, ignored: state.ignored, isIgnored: matcher.isIgnored, templatesFolders, templates: readTemplates(state.templates, maxNoteBytes) };
}

/** `target` relative to `base` with forward slashes, or null when it is not inside `base`. */
function relativeInside(base: string, target: string): string | null {
	const relative = nodePath.relative(base, target);
	if (nodePath.isAbsolute(relative) || relative === ".." || relative.startsWith(`..${nodePath.sep}`)) return null;
	return relative.split(nodePath.sep).join("/");
}

/**
 * The path with each segment spelled as on disk: the same name in another Unicode form (NFD
 * on disk, NFC typed) or, where the file system ignores case, in another case.
 */
function onDiskSpelling(base: string, relative: string): string {
	let dir = base;
	const out: string[] = [];
	for (const segment of relative.split("/")) {
		let actual = segment;
		try {
			const names = readdirSync(dir);
			if (!names.includes(segment)) {
				const nfc = segment.normalize("NFC");
				actual =
					names.find((name) => name.normalize("NFC") === nfc) ??
					names.find((name) => name.normalize("NFC").toLowerCase() === nfc.toLowerCase() && isFileOrFolder(nodePath.join(dir, segment))) ??
					segment;
			}
		} catch {
			// Keep the segment as given.
		}
		out.push(actual);
		dir = nodePath.join(dir, actual);
	}
	return out.join("/");
}

function isFileOrFolder(path: string): boolean {
	try {
		statSync(path);
		return true;
	} catch {
		return false;
	}
}

/** Whether `path` is a file; an error other than "not there" is named, never taken for "not found". */
function isFile(path: string, noteArg: string): boolean {
	try {
		return statSync(path).isFile();
	} catch (error) {
		const code = errorCode(error);
		if (code === "ENOENT" || code === "ENOTDIR") return false;
		throw new CliError(`Could not read the note (${fsErrorText(error)}): ${noteArg}`);
	}
}

/**
 * Turns a note given on the command line (relative to the vault, an absolute path inside
 * it, with or without `.md`) into a vault-relative path. Throws a CliError with a
 * one-line message when the vault or note is missing, or the note lies outside the vault
 * (through `..` or a symbolic link) or in a folder the vault reader skips.
 */
export function resolveNotePath(vaultDir: string, noteArg: string): string {
	const vaultAbs = nodePath.resolve(vaultDir);
	let vaultReal: string;
	try {
		vaultReal = realpathSync(vaultAbs);
	} catch {
		throw new CliError(`Vault folder not found: ${vaultDir}`);
	}
	if (!statSync(vaultReal).isDirectory()) throw new CliError(`The vault is not a folder: ${vaultDir}`);
	const arg = noteArg.trim();
	if (arg === "") throw new CliError("No note given: pass a note path relative to the vault.");

	const candidate = nodePath.resolve(vaultAbs, arg);
	let base = vaultAbs;
	let relative = relativeInside(vaultAbs, candidate);
	if (relative === null) {
		base = vaultReal;
		relative = relativeInside(vaultReal, candidate);
	}
	if (relative === null || relative === "") throw new CliError(`The note is outside the vault: ${noteArg}`);

	const tries = relative.toLowerCase().endsWith(".md") ? [relative] : [`${relative}.md`, relative];
	const found = tries.map((path) => onDiskSpelling(base, path)).find((path) => isFile(nodePath.join(base, ...path.split("/")), noteArg));
	if (found === undefined) throw new CliError(`Note not found in the vault: ${noteArg}`);

	const real = realpathSync(nodePath.join(base, ...found.split("/")));
	if (!isInside(vaultReal, real)) throw new CliError(`The note is outside the vault (through a symbolic link): ${noteArg}`);
	// The vault reader's paths are NFC: the note is found by the path it has there.
	const path = found.normalize("NFC");
	if (!path.endsWith(".md")) throw new CliError(`Not a Markdown note: ${noteArg}`);
	const hidden = path.split("/").find((segment) => segment.startsWith(".") || segment === "node_modules");
	if (hidden !== undefined) throw new CliError(`The note is inside ${hidden}, which Top of Mind does not read: ${noteArg}`);
	return path;
}
