/** Keymap and Scope. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Platform } from "./functions";

export class Scope implements Obsidian.Scope {
	/** Test helper: registered key handlers with their listeners. */
	readonly handlers: { handler: Obsidian.KeymapEventHandler; func: Obsidian.KeymapEventListener }[] = [];

	constructor(readonly parent?: Obsidian.Scope) {}

	register(modifiers: Obsidian.Modifier[] | null, key: string | null, func: Obsidian.KeymapEventListener): Obsidian.KeymapEventHandler {
		const handler: Obsidian.KeymapEventHandler = { scope: this, modifiers: modifiers?.join(",") ?? null, key };
		this.handlers.push({ handler, func });
		return handler;
	}

	unregister(handler: Obsidian.KeymapEventHandler): void {
		const index = this.handlers.findIndex((entry) => entry.handler === handler);
		if (index !== -1) this.handlers.splice(index, 1);
	}
}

export class Keymap implements Obsidian.Keymap {
	private readonly scopes: Obsidian.Scope[] = [];

	pushScope(scope: Obsidian.Scope): void { this.scopes.push(scope); }

	popScope(scope: Obsidian.Scope): void {
		const index = this.scopes.lastIndexOf(scope);
		if (index !== -1) this.scopes.splice(index, 1);
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Obsidian.Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	/** Mod → "tab", Mod+Alt → "split", Mod+Alt+Shift → "window", middle click → "tab". */
	static isModEvent(evt?: Obsidian.UserEvent | null): Obsidian.PaneType | boolean {
		if (!evt) return false;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey) return evt.shiftKey ? "window" : "split";
		if (mod || ("button" in evt && evt.button === 1)) return "tab";
		return false;
	}
}
