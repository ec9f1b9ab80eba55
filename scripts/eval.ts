/**
 * Ranking quality of "who cares" on a labeled vault, next to two baselines.
 * Usage: npm run eval -- [<set folder> | <vault> <labels.json>] [--split dev|holdout|all] [--verbose] [--ablation] [--profiles]
 * `--ablation` prints the same figures with each kind of evidence switched off in turn;
 * `--profiles` ranks people rebuilt from the documents they rated (eval-profiles.ts).
 * A set folder holds `vault/` and `labels.json`; the default is the set shipped in `eval/`.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { openVault } from "../src/cli/load-vault";
import { DEFAULT_SEARCH_TUNING } from "../src/core/index/text-search";
import { QUERY_TUNING } from "../src/core/match/note-query";
import { WEIGHTS } from "../src/core/match/evidence";
import { FEEDBACK } from "../src/core/match/feedback";
import { whoCares } from "../src/core/match/who-cares";
import { rankByDefaultMiniSearch, rankByTopicOverlap } from "./eval-baselines";
import { meanMetrics, metricsFor, postLabels, type LabelFile, type Metrics } from "./eval-metrics";
import { printAblation } from "./eval-ablation";
import { printProfiles } from "./eval-profiles";
import { postsForQuality } from "./eval-posts-for";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--split" && args[i - 1] !== "--set");
const splitArg = args[args.indexOf("--split") + 1];
const split = args.includes("--split") && splitArg ? splitArg : "all";
const setDir = path.resolve(process.cwd(), positional.length === 1 ? (positional[0] as string) : "eval");
const vaultDir = positional.length >= 2 ? (positional[0] as string) : path.join(setDir, "vault");
const labelsPath = positional[1] ?? path.join(setDir, "labels.json");

/**
 * A fixed split of the labeled posts: every third post (by path order) is held out and
 * never looked at while tuning, so the figures on it estimate unseen vaults.
 */
export function inHoldout(postPath: string, sorted: string[]): boolean {
	return sorted.indexOf(postPath) % 3 === 2;
}

/** `--set name=value` tries another value of a matching weight without editing code. */
function applyOverrides(): void {
	args.forEach((arg, i) => {
		if (arg !== "--set") return;
		const [name, value] = (args[i + 1] ?? "").split("=");
		const [group, key] = (name ?? "").split(".");
		if (group === "feedback" && key && key in FEEDBACK) {
			(FEEDBACK as Record<string, number>)[key] = Number(value);
			return;
		}
		if (group && key && group in DEFAULT_SEARCH_TUNING) {
			(DEFAULT_SEARCH_TUNING as unknown as Record<string, Record<string, number>>)[group]![key] = Number(value);
			return;
		}
		if (name && value !== undefined && name in QUERY_TUNING) {
			(QUERY_TUNING as Record<string, number>)[name] = Number(value);
			return;
		}
		if (!name || value === undefined || !(name in WEIGHTS)) throw new Error(`unknown weight: ${name ?? ""}`);
		(WEIGHTS as Record<string, number>)[name] = Number(value);
	});
}

