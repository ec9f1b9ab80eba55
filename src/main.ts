import { Plugin, type WorkspaceLeaf } from "obsidian";
import { todayIso } from "./core/values/dates";
import type { IsoDate } from "./core/model/types";
import { Actions } from "./obsidian/actions";
import { registerCommands } from "./obsidian/commands";
import { FollowUpBlock, FOLLOWUP_BLOCK_LANGUAGE } from "./obsidian/followup-block";
import { ReportBlock, REPORT_BLOCK_LANGUAGE } from "./obsidian/report-block";
import { IndexService } from "./obsidian/index-service";
import { IndexStore } from "./obsidian/index-store";
import { TopOfMindSettingTab } from "./obsidian/settings-tab";
import { VIEW_TYPE_WHO_CARES, WhoCaresView } from "./obsidian/who-cares-view";
import { hasOldSettings, mergeSettings, type TopOfMindSettings } from "./settings/plugin-settings";
import { readDailyNotesConfig } from "./obsidian/daily-notes-config";

/** How often the plugin looks at the clock and the Daily notes settings. */
const DAY_CHECK_MS = 60_000;

/** Lifecycle only: every piece is registered here so unloading the plugin removes it. */
export default class TopOfMindPlugin extends Plugin {
	override settings!: TopOfMindSettings;
	private service!: IndexService;
	private actions!: Actions;
	/** The calendar day every action treats as today; replaceable so tests have a fixed day. */
	today: () => IsoDate = () => todayIso();

	override async onload(): Promise<void> {
		const stored: unknown = await this.loadData();
		this.settings = mergeSettings(stored);
		// Settings of an older version: saved at once as they now are, so the old keys are gone.
		if (hasOldSettings(stored)) await this.saveSettings();
		// Every piece reads the settings through this, so each sees the current object.
		const settings = (): TopOfMindSettings => this.settings;
		// The index cache: this device's IndexedDB, never the plugin's (synced) folder.
		const store = new IndexStore(this.app, this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`);
		this.register(() => store.close());
		this.service = this.addChild(new IndexService(this.app, settings, store));
		this.actions = new Actions(this.app, this.service, settings, () => this.saveSettings(), () => this.today());

		this.registerView(VIEW_TYPE_WHO_CARES, (leaf) => new WhoCaresView(leaf, this.actions, () => this.settings.resultLimit));
		this.addRibbonIcon("users", "Open who cares panel", () => void this.openPanel());
		registerCommands({ plugin: this, actions: this.actions, settings, openPanel: () => this.openPanel() });
		this.registerMarkdownCodeBlockProcessor(FOLLOWUP_BLOCK_LANGUAGE, (source, el, ctx) => {
			ctx.addChild(new FollowUpBlock(el, source, this.actions));
		});
		this.registerMarkdownCodeBlockProcessor(REPORT_BLOCK_LANGUAGE, (source, el, ctx) => {
			ctx.addChild(new ReportBlock(el, source, this.actions));
		});
		this.addSettingTab(
			new TopOfMindSettingTab(this.app, {
				plugin: this,
				settings,
				save: (reindex) => this.#saveAndApply(reindex),
			}),
		);
		this.register(() => {
			if (this.#reindexTimer !== null) window.clearTimeout(this.#reindexTimer);
		});
		this.registerInterval(window.setInterval(() => void this.#checkDayAndDailyNotes(), DAY_CHECK_MS));
		// Indexing reads the whole vault: never during start-up, only once the layout is ready.
		this.app.workspace.onLayoutReady(() => {
			void store.removeLegacyFiles();
			void this.service.rebuild();
		});
	}

	#day: IsoDate | null = null;

	/**
	 * Once a minute: a new day re-renders what shows due dates (the follow-up block, the
	 * panel), and a change to the Daily notes settings (read live, see daily-notes-config.ts)
	 * rebuilds the index, whose daily notes it names.
	 */
	async #checkDayAndDailyNotes(): Promise<void> {
		const today = this.today();
		if (this.#day !== null && this.#day !== today) this.service.touch();
		this.#day = today;
		if (this.service.state !== "ready") return;
		const now = await readDailyNotesConfig(this.app, this.settings);
		const was = this.service.dailyNotes;
		if (now.folder !== was.folder || now.format !== was.format) void this.service.rebuild();
		else this.service.dailyNotes = now;
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}

	async #saveAndApply(reindex: boolean): Promise<void> {
		await this.saveSettings();
		if (reindex) this.#reindexSoon();
		else this.service.touch();
	}

	#reindexTimer: number | null = null;

	/** Settings typed key by key re-index once typing pauses, not on every keystroke. */
	#reindexSoon(): void {
		if (this.#reindexTimer !== null) window.clearTimeout(this.#reindexTimer);
		this.#reindexTimer = window.setTimeout(() => {
			this.#reindexTimer = null;
			if (this.service.state !== "waiting") void this.service.rebuild();
		}, 600);
	}

	async openPanel(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_WHO_CARES)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: VIEW_TYPE_WHO_CARES, active: true });
		}
		await workspace.revealLeaf(leaf);
	}
}
