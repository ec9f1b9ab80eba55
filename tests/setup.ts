/**
 * Vitest setup (vitest.config.ts `setupFiles`).
 * - With a DOM (`// @vitest-environment happy-dom`), installs the element helpers Obsidian adds
 *   to the DOM (`createEl`, `addClass`, `empty`, `setText`, …) and the globals `createEl`,
 *   `createDiv`, `createSpan`, `createSvg`, `createFragment`, `activeDocument`, `activeWindow`.
 * - Before each test, clears the stub's recorded state (notices, open modals, last menu);
 *   after each, unloads the plugins it loaded, so none keeps working past its test.
 * - Installs fake-indexeddb's IndexedDB (the plugin's index cache lives there) and gives each
 *   test a fresh, empty one, as each test's App has its own in-memory files: no test sees a
 *   cache another left behind. A test that needs no IndexedDB at all removes it itself.
 * - Does not touch process.env.TZ: tests that depend on the time zone set it themselves.
 */
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach } from "vitest";
import { resetStubState, unloadPlugins } from "./obsidian";

beforeEach(() => {
	resetStubState();
	globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
	unloadPlugins();
});

type Attributes = Record<string, string | number | boolean | null>;

function installDomHelpers(): void {
	const ownerDocument = (node: Node): Document => node.ownerDocument ?? document;
	const HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
	const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
	const setDisplay = (el: HTMLElement, shown: boolean): void => el.style.setProperty("display", shown ? "" : "none");

	function setText(el: Element, value: string | DocumentFragment): void {
		el.replaceChildren(value);
	}

	function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
		if (value === null) el.removeAttribute(name);
		else el.setAttribute(name, String(value));
	}

	function setAttrs(el: Element, attrs: Attributes): void {
		for (const [name, value] of Object.entries(attrs)) setAttr(el, name, value);
	}

	function place(el: Element, parent: Node | null | undefined, prepend: boolean | undefined): void {
		if (!parent) return;
		if (prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
	}

	/** Obsidian's createEl: `o` is a class string or DomElementInfo; the callback gets the element. */
	function build(doc: Document, tag: string, o: DomElementInfo | string | undefined, parent: Node | null, callback?: (el: HTMLElement) => void): HTMLElement {
		const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
		const el = doc.createElementNS(HTML_NAMESPACE, tag); // this is createEl itself, so no createEl here
		if (info.cls !== undefined) el.className = Array.isArray(info.cls) ? info.cls.join(" ") : info.cls;
		if (info.text !== undefined) setText(el, info.text);
		if (info.attr) setAttrs(el, info.attr);
		if (info.title !== undefined) el.title = info.title;
		if (info.href !== undefined) el.setAttribute("href", info.href);
		if (info.type !== undefined) el.setAttribute("type", info.type);
		if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
		if (info.value !== undefined) Reflect.set(el, "value", info.value);
		place(el, info.parent ?? parent, info.prepend);
		callback?.(el);
		return el;
	}

	function buildSvg(doc: Document, tag: string, o: SvgElementInfo | string | undefined, parent: Node | null, callback?: (el: SVGElement) => void): SVGElement {
		const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
		const el = doc.createElementNS(SVG_NAMESPACE, tag);
		if (info.cls !== undefined) el.setAttribute("class", Array.isArray(info.cls) ? info.cls.join(" ") : info.cls);
		if (info.attr) setAttrs(el, info.attr);
		place(el, info.parent ?? parent, info.prepend);
		callback?.(el);
		return el;
	}

	function define(target: object, members: Record<string, unknown>): void {
		for (const [name, value] of Object.entries(members)) Object.defineProperty(target, name, { value, configurable: true, writable: true });
	}

	const creators = {
		createEl(this: Node, tag: string, o?: DomElementInfo | string, callback?: (el: HTMLElement) => void): HTMLElement {
			return build(ownerDocument(this), tag, o, this, callback);
		},
		createDiv(this: Node, o?: DomElementInfo | string, callback?: (el: HTMLElement) => void): HTMLElement {
			return build(ownerDocument(this), "div", o, this, callback);
		},
		createSpan(this: Node, o?: DomElementInfo | string, callback?: (el: HTMLElement) => void): HTMLElement {
			return build(ownerDocument(this), "span", o, this, callback);
		},
		createSvg(this: Node, tag: string, o?: SvgElementInfo | string, callback?: (el: SVGElement) => void): SVGElement {
			return buildSvg(ownerDocument(this), tag, o, this, callback);
		},
	};

	define(Node.prototype, {
		...creators,
		empty(this: Node): void {
			while (this.lastChild) this.removeChild(this.lastChild);
		},
		detach(this: Node): void {
			this.parentNode?.removeChild(this);
		},
		insertAfter<T extends Node>(this: Node, node: T, child: Node | null): T {
			return this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		},
		indexOf(this: Node, other: Node): number {
			return Array.from(this.childNodes).indexOf(other as ChildNode);
		},
		setChildrenInPlace(this: ParentNode, children: Node[]): void {
			this.replaceChildren(...children);
		},
		appendText(this: Node, value: string): void {
			this.appendChild(ownerDocument(this).createTextNode(value));
		},
		instanceOf(this: Node, type: abstract new () => unknown): boolean {
			return Object.prototype.isPrototypeOf.call(type.prototype, this);
		},
	});
	Object.defineProperty(Node.prototype, "doc", { configurable: true, get: (): Document => document });
	Object.defineProperty(Node.prototype, "win", { configurable: true, get: (): Window => window });

	define(Element.prototype, {
		getText(this: Element): string {
			return this.textContent ?? "";
		},
		setText(this: Element, value: string | DocumentFragment): void {
			setText(this, value);
		},
		addClass(this: Element, ...classes: string[]): void {
			this.classList.add(...classes.filter(Boolean));
		},
		addClasses(this: Element, classes: string[]): void {
			this.classList.add(...classes.filter(Boolean));
		},
		removeClass(this: Element, ...classes: string[]): void {
			this.classList.remove(...classes.filter(Boolean));
		},
		removeClasses(this: Element, classes: string[]): void {
			this.classList.remove(...classes.filter(Boolean));
		},
		toggleClass(this: Element, classes: string | string[], value: boolean): void {
			for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
		},
		hasClass(this: Element, cls: string): boolean {
			return this.classList.contains(cls);
		},
		setAttr(this: Element, name: string, value: string | number | boolean | null): void {
			setAttr(this, name, value);
		},
		setAttrs(this: Element, attrs: Attributes): void {
			setAttrs(this, attrs);
		},
		getAttr(this: Element, name: string): string | null {
			return this.getAttribute(name);
		},
		matchParent(this: Element, selector: string, lastParent?: Element): Element | null {
			const match = this.closest(selector);
			return !match || !lastParent || (match !== lastParent && lastParent.contains(match)) ? match : null;
		},
		find(this: ParentNode, selector: string): Element | null {
			return this.querySelector(selector);
		},
		findAll(this: ParentNode, selector: string): Element[] {
			return Array.from(this.querySelectorAll(selector));
		},
		findAllSelf(this: Element, selector: string): Element[] {
			return [...(this.matches(selector) ? [this] : []), ...Array.from(this.querySelectorAll(selector))];
		},
		isActiveElement(this: Element): boolean {
			return this.ownerDocument.activeElement === this;
		},
	});

	define(DocumentFragment.prototype, {
		find(this: DocumentFragment, selector: string): Element | null {
			return this.querySelector(selector);
		},
		findAll(this: DocumentFragment, selector: string): Element[] {
			return Array.from(this.querySelectorAll(selector));
		},
	});

	define(HTMLElement.prototype, {
		show(this: HTMLElement): void {
			setDisplay(this, true);
		},
		hide(this: HTMLElement): void {
			setDisplay(this, false);
		},
		toggle(this: HTMLElement, show: boolean): void {
			setDisplay(this, show);
		},
		toggleVisibility(this: HTMLElement, visible: boolean): void {
			this.style.setProperty("visibility", visible ? "" : "hidden");
		},
		isShown(this: HTMLElement): boolean {
			return this.style.getPropertyValue("display") !== "none";
		},
		setCssProps(this: HTMLElement, props: Record<string, string>): void {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		},
		setCssStyles(this: HTMLElement, styles: Record<string, string>): void {
			for (const [name, value] of Object.entries(styles)) this.style.setProperty(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
		},
		onClickEvent(this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions): void {
			this.addEventListener("click", listener, options);
		},
		trigger(this: HTMLElement, eventType: string): void {
			this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
		},
		/** Delegated listener: fires for events on descendants matching `selector`. */
		on(this: HTMLElement, type: string, selector: string, listener: (ev: Event, delegateTarget: HTMLElement) => unknown, options?: boolean | AddEventListenerOptions): void {
			const callback = (ev: Event): void => {
				const target = ev.target instanceof Element ? ev.target.closest(selector) : null;
				if (target instanceof HTMLElement && this.contains(target)) void listener.call(this, ev, target);
			};
			const events = (delegated.get(this) ?? []).concat({ type, selector, listener, callback });
			delegated.set(this, events);
			this.addEventListener(type, callback, options);
		},
		off(this: HTMLElement, type: string, selector: string, listener: (ev: Event, delegateTarget: HTMLElement) => unknown, options?: boolean | AddEventListenerOptions): void {
			const events = delegated.get(this) ?? [];
			for (const entry of events.filter((e) => e.type === type && e.selector === selector && e.listener === listener)) {
				this.removeEventListener(type, entry.callback, options);
				events.splice(events.indexOf(entry), 1);
			}
		},
		onNodeInserted(): () => void {
			return () => undefined;
		},
	});

	Object.assign(globalThis, {
		createEl: (tag: string, o?: DomElementInfo | string, callback?: (el: HTMLElement) => void) => build(document, tag, o, null, callback),
		createDiv: (o?: DomElementInfo | string, callback?: (el: HTMLElement) => void) => build(document, "div", o, null, callback),
		createSpan: (o?: DomElementInfo | string, callback?: (el: HTMLElement) => void) => build(document, "span", o, null, callback),
		createSvg: (tag: string, o?: SvgElementInfo | string, callback?: (el: SVGElement) => void) => buildSvg(document, tag, o, null, callback),
		createFragment: (callback?: (el: DocumentFragment) => void) => {
			const fragment = new DocumentFragment();
			callback?.(fragment);
			return fragment;
		},
		activeDocument: document,
		activeWindow: window,
		sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
		nextFrame: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
	});
}

interface DelegatedListener {
	type: string;
	selector: string;
	listener: (ev: Event, delegateTarget: HTMLElement) => unknown;
	callback: (ev: Event) => void;
}

const delegated = new WeakMap<HTMLElement, DelegatedListener[]>();

if (typeof HTMLElement !== "undefined") installDomHelpers();
