/**
 * The engine's figures on one synthetic vault, next to the baselines on the same data.
 */
import moment from "moment";
import { parseFrontmatterYaml } from "../src/cli/vault-reader";
import { defaultCoreConfig } from "../src/core/model/config";
import { makeDailyNoteParser } from "../src/core/contact/daily-notes";
import { followups } from "../src/core/overview/followups";
import { networkReport } from "../src/core/overview/report";
import { restoreIndex, snapshotLines, staleNotes } from "../src/core/index/snapshot";
import { buildRecord } from "../src/core/markdown/record";
import { visibleProse, visibleTextOfNote } from "../src/core/text/visible-text";
import { NetworkIndex, type IndexOptions } from "../src/core/index/network-index";
import { postsFor } from "../src/core/match/posts-for";
import type { NoteRecord } from "../src/core/model/types";
import { whoCares } from "../src/core/match/who-cares";
import {
	buildDefaultMiniSearch,
	fullTextDoc,
	loadDefaultMiniSearch,
	saveDefaultMiniSearch,
	scanByTopicOverlap,
	scanFollowups,
	searchWholeNote,
} from "./baselines";
import { heapUsedMb, repeat, summarize, timeSync, type Summary } from "./stats";
import { BENCH_TODAY, SyntheticVault } from "./synthetic-vault";

export const DAILY_FOLDER = "Daily";

export function benchOptions(): IndexOptions {
	return {
		config: defaultCoreConfig(),
		dailyNotes: { folder: DAILY_FOLDER, format: "YYYY-MM-DD" },
		parseDailyDate: makeDailyNoteParser(moment, "YYYY-MM-DD"),
	};
}

export function recordOf(note: { path: string; text: string; mtime: number }): NoteRecord {
	return buildRecord({ path: note.path, text: note.text, mtime: note.mtime, parseYaml: parseFrontmatterYaml });
}

/** One figure: ours, and the baselines' where they apply. */
export interface Figure {
	ours: Summary;
	scan?: Summary;
	miniSearch?: Summary;
	note?: string;
}

export interface SizeResult {
	size: number;
	shape: SyntheticVault["shape"];
	words: number;
	megabytes: number;
	generateMs: number;
	figures: Record<string, Figure>;
	snapshotMegabytes: number;
	heap: { oursTotalMb: number; oursIndexMb: number; miniSearchIndexMb: number; gc: boolean };
}

export interface RunPlan {
	builds: number;
	queries: number;
	/** Queries of baseline (b), which takes seconds each on large vaults. */
	miniSearchQueries: number;
	updates: number;
	followups: number;
	warmStarts: number;
}

export function planFor(size: number): RunPlan {
	if (size <= 2000) return { builds: 7, queries: 60, miniSearchQueries: 20, updates: 60, followups: 20, warmStarts: 7 };
	// The update's p95 is a target at 10k: enough runs that it is not merely the third-worst of 60.
	if (size <= 20_000) return { builds: 5, queries: 60, miniSearchQueries: 8, updates: 200, followups: 20, warmStarts: 5 };
	return { builds: 3, queries: 40, miniSearchQueries: 3, updates: 40, followups: 10, warmStarts: 3 };
}

/** Snapshot lines grouped into chunks of about 1 MB, as IndexStore writes them to IndexedDB (one record each). */
function inChunks(lines: readonly string[]): string[][] {
	const chunks: string[][] = [];
	let group: string[] = [];
	let size = 0;
	for (const line of lines) {
		group.push(line);
		size += line.length;
		if (size >= 1_000_000) {
			chunks.push(group);
			group = [];
			size = 0;
		}
	}
	if (group.length > 0) chunks.push(group);
	return chunks;
}

/** A new index for `vault`: its templates' sentences set as boilerplate, as the command line and the plugin set them. */
export function newIndex(vault: SyntheticVault): NetworkIndex {
	const index = new NetworkIndex(benchOptions());
	index.commons.setTemplates(vault.templates().map((template) => visibleProse(visibleTextOfNote(template.text))));
	return index;
}

