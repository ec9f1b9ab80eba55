// @vitest-environment happy-dom
/**
 * The plugin keeps up while the vault changes under it: hundreds of seeded random creates,
 * edits, renames and deletes (some notes broken, some changing kind, names shared between
 * folders) go through the in-memory vault with the plugin loaded and the panel open, with
 * pauses of random length so updates land in the middle of the stream. Once it settles,
 * the panel shows exactly what an index built afresh from the final vault gives, and the
 * plugin's index answers everything as that fresh index does.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { classify, isExcluded } from "../../src/core/vault/classify";
import { NetworkIndex } from "../../src/core/index/network-index";
import type { NoteRecord } from "../../src/core/model/types";
import type TopOfMindPlugin from "../../src/main";
import { parseDailyWith } from "../../src/obsidian/daily-notes-config";
import { recordFromCache } from "../../src/obsidian/record-source";
import { buildPanelModel, type PanelModel } from "../../src/ui/view-model";
import { TFile, type App } from "../obsidian";
import { mulberry32, Random } from "../builders/random";
import { answers } from "../builders/random-vault";
import { fileAt, openPanel, serviceOf, sleep, startPlugin, waitFor, type Panel } from "../helpers/plugin-harness";

const TODAY = "2026-11-26";

const PEOPLE = ["People/Ana Diaz.md", "People/Ben Ode.md", "People/Cy Lo.md", "Clients/Dee Park.md", "Clients/Ana Diaz.md"];
const POSTS = ["Posts/Pricing essay.md", "Posts/K8s costs.md", "Posts/Hiring engineers.md"];
const DAILIES = ["Daily/2026-11-01.md", "Daily/2026-11-20.md", "Daily/2026-11-25.md", "Daily/2026-12-01.md"];
const OTHERS = ["Notes/Ideas.md", "Topics/Pricing.md", "Notes/Ben Ode.md"];
const ALL = [...PEOPLE, ...POSTS, ...DAILIES, ...OTHERS];
const NAMES = ["Ana Diaz", "Ben Ode", "Cy Lo", "Dee Park"];
const TOPICS = ["pricing", "k8s", "Kubernetes", "hiring", "cloud cost", "churn"];
const SENTENCES = [
	"Thinks usage-based pricing is the future.",
	"Runs a Kubernetes platform team and worries about the cloud bill.",
	"Hiring senior engineers is the hardest part of the year.",
	"Churn after price increases keeps her up at night.",
	"Met at a conference in Lisbon.",
];
const DATES = ["2026-09-01", "2026-10-15", "2026-11-20", "2026-12-24", "31/02/2026"];

function linkTo(random: Random, name: string): string {
	return random.pick([`[[${name}]]`, `[[${name}|${name.split(" ")[0] ?? name}]]`, `[[People/${name}]]`, name]);
}

function yamlList(items: string[]): string {
	return `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;
}

/** The text of a note at `path`, of the kind its folder suggests (now and then another, or broken). */
function noteText(random: Random, path: string): string {
	const body = random.some(SENTENCES, 3).join(" ");
	if (random.chance(0.05)) return `---\ntype: person\ntopics: [unclosed\n---\n#person ${body}\n`;
	if (path.startsWith("Daily/")) {
		return random
			.some(NAMES, 3)
			.map((name) => (random.chance(0.3) ? `- [ ] call ${linkTo(random, name)}` : `Coffee with ${linkTo(random, name)}.`))
			.join("\n");
	}
	if (path.startsWith("Posts/") || (PEOPLE.includes(path) && random.chance(0.1))) {
		const fm = [`type: post`, `topics: ${yamlList(random.some(TOPICS, 2))}`];
		if (random.chance(0.6)) fm.push(`status: ${random.pick(["draft", "published", "published", "done"])}`);
		if (random.chance(0.5)) fm.push(`shared_with: ${yamlList(random.some(NAMES, 2).map((name) => `[[${name}]]`))}`);
		return `---\n${fm.join("\n")}\n---\n${body}${random.chance(0.3) ? ` Thanks ${linkTo(random, random.pick(NAMES))}.` : ""}\n`;
	}
	if (OTHERS.includes(path)) {
		return random.chance(0.5) ? `---\naliases: ${yamlList(random.some(["monetisation", "pricing models", "Ana"], 2))}\n---\n${body}\n` : `${body}\n`;
	}
	const fm: string[] = [];
	if (random.chance(0.85)) fm.push("type: person");
	if (random.chance(0.7)) fm.push(`topics: ${random.chance(0.2) ? random.some(TOPICS, 3).join(", ") : yamlList(random.some(TOPICS, 3))}`);
	if (random.chance(0.3)) fm.push(`aliases: ${yamlList([random.pick(["Ana", "The Boss", "Doc"])])}`);
	if (random.chance(0.4)) fm.push(`cadence: ${random.pick(["2w", "monthly", "30", "soon", "0", "-5d"])}`);
	if (random.chance(0.4)) fm.push(`last_contact: ${random.pick(DATES)}`);
	if (random.chance(0.1)) fm.push("status: archived");
	const log = random.chance(0.5) ? `\n\n## Log\n${random.some(DATES, 2).map((date) => `- ${date} Shared [[${random.pick(["Pricing essay", "K8s costs"])}]]`).join("\n")}\n` : "\n";
	const tag = fm.length === 0 || random.chance(0.2) ? " #person" : "";
	return `${fm.length > 0 ? `---\n${fm.join("\n")}\n---\n` : ""}${body}${tag}${log}`;
}

