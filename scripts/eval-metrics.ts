import type { NetworkReader } from "../src/core/index/network-reader";
/** A labeled set's labels.json: per post, who clearly (2) or plausibly (1) cares. */
export interface LabelFile {
	today: string;
	posts: Record<string, { "2"?: string[]; "1"?: string[] }>;
	archived?: string[];
}

/** Graded relevance: path → 2 (clearly cares) or 1 (plausibly). */
export type Labels = Map<string, number>;

export interface Metrics {
	ndcg5: number;
	precision5: number;
	recall10: number;
	/** Archived people anywhere in the ranking: must be 0. */
	archived: number;
}

function dcg(gains: number[]): number {
	return gains.reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
}

export function metricsFor(ranking: string[], labels: Labels, archived: ReadonlySet<string>): Metrics {
	const top5 = ranking.slice(0, 5);
	const ideal = [...labels.values()].sort((a, b) => b - a).slice(0, 5);
	const idealDcg = dcg(ideal);
	const ndcg5 = idealDcg === 0 ? 1 : dcg(top5.map((p) => labels.get(p) ?? 0)) / idealDcg;
	const precision5 = top5.filter((p) => (labels.get(p) ?? 0) >= 1).length / 5;
	const clearly = [...labels.entries()].filter(([, g]) => g === 2).map(([p]) => p);
	const top10 = new Set(ranking.slice(0, 10));
	const recall10 = clearly.length === 0 ? 1 : clearly.filter((p) => top10.has(p)).length / clearly.length;
	return { ndcg5, precision5, recall10, archived: ranking.filter((p) => archived.has(p)).length };
}

export function meanMetrics(all: Metrics[]): Metrics {
	const n = all.length || 1;
	return {
		ndcg5: all.reduce((s, m) => s + m.ndcg5, 0) / n,
		precision5: all.reduce((s, m) => s + m.precision5, 0) / n,
		recall10: all.reduce((s, m) => s + m.recall10, 0) / n,
		archived: all.reduce((s, m) => s + m.archived, 0),
	};
}

/** A post's labels without the people it was already shared with (left out of the results too). */
export function postLabels(index: NetworkReader, post: string, graded: { "2"?: string[]; "1"?: string[] }): { shared: Set<string>; label: Labels } {
	const shared = new Set(index.recipients(post));
	const label: Labels = new Map();
	for (const p of graded["1"] ?? []) if (!shared.has(p)) label.set(p, 1);
	for (const p of graded["2"] ?? []) if (!shared.has(p)) label.set(p, 2);
	return { shared, label };
}
