/**
 * Per-signal ablation: the labeled set's figures with each kind of evidence switched off in
 * turn (its weight set to 0), beside the engine as it ships. Each variant opens the vault
 * afresh, so nothing worked out under one set of weights is reused under another.
 */
import { openVault } from "../src/cli/load-vault";
import { WEIGHTS } from "../src/core/match/evidence";
import { FEEDBACK } from "../src/core/match/feedback";
import { whoCares } from "../src/core/match/who-cares";
import { meanMetrics, metricsFor, postLabels, type LabelFile, type Metrics } from "./eval-metrics";
import { postsForQuality } from "./eval-posts-for";

type Weights = typeof WEIGHTS;

/** What each row switches off. */
const VARIANTS: Array<{ name: string; off: Partial<Weights>; feedback?: Partial<typeof FEEDBACK> }> = [
	{ name: "all evidence (as shipped)", off: {} },
	{ name: "without text relevance", off: { text: 0 } },
	{ name: "without the key term", off: { keyTerm: 0 } },
	{ name: "without phrases", off: { queryPhrases: 0 } },
	{ name: "without exact topics", off: { topicExact: 0 } },
	{ name: "without topics said in the text", off: { topicInText: 0 } },
	{ name: "without mentions", off: { mention: 0, firstNameMention: 0 } },
	{ name: "without history (posts sent)", off: { history: 0 } },
	{ name: "without replies", off: { reply: 0 } },
	{ name: "without feedback (related words)", off: {}, feedback: { weight: 0 } },
];

interface Row {
	whoCares: { all: Metrics; tuning: Metrics; heldOut: Metrics };
	postsFor: { all: Metrics; tuning: Metrics; heldOut: Metrics };
}

async function measure(vaultDir: string, labels: LabelFile, holdout: (post: string) => boolean): Promise<Row> {
	const { index, records } = await openVault(vaultDir);
	const archived = new Set(labels.archived ?? index.allPeople().filter((p) => p.archived).map((p) => p.path));
	const rows: Array<{ holdout: boolean; metrics: Metrics }> = [];
	for (const post of Object.keys(labels.posts).sort()) {
		const record = records.get(post);
		if (!record) throw new Error(`labeled post not in the vault: ${post}`);
		const { label } = postLabels(index, post, labels.posts[post] ?? {});
		const ranking = whoCares(index, record, labels.today, { limit: 50 }).people.map((m) => m.path);
		rows.push({ holdout: holdout(post), metrics: metricsFor(ranking, label, archived) });
	}
	const mean = (keep: (row: { holdout: boolean }) => boolean): Metrics => meanMetrics(rows.filter(keep).map((r) => r.metrics));
	return {
		whoCares: { all: mean(() => true), tuning: mean((r) => !r.holdout), heldOut: mean((r) => r.holdout) },
		postsFor: {
			all: postsForQuality(index, labels.posts, () => false).all,
			tuning: postsForQuality(index, labels.posts, holdout).all,
			heldOut: postsForQuality(index, labels.posts, (post) => !holdout(post)).all,
		},
	};
}

/** Prints nDCG@5 of who-cares and posts-for (all, tuning, held-out) per variant, with the change from the shipped engine. */
export async function printAblation(vaultDir: string, labels: LabelFile, inHoldout: (post: string, sorted: string[]) => boolean): Promise<void> {
	const sorted = Object.keys(labels.posts).sort();
	const holdout = (post: string): boolean => inHoldout(post, sorted);
	const shipped = { ...WEIGHTS };
	const shippedFeedback = { ...FEEDBACK };
	const results: Array<{ name: string; row: Row }> = [];
	try {
		for (const variant of VARIANTS) {
			Object.assign(WEIGHTS, shipped, variant.off);
			Object.assign(FEEDBACK, shippedFeedback, variant.feedback ?? {});
			results.push({ name: variant.name, row: await measure(vaultDir, labels, holdout) });
		}
	} finally {
		Object.assign(WEIGHTS, shipped);
		Object.assign(FEEDBACK, shippedFeedback);
	}
	const base = results[0]?.row;
	if (base === undefined) return;
	const cell = (m: Metrics, ref: Metrics, first: boolean): string => (first ? m.ndcg5.toFixed(3) : `${m.ndcg5.toFixed(3)} (${(m.ndcg5 - ref.ndcg5 >= 0 ? "+" : "") + (m.ndcg5 - ref.ndcg5).toFixed(3)})`).padStart(16);
	console.log(`Ablation on ${vaultDir}: nDCG@5, each kind of evidence off in turn (change from all evidence)`);
	console.log(`${"".padEnd(34)} ${"who-cares all".padStart(16)} ${"tuning".padStart(16)} ${"held-out".padStart(16)} ${"posts-for all".padStart(16)} ${"tuning".padStart(16)} ${"held-out".padStart(16)}`);
	results.forEach(({ name, row }, i) => {
		const cells = (["whoCares", "postsFor"] as const).flatMap((kind) => (["all", "tuning", "heldOut"] as const).map((split) => cell(row[kind][split], base[kind][split], i === 0)));
		console.log(`${name.padEnd(34)} ${cells.join(" ")}`);
	});
}
