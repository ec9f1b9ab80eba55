/**
 * Every hostile shape of bench/hostile-shapes.ts at the size the audit of issue 23 found a
 * hang at, read by the built command line (`npm run test:deep` builds it first). Each read
 * takes a second or two when the readers are linear and minutes when one is not; the
 * assertions are on what is read, the test timeout is what fails a hang.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HOSTILE_SHAPES } from "../../bench/hostile-shapes";

const CLI = resolve("dist/cli.cjs");
const root = mkdtempSync(join(tmpdir(), "tom-deep-"));

afterAll(() => {
	rmSync(root, { recursive: true, force: true });
});

function vaultWith(name: string, text: string, maxNoteBytes?: number): string {
	const vault = join(root, name.replace(/\W+/g, "-"));
	mkdirSync(join(vault, "Posts"), { recursive: true });
	mkdirSync(join(vault, ".obsidian", "plugins", "top-of-mind"), { recursive: true });
	const settings = { core: { post: { folders: ["Posts"] } }, ...(maxNoteBytes === undefined ? {} : { maxNoteBytes }) };
	writeFileSync(join(vault, ".obsidian", "plugins", "top-of-mind", "data.json"), JSON.stringify(settings));
	writeFileSync(join(vault, "Posts", "Hostile.md"), text);
	return vault;
}

function cli(args: string[]): { status: number | null; json: Record<string, unknown> } {
	const result = spawnSync(process.execPath, [CLI, ...args, "--json", "--today", "2026-06-01"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
	expect(result.stderr).toBe("");
	return { status: result.status, json: JSON.parse(result.stdout) as Record<string, unknown> };
}

describe("the command line on hostile notes at full size", () => {
	for (const shape of HOSTILE_SHAPES) {
		it(`reads ${shape.what}: ${shape.size.toLocaleString("en-US")} ${shape.unit}`, () => {
			// Read whole (the limit raised), so the readers themselves are what is held; the long
			// note meets the default limit.
			const vault = vaultWith(shape.name, shape.text(shape.size), shape.overLimit ? undefined : 1e9);
			const stats = cli(["stats", "--vault", vault]);
			expect(stats.status).toBe(0);
			expect(stats.json.posts).toBe(1);
			const problems = stats.json.problems as Array<{ key: string; message: string }>;
			if (shape.overLimit) expect(problems).toEqual([expect.objectContaining({ key: "file", message: expect.stringMatching(/^The note is 50 MB, over the 2\.0 MB limit/) as unknown })]);
			else expect(problems).toEqual([]);
			const query = cli(["who-cares", "Posts/Hostile.md", "--vault", vault]);
			expect(query.status).toBe(0);
			expect(query.json.note).toBe("Posts/Hostile.md");
			rmSync(vault, { recursive: true, force: true });
		});
	}
});
