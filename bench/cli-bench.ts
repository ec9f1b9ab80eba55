/**
 * The command line's start: a synthetic vault written to a temporary folder, loaded by
 * openVault (read, parse, index), against merely reading every file and parsing its
 * frontmatter with `yaml`.
 */
import { promises as fs, readFileSync, statSync } from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import { openVault, type VaultContext } from "../src/cli/load-vault";
import { DAILY_FOLDER } from "./core-bench";
import { markdownFiles, parseFrontmatter, readAndParse } from "./floor";
import { summarize, timeAsync, type Summary } from "./stats";
import { TEMPLATES_FOLDER, type SyntheticVault } from "./synthetic-vault";

export interface CliResult {
	/** Reading with fs.promises, 64 files at a time (as the reader did before it read synchronously). */
	readAndYaml: Summary;
	/** Reading with synchronous calls, as the reader does. */
	readAndYamlSync: Summary;
	openVault: Summary;
	notes: number;
}

/** Writes the vault's notes (and a realistic vault's templates, with `.obsidian/templates.json`) into `dir`. */
export async function writeVault(vault: SyntheticVault, dir: string): Promise<void> {
	await fs.mkdir(nodePath.join(dir, ".obsidian"), { recursive: true });
	await fs.writeFile(nodePath.join(dir, ".obsidian", "daily-notes.json"), JSON.stringify({ folder: DAILY_FOLDER, format: "YYYY-MM-DD" }));
	const templates = vault.templates();
	if (templates.length > 0) await fs.writeFile(nodePath.join(dir, ".obsidian", "templates.json"), JSON.stringify({ folder: TEMPLATES_FOLDER }));
	const folders = new Set<string>();
	for (let i = 0; i < vault.size + templates.length; i++) {
		const note = i < vault.size ? vault.note(i) : (templates[i - vault.size] as (typeof templates)[number]);
		const file = nodePath.join(dir, ...note.path.split("/"));
		const folder = nodePath.dirname(file);
		if (!folders.has(folder)) {
			await fs.mkdir(folder, { recursive: true });
			folders.add(folder);
		}
		await fs.writeFile(file, note.text);
		const seconds = note.mtime / 1000;
		await fs.utimes(file, seconds, seconds);
	}
}

/** The least any loader must do: list, stat and read every note, and parse its frontmatter; read synchronously. */
async function readAndParseSync(dir: string): Promise<number> {
	let parsed = 0;
	for (const path of await markdownFiles(dir)) {
		const abs = nodePath.join(dir, ...path.split("/"));
		statSync(abs);
		if (parseFrontmatter(readFileSync(abs, "utf8")) !== null) parsed++;
	}
	return parsed;
}

/**
 * openVault with the whole index built: the command line analyses people's and posts' text
 * when a command first searches (IndexOptions.textWhenAsked), and an in-process build is
 * measured with that work in, as the plugin does it.
 */
export async function openIndexed(dir: string): Promise<VaultContext> {
	const context = await openVault(dir);
	context.index.settleNow();
	return context;
}

export async function measureCli(vault: SyntheticVault, runs: number): Promise<CliResult> {
	const dir = await fs.mkdtemp(nodePath.join(os.tmpdir(), "bench-cli-"));
	try {
		await writeVault(vault, dir);
		// One unmeasured pass of each, so both find the files in the OS cache.
		await readAndParse(dir);
		await readAndParseSync(dir);
		await openIndexed(dir);
		const baseline: number[] = [];
		const baselineSync: number[] = [];
		const ours: number[] = [];
		for (let run = 0; run < runs; run++) {
			baseline.push(await timeAsync(() => readAndParse(dir)));
			baselineSync.push(await timeAsync(() => readAndParseSync(dir)));
			ours.push(await timeAsync(() => openIndexed(dir)));
		}
		return { readAndYaml: summarize(baseline), readAndYamlSync: summarize(baselineSync), openVault: summarize(ours), notes: vault.size };
	} finally {
		await fs.rm(dir, { recursive: true, force: true });
	}
}