/** The heap in use after GC (MB) with only an index of `vault` built from notes read one at a time, and the index's part. */
export function streamedHeap(vault: SyntheticVault): { totalMb: number; indexMb: number } {
	const before = heapUsedMb();
	let streamed: NetworkIndex | null = newIndex(vault);
	for (let i = 0; i < vault.size; i++) streamed.upsert(recordOf(vault.note(i)));
	streamed.settleNow();
	const after = heapUsedMb();
	// Read once more so the index is alive at the measurement above, whatever the optimiser does.
	if (streamed.noteCount < 0) throw new Error("unreachable");
	streamed = null;
	return { totalMb: after, indexMb: after - before };
}

function buildIndex(vault: SyntheticVault, records: readonly NoteRecord[]): NetworkIndex {
	const index = newIndex(vault);
	for (const record of records) index.upsert(record);
	index.settleNow();
	return index;
}

/** Runs everything on a vault of `size` notes; `log` reports progress. */
export function measureSize(size: number, report: (line: string) => void, realistic = true): SizeResult {
	const started = performance.now();
	const log = (line: string): void => report(`${line}  [${((performance.now() - started) / 1000).toFixed(0)} s]`);
	const plan = planFor(size);
	const vault = new SyntheticVault(size, undefined, { realistic });
	const figures: Record<string, Figure> = {};

	// Heap first, while nothing else is held: the index built from notes read one at a time.
	const heap = streamedHeap(vault);
	const heapAfter = heap.totalMb;
	const heapBefore = heap.totalMb - heap.indexMb;
	log(`  heap after build: ${heapAfter.toFixed(0)} MB in use (${(heapAfter - heapBefore).toFixed(0)} MB for the index)`);

	let generateMs = 0;
	let words = 0;
	let bytes = 0;
	const records: NoteRecord[] = [];
	generateMs = timeSync(() => {
		for (let i = 0; i < size; i++) {
			const note = vault.note(i);
			bytes += note.text.length;
			words += note.text.split(/\s+/).length;
			records.push(recordOf(note));
		}
	});
	log(`  generated ${size} notes, ${(words / 1e6).toFixed(1)}M words, in ${(generateMs / 1000).toFixed(1)} s`);

	// Cold build.
	let index = buildIndex(vault, records);
	const builds: number[] = [];
	for (let run = 0; run < plan.builds; run++) {
		heapUsedMb();
		builds.push(timeSync(() => (index = buildIndex(vault, records))));
	}
	const people = records.filter((_, i) => vault.kind(i) === "person");
	const heapBeforeMini = heapUsedMb();
	let mini = buildDefaultMiniSearch(people);
	const miniHeap = heapUsedMb() - heapBeforeMini;
	const miniBuilds: number[] = [];
	for (let run = 0; run < Math.max(1, Math.ceil(plan.builds / 2)); run++) {
		miniBuilds.push(timeSync(() => (mini = buildDefaultMiniSearch(people))));
	}
	figures.coldBuild = { ours: summarize(builds), miniSearch: summarize(miniBuilds), note: "(b) indexes people only" };
	log(`  cold build: ${summarize(builds).median.toFixed(0)} ms`);

	// Warm start: the snapshot text back to a ready index, with a few notes changed since.
	let snapshotChars = 0;
	try {
		// As the plugin stores it: the snapshot's lines in chunks of about 1 MB (the store's
		// IndexedDB copies are the plugin bench's: this is the engine's part alone).
		let chunks: string[][] = [];
		const writeMs = timeSync(() => (chunks = inChunks([...snapshotLines(index)])));
		snapshotChars = chunks.reduce((sum, chunk) => sum + chunk.reduce((chars, line) => chars + line.length, 0), 0);
		const edited = new Map<string, NoteRecord>();
		for (let k = 0; k < 10; k++) {
			const i = Math.floor(((k + 0.5) / 10) * size);
			const record = recordOf(vault.note(i, 1));
			edited.set(record.path, record);
		}
		const stamps = records.map((record) => ({ path: record.path, mtime: edited.get(record.path)?.mtime ?? record.mtime }));
		heapUsedMb();
		const warm = repeat(plan.warmStarts, () => {
			const result = restoreIndex(benchOptions(), chunks.flat());
			if ("rejected" in result) throw new Error(`snapshot rejected: ${result.rejected}`);
			const { changed, removed } = staleNotes(result.index, stamps);
			for (const path of removed) result.index.remove(path);
			for (const path of changed) result.index.upsert(edited.get(path) as NoteRecord);
		});
		const miniJson = saveDefaultMiniSearch(mini);
		const miniWarm = repeat(Math.max(1, Math.ceil(plan.warmStarts / 2)), () => loadDefaultMiniSearch(miniJson));
		figures.warmStart = { ours: warm, miniSearch: miniWarm, note: `snapshot ${(snapshotChars / 1_048_576).toFixed(1)} MB, written in ${writeMs.toFixed(0)} ms; 10 notes changed since` };
		figures.snapshotWrite = { ours: summarize([writeMs]) };
		log(`  warm start: ${warm.median.toFixed(0)} ms (snapshot ${(snapshotChars / 1_048_576).toFixed(1)} MB)`);
	} catch (error) {
		log(`  warm start: not measured (${error instanceof Error ? error.message : String(error)})`);
	}

	// Who cares about a 2,000-word note: distinct notes, so nothing is answered from a cache.
	const queries = Array.from({ length: 20 }, (_, k) => recordOf(vault.queryNote(k)));
	const pick = (run: number): NoteRecord => queries[((run % queries.length) + queries.length) % queries.length] as NoteRecord;
	heapUsedMb();
	figures.whoCares = {
		ours: repeat(plan.queries, (run) => whoCares(index, pick(run), BENCH_TODAY), 5),
		scan: repeat(plan.queries, (run) => scanByTopicOverlap(records, pick(run), "person"), 3),
		miniSearch: repeat(plan.miniSearchQueries, (run) => searchWholeNote(mini, pick(run))),
	};
	log(`  who cares: p95 ${figures.whoCares.ours.p95.toFixed(1)} ms`);

	// Posts for one person.
	const persons = index.allPeople().filter((person) => person.topics.length > 0);
	const personAt = (run: number): NonNullable<(typeof persons)[number]> =>
		persons[(((run * 7919) % persons.length) + persons.length) % persons.length] as NonNullable<(typeof persons)[number]>;
	const posts = records.filter((_, i) => vault.kind(i) === "post");
	const postMini = buildDefaultMiniSearch(posts);
	const recordByPath = new Map(records.map((record) => [record.path, record]));
	heapUsedMb();
	figures.postsFor = {
		ours: repeat(plan.queries, (run) => postsFor(index, personAt(run)), 3),
		scan: repeat(plan.queries, (run) => scanByTopicOverlap(records, recordByPath.get(personAt(run).path) as NoteRecord, "post"), 3),
		miniSearch: repeat(plan.miniSearchQueries, (run) => searchWholeNote(postMini, recordByPath.get(personAt(run).path) as NoteRecord)),
		note: "(b) over posts' full text",
	};

	// Incremental update of one edited person and one edited post; then the first who-cares after it.
	const { people: peopleCount, posts: postCount } = vault.shape;
	heapUsedMb();
	const updates: number[] = [];
	const afterUpdate: number[] = [];
	const miniUpdates: number[] = [];
	// (b) is updated with remove + add: `discard` would leave MiniSearch vacuuming in the background.
	const inMini = new Map(people.map((record) => [record.path, fullTextDoc(record)]));
	for (let run = 0; run < plan.updates; run++) {
		const personRecord = recordOf(vault.note((run * 131) % peopleCount, run + 1));
		const postRecord = recordOf(vault.note(peopleCount + ((run * 197) % postCount), run + 1));
		updates.push(
			timeSync(() => {
				index.upsert(personRecord);
				index.upsert(postRecord);
			}),
		);
		afterUpdate.push(timeSync(() => whoCares(index, pick(run), BENCH_TODAY)));
		miniUpdates.push(
			timeSync(() => {
				const doc = fullTextDoc(personRecord);
				const old = inMini.get(personRecord.path);
				if (old) mini.remove(old);
				mini.add(doc);
				inMini.set(personRecord.path, doc);
			}),
		);
	}
	figures.update = { ours: summarize(updates), miniSearch: summarize(miniUpdates), note: "(b) replaces the person only" };

	// The everyday edit: a line added to a person's log and to a post, on notes not rewritten above.
	const smallUpdates: number[] = [];
	const rewritten = new Set(Array.from({ length: plan.updates }, (_, run) => [(run * 131) % peopleCount, peopleCount + ((run * 197) % postCount)]).flat());
	const untouched = (i: number, first: number, count: number): number => {
		let at = i;
		// Bounded: a vault small enough to have every note rewritten takes one of them.
		while (rewritten.has(first + (at % count)) && at < i + count) at++;
		return first + (at % count);
	};
	const appended = (i: number, line: string): NoteRecord => {
		const note = vault.note(i);
		return recordOf({ ...note, text: `${note.text}\n${line}\n`, mtime: note.mtime + 1 });
	};
	for (let run = 0; run < plan.updates; run++) {
		const person = appended(untouched(run * 131 + 61, 0, peopleCount), `- 2026-11-25 Talked about pricing and hiring, sent the draft (${run})`);
		const post = appended(untouched(run * 197 + 89, peopleCount, postCount), `One more thought on the subject, added later (${run}).`);
		smallUpdates.push(
			timeSync(() => {
				index.upsert(person);
				index.upsert(post);
			}),
		);
		whoCares(index, pick(run), BENCH_TODAY);
	}
	figures.updateSmall = { ours: summarize(smallUpdates) };
	figures.whoCaresAfterEdit = { ours: summarize(afterUpdate) };
	log(`  update: p95 ${figures.update.ours.p95.toFixed(2)} ms`);
	log(`  posts for: p95 ${figures.postsFor.ours.p95.toFixed(1)} ms`);

	// Follow-ups for the 20 most overdue, each right after a daily note changed (as the block re-renders).
	const dailyStart = peopleCount + postCount;
	heapUsedMb();
	const followupRuns: number[] = [];
	const followupsSteady: number[] = [];
	for (let run = 0; run < plan.followups; run++) {
		index.upsert(recordOf(vault.note(dailyStart + run, run + 1)));
		followupRuns.push(timeSync(() => followups(index, BENCH_TODAY, { limit: 20 })));
		followupsSteady.push(timeSync(() => followups(index, BENCH_TODAY, { limit: 20 })));
	}
	figures.followups = {
		ours: summarize(followupRuns),
		scan: repeat(Math.max(2, Math.ceil(plan.followups / 2)), () => scanFollowups(records, BENCH_TODAY, DAILY_FOLDER)),
		note: "right after a daily note changed",
	};
	figures.followupsSteady = { ours: summarize(followupsSteady) };

	// The networking report over the default 12 months, as the report view and `top-of-mind report` draw it.
	figures.report = { ours: repeat(Math.max(3, Math.ceil(plan.followups / 4)), () => networkReport(index, BENCH_TODAY), 1), note: "12 months" };
	log(`  report: median ${figures.report.ours.median.toFixed(0)} ms`);

	const result: SizeResult = {
		size,
		shape: vault.shape,
		words,
		megabytes: bytes / 1_048_576,
		generateMs,
		figures,
		snapshotMegabytes: snapshotChars / 1_048_576,
		heap: { oursTotalMb: heapAfter, oursIndexMb: heapAfter - heapBefore, miniSearchIndexMb: miniHeap, gc: typeof (globalThis as { gc?: unknown }).gc === "function" },
	};
	return result;
}
