/**
 * Any vault at scale: `npm run bench -- --vault <dir> [--settings <json>] [--vault <dir> …]`.
 *
 * For each vault, and for the synthetic vault (10k notes, written to a temporary folder) in
 * the same run: the floor (bench/floor.ts: every note read with fs.promises, its frontmatter
 * parsed with yaml) against the command line's own loading code building the index in
 * process (`openVault`), the heap after that build after GC, the snapshot's size, who-cares
 * and posts-for on a seeded sample of notes and people (p50, p95, max and the slowest five),
 * and the built command line (`dist/cli.cjs`) as a whole process against the floor as a
 * whole process. For the synthetic vault also the plugin's warm start from this device's
 * cache, its onload, and the heap at 50k. Every figure is a median of several runs, printed
 * with the load average; bench/results/vaults.json keeps every sample.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs, readFileSync, statSync } from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import type { VaultContext } from "../src/cli/load-vault";
import { snapshotLines } from "../src/core/index/snapshot";
import { snapshotBytes } from "./snapshot-size";
import { postsFor } from "../src/core/match/posts-for";
import { whoCares } from "../src/core/match/who-cares";
import type { NetworkIndex } from "../src/core/index/network-index";
import type { NoteRecord, Person } from "../src/core/model/types";
import { bundleLines, bundleReport } from "./bundle";
import { openIndexed, writeVault } from "./cli-bench";
import { streamedHeap } from "./core-bench";
import { readAndParse } from "./floor";
import { checkOnload, measureWarmStarts, type OnloadCheck, type WarmStartResult } from "./plugin-bench";
import { hasNonAscii, hasNonLatin, seededSample, summarizeItems, timePerItem, verdictOf, type ItemTime, type PerItemSummary } from "./sample";
import { heapUsedMb, hasGc, quantile, summarize, timeAsync, type Summary } from "./stats";
import { measureHeapProcess, type HeapFigures } from "./heap-figures";
import { BENCH_TODAY, SyntheticVault } from "./synthetic-vault";

export interface VaultSpec {
	dir: string;
	/** A settings file (the plugin's data.json) used in place of the vault's own. */
	settings?: string;
}

export interface VaultBenchOptions {
	vaults: VaultSpec[];
	/** Notes in the synthetic vault measured beside them (0: none). */
	syntheticSize: number;
	/** Synthetic sizes at which only the heap after build is measured. */
	heapSizes: number[];
	realistic: boolean;
	sample: number;
	seed: number;
	/** Rounds of floor + build. */
	runs: number;
	/** Runs of each whole process. */
	processRuns: number;
	/** Passes of each query over its sample. */
	passes: number;
	build: boolean;
	out: string;
}

export const VAULT_DEFAULTS: Omit<VaultBenchOptions, "vaults"> = {
	syntheticSize: 10_000,
	heapSizes: [50_000],
	realistic: true,
	sample: 200,
	seed: 1,
	runs: 5,
	processRuns: 5,
	passes: 3,
	build: true,
	out: "bench/results/vaults.json",
};

export const VAULT_TARGETS = {
	queryP50: 5,
	queryP95: 20,
	queryMax: 60,
	realOverSynthetic: 1.5,
	buildOverFloor: 1.6,
	processOverFloor: 2,
	warmStartMs: 300,
	heapSyntheticMb: 90,
	heapMultilingualMb: 120,
	heap50kMb: 350,
	snapshotMb: 10,
};

const CLI = "dist/cli.cjs";
const FLOOR_PROCESS = "dist/tools/floor-process.mjs";

const log = (line: string): void => {
	process.stderr.write(`${line}\n`);
};

const loadAverage = (): string =>
	os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(" ");

interface QueryFigures {
	summary: PerItemSummary;
	times: ItemTime[];
}

export interface VaultResult {
	name: string;
	dir: string;
	settings?: string;
	notes: number;
	people: number;
	posts: number;
	megabytes: number;
	/** Share of notes with a non-ASCII character, and with text in a non-Latin script. */
	nonAscii: number;
	nonLatin: number;
	floor: Summary;
	build: Summary;
	/** In the bench's process, which holds its own results, samples and earlier vaults' caches too. */
	heap: { baseMb: number; withRecordsMb: number; indexOnlyMb: number };
	/** In a process of its own (bench/heap-process.ts): what the target is read against. */
	heapProcess?: HeapFigures | { skipped: string };
	/** As this device's cache stores it, deflated in a worker (bench/snapshot-size.ts). */
	snapshotMb: number;
	/** As a device without a worker stores it: its lines. */
	snapshotLinesMb: number;
	/** Its lines as UTF-8 text, before the store packs them. */
	snapshotTextMb: number;
	whoCares?: QueryFigures;
	postsFor?: QueryFigures;
	process?: { floor: Summary; stats: Summary; whoCares: Summary; note: string } | { skipped: string };
	loadAverage: string;
}