async function main(): Promise<void> {
	applyOverrides();
	if (!existsSync(vaultDir) || !existsSync(labelsPath)) {
		throw new Error(`No labeled set at ${positional.length >= 2 ? `${vaultDir} and ${labelsPath}` : setDir}: give a folder holding vault/ and labels.json (the repository's own set is eval/).`);
	}
	const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as LabelFile;
	if (flags.has("--ablation")) {
		await printAblation(vaultDir, labels, (post, sorted) => inHoldout(post, sorted));
		return;
	}
	if (flags.has("--profiles")) {
		await printProfiles(vaultDir, labels, (post, sorted) => inHoldout(post, sorted));
		return;
	}
	const { index, records } = await openVault(vaultDir);
	const archived = new Set(labels.archived ?? index.allPeople().filter((p) => p.archived).map((p) => p.path));
	const sorted = Object.keys(labels.posts).sort();
	const rows: Array<{ post: string; holdout: boolean; ours: Metrics; topic: Metrics; mini: Metrics }> = [];
	for (const post of sorted) {
		const record = records.get(post);
		if (!record) throw new Error(`labeled post not in the vault: ${post}`);
		const holdout = inHoldout(post, sorted);
		if (split === "dev" && holdout) continue;
		if (split === "holdout" && !holdout) continue;
		const { shared, label } = postLabels(index, post, labels.posts[post] ?? {});
		const ours = whoCares(index, record, labels.today, { limit: 50 }).people.map((m) => m.path);
		const topic = rankByTopicOverlap(index, record).filter((p) => !shared.has(p));
		const mini = rankByDefaultMiniSearch(index, records, record).filter((p) => !shared.has(p));
		rows.push({
			post,
			holdout,
			ours: metricsFor(ours, label, archived),
			topic: metricsFor(topic, label, archived),
			mini: metricsFor(mini, label, archived),
		});
		if (flags.has("--verbose")) {
			const result = whoCares(index, record, labels.today, { limit: 7 });
			console.log(`\n${post}`);
			for (const m of result.people) {
				const grade = label.get(m.path) ?? 0;
				console.log(`  ${grade ? `[${grade}]` : "[ ]"} ${m.score.toFixed(3)} ${m.name} — ${m.reasons.join("; ")}`);
			}
			const missed = [...label.entries()].filter(([p]) => !result.people.some((m) => m.path === p));
			if (missed.length) console.log(`  missed: ${missed.map(([p, g]) => `${path.basename(p, ".md")}(${g})`).join(", ")}`);
		}
	}
	const fmt = (n: number): string => n.toFixed(3);
	console.log(`\nWho cares: ranking quality on ${vaultDir} (today ${labels.today}, split ${split})`);
	console.log(`${"post".padEnd(58)} ${"nDCG@5".padStart(7)} ${"P@5".padStart(6)} ${"R@10".padStart(6)} ${"arch".padStart(4)}`);
	for (const row of rows) {
		const name = (row.holdout ? "* " : "  ") + path.basename(row.post, ".md");
		console.log(`${name.slice(0, 58).padEnd(58)} ${fmt(row.ours.ndcg5).padStart(7)} ${fmt(row.ours.precision5).padStart(6)} ${fmt(row.ours.recall10).padStart(6)} ${String(row.ours.archived).padStart(4)}`);
	}
	console.log("(* = held-out post)\n");
	const table = (label: string, subset: typeof rows): void => {
		if (subset.length === 0) return;
		console.log(`${label} (${subset.length} posts)`);
		console.log(`  ${"ranker".padEnd(34)} ${"nDCG@5".padStart(7)} ${"P@5".padStart(6)} ${"R@10".padStart(6)} ${"archived".padStart(8)}`);
		for (const [name, key] of [["Top of Mind", "ours"], ["baseline: topic/tag overlap", "topic"], ["baseline: MiniSearch, whole note", "mini"]] as const) {
			const m = meanMetrics(subset.map((r) => r[key]));
			console.log(`  ${name.padEnd(34)} ${fmt(m.ndcg5).padStart(7)} ${fmt(m.precision5).padStart(6)} ${fmt(m.recall10).padStart(6)} ${String(m.archived).padStart(8)}`);
		}
	};
	table("All labeled posts", rows);
	table("Tuning split", rows.filter((r) => !r.holdout));
	table("Held-out split", rows.filter((r) => r.holdout));
	const reverse = (label: string, skip: (post: string) => boolean): void => {
		const { all: m, people } = postsForQuality(index, labels.posts, skip);
		if (people > 0) console.log(`  ${label.padEnd(34)} ${fmt(m.ndcg5).padStart(7)} ${fmt(m.precision5).padStart(6)} ${fmt(m.recall10).padStart(6)}   (${people} people)`);
	};
	console.log("Posts for (the labels turned round: for each labeled person, the posts that rated them)");
	console.log(`  ${"split".padEnd(34)} ${"nDCG@5".padStart(7)} ${"P@5".padStart(6)} ${"R@10".padStart(6)}`);
	reverse("All labeled posts", () => false);
	reverse("Tuning split", (post) => inHoldout(post, sorted));
	reverse("Held-out split", (post) => !inHoldout(post, sorted));
	const all = meanMetrics(rows.map((r) => r.ours));
	const base = meanMetrics(rows.map((r) => r.topic));
	if (flags.has("--json")) console.log(JSON.stringify({ ours: all, topicOverlap: base, gain: all.ndcg5 - base.ndcg5 }));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
});
