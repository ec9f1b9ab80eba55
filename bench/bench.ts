/**
 * Performance benchmark: `npm run bench [-- --sizes 1000,10000] [--out file] [--no-plugin] [--no-cli] [--plain]`;
 * `npm run bench -- --vault <dir> [--settings <json>] …` measures real vaults beside the
 * synthetic one (bench/vault-bench.ts); `npm run bench -- hostile` times the command line on
 * hostile notes (bench/hostile-bench.ts); `npm run bench -- profile --vault <dir> …` profiles
 * the slowest notes (bench/profile.ts).
 *
 * Generates seeded synthetic vaults in memory (bench/synthetic-vault.ts), measures the
 * engine, the plugin's sliced build and the command line's start against baselines on
 * the same data, prints a table per size and writes every figure to
 * bench/results/latest.json. Run with `node --expose-gc` (the npm script does) so heap
 * figures are taken after a full collection.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import { bundleLines, bundleReport } from "./bundle";
import { measureCli, type CliResult } from "./cli-bench";
import { runHostileBench } from "./hostile-bench";
import { measureSize, type Figure, type SizeResult } from "./core-bench";
import { measureOnload, measurePluginBuild, type PluginBuildResult } from "./plugin-bench";
import { runProfile } from "./profile";
import { hasGc, type Summary } from "./stats";
import { SyntheticVault } from "./synthetic-vault";
import { runVaultBench, VAULT_DEFAULTS, type VaultBenchOptions } from "./vault-bench";

interface Options {
	sizes: number[];
	out: string;
	plugin: boolean;
	cli: boolean;
	cliMaxSize: number;
	build: boolean;
	/** The synthetic vault as it was before non-ASCII text, templates and footers. */
	plain: boolean;
}

function sizeList(value: string): number[] {
	const sizes = value.split(",").map((s) => Number(s.replace(/[_k]/gi, (c) => (c.toLowerCase() === "k" ? "000" : ""))));
	if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error(`whole numbers of notes, at least 100: ${value}`);
	return sizes;
}

function count(arg: string, value: string | undefined, min: number): number {
	const n = Number(value);
	if (value === undefined || !Number.isInteger(n) || n < min) throw new Error(`${arg}: a whole number, at least ${min}: ${value ?? ""}`);
	return n;
}

/** The options of the real-vault mode (any `--vault`, or the word `vaults`). */
export function parseVaultArgs(argv: readonly string[]): VaultBenchOptions {
	const options: VaultBenchOptions = { ...VAULT_DEFAULTS, vaults: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const value = argv[i + 1];
		const takes = (): string => {
			if (value === undefined) throw new Error(`${arg} needs a value`);
			i++;
			return value;
		};
		if (arg === "vaults") continue;
		else if (arg === "--vault") options.vaults.push({ dir: takes() });
		else if (arg === "--settings") {
			const last = options.vaults[options.vaults.length - 1];
			if (last === undefined) throw new Error("--settings applies to the --vault before it: give --vault first");
			last.settings = takes();
		} else if (arg === "--synthetic-size") {
			const text = takes();
			options.syntheticSize = text === "0" ? 0 : (sizeList(text)[0] as number);
		} else if (arg === "--heap-sizes") {
			const text = takes();
			options.heapSizes = text === "none" ? [] : sizeList(text);
		} else if (arg === "--plain") options.realistic = false;
		else if (arg === "--sample") options.sample = count(arg, takes(), 1);
		else if (arg === "--seed") options.seed = count(arg, takes(), 0);
		else if (arg === "--runs") options.runs = count(arg, takes(), 1);
		else if (arg === "--process-runs") options.processRuns = count(arg, takes(), 1);
		else if (arg === "--passes") options.passes = count(arg, takes(), 1);
		else if (arg === "--no-build") options.build = false;
		else if (arg === "--out") options.out = takes();
		else throw new Error(`unknown option: ${arg}`);
	}
	return options;
}

function parseArgs(argv: readonly string[]): Options {
	const options: Options = { sizes: [1000, 10_000, 50_000], out: "bench/results/latest.json", plugin: true, cli: true, cliMaxSize: 10_000, build: true, plain: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = argv[i + 1];
		if (arg === "--sizes" && value !== undefined) {
			options.sizes = sizeList(value);
			i++;
		} else if (arg === "--out" && value !== undefined) {
			options.out = value;
			i++;
		} else if (arg === "--no-plugin") options.plugin = false;
		else if (arg === "--no-cli") options.cli = false;
		else if (arg === "--no-build") options.build = false;
		else if (arg === "--plain") options.plain = true;
		else if (arg === "--cli-max-size" && value !== undefined) {
			options.cliMaxSize = Number(value);
			i++;
		} else throw new Error(`unknown option: ${arg ?? ""}`);
	}
	return options;
}

