/**
 * The floor a loader is measured against: one Node process that lists every note, reads it
 * with `fs.promises` (64 files at a time) and parses its frontmatter with `yaml`. Nothing less
 * can know what the notes say; the command line and the in-process build are reported as
 * multiples of it. `bench/floor-process.ts` runs it as a whole process of its own.
 */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { parse } from "yaml";

/** The vault's Markdown files, relative, as the reader finds them: dot-folders and `node_modules` skipped. */
export async function markdownFiles(dir: string, rel = ""): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await fs.readdir(nodePath.join(dir, rel), { withFileTypes: true })) {
		if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
		const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
		if (entry.isDirectory()) out.push(...(await markdownFiles(dir, path)));
		else if (entry.name.endsWith(".md")) out.push(path);
	}
	return out;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** The frontmatter of a note's text, parsed as YAML (core schema); null without one, or when it is not valid YAML. */
export function parseFrontmatter(text: string): unknown {
	const yaml = FRONTMATTER.exec(text)?.[1];
	if (yaml === undefined) return null;
	try {
		return parse(yaml, { schema: "core", logLevel: "error" }) as unknown;
	} catch {
		return null;
	}
}

export interface FloorResult {
	notes: number;
	withFrontmatter: number;
	bytes: number;
}

/** Lists, stats and reads every note with fs.promises, 64 at a time, and parses its frontmatter. */
export async function readAndParse(dir: string, concurrency = 64): Promise<FloorResult> {
	const files = await markdownFiles(dir);
	const result: FloorResult = { notes: files.length, withFrontmatter: 0, bytes: 0 };
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < files.length) {
			const abs = nodePath.join(dir, ...(files[next++] as string).split("/"));
			await fs.stat(abs);
			const text = await fs.readFile(abs, "utf8");
			result.bytes += text.length;
			if (parseFrontmatter(text) !== null) result.withFrontmatter++;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return result;
}
