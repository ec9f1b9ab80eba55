/** Small utilities every part uses: DOM element helpers, text and byte conversions, a microtask flush. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import projectManifest from "../../manifest.json";

/** Names (not types) shared with the real API. */
export type Has<T, K extends keyof T> = { [P in K]: unknown };
export type Callback = (...data: unknown[]) => unknown;

export const YAML_OPTIONS = { schema: "core" } as const;
export const CLOCK_START = Date.UTC(2026, 0, 1, 9, 0, 0);
export const DEFAULT_MANIFEST: Obsidian.PluginManifest = { ...projectManifest };
// ---------------------------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------------------------

export function doc(): Document {
	if (typeof document === "undefined") {
		throw new Error("obsidian-stub: this needs a DOM. Start the test file with `// @vitest-environment happy-dom`.");
	}
	return document;
}

/** Creates an element with the global createEl that tests/setup.ts installs whenever there is a DOM. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
	doc();
	return createEl(tag, { cls, parent });
}

export function textOf(content: string | DocumentFragment): string { return typeof content === "string" ? content : (content.textContent ?? ""); }

export function setContent(target: HTMLElement, content: string | DocumentFragment): void { target.replaceChildren(content); }

export function isRecord(value: unknown): value is Record<string, unknown> { return value !== null && typeof value === "object" && !Array.isArray(value); }

export function sameData(a: unknown, b: unknown): boolean { return JSON.stringify(a) === JSON.stringify(b); }

export function byteSize(text: string): number { return new TextEncoder().encode(text).byteLength; }

export function toArrayBuffer(text: string): ArrayBuffer {
	const bytes = new TextEncoder().encode(text);
	const out = new ArrayBuffer(bytes.byteLength);
	new Uint8Array(out).set(bytes);
	return out;
}

export function fromArrayBuffer(data: ArrayBuffer): string { return new TextDecoder().decode(data); }

export function clickEvent(): MouseEvent {
	doc();
	return new MouseEvent("click");
}

/** Test helper: lets pending promise callbacks and zero-delay timers run (not with fake timers). */
export function flush(): Promise<void> { return new Promise((resolve) => setTimeout(resolve, 0)); }
