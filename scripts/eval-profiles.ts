/**
 * Who cares when a person is known by many documents, not one note: each labeled person's
 * note is rebuilt from the other labeled posts they rated (one section each), with or
 * without their own note's text before them, and who-cares is asked about each post in
 * turn, its own text never in anyone's profile. Beside it, classic TF-IDF (log term
 * frequency, cosine) over the same profiles and the same analysed terms.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { openVault } from "../src/cli/load-vault";
import { whoCares } from "../src/core/match/who-cares";
import { analyzeForIndex } from "../src/core/text/phrases";
import { meanMetrics, metricsFor, type LabelFile, type Labels, type Metrics } from "./eval-metrics";

type Profile = "rated documents only" | "own note, then rated documents";

function bodyOf(text: string): string {
	const frontmatter = /^---\n[\s\S]*?\n---\n?/.exec(text);
	return frontmatter ? text.slice(frontmatter[0].length) : text;
}

function unitVector(counts: Map<string, number>, df: Map<string, number>, documents: number): Map<string, number> {
	const vector = new Map<string, number>();
	let norm = 0;
	for (const [term, count] of counts) {
		const weight = (1 + Math.log(count)) * Math.log((documents + 1) / ((df.get(term) ?? 0) + 1));
		vector.set(term, weight);
		norm += weight * weight;
	}
	for (const [term, weight] of vector) vector.set(term, weight / (Math.sqrt(norm) || 1));
	return vector;
}

function counted(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const term of analyzeForIndex(text).terms) counts.set(term, (counts.get(term) ?? 0) + 1);
	return counts;
}

/** People by TF-IDF cosine with the query, those sharing no term left out. */
export function rankByTfIdf(profiles: ReadonlyMap<string, string>, query: string): string[] {
	const counts = new Map([...profiles].map(([person, text]) => [person, counted(text)] as const));
	const df = new Map<string, number>();
	for (const terms of counts.values()) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
	const q = unitVector(counted(query), df, profiles.size);
	const scored: Array<[string, number]> = [];
	for (const [person, terms] of counts) {
		const d = unitVector(terms, df, profiles.size);
		let score = 0;
		for (const [term, weight] of q) score += weight * (d.get(term) ?? 0);
		if (score > 0) scored.push([person, score]);
	}
	return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([person]) => person);
}

interface Row {
	holdout: boolean;
	ours: Metrics;
	tfidf: Metrics;
}

async function measure(vaultDir: string, labels: LabelFile, profile: Profile, holdout: (post: string) => boolean): Promise<Row[]> {
	const archived = new Set(labels.archived ?? []);
	const posts = Object.keys(labels.posts).sort();
	const rated = new Map<string, string[]>();
	for (const post of posts) for (const grade of ["2", "1"] as const) for (const person of labels.posts[post]?.[grade] ?? []) rated.set(person, [...(rated.get(person) ?? []), post]);
	const read = (file: string): string => bodyOf(readFileSync(path.join(vaultDir, file), "utf8"));
	const rows: Row[] = [];
	for (const query of posts) {
		const dir = mkdtempSync(path.join(tmpdir(), "top-of-mind-profiles-"));
		try {
			const profiles = new Map<string, string>();
			for (const [person, documents] of rated) {
				if (archived.has(person)) continue;
				const own = profile === "rated documents only" ? [] : [read(person).replace(/^## Log\b[\s\S]*$/m, "")];
				const sections = documents.filter((d) => d !== query).map((d) => `## ${path.basename(d, ".md")}\n\n${read(d)}`);
				profiles.set(person, [...own, ...sections].join("\n\n"));
			}
			for (const [file, text] of [...profiles, [query, read(query)] as const]) {
				mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
				writeFileSync(path.join(dir, file), `---\ntype: ${file === query ? "post" : "person"}\n---\n${text}\n`);
			}
			const { index, records } = await openVault(dir);
			const record = records.get(query);
			if (record === undefined) throw new Error(`not read back: ${query}`);
			const label: Labels = new Map();
			for (const person of labels.posts[query]?.["1"] ?? []) label.set(person, 1);
			for (const person of labels.posts[query]?.["2"] ?? []) label.set(person, 2);
			const ours = whoCares(index, record, labels.today, { every: true }).people.map((m) => m.path);
			rows.push({ holdout: holdout(query), ours: metricsFor(ours, label, archived), tfidf: metricsFor(rankByTfIdf(profiles, record.body), label, archived) });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	return rows;
}

export async function printProfiles(vaultDir: string, labels: LabelFile, holdout: (post: string, sorted: string[]) => boolean): Promise<void> {
	const sorted = Object.keys(labels.posts).sort();
	const fmt = (m: Metrics): string => `${m.ndcg5.toFixed(3).padStart(7)} ${m.precision5.toFixed(3).padStart(6)} ${m.recall10.toFixed(3).padStart(6)}`;
	console.log(`\nPeople known by many documents (${vaultDir}): every ranking in full (--all)`);
	console.log(`  ${"profile / ranker / split".padEnd(58)} ${"nDCG@5".padStart(7)} ${"P@5".padStart(6)} ${"R@10".padStart(6)}`);
	for (const profile of ["rated documents only", "own note, then rated documents"] as const) {
		const rows = await measure(vaultDir, labels, profile, (post) => holdout(post, sorted));
		for (const ranker of ["ours", "tfidf"] as const) {
			for (const [split, subset] of [["all", rows], ["tuning", rows.filter((r) => !r.holdout)], ["held-out", rows.filter((r) => r.holdout)]] as const) {
				const name = `${profile} / ${ranker === "ours" ? "Top of Mind" : "TF-IDF"} / ${split}`;
				console.log(`  ${name.padEnd(58)} ${fmt(meanMetrics(subset.map((r) => r[ranker])))}`);
			}
		}
	}
}
