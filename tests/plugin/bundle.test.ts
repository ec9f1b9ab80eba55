// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { compileFunction } from "node:vm";
import { describe, expect, it } from "vitest";
import type * as Obsidian from "obsidian";
import { IndexStore } from "../../src/obsidian/index-store";
import * as stub from "../obsidian";
import { App, loadPlugin, type WorkspaceLeaf } from "../obsidian";
import { textOf, waitFor, waitForText, WARM_CACHE } from "../helpers/plugin-harness";
import { PRICING_POST, sampleVault } from "../helpers/sample-vault";

/**
 * The shipped main.js (minified, properties of MiniSearch's internals renamed) on the
 * stand-in: the same start, index, panel and snapshot as the source, so a fault that only
 * the production build has shows here. `npm test` builds main.js before the tests run.
 */
function bundledPlugin(): new (app: Obsidian.App, manifest: Obsidian.PluginManifest) => Obsidian.Plugin {
	if (!existsSync("main.js")) throw new Error("main.js is missing: run `npm run build` first");
	const module = { exports: {} as { default?: unknown } };
	const load = (name: string): unknown => {
		if (name === "obsidian") return stub;
		throw new Error(`main.js requires "${name}", which Obsidian does not provide`);
	};
	// The bundle is CommonJS; it is run with the stand-in as its "obsidian" module.
	const run = compileFunction(readFileSync("main.js", "utf8"), ["module", "exports", "require"]) as (
		module: { exports: unknown },
		exports: unknown,
		require: (name: string) => unknown,
	) => void;
	run(module, module.exports, load);
	const Plugin = module.exports.default;
	if (typeof Plugin !== "function") throw new Error("main.js exports no plugin class");
	return Plugin as new (app: Obsidian.App, manifest: Obsidian.PluginManifest) => Obsidian.Plugin;
}

describe("the production bundle", () => {
	it("shortens underscored names only in plain classes, never in one that extends Obsidian's", () => {
		const sources = readdirSync("src", { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
		const offenders: string[] = [];
		for (const file of sources) {
			const text = readFileSync(`src/${file}`, "utf8");
			for (const match of text.matchAll(/class (\w+)(?:<[^>]*>)? extends (?:Component|ItemView|Modal|FuzzySuggestModal|PluginSettingTab|MarkdownRenderChild|Plugin|View)\b[^{]*\{([\s\S]*?)\n\}/g)) {
				if (/\b_\w+/.test(match[2] ?? "")) offenders.push(`${file}: ${match[1] ?? ""}`);
			}
		}
		expect(sources.length).toBeGreaterThan(20);
		expect(offenders).toEqual([]);
	});

	it("starts, indexes, ranks people in the panel, and restores its saved index on the next start", async () => {
		const Plugin = bundledPlugin();
		const app = new App(sampleVault(), { cache: WARM_CACHE });
		const first = await loadPlugin(Plugin, app);
		await app.workspace.triggerLayoutReady();
		expect(app.commands.executeCommandById("top-of-mind:open-panel")).toBe(true);
		const leaf = await waitForLeaf(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitForText(leaf.view.containerEl, "Ana Diaz");

		// The snapshot is written to IndexedDB a little after the build; the next start reads it.
		await waitForCache(app);
		first.unload();
		app.workspace.detachLeavesOfType("top-of-mind-who-cares");
		// Restored, not rebuilt: no note is read again.
		const reads = new Set<string>();
		const cachedRead = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = (file) => {
			reads.add(file.path);
			return cachedRead(file);
		};
		const second = await loadPlugin(Plugin, app);
		await app.workspace.triggerLayoutReady();
		expect(app.commands.executeCommandById("top-of-mind:open-panel")).toBe(true);
		const again = await waitForLeaf(app);
		await app.workspace.setActiveFile(PRICING_POST);
		await waitForText(again.view.containerEl, "Ana Diaz");
		expect(textOf(again.view.containerEl)).not.toContain("Error");
		// Only the note the panel shows is read (for its query), not the people and posts again.
		expect([...reads]).toEqual([PRICING_POST]);
		second.unload();
	}, 20_000);
});

async function waitForLeaf(app: App): Promise<WorkspaceLeaf> {
	let found: WorkspaceLeaf | undefined;
	await waitFor(() => (found = app.workspace.getLeavesOfType("top-of-mind-who-cares")[0]) !== undefined, "the panel to open");
	return found as WorkspaceLeaf;
}

/** Waits for the index cache in IndexedDB (read with the source's store: the same database). */
async function waitForCache(app: App): Promise<void> {
	const store = new IndexStore(stub.asObsidian(app));
	const start = Date.now();
	while ((await store.parts()) === null) {
		if (Date.now() - start > 8000) throw new Error("the index cache was never written");
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	store.close();
}
