import { MarkdownRenderChild } from "obsidian";
import type { Actions } from "./actions";
import { div } from "./panel-render";

/**
 * A code block that shows what the index says and follows it: rendered when loaded, then
 * again when the index changes, at most once per `intervalMs` however fast the vault
 * changes. Its listener and timer go away with the block (Obsidian unloads the child when
 * the block leaves the view).
 */
export abstract class LiveBlock extends MarkdownRenderChild {
	#timer: number | null = null;
	#lastRender = 0;

	protected constructor(
		containerEl: HTMLElement,
		protected readonly actions: Actions,
		private readonly intervalMs: number,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.register(this.actions.service.onUpdated(() => this.#renderSoon()));
		this.register(() => {
			if (this.#timer !== null) window.clearTimeout(this.#timer);
		});
		this.#renderNow();
	}

	/** Draws the block; called once loaded and after index changes. */
	abstract render(): void;

	#renderNow(): void {
		this.#lastRender = Date.now();
		this.render();
	}

	#renderSoon(): void {
		if (this.#timer !== null) return;
		const wait = this.#lastRender + this.intervalMs - Date.now();
		if (wait <= 0) {
			this.#renderNow();
			return;
		}
		this.#timer = window.setTimeout(() => {
			this.#timer = null;
			this.#renderNow();
		}, wait);
	}
}

/** What a block says instead of its content when its options cannot be read. */
export function renderBlockErrors(el: HTMLElement, errors: readonly string[]): void {
	const box = div(el, "error");
	box.createDiv({ text: "Top of Mind could not read this block:" });
	for (const error of errors) box.createDiv({ text: error });
}
