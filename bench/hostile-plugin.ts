/**
 * The plugin on hostile notes (`npm run bench -- hostile`): the real IndexService on the
 * tests' Obsidian stand-in, building an index of a vault that holds a post at the size limit
 * and a 50 MB post, then the panel's read of the 50 MB note and its who-cares query. The
 * figure that matters is the longest stretch without an event-loop turn: what a user feels.
 */
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { queryPreparationSteps } from "../src/core/match/query-steps";
import { whoCares } from "../src/core/match/who-cares";
import { IndexService } from "../src/obsidian/index-service";
import { readRecord } from "../src/obsidian/record-source";
import { DEFAULT_MAX_NOTE_BYTES, mergeSettings } from "../src/settings/plugin-settings";
import { App, asObsidian } from "../tests/obsidian";
import { HOSTILE_SHAPES } from "./hostile-shapes";
import { heapUsedMb, startLoopWatch } from "./stats";

export interface HostilePluginResult {
	buildMs: number;
	buildLongestBlockMs: number;
	/** The longest of the plugin's own turns: from a timer's start to the plugin handing the main thread back. */
	buildLongestTurnMs: number;
	/** Reading the 50 MB note as the panel does, and its who-cares query: the longest of the steps of each. */
	readMs: number;
	queryMs: number;
	problems: string[];
}

/**
 * Watches the plugin's own turns: each timer callback starts one, and the plugin ends it by
 * setting the next timer (its way of handing the main thread back). The loop watch beside it
 * also counts what is not the plugin's (the stand-in's own work, a garbage collection).
 */
function startTurnWatch(): () => number {
	const original = globalThis.setTimeout;
	let turnStart = performance.now();
	let longest = 0;
	const patched = ((handler: () => void, delay?: number) => {
		longest = Math.max(longest, performance.now() - turnStart);
		return original(() => {
			turnStart = performance.now();
			handler();
		}, delay);
	}) as typeof setTimeout;
	globalThis.setTimeout = patched;
	return () => {
		globalThis.setTimeout = original;
		return Math.max(longest, performance.now() - turnStart);
	};
}

/**
 * `ordinary`: how many everyday notes (people and posts of a few lines) the vault also holds.
 * With none, the hostile notes are the first text the engine reads, so their time includes
 * the JIT compiling the readers; in a real vault they are among thousands of notes.
 */
export async function measureHostilePlugin(ordinary = 0): Promise<HostilePluginResult> {
	(globalThis as { window?: unknown }).window ??= globalThis;
	globalThis.indexedDB = new IDBFactory();
	const prose = HOSTILE_SHAPES.find((shape) => shape.overLimit)?.text ?? ((n: number) => "x".repeat(n));
	const hostile: Record<string, string> = {
		"Posts/At the limit.md": prose(DEFAULT_MAX_NOTE_BYTES),
		"Posts/Fifty megabytes.md": prose(50_000_000),
		"People/Ana Diaz.md": "---\ntype: person\ntopics: [pricing]\ncadence: 2w\n---\nTalks about pricing.\n",
	};
	const files: Record<string, string> = {};
	const topics = ["pricing", "churn", "onboarding", "hiring", "security", "billing"];
	for (let i = 0; i < ordinary; i++) {
		const topic = topics[i % topics.length] ?? "pricing";
		if (i % 2 === 0) files[`People/Person ${i}.md`] = `---\ntype: person\ntopics: [${topic}]\ncadence: 2w\n---\nMet at a meetup; asked about ${topic} and [[Posts/Post ${i + 1}]].\n`;
		else files[`Posts/Post ${i}.md`] = `---\ntype: post\ntopics: [${topic}]\nstatus: published\n---\n# On ${topic}\n\nA few paragraphs on ${topic}, with #${topic} and a link to [[People/Person ${i - 1}]].\n`;
	}
	// Read after the everyday notes, as most notes of a real vault are: the engine's code is warm by then.
	Object.assign(files, hostile);
	const app = new App(files, { cache: { start: "warm" } });
	const settings = mergeSettings({ core: { post: { folders: ["Posts"] } } });
	const service = new IndexService(asObsidian(app), () => settings);
	service.load();
	heapUsedMb();
	const stop = startLoopWatch();
	const stopTurns = startTurnWatch();
	const started = performance.now();
	await service.rebuild();
	const buildMs = performance.now() - started;
	const buildLongestTurnMs = stopTurns();
	const buildLongestBlockMs = stop();
	const file = app.vault.getFileByPath("Posts/Fifty megabytes.md");
	if (!file || !service.index) throw new Error("the stand-in vault did not index");
	const stopRead = startTurnWatch();
	const record = await readRecord(asObsidian(app), file, settings.maxNoteBytes);
	const readMs = stopRead();
	let t = performance.now();
	// As the panel does it: the note's text read in a turn of its own, then the query.
	let queryMs = 0;
	for (const step of queryPreparationSteps(record, service.index)) {
		t = performance.now();
		step();
		queryMs = Math.max(queryMs, performance.now() - t);
	}
	t = performance.now();
	whoCares(service.index, record, "2026-06-01");
	queryMs = Math.max(queryMs, performance.now() - t);
	const problems = service.index.problems().map((p) => `${p.path}: ${p.message}`);
	service.unload();
	return { buildMs, buildLongestBlockMs, buildLongestTurnMs, readMs, queryMs, problems };
}
