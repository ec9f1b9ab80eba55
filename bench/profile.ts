/**
 * Where a slow note's time goes: `npm run bench -- profile --vault <dir> [--settings <json>]
 * [--note <path>]… [--person <path>]… [--repeat 20]`. Loads the vault as the vault bench does,
 * runs who-cares on each note (posts-for on each person) `--repeat` times under the V8
 * profiler and prints the functions with the most self time, per note, with their share. With
 * no --note, the five slowest notes of the last `--vault` run (bench/results/vaults.json) are
 * profiled. `--synthetic 10000` in place of --vault profiles the synthetic vault of that size
 * (written to a temporary folder). `--build` profiles the cold load (openVault) instead.
 */
import { readFileSync } from "node:fs";
import * as inspector from "node:inspector";
import * as nodePath from "node:path";
import { postsFor } from "../src/core/match/posts-for";
import { whoCares } from "../src/core/match/who-cares";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import { openIndexed, writeVault } from "./cli-bench";
import { BENCH_TODAY, SyntheticVault } from "./synthetic-vault";
import { prepare, type VaultSpec } from "./vault-bench";

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
	children?: number[];
}

interface Profile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples?: number[];
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
	return new Promise((resolve, reject) => {
		session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T)));
	});
}

/** Self time per function (name and bundle line), largest first, in ms. */
export function selfTimes(profile: Profile): Array<{ name: string; ms: number; share: number }> {
	const total = (profile.endTime - profile.startTime) / 1000;
	const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
	const byName = new Map<string, number>();
	for (const node of profile.nodes) {
		const { functionName, url, lineNumber } = node.callFrame;
		const name = `${functionName || "(anonymous)"}${url ? ` ${nodePath.basename(url)}:${lineNumber + 1}` : ""}`;
		byName.set(name, (byName.get(name) ?? 0) + (node.hitCount ?? 0));
	}
	return [...byName]
		.map(([name, count]) => ({ name, ms: (count / Math.max(1, hits)) * total, share: count / Math.max(1, hits) }))
		.sort((a, b) => b.ms - a.ms);
}

/** Time per function with what it calls (a recursive call counted once), largest first, in ms. */
export function totalTimes(profile: Profile): Array<{ name: string; ms: number; share: number }> {
	const total = (profile.endTime - profile.startTime) / 1000;
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
	const byName = new Map<string, number>();
	const nameOf = (node: ProfileNode): string => `${node.callFrame.functionName || "(anonymous)"}${node.callFrame.url ? ` ${nodePath.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}` : ""}`;
	const visit = (node: ProfileNode, open: Set<string>): number => {
		const name = nameOf(node);
		let sum = node.hitCount ?? 0;
		const inner = open.has(name) ? open : new Set([...open, name]);
		for (const child of node.children ?? []) {
			const found = byId.get(child);
			if (found !== undefined) sum += visit(found, inner);
		}
		if (!open.has(name)) byName.set(name, (byName.get(name) ?? 0) + sum);
		return sum;
	};
	const root = profile.nodes[0];
	if (root !== undefined) visit(root, new Set());
	return [...byName]
		.map(([name, count]) => ({ name, ms: (count / Math.max(1, hits)) * total, share: count / Math.max(1, hits) }))
		.sort((a, b) => b.ms - a.ms);
}

interface Slowest {
	dir: string;
	whoCares?: { summary: { slowest: Array<{ path: string }> } };
}

