/** Modal, SuggestModal and FuzzySuggestModal. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Has, doc, el, setContent } from "./dom-utils";
import { prepareFuzzySearch } from "./functions";
import { Scope } from "./keymap";
import { App } from "./app-and-plugin";

export const openModals: Modal[] = [];

/** Test helper: modals currently open, oldest first. */
export function getOpenModals(): Modal[] { return [...openModals]; }

/** Test helper: the most recently opened modal of a (plugin) class; throws when none is open. */
export function getOpenModal<M extends Obsidian.Modal>(type: abstract new (...args: never[]) => M): M {
	for (const modal of [...openModals].reverse()) if (modal instanceof type) return modal;
	throw new Error(`obsidian-stub: no open ${type.name}`);
}

/** Test helper: a plugin's suggest modal (typed against the real API) seen as the stub class, for typeQuery/chooseSuggestion/chooseItem. */
export function stubModal<T>(modal: Obsidian.FuzzySuggestModal<T>): FuzzySuggestModal<T>;
export function stubModal<T>(modal: Obsidian.SuggestModal<T>): SuggestModal<T>;
export function stubModal(modal: Obsidian.Modal): Modal;
export function stubModal(modal: Obsidian.Modal): Modal {
	const value: unknown = modal;
	if (!(value instanceof Modal)) throw new Error("obsidian-stub: not a modal created through the stub");
	return value;
}

interface ModalParts {
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
}

