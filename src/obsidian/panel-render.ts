import type { Reason } from "../core/match/snippets";
import type { Badge, PanelCounts, PanelModel, PersonRow, SharedPost } from "../ui/view-model";

/** What the panel's buttons do; the view wires them to writes and navigation. */
export interface PanelActions {
	openNote(path: string, newTab: boolean): void;
	markShared(personPath: string, postPath: string): void;
	copyMessage(personPath: string, postPath: string): void;
	notForThem(personPath: string, postPath: string): void;
	snooze(personPath: string): void;
	/** Asks which of the posts (one, or a choice) the person replied to and when, then logs it. */
	replied(personPath: string, posts: readonly SharedPost[]): void;
	createFirstPerson(): void;
	showProblems(): void;
}

/** What the panel and the follow-up block say until the index is ready. */
export const INDEXING_TEXT = "Indexing your people and posts…";

/** Every class the plugin gives its elements starts with this (styles.css). */
export const CLS = "top-of-mind-";

/** A div with one of the plugin's classes, `name` without its prefix, and optional text. */
export function div(parent: HTMLElement, name: string, text?: string): HTMLDivElement {
	// No `text` key at all when there is none: an element made empty on purpose stays empty.
	return parent.createDiv(text === undefined ? { cls: CLS + name } : { cls: CLS + name, text });
}

/** Runs `action` on a click instead of what the element would do (follow a link, submit). */
export function onClick(el: HTMLElement, action: () => void): void {
	el.addEventListener("click", (event) => {
		event.preventDefault();
		action();
	});
}

/** Renders the side panel from its model. Text only: note content never becomes HTML. */
export function renderPanel(container: HTMLElement, model: PanelModel, actions: PanelActions): void {
	container.empty();
	container.addClass(CLS + "panel");
	if (model.kind === "indexing") {
		emptyState(container, INDEXING_TEXT, CLS + "loading");
		return;
	}
	if (model.kind === "no-note") {
		emptyState(container, "Open a note to see who cares about it.");
		return;
	}
	if (model.kind === "no-people") {
		const box = emptyState(container, "No people yet. Person notes have type: person, the #person tag, or live in your people folder.");
		box.createEl("button", { text: "Create a person note", cls: `mod-cta ${CLS}create-person` }).addEventListener("click", () => actions.createFirstPerson());
	} else if (model.kind === "note") {
		renderNote(container, model, actions);
	} else {
		renderPerson(container, model, actions);
	}
	footer(container, model.counts, actions);
}

function emptyState(container: HTMLElement, text: string, cls = ""): HTMLElement {
	const box = container.createDiv({ cls: `${CLS}empty ${cls}`.trim() });
	box.createEl("p", { text });
	return box;
}

function renderNote(container: HTMLElement, model: Extract<PanelModel, { kind: "note" }>, actions: PanelActions): void {
	const header = div(container, "header");
	div(header, "title", "Who cares about this note");
	div(header, "subtitle", model.title);
	if (model.people.length === 0) {
		emptyState(container, "No one stands out for this note yet. Add topics to it, or to your people.");
	} else {
		personList(container, model.people, model.path, actions, true);
	}
	if (model.alreadyShared.length > 0) {
		const section = div(container, "shared");
		div(section, "section-title", `Already shared with (${model.alreadyShared.length})`);
		personList(section, model.alreadyShared, model.path, actions, false, { path: model.path, title: model.title });
	}
}

/** People for a note; `suggest` adds the buttons that only make sense before a share. */
function personList(parent: HTMLElement, rows: PersonRow[], notePath: string, actions: PanelActions, suggest: boolean, sharedPost?: SharedPost): void {
	const list = div(parent, "list");
	for (const row of rows) {
		const buttons = card(list, row.path, row.name, row.evidence, actions, row.badge, row.lastContactText);
		shareButtons(buttons, row.path, notePath, actions, suggest);
		if (sharedPost) button(buttons, "Replied", "replied", () => actions.replied(row.path, [sharedPost]));
	}
}

/** Shared by the panel and the follow-up list, so a badge looks the same everywhere. */
export function badge(parent: HTMLElement, value: Badge): void {
	if (value.text === "") return;
	parent.createSpan({ cls: `${CLS}badge ${CLS}badge-${value.tone}`, text: value.text });
}

/**
 * A card in a list, keyed by its note's path, with its top line (name and badge) filled in
 * by the caller. Shared by the panel and the follow-up list.
 */
export function cardShell(list: HTMLElement, path: string): { card: HTMLElement; top: HTMLElement } {
	const card = list.createDiv({ cls: CLS + "card", attr: { "data-path": path } });
	return { card, top: div(card, "card-top") };
}