/** A working copy of the vault when settings are given: its notes and `.obsidian`, with the settings as the plugin's data.json. */
export async function prepare(spec: VaultSpec): Promise<{ dir: string; cleanup: () => Promise<void> }> {
	if (spec.settings === undefined) return { dir: nodePath.resolve(spec.dir), cleanup: async () => {} };
	const settings = readFileSync(spec.settings, "utf8");
	JSON.parse(settings);
	const root = nodePath.resolve(spec.dir);
	const dir = await fs.mkdtemp(nodePath.join(os.tmpdir(), "bench-vault-"));
	await fs.cp(root, dir, {
		recursive: true,
		preserveTimestamps: true,
		filter: async (source) => {
			const rel = nodePath.relative(root, source);
			if (rel === "" || (await fs.lstat(source)).isDirectory()) return !rel.split(nodePath.sep).includes("node_modules") && !rel.startsWith(".git");
			return rel.endsWith(".md") || (rel.startsWith(`.obsidian${nodePath.sep}`) && rel.endsWith(".json"));
		},
	});
	const dataDir = nodePath.join(dir, ".obsidian", "plugins", "top-of-mind");
	await fs.mkdir(dataDir, { recursive: true });
	await fs.writeFile(nodePath.join(dataDir, "data.json"), settings);
	return { dir, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
}

function hasText(record: NoteRecord): boolean {
	return /\p{L}/u.test(record.body);
}

/** The notes who-cares is asked about: posts and other notes with text (not people, not excluded). */
function noteCandidates(context: VaultContext): NoteRecord[] {
	const out: NoteRecord[] = [];
	for (const record of context.records.values()) {
		const kind = context.index.kindOf(record.path);
		if (kind === undefined || kind === "person" || !hasText(record)) continue;
		out.push(record);
	}
	return out;
}

/** The sampled notes and people, and the vault's text shares; a function of its own, so nothing but the samples outlives it. */
export function sampleOf(context: VaultContext, options: VaultBenchOptions): { notes: NoteRecord[]; personSample: Person[]; people: number; total: number; nonAscii: number; nonLatin: number } {
	const people = context.index.allPeople().filter((person) => !person.archived);
	const notes = seededSample(noteCandidates(context), options.sample, options.seed, (record) => record.path);
	const personSample = seededSample(people, options.sample, options.seed, (person) => person.path);
	let nonAscii = 0;
	let nonLatin = 0;
	for (const record of context.records.values()) {
		if (hasNonAscii(record.body) || hasNonAscii(record.path)) nonAscii++;
		if (hasNonLatin(record.body)) nonLatin++;
	}
	return { notes, personSample, people: people.length, total: context.records.size, nonAscii, nonLatin };
}

/**
 * The vault opened, its heap measured with the records, then only the index and the samples
 * returned: the context lives in this function alone, so once it returns nothing holds the
 * records (a variable of the caller set to null can stay reachable from its suspended frame).
 */
async function indexAndSample(dir: string, options: VaultBenchOptions): Promise<{ index: NetworkIndex; sample: ReturnType<typeof sampleOf>; withRecordsMb: number }> {
	const context = await openIndexed(dir);
	const withRecordsMb = heapUsedMb();
	return { index: context.index, sample: sampleOf(context, options), withRecordsMb };
}

function fileBytes(dir: string, path: string): number {
	try {
		return statSync(nodePath.join(dir, ...path.split("/"))).size;
	} catch {
		return 0;
	}
}

function runProcess(args: string[]): number {
	const start = performance.now();
	const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
	const ms = performance.now() - start;
	if (result.status !== 0) throw new Error(`${args.join(" ")} exited with ${String(result.status)}: ${result.stderr.toString().split("\n")[0] ?? ""}`);
	return ms;
}

/** `top-of-mind stats` and `who-cares <note>` against the floor, whole process against whole process, interleaved. */
function measureProcesses(dir: string, note: string | undefined, options: VaultBenchOptions): VaultResult["process"] {
	if (!existsSync(CLI) || !existsSync(FLOOR_PROCESS)) return { skipped: `${CLI} or ${FLOOR_PROCESS} not built (run without --no-build)` };
	if (note === undefined) return { skipped: "no note to ask about" };
	try {
		const floorRuns: number[] = [];
		const stats: number[] = [];
		const who: number[] = [];
		runProcess([FLOOR_PROCESS, dir]);
		for (let run = 0; run < options.processRuns; run++) {
			floorRuns.push(runProcess([FLOOR_PROCESS, dir]));
			stats.push(runProcess([CLI, "stats", "--vault", dir]));
			who.push(runProcess([CLI, "who-cares", note, "--vault", dir, "--today", BENCH_TODAY]));
		}
		log(`  processes: floor ${summarize(floorRuns).median.toFixed(0)} ms, stats ${summarize(stats).median.toFixed(0)} ms, who-cares ${summarize(who).median.toFixed(0)} ms`);
		return { floor: summarize(floorRuns), stats: summarize(stats), whoCares: summarize(who), note };
	} catch (error) {
		return { skipped: error instanceof Error ? error.message : String(error) };
	}
}

async function measureVault(name: string, spec: VaultSpec, options: VaultBenchOptions): Promise<VaultResult> {
	const { dir, cleanup } = await prepare(spec);
	try {
		log(`\n${name}: ${dir}${spec.settings ? ` (settings ${spec.settings})` : ""}; load average ${loadAverage()}`);
		// One unmeasured pass of each, so both find the files in the OS cache.
		const floorOnce = await readAndParse(dir);
		await openIndexed(dir);
		const floor: number[] = [];
		const build: number[] = [];
		for (let run = 0; run < options.runs; run++) {
			heapUsedMb();
			floor.push(await timeAsync(() => readAndParse(dir)));
			heapUsedMb();
			build.push(await timeAsync(() => openIndexed(dir)));
		}
		log(`  floor ${summarize(floor).median.toFixed(0)} ms, build ${summarize(build).median.toFixed(0)} ms`);

		// The heap: with the command line's context (records and index), then with the index alone.
		const baseMb = heapUsedMb();
		const { index, sample, withRecordsMb } = await indexAndSample(dir, options);
		const { notes, personSample, nonAscii, nonLatin, total, people } = sample;
		const posts = index.allPosts().length;
		const indexOnlyMb = heapUsedMb();
		log(`  heap ${indexOnlyMb.toFixed(0)} MB with the index (base ${baseMb.toFixed(0)} MB; ${withRecordsMb.toFixed(0)} MB with the records too)`);

		const heapProcess = measureHeapProcess(dir, log);

		const snapshotSize = snapshotBytes(snapshotLines(index));

		const result: VaultResult = {
			name,
			dir: spec.dir,
			settings: spec.settings,
			notes: total,
			people,
			posts,
			megabytes: floorOnce.bytes / 1_048_576,
			nonAscii: nonAscii / Math.max(1, total),
			nonLatin: nonLatin / Math.max(1, total),
			floor: summarize(floor),
			build: summarize(build),
			heap: { baseMb, withRecordsMb, indexOnlyMb },
			heapProcess,
			snapshotMb: snapshotSize.stored / 1_048_576,
			snapshotLinesMb: snapshotSize.lines / 1_048_576,
			snapshotTextMb: snapshotSize.text / 1_048_576,
			loadAverage: loadAverage(),
		};

		if (notes.length > 0) {
			const times = timePerItem(notes, options.passes, (record) => ({ path: record.path, chars: fileBytes(dir, record.path) }), (record) => whoCares(index, record, BENCH_TODAY));
			result.whoCares = { summary: summarizeItems(times), times };
			log(`  who-cares on ${notes.length} notes: p50 ${result.whoCares.summary.p50.toFixed(1)} ms, p95 ${result.whoCares.summary.p95.toFixed(1)} ms`);
		}
		if (personSample.length > 0) {
			const times = timePerItem(personSample, options.passes, (person: Person) => ({ path: person.path, chars: fileBytes(dir, person.path) }), (person) => postsFor(index, person));
			result.postsFor = { summary: summarizeItems(times), times };
			log(`  posts-for on ${personSample.length} people: p50 ${result.postsFor.summary.p50.toFixed(1)} ms, p95 ${result.postsFor.summary.p95.toFixed(1)} ms`);
		}

		result.process = measureProcesses(dir, notes[0]?.path, options);
		return result;
	} finally {
		await cleanup();
	}
}

// ---------------------------------------------------------------------------------------
// The report.

function ms(value: number | undefined): string {
	if (value === undefined || Number.isNaN(value)) return "—";
	if (value >= 100) return `${Math.round(value).toLocaleString("en-US")} ms`;
	if (value >= 10) return `${value.toFixed(1)} ms`;
	return `${value.toFixed(2)} ms`;
}

function withVerdict(text: string, value: number | undefined, max: number): string {
	return `${text} ${verdictOf(value, max)}`;
}

function times(value: number): string {
	return `${value.toFixed(2)}×`;
}

interface Column {
	result: VaultResult;
	synthetic: boolean;
}

function heapTarget(column: Column): number {
	if (column.synthetic) return VAULT_TARGETS.heapSyntheticMb;
	return column.result.nonLatin >= 0.05 ? VAULT_TARGETS.heapMultilingualMb : VAULT_TARGETS.heapSyntheticMb;
}

function rows(columns: Column[], reference: VaultResult | undefined): Array<[string, ...string[]]> {
	const out: Array<[string, ...string[]]> = [];
	const row = (label: string, target: string, cell: (column: Column) => string): void => {
		out.push([label, ...columns.map(cell), target]);
	};
	row("notes read / people / posts", "", ({ result }) => `${result.notes.toLocaleString("en-US")} / ${result.people.toLocaleString("en-US")} / ${result.posts.toLocaleString("en-US")}`);
	row("text; notes non-ASCII / non-Latin", "", ({ result }) => `${result.megabytes.toFixed(0)} MB; ${(100 * result.nonAscii).toFixed(0)}% / ${(100 * result.nonLatin).toFixed(0)}%`);
	row("floor: read + yaml, in process", "", ({ result }) => ms(result.floor.median));
	row("cold build in process (openVault, text analysed)", `≤ ${VAULT_TARGETS.buildOverFloor}× floor`, ({ result }) => {
		const factor = result.build.median / result.floor.median;
		return withVerdict(`${ms(result.build.median)} = ${times(factor)}`, factor, VAULT_TARGETS.buildOverFloor);
	});
	const query = (label: string, key: "whoCares" | "postsFor"): void => {
		const stat = (name: "p50" | "p95" | "max", max: number): void =>
			row(`${label} ${name}`, `≤ ${max} ms`, ({ result }) => {
				const value = result[key]?.summary[name];
				return withVerdict(ms(value), value, max);
			});
		stat("p50", VAULT_TARGETS.queryP50);
		// Each item's time is the median of its passes, so later passes find what a panel
		// keeps per person; the first pass alone shows the cost before anything is kept.
		row(`${label} p50 / p95, first pass only`, "", ({ result }) => {
			const times = result[key]?.times;
			if (!times || times.length === 0) return "—";
			const first = times.map((time) => time.samples[0] ?? Number.NaN);
			return `${ms(quantile(first, 0.5))} / ${ms(quantile(first, 0.95))}`;
		});
		stat("p95", VAULT_TARGETS.queryP95);
		stat("max", VAULT_TARGETS.queryMax);
		row(`${label} p50 / p95 ÷ synthetic`, `≤ ${VAULT_TARGETS.realOverSynthetic}×`, ({ result, synthetic }) => {
			const ours = result[key]?.summary;
			const base = reference?.[key]?.summary;
			if (synthetic || !ours || !base) return "";
			const p50 = ours.p50 / base.p50;
			const p95 = ours.p95 / base.p95;
			return withVerdict(`${times(p50)} / ${times(p95)}`, Math.max(p50, p95), VAULT_TARGETS.realOverSynthetic);
		});
	};
	query("who-cares", "whoCares");
	query("posts-for", "postsFor");
	row("floor as a process", "", ({ result }) => (result.process && "floor" in result.process ? ms(result.process.floor.median) : "—"));
	for (const [label, key] of [
		["`top-of-mind stats`, whole process", "stats"],
		["`top-of-mind who-cares`, whole process", "whoCares"],
	] as const) {
		row(label, `≤ ${VAULT_TARGETS.processOverFloor}× floor`, ({ result }) => {
			const proc = result.process;
			if (!proc || !("floor" in proc)) return proc ? "skipped" : "—";
			const factor = proc[key].median / proc.floor.median;
			return withVerdict(`${ms(proc[key].median)} = ${times(factor)}`, factor, VAULT_TARGETS.processOverFloor);
		});
	}
	row("heap after build, after GC, a process of its own", "≤ 90 MB (10k), ≤ 120 MB (multilingual)", (column) => {
		const heap = column.result.heapProcess;
		if (heap === undefined || "skipped" in heap) return heap ? "skipped" : "—";
		return withVerdict(`${heap.indexOnlyMb.toFixed(0)} MB`, heap.indexOnlyMb, heapTarget(column));
	});
	row("  of which the index / typed arrays beside it", "", ({ result }) => {
		const heap = result.heapProcess;
		return heap === undefined || "skipped" in heap ? "—" : `${(heap.indexOnlyMb - heap.baseMb).toFixed(0)} MB / ${heap.arrayBuffersMb.toFixed(0)} MB`;
	});
	row("  in the bench's process (index held; with records too)", "", ({ result }) => `${result.heap.indexOnlyMb.toFixed(0)} MB (${result.heap.withRecordsMb.toFixed(0)} MB)`);
	row("snapshot (cache) size", `≤ ${VAULT_TARGETS.snapshotMb} MB at 10k`, ({ result, synthetic }) => {
		const text = `${result.snapshotMb.toFixed(1)} MB (as lines ${result.snapshotLinesMb.toFixed(1)} MB)`;
		return synthetic ? withVerdict(text, result.snapshotMb, VAULT_TARGETS.snapshotMb) : text;
	});
	row("load average when measured", "", ({ result }) => result.loadAverage);
	return out;
}

function printTable(table: Array<[string, ...string[]]>, head: string[]): void {
	const all = [head, ...table];
	const widths = head.map((_, i) => Math.max(...all.map((line) => (line[i] ?? "").length)));
	for (const line of all) console.log(line.map((cell, i) => (cell ?? "").padEnd(widths[i] ?? 0)).join("  ").trimEnd());
}

function printSlowest(result: VaultResult): void {
	for (const [label, figures] of [
		["who-cares", result.whoCares],
		["posts-for", result.postsFor],
	] as const) {
		if (!figures) continue;
		console.log(`  ${label}, slowest 5 of ${figures.summary.items}:`);
		for (const time of figures.summary.slowest) {
			console.log(`    ${ms(time.ms).padStart(9)}  ${(time.chars / 1024).toFixed(1).padStart(7)} KiB  ${time.path}`);
		}
	}
}

export interface VaultBenchReport {
	meta: Record<string, unknown>;
	targets: typeof VAULT_TARGETS;
	vaults: VaultResult[];
	synthetic?: VaultResult;
	warmStart?: WarmStartResult | { skipped: string };
	onload?: OnloadCheck | { skipped: string };
	heapAt: Array<{ size: number; totalMb: number; indexMb: number }>;
	bundle?: Awaited<ReturnType<typeof bundleReport>>;
}

export async function runVaultBench(options: VaultBenchOptions): Promise<void> {
	const started = performance.now();
	if (!hasGc()) log("warning: run with node --expose-gc for heap figures after a full collection");
	const meta = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", loadAverageAtStart: loadAverage(), options };
	log(`Top of Mind, vaults at scale: node ${meta.node}, ${meta.cpus} CPUs, load average ${meta.loadAverageAtStart}`);
	const report: VaultBenchReport = { meta, targets: VAULT_TARGETS, vaults: [], heapAt: [] };
	if (options.build) {
		report.bundle = await bundleReport();
		spawnSync(process.execPath, ["esbuild.config.mjs", "cli"], { stdio: "ignore" });
	}

	// The heap at larger sizes first, while the process holds nothing else.
	for (const size of options.heapSizes) {
		log(`heap at ${size.toLocaleString("en-US")} synthetic notes…`);
		report.heapAt.push({ size, ...streamedHeap(new SyntheticVault(size, undefined, { realistic: options.realistic })) });
	}
	if (options.syntheticSize > 0) {
		const dir = await fs.mkdtemp(nodePath.join(os.tmpdir(), "bench-synth-"));
		try {
			await writeVault(new SyntheticVault(options.syntheticSize, undefined, { realistic: options.realistic }), dir);
			report.synthetic = await measureVault(`synthetic ${options.syntheticSize / 1000}k${options.realistic ? "" : " (plain)"}`, { dir }, options);
		} finally {
			await fs.rm(dir, { recursive: true, force: true });
		}
	}
	for (const spec of options.vaults) {
		report.vaults.push(await measureVault(nodePath.basename(nodePath.resolve(spec.dir)), spec, options));
	}
	if (options.syntheticSize > 0) {
		try {
			report.warmStart = await measureWarmStarts(new SyntheticVault(options.syntheticSize, undefined, { realistic: options.realistic }), options.runs);
			log(`  plugin warm start: ${ms(report.warmStart.warm.median)}`);
		} catch (error) {
			report.warmStart = { skipped: error instanceof Error ? error.message : String(error) };
		}
		try {
			report.onload = await checkOnload(new SyntheticVault(options.syntheticSize, undefined, { realistic: options.realistic }), 10);
		} catch (error) {
			report.onload = { skipped: error instanceof Error ? error.message : String(error) };
		}
	}
	const columns: Column[] = [...(report.synthetic ? [{ result: report.synthetic, synthetic: true }] : []), ...report.vaults.map((result) => ({ result, synthetic: false }))];
	console.log("");
	printTable(rows(columns, report.synthetic), ["", ...columns.map((column) => column.result.name), "target"]);
	console.log("");
	for (const column of columns) {
		console.log(column.result.name);
		printSlowest(column.result);
		const proc = column.result.process;
		if (proc && "skipped" in proc) console.log(`  processes: skipped (${proc.skipped})`);
		else if (proc) console.log(`  processes asked who cares about ${proc.note}`);
	}
	console.log("");
	const warm = report.warmStart;
	if (warm && "warm" in warm) {
		console.log(
			`plugin warm start from this device's cache (IndexedDB: fake-indexeddb), ${options.syntheticSize.toLocaleString("en-US")} notes, 10 changed: median ${ms(warm.warm.median)} (p95 ${ms(warm.warm.p95)}, ${warm.reread} read again, longest block ${ms(warm.longestBlockMs)}, snapshot ${warm.storedMb === null ? "not found" : `${warm.storedMb.toFixed(1)} MB`} in IndexedDB; target ≤ ${VAULT_TARGETS.warmStartMs} ms) ${verdictOf(warm.warm.median, VAULT_TARGETS.warmStartMs)}`,
		);
	} else if (warm) console.log(`plugin warm start: skipped (${warm.skipped})`);
	const onload = report.onload;
	if (onload && "onload" in onload) {
		console.log(
			`plugin onload on ${onload.notes.toLocaleString("en-US")} notes, layout not ready: median ${ms(onload.onload.median)} (p95 ${ms(onload.onload.p95)}); notes read ${onload.reads}, index ${onload.serviceState}; panel registered: ${onload.panelRegistered ? "yes" : "NO"} ${onload.reads === 0 && onload.serviceState === "waiting" && onload.panelRegistered ? "ok" : "MISS"}`,
		);
	} else if (onload) console.log(`plugin onload: skipped (${onload.skipped})`);
	for (const heap of report.heapAt) {
		const target = heap.size >= 50_000 ? VAULT_TARGETS.heap50kMb : heap.size <= 10_000 ? VAULT_TARGETS.heapSyntheticMb : undefined;
		console.log(`heap after build at ${heap.size.toLocaleString("en-US")} synthetic notes, after GC: ${heap.totalMb.toFixed(0)} MB (index ${heap.indexMb.toFixed(0)} MB)${target === undefined ? "" : ` (target ≤ ${target} MB) ${verdictOf(heap.totalMb, target)}`}`);
	}
	if (report.bundle) for (const line of bundleLines(report.bundle)) console.log(line);
	const totalSeconds = (performance.now() - started) / 1000;
	console.log(`total run time ${totalSeconds.toFixed(0)} s; load average at start ${meta.loadAverageAtStart}, at end ${loadAverage()}`);

	const out = nodePath.resolve(options.out);
	await fs.mkdir(nodePath.dirname(out), { recursive: true });
	await fs.writeFile(out, `${JSON.stringify({ ...report, meta: { ...meta, totalSeconds } }, null, 2)}\n`);
	log(`\nwrote ${nodePath.relative(process.cwd(), out)}`);
}
