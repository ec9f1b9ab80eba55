import { FuzzySuggestModal, Modal, Setting, type App } from "obsidian";
import { addDaysIso, isIsoDate } from "../core/values/dates";
import type { FollowUpList } from "../core/overview/followups";
import type { IsoDate, Problem } from "../core/model/types";
import { lastContactText, shortDate } from "../ui/view-model";
import { badge, cardShell, CLS, div, onClick } from "./panel-render";

/** A modal whose content goes when it closes: each one builds it again when it opens. */
export abstract class ClearingModal extends Modal {
	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Enter in a modal's text box submits it, as the modal's button does. */
export function submitOnEnter(input: HTMLInputElement, submit: () => void): void {
	input.addEventListener("keydown", (event) => {
		if (event.key !== "Enter") return;
		event.preventDefault();
		submit();
	});
}

export function submitButton(container: HTMLElement, text: string, submit: () => void): void {
	new Setting(container).addButton((button) => button.setButtonText(text).setCta().onClick(submit));
}

/** Lists what could not be read, note by note, so the user can fix it. */
export class ProblemsModal extends ClearingModal {
	readonly #problems: Problem[];

	constructor(
		app: App,
		problems: Problem[],
	) {
		super(app);
		this.#problems = problems;
	}

	override onOpen(): void {
		this.setTitle(`Problems in notes (${this.#problems.length})`);
		const list = this.contentEl.createEl("ul", { cls: CLS + "problems" });
		if (this.#problems.length === 0) this.contentEl.createEl("p", { text: "Every note was read without problems." });
		for (const problem of this.#problems) {
			const item = list.createEl("li");
			item.createEl("strong", { text: problem.path });
			item.createSpan({ text: ` · ${problem.key}: ${problem.message}` });
		}
	}
}

/** Asks for one line of text (a person's name). */
export class TextPromptModal extends ClearingModal {
	#value = "";

	readonly #title: string;
	readonly #label: string;

	readonly #onSubmit: (value: string) => void;

	constructor(
		app: App,
		title: string,
		label: string,
		onSubmit: (value: string) => void,
	) {
		super(app);
		this.#onSubmit = onSubmit;
		this.#title = title;
		this.#label = label;
	}

	override onOpen(): void {
		this.setTitle(this.#title);
		const submit = (): void => this.#submit();
		new Setting(this.contentEl).setName(this.#label).addText((text) => {
			text.onChange((value) => (this.#value = value));
			submitOnEnter(text.inputEl, submit);
		});
		submitButton(this.contentEl, "Create", submit);
	}

	#submit(): void {
		const value = this.#value.trim();
		if (value === "") return;
		this.close();
		this.#onSubmit(value);
	}
}

export interface PersonChoice {
	path: string;
	name: string;
	/** Shown after the name: why they are suggested, or their contact status. */
	detail: string;
}

/** Picks a person; the list arrives already ranked (most relevant first). */
export class PersonSuggestModal extends FuzzySuggestModal<PersonChoice> {
	readonly #choices: PersonChoice[];

	readonly #onChoose: (choice: PersonChoice) => void;

	constructor(
		app: App,
		choices: PersonChoice[],
		placeholder: string,
		onChoose: (choice: PersonChoice) => void,
	) {
		super(app);
		this.#onChoose = onChoose;
		this.#choices = choices;
		this.setPlaceholder(placeholder);
	}

	override getItems(): PersonChoice[] {
		return this.#choices;
	}

	override getItemText(item: PersonChoice): string {
		return item.detail ? `${item.name} — ${item.detail}` : item.name;
	}

	override onChooseItem(item: PersonChoice): void {
		this.#onChoose(item);
	}
}

/** An optional note and a date for a logged contact. */
export class LogContactModal extends ClearingModal {
	#note = "";
	#date: IsoDate;

	readonly #name: string;

	readonly #onSubmit: (date: IsoDate, note: string) => void;

	constructor(
		app: App,
		name: string,
		today: IsoDate,
		onSubmit: (date: IsoDate, note: string) => void,
	) {
		super(app);
		this.#onSubmit = onSubmit;
		this.#name = name;
		this.#date = today;
	}

