import { FuzzySuggestModal, Modal, Setting, type App } from "obsidian";
import { isIsoDate } from "../core/dates";
import type { FollowUp } from "../core/followups";
import type { IsoDate, Problem } from "../core/types";
import { lastContactText } from "../ui/view-model";

/** Lists what could not be read, note by note, so the user can fix it. */
export class ProblemsModal extends Modal {
	constructor(
		app: App,
		private readonly problems: Problem[],
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(`Problems in notes (${this.problems.length})`);
		const list = this.contentEl.createEl("ul", { cls: "top-of-mind-problems" });
		if (this.problems.length === 0) this.contentEl.createEl("p", { text: "Every note was read without problems." });
		for (const problem of this.problems) {
			const item = list.createEl("li");
			item.createEl("strong", { text: problem.path });
			item.createSpan({ text: ` · ${problem.key}: ${problem.message}` });
		}
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Asks for one line of text (a person's name). */
export class TextPromptModal extends Modal {
	private value = "";

	constructor(
		app: App,
		private readonly title: string,
		private readonly label: string,
		private readonly onSubmit: (value: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.title);
		new Setting(this.contentEl).setName(this.label).addText((text) => {
			text.onChange((value) => (this.value = value));
			text.inputEl.addEventListener("keydown", (event) => {
				if (event.key === "Enter") {
					event.preventDefault();
					this.submit();
				}
			});
		});
		new Setting(this.contentEl).addButton((button) => button.setButtonText("Create").setCta().onClick(() => this.submit()));
	}

	private submit(): void {
		const value = this.value.trim();
		if (value === "") return;
		this.close();
		this.onSubmit(value);
	}

	override onClose(): void {
		this.contentEl.empty();
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
	constructor(
		app: App,
		private readonly choices: PersonChoice[],
		placeholder: string,
		private readonly onChoose: (choice: PersonChoice) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	override getItems(): PersonChoice[] {
		return this.choices;
	}

	override getItemText(item: PersonChoice): string {
		return item.detail ? `${item.name} — ${item.detail}` : item.name;
	}

	override onChooseItem(item: PersonChoice): void {
		this.onChoose(item);
	}
}

/** An optional note and a date for a logged contact. */
export class LogContactModal extends Modal {
	private note = "";
	private date: IsoDate;

	constructor(
		app: App,
		private readonly name: string,
		today: IsoDate,
		private readonly onSubmit: (date: IsoDate, note: string) => void,
	) {
		super(app);
		this.date = today;
	}

	override onOpen(): void {
		this.setTitle(`Log contact with ${this.name}`);
		const submitOnEnter = (input: HTMLInputElement): void => {
			input.addEventListener("keydown", (event) => {
				if (event.key !== "Enter") return;
				event.preventDefault();
				this.submit();
			});
		};
		new Setting(this.contentEl).setName("What happened").setDesc("Optional; goes on the log line.").addText((text) => {
			text.setPlaceholder("Coffee; talked pricing").onChange((value) => (this.note = value));
			submitOnEnter(text.inputEl);
		});
		this.error = this.contentEl.createDiv({ cls: "top-of-mind-error" });
		new Setting(this.contentEl).setName("Date").addText((text) => {
			text.setValue(this.date).onChange((value) => (this.date = value.trim()));
			submitOnEnter(text.inputEl);
		});
		new Setting(this.contentEl).addButton((button) => button.setButtonText("Log contact").setCta().onClick(() => this.submit()));
	}

	private error: HTMLElement | null = null;

	private submit(): void {
		if (!isIsoDate(this.date)) {
			this.error?.setText("Use a date like 2026-11-05.");
			return;
		}
		this.close();
		this.onSubmit(this.date, this.note);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

export interface DueActions {
	open(path: string): void;
	contacted(path: string): Promise<boolean>;
	markShared(personPath: string, postPath: string): Promise<boolean>;
}

/** People due for follow-up, with the same one-click actions as the panel. */
export class DueModal extends Modal {
	constructor(
		app: App,
		private readonly items: FollowUp[],
		private readonly today: IsoDate,
		private readonly actions: DueActions,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("People due for follow-up");
		renderFollowUps(this.contentEl, this.items, this.today, {
			...this.actions,
			open: (path) => {
				this.close();
				this.actions.open(path);
			},
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** The follow-up list shared by the modal and the live code block. */
export function renderFollowUps(container: HTMLElement, items: FollowUp[], today: IsoDate, actions: DueActions): void {
	container.addClass("top-of-mind-followups");
	if (items.length === 0) {
		container.createDiv({ cls: "top-of-mind-empty", text: "No one is due for a follow-up today." });
		return;
	}
	const list = container.createDiv({ cls: "top-of-mind-list" });
	for (const item of items) {
		const card = list.createDiv({ cls: "top-of-mind-card", attr: { "data-path": item.path } });
		const top = card.createDiv({ cls: "top-of-mind-card-top" });
		const link = top.createEl("a", { cls: "top-of-mind-name", text: item.name, href: "#" });
		link.addEventListener("click", (event) => {
			event.preventDefault();
			actions.open(item.path);
		});
		const overdue = item.overdueDays > 0;
		top.createSpan({
			cls: `top-of-mind-badge top-of-mind-badge-${overdue ? "overdue" : "due"}`,
			text: overdue ? `overdue ${item.overdueDays}d` : "due",
		});
		card.createDiv({ cls: "top-of-mind-meta", text: lastContactText(item.lastContact, today) });
		const post = item.suggestedPosts[0];
		if (post) card.createDiv({ cls: "top-of-mind-suggestion", text: `Send: ${post.title}` });
		const buttons = card.createDiv({ cls: "top-of-mind-actions" });
		const contacted = buttons.createEl("button", { text: "Contacted", cls: "mod-cta top-of-mind-contacted" });
		contacted.addEventListener("click", () => {
			contacted.disabled = true;
			void actions.contacted(item.path).then((ok) => {
				if (ok) card.addClass("top-of-mind-done");
				else contacted.disabled = false;
			});
		});
		if (post) {
			const share = buttons.createEl("button", { text: "Mark as shared", cls: "top-of-mind-mark-shared" });
			share.addEventListener("click", () => {
				share.disabled = true;
				void actions.markShared(item.path, post.path).then((ok) => {
					if (ok) card.addClass("top-of-mind-done");
					else share.disabled = false;
				});
			});
		}
	}
}