const log = (line: string): void => {
	process.stderr.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------
// Targets (issue: "instant on 10k-note vaults, comfortable at 50k").

interface Target {
	metric: string;
	size: number;
	stat: "median" | "p95" | "value";
	max: number;
}

const TARGETS: Target[] = [
	{ metric: "coldBuild", size: 10_000, stat: "median", max: 2000 },
	{ metric: "warmStart", size: 10_000, stat: "median", max: 400 },
	{ metric: "whoCares", size: 10_000, stat: "p95", max: 20 },
	{ metric: "update", size: 10_000, stat: "p95", max: 5 },
	{ metric: "followups", size: 10_000, stat: "p95", max: 100 },
	{ metric: "heap", size: 10_000, stat: "value", max: 150 },
	{ metric: "longestBlock", size: 10_000, stat: "value", max: 50 },
	{ metric: "coldBuild", size: 50_000, stat: "median", max: 10_000 },
	{ metric: "whoCares", size: 50_000, stat: "p95", max: 50 },
	{ metric: "heap", size: 50_000, stat: "value", max: 600 },
];

function targetFor(metric: string, size: number): Target | undefined {
	return TARGETS.find((t) => t.metric === metric && t.size === size);
}

// ---------------------------------------------------------------------------------------
// Formatting.

function ms(value: number | undefined): string {
	if (value === undefined || Number.isNaN(value)) return "—";
	if (value >= 100) return `${Math.round(value).toLocaleString("en-US")} ms`;
	if (value >= 10) return `${value.toFixed(1)} ms`;
	return `${value.toFixed(2)} ms`;
}

function ratio(baseline: number | undefined, ours: number | undefined): string {
	if (baseline === undefined || ours === undefined || ours <= 0) return "";
	const r = baseline / ours;
	return r >= 10 ? `${Math.round(r)}×` : r >= 1 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`;
}

function pad(text: string, width: number, right = false): string {
	return right ? text.padStart(width) : text.padEnd(width);
}

interface Row {
	label: string;
	ours: [string, string];
	scan: [string, string];
	mini: [string, string];
	target: string;
	verdict: string;
}

function verdict(target: Target | undefined, value: number | undefined): { text: string; ok: boolean | null } {
	if (!target || value === undefined) return { text: "", ok: null };
	const ok = value <= target.max;
	return { text: ok ? "ok" : "MISS", ok };
}

function targetText(target: Target | undefined, unit = "ms"): string {
	if (!target) return "";
	const stat = target.stat === "value" ? "" : `${target.stat} `;
	return `${stat}≤ ${target.max.toLocaleString("en-US")} ${unit}`;
}

function figureRow(label: string, metric: string, figure: Figure | undefined, size: number): Row {
	const target = targetFor(metric, size);
	const value = figure ? (target?.stat === "p95" ? figure.ours.p95 : figure.ours.median) : undefined;
	return {
		label,
		ours: [ms(figure?.ours.median), ms(figure?.ours.p95)],
		scan: [ms(figure?.scan?.median), ratio(figure?.scan?.median, figure?.ours.median)],
		mini: [ms(figure?.miniSearch?.median), ratio(figure?.miniSearch?.median, figure?.ours.median)],
		target: targetText(target),
		verdict: verdict(target, value).text,
	};
}

function printTable(title: string, rows: Row[]): void {
	const widths = [40, 11, 11, 11, 7, 11, 7, 17];
	const head = ["", "ours median", "p95", "(a) scan", "ratio", "(b) MiniSrch", "ratio", "target"];
	const line = (cells: string[]): string => cells.map((cell, i) => pad(cell, widths[i] ?? 10, i > 0 && i < 7)).join("  ").trimEnd();
	console.log(`\n${title}`);
	console.log(line(head));
	for (const row of rows) console.log(`${line([row.label, ...row.ours, ...row.scan, ...row.mini, row.target])}  ${row.verdict}`);
}

interface SizeReport {
	core: SizeResult;
	plugin?: PluginBuildResult | { skipped: string };
	cli?: CliResult | { skipped: string };
}

function rowsFor(report: SizeReport): Row[] {
	const { core } = report;
	const f = core.figures;
	const size = core.size;
	const rows: Row[] = [
		figureRow("cold index build", "coldBuild", f.coldBuild, size),
		figureRow("warm start (snapshot; 10 notes changed)", "warmStart", f.warmStart, size),
		figureRow("who cares, 2,000-word note", "whoCares", f.whoCares, size),
		figureRow("who cares, first after an edit", "whoCaresAfterEdit", f.whoCaresAfterEdit, size),
		figureRow("posts for one person", "postsFor", f.postsFor, size),
		figureRow("update: one person + one post rewritten", "update", f.update, size),
		figureRow("update: a line added to each", "updateSmall", f.updateSmall, size),
		figureRow("follow-ups, top 20 (after a daily edit)", "followups", f.followups, size),
		figureRow("follow-ups, top 20 (nothing changed)", "followupsSteady", f.followupsSteady, size),
		figureRow("networking report, 12 months", "report", f.report, size),
	];
	const heapTarget = targetFor("heap", size);
	rows.push({
		label: `heap after build${core.heap.gc ? "" : " (no --expose-gc!)"}`,
		ours: [`${core.heap.oursTotalMb.toFixed(0)} MB`, `(${core.heap.oursIndexMb.toFixed(0)} index)`],
		scan: ["—", ""],
		mini: [`${core.heap.miniSearchIndexMb.toFixed(0)} MB`, ratio(core.heap.miniSearchIndexMb, core.heap.oursIndexMb)],
		target: heapTarget ? `≤ ${heapTarget.max} MB` : "",
		verdict: verdict(heapTarget, core.heap.oursTotalMb).text,
	});
	const plugin = report.plugin;
	if (plugin && "coldMs" in plugin) {
		const blockTarget = targetFor("longestBlock", size);
		const longest = Math.max(plugin.coldLongestBlockMs, plugin.coldCacheLongestBlockMs ?? 0, plugin.warmLongestBlockMs, plugin.saveLongestBlockMs);
		rows.push(
			{ label: "plugin: cold build in slices (wall)", ours: [ms(plugin.coldMs), ms(plugin.coldLongestBlockMs)], scan: ["", ""], mini: ["", ""], target: "", verdict: "longest block beside it" },
			{ label: "plugin: first start, metadata cache empty", ours: [ms(plugin.coldCacheMs ?? 0), ms(plugin.coldCacheLongestBlockMs ?? 0)], scan: ["", ""], mini: ["", ""], target: "", verdict: "longest block beside it" },
			{ label: "plugin: warm start from snapshot (wall)", ours: [ms(plugin.warmMs), ""], scan: ["", ""], mini: ["", ""], target: "", verdict: plugin.warmRestored ? `restored, ${plugin.warmReread} read` : "NOT RESTORED" },
			{ label: "plugin: snapshot written in slices (wall)", ours: [ms(plugin.saveMs), ""], scan: ["", ""], mini: ["", ""], target: "", verdict: "" },
			{
				label: "plugin: longest synchronous block",
				ours: [ms(longest), ""],
				scan: ["", ""],
				mini: ["", ""],
				target: blockTarget ? `≤ ${blockTarget.max} ms` : "",
				verdict: verdict(blockTarget, longest).text,
			},
		);
	}
	const cli = report.cli;
	if (cli && "openVault" in cli) {
		const factor = cli.openVault.median / cli.readAndYaml.median;
		const factorSync = cli.openVault.median / cli.readAndYamlSync.median;
		rows.push(
			{ label: "cli: read all + yaml (fs.promises, 64)", ours: [ms(cli.readAndYaml.median), ms(cli.readAndYaml.p95)], scan: ["", ""], mini: ["", ""], target: "", verdict: "" },
			{ label: "cli: read all + yaml (sync reads)", ours: [ms(cli.readAndYamlSync.median), ms(cli.readAndYamlSync.p95)], scan: ["", ""], mini: ["", ""], target: "", verdict: "" },
			{
				label: "cli: openVault (read, parse, index)",
				ours: [ms(cli.openVault.median), ms(cli.openVault.p95)],
				scan: ["", ""],
				mini: ["", ""],
				target: size === 10_000 ? "≤ 3× reading" : "",
				verdict: `${factor.toFixed(2)}× promises${size === 10_000 ? (factor <= 3 ? " ok" : " MISS") : ""}; ${factorSync.toFixed(2)}× sync`,
			},
		);
	}
	return rows;
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	const started = performance.now();
	if (!hasGc()) log("warning: run with node --expose-gc for heap figures after a full collection");
	const meta = {
		date: new Date().toISOString(),
		node: process.version,
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? "unknown",
		platform: `${os.platform()} ${os.arch()}`,
		loadAverage: os.loadavg(),
		sizes: options.sizes,
		seed: new SyntheticVault(100).seed,
		realistic: !options.plain,
	};
	log(`Top of Mind benchmark: node ${meta.node}, ${meta.cpus} CPUs (${meta.cpuModel}), sizes ${options.sizes.join(", ")}`);

	const reports: Record<string, SizeReport> = {};
	for (const size of options.sizes) {
		log(`\n${size.toLocaleString("en-US")} notes`);
		const core = measureSize(size, log, !options.plain);
		const report: SizeReport = { core };
		if (options.plugin) {
			try {
				report.plugin = await measurePluginBuild(new SyntheticVault(size, undefined, { realistic: !options.plain }));
				log(`  plugin: cold ${ms(report.plugin.coldMs)}, first start ${ms(report.plugin.coldCacheMs ?? 0)}, warm ${ms(report.plugin.warmMs)}, longest block ${ms(Math.max(report.plugin.coldLongestBlockMs, report.plugin.coldCacheLongestBlockMs ?? 0, report.plugin.warmLongestBlockMs, report.plugin.saveLongestBlockMs))}`);
			} catch (error) {
				report.plugin = { skipped: `the Obsidian stand-in did not run: ${error instanceof Error ? error.message : String(error)}` };
				log(`  plugin: skipped (${report.plugin.skipped})`);
			}
		}
		if (options.cli && size <= options.cliMaxSize) {
			report.cli = await measureCli(new SyntheticVault(size, undefined, { realistic: !options.plain }), 3);
			log(`  cli: openVault ${ms(report.cli.openVault.median)} vs reading ${ms(report.cli.readAndYaml.median)}`);
		}
		reports[String(size)] = report;
	}

	let onload: Summary | { skipped: string };
	try {
		onload = await measureOnload(10);
	} catch (error) {
		onload = { skipped: error instanceof Error ? error.message : String(error) };
	}
	const mainJs = options.build ? await bundleReport() : { skipped: "--no-build" };

	for (const size of options.sizes) {
		const report = reports[String(size)] as SizeReport;
		const { shape, words, megabytes } = report.core;
		printTable(
			`${size.toLocaleString("en-US")} notes: ${shape.people.toLocaleString("en-US")} people, ${shape.posts.toLocaleString("en-US")} posts, ${shape.daily.toLocaleString("en-US")} daily, ${shape.other.toLocaleString("en-US")} other; ${(words / 1e6).toFixed(1)}M words, ${megabytes.toFixed(0)} MB`,
			rowsFor(report),
		);
	}
	console.log("");
	console.log("ratio = baseline ÷ ours (how many times faster or smaller ours is). (a) full scan per query comparing topics/tags, as a Dataview query does;");
	console.log("(b) MiniSearch, default options, full text of every person (or post), queried with the whole note.");
	if ("median" in onload) console.log(`plugin onload (registrations only): median ${ms(onload.median)}, p95 ${ms(onload.p95)}`);
	else console.log(`plugin onload: skipped (${onload.skipped})`);
	for (const line of bundleLines(mainJs)) console.log(line);
	const totalSeconds = (performance.now() - started) / 1000;
	console.log(`total run time ${totalSeconds.toFixed(0)} s; load average at start ${meta.loadAverage.map((l) => l.toFixed(2)).join(" ")}`);

	const out = nodePath.resolve(options.out);
	mkdirSync(nodePath.dirname(out), { recursive: true });
	writeFileSync(out, `${JSON.stringify({ meta: { ...meta, totalSeconds }, targets: TARGETS, sizes: reports, onload, mainJs }, null, 2)}\n`);
	log(`\nwrote ${nodePath.relative(process.cwd(), out)}`);
}

const argv = process.argv.slice(2);
const run =
	argv[0] === "hostile" ? runHostileBench(argv.slice(1)) : argv[0] === "profile" ? runProfile(argv.slice(1)) : argv[0] === "vaults" || argv.includes("--vault") ? runVaultBench(parseVaultArgs(argv)) : main();
run.catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exitCode = 1;
});
