import { followupList } from "../core/overview/followups";
import { parseBlockOptions } from "../ui/block-options";
import type { Actions } from "./actions";
import { renderFollowUps } from "./modals";
import { LiveBlock, renderBlockErrors } from "./live-block";
import { CLS, INDEXING_TEXT } from "./panel-render";

/** Language of the fenced code block that shows the live follow-up list. */
export const FOLLOWUP_BLOCK_LANGUAGE = "top-of-mind";

/** A block re-renders at most this often, however fast the vault changes. */
const RENDER_INTERVAL_MS = 1_000;

/**
 * A live follow-up list inside a note. Re-renders when the index changes (at most once a
 * second) and when the day changes (the plugin touches the index service at midnight).
 */
export class FollowUpBlock extends LiveBlock {
	#lastKey = "";
	#lastIndex: unknown = null;
	#lastShown = "";
	readonly #source: string;

	constructor(containerEl: HTMLElement, source: string, actions: Actions) {
		super(containerEl, actions, RENDER_INTERVAL_MS);
		this.#source = source;
	}

	render(): void {
		const service = this.actions.service;
		const today = this.actions.today();
		const notForThem = this.actions.notForThemSet();
		const key = `${service.state}|${service.index?.revision ?? -1}|${today}|${[...notForThem].join("\n")}`;
		// A rebuilt index starts its revisions again: a new index always counts as a change.
		if (key === this.#lastKey && service.index === this.#lastIndex) return;
		this.#lastKey = key;
		this.#lastIndex = service.index;
		const { options, errors } = parseBlockOptions(this.#source);
		const index = service.state === "ready" ? service.index : null;
		const items = errors.length === 0 && index ? followupList(index, today, { limit: options.limit, postsPerPerson: options.posts, notForThem }) : null;
		// An index change that leaves the list as it was (another note edited) re-renders nothing.
		const shown = JSON.stringify({ errors, items });
		if (shown === this.#lastShown) return;
		this.#lastShown = shown;
		const el = this.containerEl;
		el.empty();
		el.addClass(CLS + "block");
		if (errors.length > 0) {
			renderBlockErrors(el, errors);
			return;
		}
		if (!items) {
			el.createDiv({ cls: `${CLS}empty ${CLS}loading`, text: INDEXING_TEXT });
			return;
		}
		renderFollowUps(el, items, today, this.actions.dueActions(today));
	}
}
