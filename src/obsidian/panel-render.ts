import type { Badge, PanelModel, PersonRow, PostRow } from "../ui/view-model";

/** What the panel's buttons do; the view wires them to writes and navigation. */
export interface PanelActions {
	openNote(path: string, newTab: boolean): void;
	markShared(personPath: string, postPath: string): void;
	copyMessage(personPath: string, postPath: string): void;
	notForThem(personPath: string, postPath: string): void;
	createFirstPerson(): void;
	showProblems(): void;
}

/** Renders the side panel from its model. Text only: note content never becomes HTML. */
export function renderPanel(container: HTMLElement, model: PanelModel, actions: PanelActions): void {
	container.empty();
	container.addClass("top-of-mind-panel");
	switch (model.kind) {
		case "indexing":
			emptyState(container, "Indexing your people and posts…", "top-of-mind-loading");
			return;
		case "no-note":
			emptyState(container, "Open a note to see who cares about it.");
			return;
		case "no-people": {
			const box = emptyState(container, "No people yet. Person notes have type: person, the #person tag, or live in your people folder.");
			box.createEl("button", { text: "Create a person note", cls: "mod-cta top-of-mind-create-person" }).addEventListener("click", () => actions.createFirstPerson());
			footer(container, model.counts, actions);
			return;
		}
		case "note":
			renderNote(container, model, actions);
			footer(container, model.counts, actions);
			return;
		case "person":
			renderPerson(container, model, actions);
			footer(container, model.counts, actions);
			return;
	}
}

function emptyState(container: HTMLElement, text: string, cls = ""): HTMLElement {
	const box = container.createDiv({ cls: `top-of-mind-empty ${cls}`.trim() });
	box.createEl("p", { text });
	return box;
}

function renderNote(container: HTMLElement, model: Extract<PanelModel, { kind: "note" }>, actions: PanelActions): void {
	const header = container.createDiv({ cls: "top-of-mind-header" });
	header.createDiv({ cls: "top-of-mind-title", text: "Who cares about this note" });
	header.createDiv({ cls: "top-of-mind-subtitle", text: model.title });
	if (model.people.length === 0) {
		emptyState(container, "No one stands out for this note yet. Add topics to it, or to your people.");
	} else {
		const list = container.createDiv({ cls: "top-of-mind-list" });
		for (const row of model.people) personCard(list, row, model.path, actions, true);
	}
	if (model.alreadyShared.length > 0) {
		const section = container.createDiv({ cls: "top-of-mind-shared" });
		section.createDiv({ cls: "top-of-mind-section-title", text: `Already shared with (${model.alreadyShared.length})` });
		const list = section.createDiv({ cls: "top-of-mind-list" });
		for (const row of model.alreadyShared) personCard(list, row, model.path, actions, false);
	}
}

function badge(parent: HTMLElement, value: Badge): void {
	if (value.text === "") return;
	parent.createSpan({ cls: `top-of-mind-badge top-of-mind-badge-${value.tone}`, text: value.text });
}

function nameLink(parent: HTMLElement, text: string, path: string, actions: PanelActions): void {
	const link = parent.createEl("a", { cls: "top-of-mind-name", text, href: "#" });
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

function personCard(list: HTMLElement, row: PersonRow, notePath: string, actions: PanelActions, suggest: boolean): void {
	const card = list.createDiv({ cls: "top-of-mind-card", attr: { "data-path": row.path } });
	const top = card.createDiv({ cls: "top-of-mind-card-top" });
	nameLink(top, row.name, row.path, actions);
	badge(top, row.badge);
	card.createDiv({ cls: "top-of-mind-meta", text: row.lastContactText });
	if (row.reasons.length > 0) {
		const reasons = card.createEl("ul", { cls: "top-of-mind-reasons" });
		for (const reason of row.reasons) reasons.createEl("li", { text: reason });
	}
	const buttons = card.createDiv({ cls: "top-of-mind-actions" });
	if (suggest) {
		button(buttons, "Mark as shared", "top-of-mind-mark-shared", () => actions.markShared(row.path, notePath), true);
	}
	button(buttons, "Copy message", "top-of-mind-copy", () => actions.copyMessage(row.path, notePath));
	if (suggest) button(buttons, "Not for them", "top-of-mind-not-for-them", () => actions.notForThem(row.path, notePath));
}

function button(parent: HTMLElement, text: string, cls: string, onClick: () => void, primary = false): void {
	const el = parent.createEl("button", { text, cls: `${cls}${primary ? " mod-cta" : ""}` });
	el.addEventListener("click", (event) => {
		event.preventDefault();
		onClick();
	});
}

function renderPerson(container: HTMLElement, model: Extract<PanelModel, { kind: "person" }>, actions: PanelActions): void {
	const header = container.createDiv({ cls: "top-of-mind-header" });
	header.createDiv({ cls: "top-of-mind-title", text: model.name });
	const status = container.createDiv({ cls: "top-of-mind-status" });
	const line = status.createDiv({ cls: "top-of-mind-card-top" });
	line.createSpan({ cls: "top-of-mind-meta", text: model.status.lastContactText });
	badge(line, model.status.badge);
	status.createDiv({ cls: "top-of-mind-meta", text: `${model.status.cadenceText} · ${model.status.nextDueText}` });
	container.createDiv({ cls: "top-of-mind-section-title", text: "Posts to send them" });
	if (model.posts.length === 0) {
		emptyState(container, "No unsent posts suit them yet.");
		return;
	}
	const list = container.createDiv({ cls: "top-of-mind-list" });
	for (const row of model.posts) postCard(list, row, model.path, actions);
}

function postCard(list: HTMLElement, row: PostRow, personPath: string, actions: PanelActions): void {
	const card = list.createDiv({ cls: "top-of-mind-card", attr: { "data-path": row.path } });
	const top = card.createDiv({ cls: "top-of-mind-card-top" });
	nameLink(top, row.title, row.path, actions);
	if (row.reasons.length > 0) {
		const reasons = card.createEl("ul", { cls: "top-of-mind-reasons" });
		for (const reason of row.reasons) reasons.createEl("li", { text: reason });
	}
	const buttons = card.createDiv({ cls: "top-of-mind-actions" });
	button(buttons, "Mark as shared", "top-of-mind-mark-shared", () => actions.markShared(personPath, row.path), true);
	button(buttons, "Copy message", "top-of-mind-copy", () => actions.copyMessage(personPath, row.path));
	button(buttons, "Not for them", "top-of-mind-not-for-them", () => actions.notForThem(personPath, row.path));
}

function footer(container: HTMLElement, counts: { people: number; posts: number; problems: number }, actions: PanelActions): void {
	const bar = container.createDiv({ cls: "top-of-mind-footer" });
	bar.createSpan({ text: `${counts.people} ${counts.people === 1 ? "person" : "people"} · ${counts.posts} ${counts.posts === 1 ? "post" : "posts"}` });
	if (counts.problems > 0) {
		const link = bar.createEl("a", { cls: "top-of-mind-problems-link", text: `${counts.problems} ${counts.problems === 1 ? "problem" : "problems"}`, href: "#" });
		link.addEventListener("click", (event) => {
			event.preventDefault();
			actions.showProblems();
		});
	}
}