export async function runProfile(argv: readonly string[]): Promise<void> {
	const spec: VaultSpec = { dir: "" };
	const notes: string[] = [];
	const people: string[] = [];
	let repeat = 20;
	let synthetic = 0;
	let build = false;
	for (let i = 0; i < argv.length; i++) {
		const value = argv[i + 1] ?? "";
		if (argv[i] === "--vault") spec.dir = value;
		else if (argv[i] === "--settings") spec.settings = value;
		else if (argv[i] === "--note") notes.push(value);
		else if (argv[i] === "--person") people.push(value);
		else if (argv[i] === "--repeat") repeat = Number(value);
		else if (argv[i] === "--synthetic") synthetic = Number(value);
		else if (argv[i] === "--build") {
			build = true;
			continue;
		}
		else throw new Error(`unknown option: ${argv[i] ?? ""}`);
		i++;
	}
	if (synthetic > 0) {
		spec.dir = await fs.mkdtemp(nodePath.join(os.tmpdir(), "bench-synth-"));
		await writeVault(new SyntheticVault(synthetic), spec.dir);
	}
	if (spec.dir === "") throw new Error("profile: --vault <dir> or --synthetic N is required");
	if (notes.length === 0 && people.length === 0 && !build) {
		const last = JSON.parse(readFileSync("bench/results/vaults.json", "utf8")) as { vaults: Slowest[]; synthetic?: Slowest };
		const found = synthetic > 0 ? last.synthetic : last.vaults.find((vault) => nodePath.resolve(vault.dir) === nodePath.resolve(spec.dir));
		notes.push(...(found?.whoCares?.summary.slowest.map((time) => time.path) ?? []));
	}
	const { dir, cleanup } = await prepare(spec);
	try {
		const context = await openIndexed(dir);
		const session = new inspector.Session();
		session.connect();
		await post(session, "Profiler.enable");
		await post(session, "Profiler.setSamplingInterval", { interval: 100 });
		if (build) await profileBuild(session, dir, Math.min(repeat, 3));
		const tasks = [
			...notes.map((path) => ({ label: `who-cares ${path}`, run: (): unknown => whoCares(context.index, context.records.get(path) ?? fail(path), BENCH_TODAY) })),
			...people.map((path) => ({ label: `posts-for ${path}`, run: (): unknown => postsFor(context.index, context.index.person(path) ?? fail(path)) })),
		];
		for (const task of tasks) {
			task.run();
			await post(session, "Profiler.start");
			const start = performance.now();
			for (let k = 0; k < repeat; k++) task.run();
			const ms = (performance.now() - start) / repeat;
			const { profile } = await post<{ profile: Profile }>(session, "Profiler.stop");
			console.log(`\n${task.label}: ${ms.toFixed(1)} ms a call (${repeat} calls); self time per call:`);
			for (const entry of selfTimes(profile).slice(0, 12)) console.log(`  ${(entry.ms / repeat).toFixed(2).padStart(7)} ms  ${(100 * entry.share).toFixed(1).padStart(5)}%  ${entry.name}`);
			console.log("  with what each calls:");
			for (const entry of totalTimes(profile).slice(0, 25)) console.log(`  ${(entry.ms / repeat).toFixed(2).padStart(7)} ms  ${(100 * entry.share).toFixed(1).padStart(5)}%  ${entry.name}`);
		}
		session.disconnect();
	} finally {
		await cleanup();
		if (synthetic > 0) await fs.rm(spec.dir, { recursive: true, force: true });
	}
}

async function profileBuild(session: inspector.Session, dir: string, repeat: number): Promise<void> {
	await post(session, "Profiler.start");
	const start = performance.now();
	for (let k = 0; k < repeat; k++) await openIndexed(dir);
	const ms = (performance.now() - start) / repeat;
	const { profile } = await post<{ profile: Profile }>(session, "Profiler.stop");
	console.log(`\ncold load (openVault): ${ms.toFixed(0)} ms a load (${repeat} loads); self time per load:`);
	for (const entry of selfTimes(profile).slice(0, 30)) console.log(`  ${(entry.ms / repeat).toFixed(1).padStart(8)} ms  ${(100 * entry.share).toFixed(1).padStart(5)}%  ${entry.name}`);
	console.log("  with what each calls:");
	for (const entry of totalTimes(profile).slice(0, 40)) console.log(`  ${(entry.ms / repeat).toFixed(1).padStart(8)} ms  ${(100 * entry.share).toFixed(1).padStart(5)}%  ${entry.name}`);
}

function fail(path: string): never {
	throw new Error(`not in the vault (or not a person): ${path}`);
}
