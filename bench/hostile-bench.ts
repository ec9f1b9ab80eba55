/**
 * `npm run bench -- hostile [--timeout S] [--only name,...] [--scale F]`: each hostile shape
 * (bench/hostile-shapes.ts) written as the one post of a small vault in a temporary folder,
 * then read by the built command line (`stats`, then `who-cares` on the note) in a child
 * process, timed from outside, with the child's peak resident memory. Prints a Markdown table.
 * A run past the timeout is killed and shown as such: the point is to see a hang, not wait it out.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import { DEFAULT_MAX_NOTE_BYTES } from "../src/settings/plugin-settings";
import { measureHostilePlugin } from "./hostile-plugin";
import { HOSTILE_SHAPES, type HostileShape } from "./hostile-shapes";

interface HostileOptions {
	timeoutSeconds: number;
	only: string[] | null;
	scale: number;
	cli: string;
}

function parseHostileArgs(argv: readonly string[]): HostileOptions {
	const options: HostileOptions = { timeoutSeconds: 60, only: null, scale: 1, cli: "dist/cli.cjs" };
	for (let i = 0; i < argv.length; i++) {
		const [arg, value] = [argv[i], argv[i + 1]];
		if (value === undefined) throw new Error(`hostile: ${arg ?? ""} needs a value`);
		if (arg === "--timeout") options.timeoutSeconds = Number(value);
		else if (arg === "--only") options.only = value.split(",");
		else if (arg === "--scale") options.scale = Number(value);
		else if (arg === "--cli") options.cli = value;
		else throw new Error(`hostile: unknown option ${arg ?? ""}`);
		i++;
	}
	return options;
}

// Loaded into the child before the command line: it reports the peak RSS on the way out,
// whichever way the command ends.
const RSS_PRELOAD = `process.on("exit", () => { process.stderr.write("\\npeak-rss-kb " + process.resourceUsage().maxRSS + "\\n"); });\n`;

interface Run {
	seconds: number;
	timedOut: boolean;
	ok: boolean;
	peakRssMb: number;
	error: string;
}

function runCli(options: HostileOptions, preload: string, args: string[]): Run {
	const started = performance.now();
	const child = spawnSync(process.execPath, ["--require", preload, options.cli, ...args], {
		encoding: "utf8",
		timeout: options.timeoutSeconds * 1000,
		killSignal: "SIGKILL",
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	const rss = /peak-rss-kb (\d+)/.exec(child.stderr ?? "");
	const timedOut = child.error !== undefined && /ETIMEDOUT/.test(String(child.error));
	const error = (child.stderr ?? "").split("\n").find((line) => line.startsWith("top-of-mind:")) ?? "";
	return { seconds, timedOut, ok: child.status === 0, peakRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, error };
}

function writeVault(root: string, shape: HostileShape, size: number): string {
	const vault = nodePath.join(root, shape.name.replace(/[^a-z0-9]+/gi, "-"));
	mkdirSync(nodePath.join(vault, "Posts"), { recursive: true });
	mkdirSync(nodePath.join(vault, "People"), { recursive: true });
	mkdirSync(nodePath.join(vault, ".obsidian", "plugins", "top-of-mind"), { recursive: true });
	// The hostile note is a post by its folder, so its body is indexed and queried in full.
	writeFileSync(nodePath.join(vault, ".obsidian", "plugins", "top-of-mind", "data.json"), JSON.stringify({ core: { post: { folders: ["Posts"] } }, ...(shape.overLimit ? {} : { maxNoteBytes: 1e9 }) }));
	writeFileSync(nodePath.join(vault, "People", "Ana Diaz.md"), "---\ntype: person\ntopics: [pricing]\ncadence: 2w\nlast_contact: 2026-01-05\n---\nTalks about pricing.\n");
	writeFileSync(nodePath.join(vault, "Posts", "Hostile.md"), shape.text(size));
	return vault;
}

function cell(run: Run, timeoutSeconds: number): string {
	if (run.timedOut) return `> ${timeoutSeconds} (killed)`;
	return `${run.seconds.toFixed(2)}${run.ok ? "" : " (failed)"}`;
}

export async function runHostileBench(argv: readonly string[]): Promise<void> {
	const options = parseHostileArgs(argv);
	const root = mkdtempSync(nodePath.join(os.tmpdir(), "tom-hostile-"));
	const preload = nodePath.join(root, "peak-rss.cjs");
	writeFileSync(preload, RSS_PRELOAD);
	const lines = [
		"| shape | size | file | stats (s) | who-cares (s) | peak RSS (MB) |",
		"| --- | --- | ---: | ---: | ---: | ---: |",
	];
	const failures: string[] = [];
	try {
		for (const shape of HOSTILE_SHAPES) {
			if (options.only !== null && !options.only.some((name) => shape.name.includes(name))) continue;
			const size = Math.round(shape.size * options.scale);
			const vault = writeVault(root, shape, size);
			const bytes = Buffer.byteLength(shape.text(size));
			process.stderr.write(`${shape.name}: ${size.toLocaleString("en-US")} ${shape.unit}, ${(bytes / 1e6).toFixed(1)} MB\n`);
			const stats = runCli(options, preload, ["stats", "--vault", vault, "--json", "--today", "2026-06-01"]);
			const query = runCli(options, preload, ["who-cares", "Posts/Hostile.md", "--vault", vault, "--json", "--today", "2026-06-01"]);
			for (const run of [stats, query]) if (run.error !== "") failures.push(`${shape.name}: ${run.error}`);
			const rss = Math.max(stats.peakRssMb, query.peakRssMb);
			lines.push(`| ${shape.name} | ${size.toLocaleString("en-US")} ${shape.unit} | ${(bytes / 1e6).toFixed(1)} MB | ${cell(stats, options.timeoutSeconds)} | ${cell(query, options.timeoutSeconds)} | ${Number.isNaN(rss) ? "—" : rss.toFixed(0)} |`);
			rmSync(vault, { recursive: true, force: true });
		}
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
	console.log(`\nHostile notes read by the command line (node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]?.toFixed(2) ?? "?"}); target ≤ 2 s each\n`);
	console.log(lines.join("\n"));
	for (const failure of failures) console.log(`\n${failure}`);
	if (options.only !== null && !options.only.includes("plugin")) return;
	for (const ordinary of [0, 1000]) {
		const plugin = await measureHostilePlugin(ordinary);
		console.log(`\nPlugin (IndexService on the stand-in; a ${DEFAULT_MAX_NOTE_BYTES / 1e6} MB post at the limit and a 50 MB post, default "Largest note read", beside ${ordinary} everyday notes):`);
		console.log(`- index build ${plugin.buildMs.toFixed(0)} ms, longest turn of the plugin's ${plugin.buildLongestTurnMs.toFixed(1)} ms (target ≤ 50 ms), longest stretch without an event-loop turn ${plugin.buildLongestBlockMs.toFixed(1)} ms`);
		console.log(`- the panel's read of the 50 MB note ${plugin.readMs.toFixed(1)} ms, the longest step of its who-cares query ${plugin.queryMs.toFixed(1)} ms`);
		if (ordinary === 0) for (const problem of plugin.problems) console.log(`- problem: ${problem}`);
	}
}
