/** Events and Component: registration, child components, load and unload. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Callback } from "./dom-utils";

interface StubEventRef extends Obsidian.EventRef {
	emitter: Events;
	name: string;
	fn: Callback;
	ctx: unknown;
}

export class Events implements Obsidian.Events {
	readonly #handlers = new Map<string, StubEventRef[]>();

	on(name: string, callback: Callback, ctx?: unknown): Obsidian.EventRef {
		const ref: StubEventRef = { emitter: this, name, fn: callback, ctx };
		this.#handlers.set(name, [...(this.#handlers.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: Callback): void { this.#handlers.set(name, (this.#handlers.get(name) ?? []).filter((ref) => ref.fn !== callback)); }

	offref(ref: Obsidian.EventRef): void {
		const { name } = ref as StubEventRef;
		this.#handlers.set(name, (this.#handlers.get(name) ?? []).filter((other) => other !== ref));
	}

	trigger(name: string, ...data: unknown[]): void { for (const ref of this.#handlers.get(name) ?? []) this.tryTrigger(ref, data); }

	/** Test helper: how many listeners are registered for `name`, or for every event. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.#handlers.get(name)?.length ?? 0;
		let count = 0;
		for (const refs of this.#handlers.values()) count += refs.length;
		return count;
	}

	/** Like Obsidian, a throwing listener does not stop the others; its error is rethrown asynchronously so vitest still reports it. */
	tryTrigger(evt: Obsidian.EventRef, args: unknown[]): void {
		const ref = evt as StubEventRef;
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			queueMicrotask(() => {
				throw error;
			});
		}
	}
}

export const pendingLoads = new WeakMap<Obsidian.Component, Promise<unknown>>();

/** Same lifecycle as Obsidian: load → onload then children; unload → children, then registered callbacks (last first), then onunload. */
export class Component implements Obsidian.Component {
	/** Obsidian's own field names, so subclasses collide with the stub exactly as they would with Obsidian. */
	_loaded = false;
	_children: Obsidian.Component[] = [];
	_events: (() => unknown)[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		const result: unknown = this.onload();
		if (result instanceof Promise) pendingLoads.set(this, result);
		for (const child of [...this._children]) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this._children.length > 0) this._children.pop()?.unload();
		while (this._events.length > 0) this._events.pop()?.();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Obsidian.Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Obsidian.Component>(component: T): T {
		const index = this._children.indexOf(component);
		if (index !== -1) {
			this._children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void { this._events.push(cb); }

	registerEvent(eventRef: Obsidian.EventRef): void {
		const ref = eventRef as StubEventRef;
		this.register(() => ref.emitter.offref(ref));
	}

	registerDomEvent<K extends keyof WindowEventMap>(el: Window, type: K, callback: (this: HTMLElement, ev: WindowEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof DocumentEventMap>(el: Document, type: K, callback: (this: HTMLElement, ev: DocumentEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent(el: EventTarget, type: string, callback: (this: HTMLElement, ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}