/** Records as the plugin reads them: the text only of people and posts. */
function recordsOf(app: App, plugin: TopOfMindPlugin): Map<string, NoteRecord> {
	const config = plugin.settings.core;
	const records = new Map<string, NoteRecord>();
	for (const file of app.vault.getMarkdownFiles()) {
		const cache = app.metadataCache.getFileCache(file);
		const light = recordFromCache(file, cache, null);
		const wanted = !isExcluded(file.path, config) && classify(light, config) !== "other";
		records.set(file.path, wanted ? recordFromCache(file, cache, app.vault.contentOf(file.path)) : light);
	}
	return records;
}

function freshIndex(plugin: TopOfMindPlugin, records: Map<string, NoteRecord>): NetworkIndex {
	const daily = serviceOf(plugin).dailyNotes;
	const index = new NetworkIndex({ config: plugin.settings.core, dailyNotes: { folder: daily.folder, format: daily.format }, parseDailyDate: parseDailyWith(daily.format) });
	for (const record of records.values()) index.upsert(record);
	return index;
}

/** What the panel should show, by kind and paths in order. */
function expectedPanel(app: App, plugin: TopOfMindPlugin, panel: Panel, index: NetworkIndex): string {
	const shown: unknown = Reflect.get(panel.view, "file");
	const file = shown instanceof TFile && app.vault.getFileByPath(shown.path) ? shown : null;
	const note = file ? recordFromCache(file, app.metadataCache.getFileCache(file), app.vault.contentOf(file.path)) : null;
	const model: PanelModel = buildPanelModel({ index, note, today: TODAY, limit: plugin.settings.resultLimit, notForThem: new Set() });
	if (model.kind === "note") return JSON.stringify({ kind: "note", people: model.people.map((p) => p.path), shared: model.alreadyShared.map((p) => p.path) });
	if (model.kind === "person") return JSON.stringify({ kind: "person", name: model.name, posts: model.posts.map((p) => p.path) });
	return JSON.stringify({ kind: model.kind });
}

/** What the panel shows, in the same form. */
function shownPanel(panel: Panel): string {
	const el = panel.el;
	const paths = (selector: string): string[] => [...el.querySelectorAll<HTMLElement>(selector)].map((card) => card.getAttribute("data-path") ?? "");
	const title = el.querySelector(".top-of-mind-title")?.textContent ?? "";
	if (title === "Who cares about this note") return JSON.stringify({ kind: "note", people: paths(":scope > .top-of-mind-list > .top-of-mind-card"), shared: paths(".top-of-mind-shared .top-of-mind-card") });
	if (el.querySelector(".top-of-mind-status")) return JSON.stringify({ kind: "person", name: title, posts: paths(":scope > .top-of-mind-list > .top-of-mind-card") });
	const text = el.textContent ?? "";
	if (text.includes("Indexing")) return JSON.stringify({ kind: "indexing" });
	if (text.includes("No people yet")) return JSON.stringify({ kind: "no-people" });
	if (text.includes("Open a note")) return JSON.stringify({ kind: "no-note" });
	return JSON.stringify({ kind: "unknown", text });
}

