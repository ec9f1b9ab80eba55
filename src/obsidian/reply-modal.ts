import { Setting, type App } from "obsidian";
import { isIsoDate } from "../core/values/dates";
import type { IsoDate } from "../core/model/types";
import { ClearingModal, submitButton, submitOnEnter } from "./modals";
import { div } from "./panel-render";

/** A post a reply can be logged to: one shared with the person. */
export interface ReplyChoice {
	path: string;
	title: string;
}

/**
 * Which shared post a person replied to (chosen from a list when there is more than one) and
 * on which day: a date picker, today by default, never after today.
 */
export class ReplyModal extends ClearingModal {
	readonly #name: string;
	readonly #posts: readonly ReplyChoice[];
	readonly #today: IsoDate;
	readonly #onSubmit: (postPath: string, date: IsoDate) => void;
	#post: string;
	#date: IsoDate;
	#error: HTMLElement | null = null;

	constructor(app: App, name: string, posts: readonly ReplyChoice[], today: IsoDate, onSubmit: (postPath: string, date: IsoDate) => void) {
		super(app);
		this.#name = name;
		this.#posts = posts;
		this.#today = today;
		this.#onSubmit = onSubmit;
		this.#post = posts[0]?.path ?? "";
		this.#date = today;
	}

	override onOpen(): void {
		this.setTitle(`${this.#name} replied`);
		const submit = (): void => this.#submit();
		const only = this.#posts.length === 1 ? this.#posts[0] : undefined;
		if (only) div(this.contentEl, "meta", `To "${only.title}". The reply is logged in their note as a contact on its day.`);
		else {
			div(this.contentEl, "meta", "The reply is logged in their note as a contact on its day.");
			new Setting(this.contentEl).setName("Post").addDropdown((dropdown) => {
				for (const post of this.#posts) dropdown.addOption(post.path, post.title);
				dropdown.setValue(this.#post).onChange((value) => (this.#post = value));
			});
		}
		this.#error = div(this.contentEl, "error");
		new Setting(this.contentEl).setName("Date").addText((text) => {
			text.inputEl.type = "date";
			text.inputEl.max = this.#today;
			text.setValue(this.#date).onChange((value) => (this.#date = value.trim()));
			submitOnEnter(text.inputEl, submit);
		});
		submitButton(this.contentEl, "Log reply", submit);
	}

	#submit(): void {
		if (!isIsoDate(this.#date) || this.#date > this.#today) {
			this.#error?.setText(`Use a day on or before today, like ${this.#today}.`);
			return;
		}
		if (this.#post === "") return;
		this.close();
		this.#onSubmit(this.#post, this.#date);
	}
}