/** A person's or post's card: name, optional badge and meta line, reasons; returns its button row. */
function card(list: HTMLElement, path: string, name: string, reasons: readonly Reason[], actions: PanelActions, value?: Badge, meta?: string): HTMLElement {
	const { card, top } = cardShell(list, path);
	nameLink(top, name, path, actions);
	if (value) badge(top, value);
	if (meta !== undefined) div(card, "meta", meta);
	if (reasons.length > 0) {
		const list = card.createEl("ul", { cls: CLS + "reasons" });
		for (const reason of reasons) reasonItem(list, reason);
	}
	return div(card, "actions");
}

/**
 * One reason; when it cites a sentence of the note, the sentence shows on hover (desktop)
 * and opens under the reason on a tap or click (mobile has no hover).
 */
function reasonItem(list: HTMLElement, { reason, snippet }: Reason): void {
	if (snippet === null) {
		list.createEl("li", { text: reason });
		return;
	}
	const item = list.createEl("li", { cls: CLS + "has-snippet", attr: { title: snippet, tabindex: "0", "aria-expanded": "false" } });
	item.createSpan({ text: reason });
	const shown = item.createDiv({ cls: CLS + "snippet", text: snippet });
	shown.hide();
	const toggle = (): void => {
		const open = item.getAttribute("aria-expanded") !== "true";
		item.setAttribute("aria-expanded", String(open));
		shown.toggle(open);
	};
	onClick(item, toggle);
	item.addEventListener("keydown", (event) => {
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		toggle();
	});
}

function nameLink(parent: HTMLElement, text: string, path: string, actions: PanelActions): void {
	const link = parent.createEl("a", { cls: CLS + "name", text, href: "#" });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		actions.openNote(path, event.ctrlKey || event.metaKey || event.button === 1);
	});
	link.addEventListener("auxclick", (event) => {
		if (event.button !== 1) return;
		event.preventDefault();
		actions.openNote(path, true);
	});
}

/** A person and post pair's buttons; `suggest` false leaves only copy message (already shared). */
function shareButtons(buttons: HTMLElement, personPath: string, postPath: string, actions: PanelActions, suggest: boolean): void {
	if (suggest) button(buttons, "Mark as shared", "mark-shared", () => actions.markShared(personPath, postPath), true);
	button(buttons, "Copy message", "copy", () => actions.copyMessage(personPath, postPath));
	if (suggest) button(buttons, "Not for them", "not-for-them", () => actions.notForThem(personPath, postPath));
}

/** `cls` is one of the plugin's classes, without its prefix. */
function button(parent: HTMLElement, text: string, cls: string, action: () => void, primary = false): void {
	onClick(parent.createEl("button", { text, cls: `${CLS}${cls}${primary ? " mod-cta" : ""}` }), action);
}

function renderPerson(container: HTMLElement, model: Extract<PanelModel, { kind: "person" }>, actions: PanelActions): void {
	const header = div(container, "header");
	div(header, "title", model.name);
	const status = div(container, "status");
	const line = div(status, "card-top");
	line.createSpan({ cls: CLS + "meta", text: model.status.lastContactText });
	badge(line, model.status.badge);
	div(status, "meta", `${model.status.cadenceText} · ${model.status.nextDueText}`);
	const statusActions = div(status, "actions");
	const snooze = statusActions.createEl("button", { text: "Snooze", cls: CLS + "snooze" });
	snooze.addEventListener("click", () => actions.snooze(model.path));
	if (model.shared.length > 0) button(statusActions, "Replied", "replied", () => actions.replied(model.path, model.shared));
	div(container, "section-title", "Posts to send them");
	if (model.posts.length === 0) {
		emptyState(container, "No unsent posts suit them yet.");
		return;
	}
	const list = div(container, "list");
	for (const row of model.posts) shareButtons(card(list, row.path, row.title, row.evidence, actions), model.path, row.path, actions, true);
}

/** "1 person", "3 people". */
function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

function footer(container: HTMLElement, counts: PanelCounts, actions: PanelActions): void {
	const bar = div(container, "footer");
	const parts = [count(counts.people, "person", "people"), count(counts.posts, "post", "posts")];
	if (counts.people > 0) parts.push(`${counts.due} due`, `${counts.contactedLast7Days} contacted this week`);
	bar.createSpan({ text: parts.join(" · ") });
	if (counts.problems > 0) {
		onClick(bar.createEl("a", { cls: CLS + "problems-link", text: count(counts.problems, "problem", "problems"), href: "#" }), () => actions.showProblems());
	}
}
