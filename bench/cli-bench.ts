/**
 * The command line's start: a synthetic vault written to a temporary folder, loaded by
 * openVault (read, parse, index), against merely reading every file and parsing its
 * frontmatter with `yaml`.
 */
import { promises as fs, readFileSync, statSync } from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import { parse } from "yaml";
import { openVault } from "../src/cli/load-vault";
import { DAILY_FOLDER } from "./core-bench";
import { summarize, timeAsync, type Summary } from "./stats";
import type { SyntheticVault } from "./synthetic-vault";

export interface CliResult {
	/** Reading with fs.promises, 64 files at a time (as the reader did before it read synchronously). */
	readAndYaml: Summary;
	/** Reading with synchronous calls, as the reader does. */
	readAndYamlSync: Summary;
	openVault: Summary;
	notes: number;
}

async function writeVault(vault: SyntheticVault, dir: string): Promise<void> {
	await fs.mkdir(nodePath.join(dir, ".obsidian"), { recursive: true });
	await fs.writeFile(nodePath.join(dir, ".obsidian", "daily-notes.json"), JSON.stringify({ folder: DAILY_FOLDER, format: "YYYY-MM-DD" }));
	const folders = new Set<string>();
	for (let i = 0; i < vault.size; i++) {
		const note = vault.note(i);
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

async function markdownFiles(dir: string, rel = ""): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await fs.readdir(nodePath.join(dir, rel), { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
		if (entry.isDirectory()) out.push(...(await markdownFiles(dir, path)));
		else if (entry.name.endsWith(".md")) out.push(path);
	}
	return out;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** The least any loader must do: list, stat and read every note, and parse its frontmatter; read synchronously. */
async function readAndParseSync(dir: string): Promise<number> {
	let parsed = 0;
	for (const path of await markdownFiles(dir)) {
		const abs = nodePath.join(dir, ...path.split("/"));
		statSync(abs);
		const yaml = FRONTMATTER.exec(readFileSync(abs, "utf8"))?.[1];
		if (yaml !== undefined && parse(yaml, { schema: "core" }) !== null) parsed++;
	}
	return parsed;
}

/** The same, reading with promises, 64 files at a time. */
async function readAndParse(dir: string): Promise<number> {
	const files = await markdownFiles(dir);
	let parsed = 0;
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < files.length) {
			const abs = nodePath.join(dir, ...(files[next++] as string).split("/"));
			await fs.stat(abs);
			const text = await fs.readFile(abs, "utf8");
			const yaml = FRONTMATTER.exec(text)?.[1];
			if (yaml !== undefined && parse(yaml, { schema: "core" }) !== null) parsed++;
		}
	};
	await Promise.all(Array.from({ length: 64 }, worker));
	return parsed;
}

export async function measureCli(vault: SyntheticVault, runs: number): Promise<CliResult> {
	const dir = await fs.mkdtemp(nodePath.join(os.tmpdir(), "top-of-mind-bench-"));
	try {
		await writeVault(vault, dir);
		// One unmeasured pass of each, so both find the files in the OS cache.
		await readAndParse(dir);
		await readAndParseSync(dir);
		await openVault(dir);
		const baseline: number[] = [];
		const baselineSync: number[] = [];
		const ours: number[] = [];
		for (let run = 0; run < runs; run++) {
			baseline.push(await timeAsync(() => readAndParse(dir)));
			baselineSync.push(await timeAsync(() => readAndParseSync(dir)));
			ours.push(await timeAsync(() => openVault(dir)));
		}
		return { readAndYaml: summarize(baseline), readAndYamlSync: summarize(baselineSync), openVault: summarize(ours), notes: vault.size };
	} finally {
		await fs.rm(dir, { recursive: true, force: true });
	}
}