/** Waits until the panel and the plugin's index agree with a fresh build of the vault as it is now. */
async function expectSettled(app: App, plugin: TopOfMindPlugin, panel: Panel, label: string): Promise<void> {
	// The index applies edits 250 ms after the last one, the panel re-renders 150 ms after that.
	await sleep(450);
	const records = recordsOf(app, plugin);
	const fresh = freshIndex(plugin, records);
	const expected = expectedPanel(app, plugin, panel, fresh);
	const want = JSON.stringify(answers(fresh, records));
	let got = "";
	try {
		await waitFor(() => {
			const index = serviceOf(plugin).index;
			got = index ? JSON.stringify(answers(index, records)) : "";
			return got === want && shownPanel(panel) === expected;
		}, `${label}: the panel and index to settle`, 5_000);
	} catch {
		expect(JSON.parse(got || "null"), `${label}: the plugin's index`).toEqual(JSON.parse(want));
		expect(shownPanel(panel), `${label}: the panel`).toBe(expected);
	}
}

async function applyRandomChange(app: App, random: Random): Promise<void> {
	const existing = app.vault.getMarkdownFiles().map((f) => f.path);
	const free = ALL.filter((path) => !existing.includes(path));
	const roll = random.int(100);
	if (roll < 20 && free.length > 0) {
		const path = random.pick(free);
		await app.vault.create(path, noteText(random, path));
	} else if (roll < 55 && existing.length > 0) {
		const path = random.pick(existing);
		await app.vault.modify(fileAt(app, path), noteText(random, path));
	} else if (roll < 70 && existing.length > 0 && free.length > 0) {
		const from = random.pick(existing);
		await app.fileManager.renameFile(fileAt(app, from), random.pick(free));
	} else if (roll < 82 && existing.length > 4) {
		await app.fileManager.trashFile(fileAt(app, random.pick(existing)));
	} else if (roll < 94 && existing.length > 0) {
		await app.workspace.setActiveFile(random.pick(existing));
	} else {
		await sleep(random.int(400));
	}
}

let consoleSpies: MockInstance[] = [];

beforeEach(() => {
	consoleSpies = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")];
});

afterEach(() => {
	for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
	vi.restoreAllMocks();
});

describe("the plugin while the vault changes under it", () => {
	it.each([11, 2026, 90210])("seed %i: 250 random changes, the panel open throughout", async (seed) => {
		const random = new Random(mulberry32(seed));
		const files: Record<string, string> = { ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD" }) };
		// Every folder exists from the start; about half the pool of notes does.
		for (const path of ALL) if (random.chance(0.5) || [PEOPLE[0], PEOPLE[3], POSTS[0], DAILIES[0], OTHERS[0], OTHERS[1]].includes(path)) files[path] = noteText(random, path);
		const { app, plugin } = await startPlugin(files, { today: TODAY });
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(POSTS[0] as string);
		await expectSettled(app, plugin, panel, `seed ${seed}, at the start`);

		for (let step = 1; step <= 250; step++) {
			await applyRandomChange(app, random);
			if (step === 125) await expectSettled(app, plugin, panel, `seed ${seed}, after ${step} changes`);
		}
		await expectSettled(app, plugin, panel, `seed ${seed}, after 250 changes`);
		// Then on a post and on a person, if the changes left any.
		const index = serviceOf(plugin).index;
		for (const path of [index?.allPosts()[0]?.path, index?.allPeople()[0]?.path]) {
			if (path === undefined) continue;
			await app.workspace.setActiveFile(path);
			await expectSettled(app, plugin, panel, `seed ${seed}, at the end, on ${path}`);
		}
		// The runs must exercise the interesting parts.
		expect(index?.allPeople().length).toBeGreaterThan(0);
	}, 60_000);
});