/** Stub state lives in #private fields so subclasses (the plugin's modals) cannot clash with it. */
export class Modal
	implements
		Pick<Obsidian.Modal, "scope" | "shouldRestoreSelection" | "open" | "close" | "onOpen" | "onClose">,
		Has<Obsidian.Modal, "app" | "containerEl" | "modalEl" | "titleEl" | "contentEl" | "setTitle" | "setContent" | "setCloseCallback">
{
	app: App;
	scope = new Scope();
	shouldRestoreSelection = false;
	#parts?: ModalParts;
	#open = false;
	#opening: Promise<void> = Promise.resolve();
	#closeCallback?: () => unknown;

	constructor(app: App) { this.app = app; }
	get containerEl(): HTMLElement { return this.#dom().containerEl; }
	get modalEl(): HTMLElement { return this.#dom().modalEl; }
	get titleEl(): HTMLElement { return this.#dom().titleEl; }
	get contentEl(): HTMLElement { return this.#dom().contentEl; }
	/** Test helper: true between open() and close(). */
	get isOpen(): boolean { return this.#open; }
	/** Test helper: settles when the latest onOpen() has finished. */
	get opened(): Promise<void> { return this.#opening; }

	open(): void {
		if (this.#open) return;
		this.#open = true;
		openModals.push(this);
		doc().body.appendChild(this.containerEl);
		this.#opening = Promise.resolve(this.onOpen());
	}

	close(): void {
		if (!this.#open) return;
		this.#open = false;
		openModals.splice(openModals.indexOf(this), 1);
		this.containerEl.remove();
		this.onClose();
		this.#closeCallback?.();
	}

	onOpen(): Promise<void> | void {}
	onClose(): void {}
	setTitle(title: string): this { setContent(this.titleEl, title); return this; }
	setContent(content: string | DocumentFragment): this { setContent(this.contentEl, content); return this; }
	setCloseCallback(callback: () => unknown): this { this.#closeCallback = callback; return this; }

	#dom(): ModalParts {
		if (!this.#parts) {
			const containerEl = el("div", "modal-container");
			const modalEl = el("div", "modal", containerEl);
			this.#parts = { containerEl, modalEl, titleEl: el("div", "modal-title", modalEl), contentEl: el("div", "modal-content", modalEl) };
		}
		return this.#parts;
	}
}

export abstract class SuggestModal<T> extends Modal
	implements
		Pick<Obsidian.SuggestModal<T>, "limit" | "emptyStateText" | "setPlaceholder" | "setInstructions" | "onNoSuggestion" | "selectSuggestion" | "selectActiveSuggestion">,
		Has<Obsidian.SuggestModal<T>, "inputEl" | "resultContainerEl" | "getSuggestions" | "renderSuggestion" | "onChooseSuggestion">
{
	limit = 100;
	emptyStateText = "No results found.";
	#prompt?: { inputEl: HTMLInputElement; resultContainerEl: HTMLElement };
	#shown: T[] | null = null;
	#updates = 0;
	#instructions: Obsidian.Instruction[] = [];

	get inputEl(): HTMLInputElement { return this.#promptParts().inputEl; }
	get resultContainerEl(): HTMLElement { return this.#promptParts().resultContainerEl; }
	/** Test helper: what setInstructions received. */
	get instructions(): Obsidian.Instruction[] { return this.#instructions; }

	override open(): void {
		super.open();
		void this.#update();
	}

	/** Test helper: types `query` into the prompt and returns the suggestions shown (also rendered in resultContainerEl). */
	async typeQuery(query: string): Promise<T[]> {
		this.inputEl.value = query;
		return this.#update();
	}

	/** Test helper: picks a shown suggestion (by index or predicate) as Enter would: the modal closes, then onChooseSuggestion runs. */
	async chooseSuggestion(pick: number | ((item: T) => boolean) = 0, evt?: MouseEvent | KeyboardEvent): Promise<T> {
		const shown = this.#shown ?? (await this.#update());
		const item = typeof pick === "number" ? shown[pick] : shown.find(pick);
		if (item === undefined) throw new Error(`obsidian-stub: no such suggestion among ${shown.length} shown`);
		this.selectSuggestion(item, evt ?? new KeyboardEvent("keydown", { key: "Enter" }));
		return item;
	}

	setPlaceholder(placeholder: string): void { this.inputEl.placeholder = placeholder; }
	setInstructions(instructions: Obsidian.Instruction[]): void { this.#instructions = instructions; }
	onNoSuggestion(): void {}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const first = this.#shown?.[0];
		if (first !== undefined) this.selectSuggestion(first, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;

	abstract renderSuggestion(value: T, el: HTMLElement): void;

	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	async #update(): Promise<T[]> {
		const update = ++this.#updates;
		const found = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		if (update !== this.#updates) return found;
		this.#shown = found;
		this.resultContainerEl.replaceChildren();
		for (const item of found) this.renderSuggestion(item, el("div", "suggestion-item", this.resultContainerEl));
		if (found.length === 0) {
			el("div", "suggestion-empty", this.resultContainerEl).textContent = this.emptyStateText;
			this.onNoSuggestion();
		}
		return found;
	}

	#promptParts(): { inputEl: HTMLInputElement; resultContainerEl: HTMLElement } {
		if (!this.#prompt) {
			this.modalEl.classList.add("prompt");
			const inputEl = el("input", "prompt-input", el("div", "prompt-input-container", this.modalEl));
			inputEl.addEventListener("input", () => void this.#update());
			this.#prompt = { inputEl, resultContainerEl: el("div", "prompt-results", this.modalEl) };
		}
		return this.#prompt;
	}
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<Obsidian.FuzzyMatch<T>> {
	/** Test helper: picks the shown item matching `pick` (after typeQuery, or for the empty query). */
	async chooseItem(pick: (item: T) => boolean, evt?: MouseEvent | KeyboardEvent): Promise<T> {
		return (await this.chooseSuggestion((match) => pick(match.item), evt)).item;
	}

	getSuggestions(query: string): Obsidian.FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query);
		return items
			.map((item) => ({ item, match: search(this.getItemText(item)) }))
			.filter((found): found is Obsidian.FuzzyMatch<T> => found.match !== null)
			.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: Obsidian.FuzzyMatch<T>, el: HTMLElement): void { el.textContent = this.getItemText(item.item); }
	onChooseSuggestion(item: Obsidian.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void { this.onChooseItem(item.item, evt); }

	abstract getItems(): T[];

	abstract getItemText(item: T): string;

	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
