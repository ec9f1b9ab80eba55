import { debounce, ItemView, MarkdownView, TFile, type WorkspaceLeaf } from "obsidian";
import type { NetworkIndex } from "../core/index/network-index";
import type { NoteRecord } from "../core/model/types";
import { buildPanelModel } from "../ui/view-model";
import type { Actions } from "./actions";
import { ProblemsModal } from "./modals";
import { renderPanel, type PanelActions } from "./panel-render";
import { readRecord } from "./record-source";
import { Slices, yieldToUi } from "./slices";
import { LONG_NOTE_CHARS } from "../core/index/prepare-note";
import { queryPreparationSteps } from "../core/match/query-steps";

export const VIEW_TYPE_WHO_CARES = "top-of-mind-who-cares";

/** How long the panel waits after a note switch before it queries. */
const ACTIVE_NOTE_DEBOUNCE_MS = 150;

/**
 * The "Who cares about this note" side panel. Follows the active Markdown note and
 * re-renders only when that note, the index or the day changes.
 */
export class WhoCaresView extends ItemView {
	private file: TFile | null = null;
	#lastKey = "";
	#lastIndex: NetworkIndex | null = null;
	/** The model last rendered, as JSON: an index change that leaves it as it was re-renders nothing. */
	#lastModel = "";
	#open = false;
	readonly #refreshSoon = debounce(() => void this.refresh(), ACTIVE_NOTE_DEBOUNCE_MS, true);

	readonly #actions: Actions;
	readonly #limit: () => number;

	constructor(leaf: WorkspaceLeaf, actions: Actions, limit: () => number) {
		super(leaf);
		this.#actions = actions;
		this.#limit = limit;
	}

	override getViewType(): string {
		return VIEW_TYPE_WHO_CARES;
	}

	override getDisplayText(): string {
		return "Who cares";
	}

	override getIcon(): string {
		return "users";
	}

	override async onOpen(): Promise<void> {
		this.#open = true;
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.#followActive()));
		this.registerEvent(this.app.workspace.on("file-open", () => this.#followActive()));
		this.register(this.#actions.service.onUpdated(() => this.#refreshSoon()));
		// A note renamed or deleted leaves the panel at once, before the index has caught up.
		this.registerEvent(this.app.vault.on("rename", () => this.#refreshNow()));
		this.registerEvent(this.app.vault.on("delete", () => this.#refreshNow()));
		this.register(() => this.#refreshSoon.cancel());
		this.file = this.app.workspace.getActiveFile();
		await this.refresh();
	}

	override async onClose(): Promise<void> {
		this.#open = false;
		this.#refreshSoon.cancel();
		this.contentEl.empty();
		this.#lastKey = "";
		this.#lastIndex = null;
		this.#lastModel = "";
		return Promise.resolve();
	}

	#refreshNow(): void {
		this.#lastKey = "";
		this.#refreshSoon();
	}

	#followActive(): void {
		// The panel itself becoming active must not blank it: keep the last Markdown note.
		const file = this.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? null;
		if (file !== null || this.app.workspace.getActiveFile() === null) this.file = file;
		this.#refreshSoon();
	}

	/** Recomputes the model; renders only when what it shows may have changed. */
	async refresh(): Promise<void> {
		const service = this.#actions.service;
		const file = this.file && this.app.vault.getFileByPath(this.file.path) ? this.file : null;
		const today = this.#actions.today();
		const key = [service.state, service.index?.revision ?? -1, file?.path ?? "", file?.stat.mtime ?? 0, today, this.#limit(), [...this.#actions.notForThemSet()].join("\n")].join("|");
		// A rebuilt index starts its revisions again: a new index always counts as a change.
		if (key === this.#lastKey && service.index === this.#lastIndex) return;
		this.#lastKey = key;
		this.#lastIndex = service.index;
		const note: NoteRecord | null = file && file.extension === "md" ? await readRecord(this.app, file, service.maxNoteBytes) : null;
		// What the query needs that may not be worked out yet (the index's shared parts after a
		// change, a long note's text and query), in turns of their own (core/match/query-steps.ts).
		const index = service.state === "ready" ? service.index : null;
		const slices = new Slices();
		const pause = note !== null && note.body.length >= LONG_NOTE_CHARS ? yieldToUi : (): Promise<void> => slices.pause();
		for (const step of note && index ? queryPreparationSteps(note, index) : []) {
			await pause();
			step();
		}
		await pause();
		// The panel may have closed (or the plugin unloaded) while the note was read.
		if (!this.#open) return;
		const model = buildPanelModel({
			index: service.state === "ready" ? service.index : null,
			note,
			today,
			limit: this.#limit(),
			notForThem: this.#actions.notForThemSet(),
			exists: (path) => this.app.vault.getFileByPath(path) !== null,
		});
		const shown = JSON.stringify(model);
		if (shown === this.#lastModel) return;
		this.#lastModel = shown;
		renderPanel(this.contentEl, model, this.#panelActions());
	}

	#panelActions(): PanelActions {
		const actions = this.#actions;
		return {
			openNote: (path, newTab) => void actions.openNote(path, newTab),
			markShared: (person, post) => void actions.markShared(person, post),
			snooze: (person) => actions.promptSnooze(person),
			replied: (person, posts) => actions.promptReply(person, posts),
			copyMessage: (person, post) => void actions.copyMessage(person, post),
			notForThem: (person, post) => void actions.notForThem(person, post),
			createFirstPerson: () => void actions.promptNewPerson(),
			showProblems: () => new ProblemsModal(this.app, actions.service.index?.problems() ?? []).open(),
		};
	}
}
