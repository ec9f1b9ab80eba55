import { MarkdownRenderChild } from "obsidian";
import { followups } from "../core/overview/followups";
import { parseBlockOptions } from "../ui/block-options";
import type { Actions } from "./actions";
import { renderFollowUps } from "./modals";
import { CLS, div, INDEXING_TEXT } from "./panel-render";

/** Language of the fenced code block that shows the live follow-up list. */
export const FOLLOWUP_BLOCK_LANGUAGE = "top-of-mind";

/**
 * A live follow-up list inside a note. Re-renders when the index changes; its listener
 * goes away with the block (Obsidian unloads the child when the block leaves the view).
 */
export class FollowUpBlock extends MarkdownRenderChild {
	#lastKey = "";
	#lastShown = "";

	readonly #source: string;
	readonly #actions: Actions;

	constructor(containerEl: HTMLElement, source: string, actions: Actions) {
		super(containerEl);
		this.#source = source;
		this.#actions = actions;
	}

	override onload(): void {
		this.register(this.#actions.service.onUpdated(() => this.render()));
		this.render();
	}

	render(): void {
		const service = this.#actions.service;
		const today = this.#actions.today();
		const notForThem = this.#actions.notForThemSet();
		const key = `${service.state}|${service.index?.revision ?? -1}|${today}|${[...notForThem].join("\n")}`;
		if (key === this.#lastKey) return;
		this.#lastKey = key;
		const { options, errors } = parseBlockOptions(this.#source);
		const index = service.state === "ready" ? service.index : null;
		const items = errors.length === 0 && index ? followups(index, today, { limit: options.limit, postsPerPerson: options.posts, notForThem }) : null;
		// An index change that leaves the list as it was (another note edited) re-renders nothing.
		const shown = JSON.stringify({ errors, items });
		if (shown === this.#lastShown) return;
		this.#lastShown = shown;
		const el = this.containerEl;
		el.empty();
		el.addClass(CLS + "block");
		if (errors.length > 0) {
			const box = div(el, "error");
			box.createDiv({ text: "Top of Mind could not read this block:" });
			for (const error of errors) box.createDiv({ text: error });
			return;
		}
		if (!items) {
			el.createDiv({ cls: `${CLS}empty ${CLS}loading`, text: INDEXING_TEXT });
			return;
		}
		renderFollowUps(el, items, today, this.#actions.dueActions(today));
	}
}
