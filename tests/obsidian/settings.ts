/** Setting, SettingGroup, SettingTab and PluginSettingTab, and the declarative setting definitions. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { Has, el, isRecord, setContent } from "./dom-utils";
import { setTooltip } from "./functions";
import { BaseComponent, ButtonComponent, DropdownComponent, ExtraButtonComponent, MomentFormatComponent, SliderComponent, TextAreaComponent, TextComponent, ToggleComponent } from "./components";
import { App } from "./app-and-plugin";

const settingsByElement = new WeakMap<Element, Setting>();

/** Test helper: the Setting whose name is `name` inside `containerEl`. */
export function findSetting(containerEl: HTMLElement, name: string): Setting | undefined {
	for (const item of containerEl.querySelectorAll(".setting-item")) {
		const setting = settingsByElement.get(item);
		if (setting?.nameEl.textContent === name) return setting;
	}
	return undefined;
}

export class Setting
	implements
		Pick<Obsidian.Setting, "settingEl" | "infoEl" | "nameEl" | "descEl" | "controlEl" | "components" | "errorEl">,
		Has<
			Obsidian.Setting,
			| "setName" | "setErrorMessage" | "setDesc" | "setClass" | "setTooltip" | "setHeading" | "setDisabled" | "addButton" | "addExtraButton" | "addToggle" | "addText"
			| "addTextArea" | "addMomentFormat" | "addDropdown" | "addSlider" | "addComponent" | "then" | "clear"
		>
{
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: Obsidian.BaseComponent[] = [];
	errorEl: HTMLElement | null = null;

	constructor(containerEl: HTMLElement) {
		this.settingEl = el("div", "setting-item", containerEl);
		this.infoEl = el("div", "setting-item-info", this.settingEl);
		this.nameEl = el("div", "setting-item-name", this.infoEl);
		this.descEl = el("div", "setting-item-description", this.infoEl);
		this.controlEl = el("div", "setting-item-control", this.settingEl);
		settingsByElement.set(this.settingEl, this);
	}

	setName(name: string | DocumentFragment): this { setContent(this.nameEl, name); return this; }

	setErrorMessage(message: string | null): this {
		this.errorEl?.remove();
		this.errorEl = message === null ? null : el("div", "setting-item-error", this.infoEl);
		if (this.errorEl) this.errorEl.textContent = message;
		return this;
	}

	setDesc(desc: string | DocumentFragment): this { setContent(this.descEl, desc); return this; }
	setClass(cls: string): this { this.settingEl.classList.add(cls); return this; }
	setTooltip(tooltip: string): this { setTooltip(this.nameEl, tooltip); return this; }
	setHeading(): this { this.settingEl.classList.add("setting-item-heading"); return this; }

	setDisabled(disabled: boolean): this {
		this.settingEl.classList.toggle("is-disabled", disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => unknown): this { return this.add(new ButtonComponent(this.controlEl), cb); }
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this { return this.add(new ExtraButtonComponent(this.controlEl), cb); }
	addToggle(cb: (component: ToggleComponent) => unknown): this { return this.add(new ToggleComponent(this.controlEl), cb); }
	addText(cb: (component: TextComponent) => unknown): this { return this.add(new TextComponent(this.controlEl), cb); }
	addTextArea(cb: (component: TextAreaComponent) => unknown): this { return this.add(new TextAreaComponent(this.controlEl), cb); }
	addMomentFormat(cb: (component: MomentFormatComponent) => unknown): this { return this.add(new MomentFormatComponent(this.controlEl), cb); }
	addDropdown(cb: (component: DropdownComponent) => unknown): this { return this.add(new DropdownComponent(this.controlEl), cb); }
	addSlider(cb: (component: SliderComponent) => unknown): this { return this.add(new SliderComponent(this.controlEl), cb); }
	addComponent<T extends Obsidian.BaseComponent>(cb: (el: HTMLElement) => T): this { this.components.push(cb(this.controlEl)); return this; }
	then(cb: (setting: this) => unknown): this { cb(this); return this; }

	clear(): this {
		this.controlEl.replaceChildren();
		this.components = [];
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

export class SettingGroup implements Has<Obsidian.SettingGroup, "listEl" | "setHeading" | "addClass" | "addSetting" | "addExtraButton"> {
	/** Test helper: the group's outer element (heading, then listEl). */
	groupEl: HTMLElement;
	listEl: HTMLElement;
	#heading?: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.groupEl = el("div", "setting-group", containerEl);
		this.listEl = el("div", "setting-items", this.groupEl);
	}

	/** Test helper: `.setting-group-heading`, created on first use. */
	get headingEl(): HTMLElement {
		this.#heading ??= this.groupEl.insertBefore(el("div", "setting-group-heading"), this.listEl);
		return this.#heading;
	}

	setHeading(text: string | DocumentFragment): this { setContent(this.headingEl, text); return this; }
	addClass(...classes: string[]): this { this.groupEl.classList.add(...classes); return this; }
	addSetting(cb: (setting: Setting) => void): this { cb(new Setting(this.listEl)); return this; }
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this { cb(new ExtraButtonComponent(this.headingEl)); return this; }
}

/**
 * Opened with displaySettingTab(): update(), then the definitions from getSettingDefinitions()
 * are rendered (controls bound to getControlValue/setControlValue), or, when there are none,
 * display() runs, as in Obsidian 1.13.
 */
export abstract class SettingTab
	implements
		Pick<Obsidian.SettingTab, "icon" | "hide" | "settingItems" | "getSettingDefinitions" | "getControlValue" | "setControlValue" | "refreshDomState">,
		Has<Obsidian.SettingTab, "app" | "containerEl">
{
	app: App;
	icon = "settings";
	settingItems: Obsidian.SettingDefinitionItem[] = [];
	#container?: HTMLElement;

	constructor(app: App) { this.app = app; }

	get containerEl(): HTMLElement {
		this.#container ??= el("div", "vertical-tab-content");
		return this.#container;
	}

	getSettingDefinitions(): Obsidian.SettingDefinitionItem[] { return []; }
	update(): void { this.settingItems = this.getSettingDefinitions(); }
	getControlValue(key: string): unknown { return undefined; }
	setControlValue(key: string, value: unknown): void | Promise<void> {}
	refreshDomState(): void { for (const entry of renderedDefinitions.get(this) ?? []) applyDomState(entry); }
	/** Obsidian calls this to open a tab without setting definitions (deprecated since 1.13). */
	display(): void {}
	hide(): void { this.containerEl.replaceChildren(); }
}

/** What PluginSettingTab uses of its plugin. */
interface PluginWithSettings {
	settings?: unknown;
	saveData(data: unknown): Promise<void>;
}

/** Controls read and write `plugin.settings[key]`, persisted with plugin.saveData(). */
export abstract class PluginSettingTab extends SettingTab {
	readonly #plugin: PluginWithSettings;

	constructor(app: App, plugin: PluginWithSettings) {
		super(app);
		this.#plugin = plugin;
	}

	override getControlValue(key: string): unknown {
		const settings = this.#plugin.settings;
		return isRecord(settings) ? settings[key] : undefined;
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const settings = this.#plugin.settings;
		if (!isRecord(settings)) throw new Error("obsidian-stub: plugin.settings is not an object");
		settings[key] = value;
		await this.#plugin.saveData(settings);
	}
}

interface RenderedDefinition {
	item: { visible?: boolean | (() => boolean); disabled?: boolean | (() => boolean) };
	el: HTMLElement;
	setting?: Setting;
}

const renderedDefinitions = new WeakMap<SettingTab, RenderedDefinition[]>();

const evaluate = (flag: boolean | (() => boolean) | undefined, fallback: boolean): boolean => (typeof flag === "function" ? flag() : (flag ?? fallback));

function applyDomState({ item, el: target, setting }: RenderedDefinition): void {
	target.hidden = !evaluate(item.visible, true);
	setting?.setDisabled(evaluate(item.disabled, false));
}

function isGroup(item: Obsidian.SettingDefinitionItem): item is Obsidian.SettingDefinitionGroup {
	return "type" in item && (item.type === "group" || item.type === "list");
}

function isPage(item: Obsidian.SettingDefinitionItem): item is Obsidian.SettingDefinitionPage { return "type" in item && item.type === "page"; }

function isAction(item: Obsidian.SettingDefinition): item is Obsidian.SettingDefinitionAction { return item.action !== undefined; }

export function renderDefinitions(tab: SettingTab): void {
	const rendered: RenderedDefinition[] = [];
	const renderItems = (items: Obsidian.SettingDefinitionItem[], group: SettingGroup): void => {
		items.forEach((item, index) => {
			if (isGroup(item)) {
				const inner = new SettingGroup(group.listEl);
				if (item.heading) inner.setHeading(item.heading);
				if (item.cls) inner.addClass(item.cls);
				for (const button of item.extraButtons ?? []) inner.addExtraButton(button);
				rendered.push({ item, el: inner.groupEl });
				renderItems(item.items ?? [], inner);
			} else if (isPage(item)) {
				const setting = new Setting(group.listEl).setName(item.name).setClass("setting-page");
				if (item.desc) setting.setDesc(item.desc);
				rendered.push({ item, el: setting.settingEl });
				renderItems(item.items ?? [], new SettingGroup(group.listEl).addClass("setting-page-items"));
			} else {
				const setting = new Setting(group.listEl).setName(item.name);
				if (item.desc) setting.setDesc(item.desc);
				if (item.control) bindControl(tab, setting, item.control);
				const { action, render } = item;
				if (action) setting.settingEl.addEventListener("click", () => action(setting.settingEl, index));
				// The stub Setting and SettingGroup cover the commonly used part of the real classes.
				if (render) render(setting as unknown as Obsidian.Setting, group as unknown as Obsidian.SettingGroup);
				const disabled = item.control ? item.control.disabled : isAction(item) ? item.disabled : undefined;
				rendered.push({ item: { visible: item.visible, disabled }, el: setting.settingEl, setting });
			}
		});
	};
	tab.containerEl.replaceChildren();
	renderItems(tab.settingItems, new SettingGroup(tab.containerEl));
	renderedDefinitions.set(tab, rendered);
	for (const entry of rendered) applyDomState(entry);
}

/** Renders a control bound to the tab; a `validate` message is shown with setErrorMessage and blocks the write. */
function bindControl(tab: SettingTab, setting: Setting, control: Obsidian.SettingControl): void {
	const current = tab.getControlValue(control.key) ?? control.defaultValue;
	const persist = async <V>(base: Obsidian.SettingControlBase<V>, value: V): Promise<void> => {
		const problem = (await base.validate?.(value)) ?? null;
		setting.setErrorMessage(problem || null);
		if (!problem) await tab.setControlValue(base.key, value);
	};
	const text = typeof current === "string" || typeof current === "number" ? String(current) : "";
	switch (control.type) {
		case "toggle":
			setting.addToggle((toggle) => toggle.setValue(current === true).onChange((value) => persist(control, value)));
			break;
		case "dropdown":
			setting.addDropdown((dropdown) => dropdown.addOptions(control.options).setValue(text).onChange((value) => persist(control, value)));
			break;
		case "textarea":
			setting.addTextArea((area) => area.setPlaceholder(control.placeholder ?? "").setValue(text).onChange((value) => persist(control, value)));
			break;
		case "number":
			setting.addText((input) => {
				input.inputEl.type = "number";
				input.setPlaceholder(control.placeholder ?? "").setValue(text).onChange((value) => persist(control, Number(value)));
			});
			break;
		case "slider":
			setting.addSlider((slider) => {
				slider.setLimits(control.min, control.max, control.step).setValue(typeof current === "number" ? current : control.min);
				if (control.displayFormat) slider.setDisplayFormat(control.displayFormat);
				slider.onChange((value) => persist(control, value));
			});
			break;
		default:
			setting.addText((input) => {
				if (control.type === "color") input.inputEl.type = "color";
				else input.setPlaceholder(control.placeholder ?? "");
				input.setValue(text).onChange((value) => persist(control, value));
			});
	}
}
