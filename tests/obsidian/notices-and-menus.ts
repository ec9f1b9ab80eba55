/** Notice, Menu, MarkdownRenderChild and MarkdownRenderer. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Has, clickEvent, el, textOf } from "./dom-utils";

import { Component } from "./events";

/** Records every message shown in `Notice.messages` (cleared before each test by tests/setup.ts). */
/** A notice's text as a test reads it: what it says, without the labels of its buttons. */
function messageText(message: string | DocumentFragment): string {
	if (typeof message === "string") return message;
	const copy = message.cloneNode(true) as DocumentFragment;
	for (const button of copy.querySelectorAll("button")) button.remove();
	return (copy.textContent ?? "").trim();
}

export class Notice implements Pick<Obsidian.Notice, "setMessage" | "hide">, Has<Obsidian.Notice, "noticeEl" | "containerEl" | "messageEl"> {
	/** Test helper: every message shown (constructor and setMessage), oldest first, as text without its buttons (Undo). */
	static readonly messages: string[] = [];
	/** Test helper: every notice shown, oldest first (their buttons, such as Undo, are in messageEl). */
	static readonly shown: Notice[] = [];
	/** Test helper: the latest message of this notice. */
	message: string;
	hidden = false;
	private dom?: { containerEl: HTMLElement; noticeEl: HTMLElement; messageEl: HTMLElement };
	/** A message given as a fragment, shown as it is (with its buttons) once the notice's elements exist. */
	private fragment: DocumentFragment | null = null;

	constructor(
		message: string | DocumentFragment,
		readonly duration?: number,
	) {
		this.message = messageText(message);
		if (typeof message !== "string") this.fragment = message;
		Notice.messages.push(this.message);
		Notice.shown.push(this);
	}

	/** Test helper. */
	static reset(): void {
		Notice.messages.length = 0;
		Notice.shown.length = 0;
	}
	get containerEl(): HTMLElement { return this.parts().containerEl; }
	get noticeEl(): HTMLElement { return this.parts().noticeEl; }
	get messageEl(): HTMLElement { return this.parts().messageEl; }

	setMessage(message: string | DocumentFragment): this {
		this.message = messageText(message);
		Notice.messages.push(this.message);
		if (this.dom) this.dom.messageEl.textContent = this.message;
		return this;
	}

	hide(): void { this.hidden = true; }

	private parts(): NonNullable<Notice["dom"]> {
		if (!this.dom) {
			const containerEl = el("div", "notice-container");
			const noticeEl = el("div", "notice", containerEl);
			const messageEl = el("div", "notice-message", noticeEl);
			if (this.fragment) messageEl.append(this.fragment);
			else messageEl.textContent = this.message;
			this.dom = { containerEl, noticeEl, messageEl };
		}
		return this.dom;
	}
}

let lastMenu: Menu | null = null;

/** Test helper: the menu shown most recently. */
export function getLastMenu(): Menu | null { return lastMenu; }

function rememberMenu(menu: Menu): void { lastMenu = menu; }

/** Test helper: forgets the last menu (resetStubState). */
export function forgetLastMenu(): void { lastMenu = null; }

export class MenuItem implements Obsidian.MenuItem {
	/** Test helper state. */
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	warning = false;
	isLabel = false;
	section = "";
	private callback?: (evt: MouseEvent | KeyboardEvent) => unknown;

	/** Test helper: runs the item's onClick callback. */
	click(evt: MouseEvent | KeyboardEvent = clickEvent()): void { if (!this.disabled) void this.callback?.(evt); }
	setTitle(title: string | DocumentFragment): this { this.title = textOf(title); return this; }
	setIcon(icon: string | null): this { this.icon = icon; return this; }
	setChecked(checked: boolean | null): this { this.checked = checked; return this; }
	setDisabled(disabled: boolean): this { this.disabled = disabled; return this; }
	setWarning(isWarning: boolean): this { this.warning = isWarning; return this; }
	setIsLabel(isLabel: boolean): this { this.isLabel = isLabel; return this; }
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this { this.callback = callback; return this; }
	setSection(section: string): this { this.section = section; return this; }
}

export class Menu extends Component
	implements Pick<Obsidian.Menu, "setNoIcon" | "setUseNativeMenu" | "addItem" | "addSeparator" | "setParentElement" | "showAtMouseEvent" | "showAtPosition" | "hide" | "close" | "onHide">
{
	/** Test helper: the items added so far (separators are not recorded). */
	readonly items: MenuItem[] = [];
	shown = false;
	private readonly hideCallbacks: (() => unknown)[] = [];

	static forEvent(): Menu { return new Menu(); }
	setNoIcon(): this { return this; }
	setUseNativeMenu(): this { return this; }

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		this.items.push(item);
		cb(item);
		return this;
	}

	addSeparator(): this { return this; }
	setParentElement(): this { return this; }
	showAtMouseEvent(): this { return this.show(); }
	showAtPosition(): this { return this.show(); }

	hide(): this {
		if (this.shown) {
			this.shown = false;
			for (const callback of this.hideCallbacks) callback();
		}
		return this;
	}

	close(): void { this.hide(); }
	onHide(callback: () => unknown): void { this.hideCallbacks.push(callback); }

	private show(): this {
		this.shown = true;
		rememberMenu(this);
		return this;
	}
}

export class MarkdownRenderChild extends Component implements Obsidian.MarkdownRenderChild {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

/** Renders Markdown as plain text: one `<p>` per blank-line-separated block. */
export abstract class MarkdownRenderer extends MarkdownRenderChild {
	static async render(_app: Obsidian.App, markdown: string, el: HTMLElement): Promise<void> {
		for (const block of markdown.split(/\r?\n[ \t]*\r?\n/)) {
			if (block.trim() === "") continue;
			el.createEl("p", { text: block });
		}
	}

	static async renderMarkdown(markdown: string, el: HTMLElement): Promise<void> {
		return MarkdownRenderer.render(undefined as unknown as Obsidian.App, markdown, el); // the app is not used
	}
}