	override onOpen(): void {
		this.setTitle(`Log contact with ${this.#name}`);
		const submit = (): void => this.#submit();
		new Setting(this.contentEl).setName("What happened").setDesc("Optional; goes on the log line.").addText((text) => {
			text.setPlaceholder("Coffee; talked pricing").onChange((value) => (this.#note = value));
			submitOnEnter(text.inputEl, submit);
		});
		this.#error = div(this.contentEl, "error");
		new Setting(this.contentEl).setName("Date").addText((text) => {
			text.setValue(this.#date).onChange((value) => (this.#date = value.trim()));
			submitOnEnter(text.inputEl, submit);
		});
		submitButton(this.contentEl, "Log contact", submit);
	}

	#error: HTMLElement | null = null;

	#submit(): void {
		if (!isIsoDate(this.#date)) {
			this.#error?.setText("Use a date like 2026-11-05.");
			return;
		}
		this.close();
		this.#onSubmit(this.#date, this.#note);
	}
}

export interface DueActions {
	open(path: string): void;
	contacted(path: string): Promise<boolean>;
	markShared(personPath: string, postPath: string): Promise<boolean>;
	/** Asks until when, writes it, then calls `done` with whether the write succeeded. */
	snooze(path: string, done: (ok: boolean) => void): void;
}

/** Quick picks for a snooze, in days from today. */
const SNOOZE_PICKS: ReadonlyArray<[string, number]> = [
	["1 week", 7],
	["2 weeks", 14],
	["1 month", 30],
	["3 months", 91],
];

/** Until when a person is snoozed: a quick pick, or a date typed in (after today). */
export class SnoozeModal extends ClearingModal {
	readonly #name: string;
	readonly #today: IsoDate;
	readonly #onSubmit: (until: IsoDate) => void;
	#date: IsoDate;
	#error: HTMLElement | null = null;

	constructor(app: App, name: string, today: IsoDate, onSubmit: (until: IsoDate) => void) {
		super(app);
		this.#name = name;
		this.#today = today;
		this.#onSubmit = onSubmit;
		this.#date = addDaysIso(today, 14);
	}

	override onOpen(): void {
		this.setTitle(`Snooze ${this.#name}`);
		div(this.contentEl, "meta", "Not due for a follow-up before the day you pick; due again on it.");
		const picks = new Setting(this.contentEl).setName("For");
		for (const [label, days] of SNOOZE_PICKS) {
			picks.addButton((button) => button.setButtonText(label).onClick(() => this.#choose(addDaysIso(this.#today, days))));
		}
		this.#error = div(this.contentEl, "error");
		const submit = (): void => this.#choose(this.#date);
		new Setting(this.contentEl).setName("Until").addText((text) => {
			text.setValue(this.#date).onChange((value) => (this.#date = value.trim()));
			submitOnEnter(text.inputEl, submit);
		});
		submitButton(this.contentEl, "Snooze", submit);
	}

	#choose(until: IsoDate): void {
		if (!isIsoDate(until) || until <= this.#today) {
			this.#error?.setText(`Use a date after today, like ${addDaysIso(this.#today, 14)}.`);
			return;
		}
		this.close();
		this.#onSubmit(until);
	}
}

/** People due for follow-up, with the same one-click actions as the panel. */
export class DueModal extends ClearingModal {
	readonly #items: FollowUpList;
	readonly #today: IsoDate;
	readonly #actions: DueActions;

	constructor(
		app: App,
		items: FollowUpList,
		today: IsoDate,
		actions: DueActions,
	) {
		super(app);
		this.#items = items;
		this.#today = today;
		this.#actions = actions;
	}

	override onOpen(): void {
		this.setTitle("People due for follow-up");
		renderFollowUps(this.contentEl, this.#items, this.#today, {
			...this.#actions,
			open: (path) => {
				this.close();
				this.#actions.open(path);
			},
		});
	}
}

/** The follow-up list shared by the modal and the live code block. */
export function renderFollowUps(container: HTMLElement, { due, moreDue, snoozed }: FollowUpList, today: IsoDate, actions: DueActions): void {
	container.addClass(CLS + "followups");
	if (due.length === 0) div(container, "empty", "No one is due for a follow-up today.");
	else renderDueCards(div(container, "list"), due, today, actions);
	if (moreDue > 0) div(container, "more", `${moreDue} more due`);
	if (snoozed.length > 0) {
		const line = div(container, "snoozed", "Snoozed: ");
		snoozed.forEach((person, i) => {
			if (i > 0) line.appendText(", ");
			onClick(line.createEl("a", { text: person.name, href: "#" }), () => actions.open(person.path));
			line.appendText(` until ${shortDate(person.snoozedUntil, today)}`);
		});
	}
}

function renderDueCards(list: HTMLElement, due: FollowUpList["due"], today: IsoDate, actions: DueActions): void {
	for (const item of due) {
		const { card, top } = cardShell(list, item.path);
		onClick(top.createEl("a", { cls: CLS + "name", text: item.name, href: "#" }), () => actions.open(item.path));
		const overdue = item.overdueDays > 0;
		badge(top, overdue ? { text: `overdue ${item.overdueDays}d`, tone: "overdue" } : { text: "due", tone: "due" });
		div(card, "meta", lastContactText(item.lastContact, today));
		const post = item.suggestedPosts[0];
		if (post) div(card, "suggestion", `Send: ${post.title}`);
		const buttons = div(card, "actions");
		doneButton(buttons, card, "Contacted", `mod-cta ${CLS}contacted`, () => actions.contacted(item.path));
		if (post) doneButton(buttons, card, "Mark as shared", CLS + "mark-shared", () => actions.markShared(item.path, post.path));
		doneButton(buttons, card, "Snooze", CLS + "snooze", () => new Promise((done) => actions.snooze(item.path, done)));
	}
}

/**
 * A button that is disabled while its write runs, marks the card done when the write
 * succeeded, and can be clicked again when it failed.
 */
function doneButton(parent: HTMLElement, card: HTMLElement, text: string, cls: string, write: () => Promise<boolean>): void {
	const button = parent.createEl("button", { text, cls });
	button.addEventListener("click", () => {
		button.disabled = true;
		void write().then((ok) => {
			if (ok) card.addClass(CLS + "done");
			else button.disabled = false;
		});
	});
}
