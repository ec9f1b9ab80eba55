/** Setting components over a real DOM (fire input/change/click on the elements): text, toggle, dropdown, slider, buttons. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import { el } from "./dom-utils";
import { moment, setIcon, setTooltip } from "./functions";

export abstract class BaseComponent implements Obsidian.BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this { cb(this); return this; }
	setDisabled(disabled: boolean): this { this.disabled = disabled; return this; }
}

export abstract class ValueComponent<T> extends BaseComponent implements Obsidian.ValueComponent<T> {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}

	abstract getValue(): T;

	abstract setValue(value: T): this;
}

/** `input` events on inputEl call onChange; setValue does not (as in Obsidian). */
export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> implements Obsidian.AbstractTextComponent<E> {
	inputEl: E;
	private changeCallback?: (value: string) => unknown;

	constructor(inputEl: E) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		this.inputEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	getValue(): string { return this.inputEl.value; }
	setValue(value: string): this { this.inputEl.value = value; return this; }
	setPlaceholder(placeholder: string): this { this.inputEl.placeholder = placeholder; return this; }
	onChanged(): void { void this.changeCallback?.(this.getValue()); }
	onChange(callback: (value: string) => unknown): this { this.changeCallback = callback; return this; }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> implements Obsidian.TextComponent {
	constructor(containerEl: HTMLElement) {
		super(el("input", undefined, containerEl));
		this.inputEl.type = "text";
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> implements Obsidian.TextAreaComponent {
	constructor(containerEl: HTMLElement) { super(el("textarea", undefined, containerEl)); }
}

export class MomentFormatComponent extends TextComponent implements Obsidian.MomentFormatComponent {
	sampleEl: HTMLElement;
	private defaultFormat = "";

	constructor(containerEl: HTMLElement) {
		super(containerEl);
		this.sampleEl = el("span", "u-pop");
	}

	setDefaultFormat(defaultFormat: string): this {
		this.defaultFormat = defaultFormat;
		this.setPlaceholder(defaultFormat);
		this.updateSample();
		return this;
	}

	setSampleEl(sampleEl: HTMLElement): this {
		this.sampleEl = sampleEl;
		this.updateSample();
		return this;
	}

	override setValue(value: string): this {
		super.setValue(value);
		this.updateSample();
		return this;
	}

	override onChanged(): void {
		this.updateSample();
		super.onChanged();
	}

	updateSample(): void { this.sampleEl.textContent = moment().format(this.getValue() || this.defaultFormat); }
}

/** A click on toggleEl flips the value; setValue calls onChange when the value changes. */
export class ToggleComponent extends ValueComponent<boolean> implements Obsidian.ToggleComponent {
	toggleEl: HTMLElement;
	private on = false;
	private readonly checkbox: HTMLInputElement;
	private changeCallback?: (value: boolean) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = el("div", "checkbox-container", containerEl);
		this.checkbox = el("input", undefined, this.toggleEl);
		this.checkbox.type = "checkbox";
		this.toggleEl.addEventListener("click", () => this.onClick());
	}

	override setDisabled(disabled: boolean): this {
		this.toggleEl.classList.toggle("is-disabled", disabled);
		return super.setDisabled(disabled);
	}

	getValue(): boolean { return this.on; }

	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.checkbox.checked = on;
		this.toggleEl.classList.toggle("is-enabled", on);
		if (changed) void this.changeCallback?.(on);
		return this;
	}

	setTooltip(tooltip: string): this { setTooltip(this.toggleEl, tooltip); return this; }
	onClick(): void { if (!this.disabled) this.setValue(!this.on); }
	onChange(callback: (value: boolean) => unknown): this { this.changeCallback = callback; return this; }
}

export class DropdownComponent extends ValueComponent<string> implements Obsidian.DropdownComponent {
	selectEl: HTMLSelectElement;
	private changeCallback?: (value: string) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = el("select", "dropdown", containerEl);
		this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.getValue()));
	}

	override setDisabled(disabled: boolean): this {
		this.selectEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	addOption(value: string, display: string): this {
		const option = el("option", undefined, this.selectEl);
		option.value = value;
		option.textContent = display;
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string { return this.selectEl.value; }
	setValue(value: string): this { this.selectEl.value = value; return this; }
	onChange(callback: (value: string) => unknown): this { this.changeCallback = callback; return this; }
}

/** `change` events on sliderEl call onChange (`input` too after setInstant(true)). */
export class SliderComponent extends ValueComponent<number> implements Obsidian.SliderComponent {
	sliderEl: HTMLInputElement;
	private instant = false;
	private format?: (value: number) => string;
	private changeCallback?: (value: number) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = el("input", "slider", containerEl);
		this.sliderEl.type = "range";
		this.sliderEl.addEventListener("change", () => void this.changeCallback?.(this.getValue()));
		this.sliderEl.addEventListener("input", () => {
			if (this.instant) void this.changeCallback?.(this.getValue());
		});
	}

	override setDisabled(disabled: boolean): this {
		this.sliderEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	setInstant(instant: boolean): this { this.instant = instant; return this; }

	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number { return Number(this.sliderEl.value); }
	setValue(value: number): this { this.sliderEl.value = String(value); return this; }
	getValuePretty(): string { return this.format ? this.format(this.getValue()) : String(this.getValue()); }
	setDisplayFormat(format: (value: number) => string): this { this.format = format; return this; }
	setDynamicTooltip(): this { return this; }
	onChange(callback: (value: number) => unknown): this { this.changeCallback = callback; return this; }
}

export class ButtonComponent extends BaseComponent implements Obsidian.ButtonComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = el("button", undefined, containerEl);
	}

	override setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	setCta(): this { this.buttonEl.classList.add("mod-cta"); return this; }
	removeCta(): this { this.buttonEl.classList.remove("mod-cta"); return this; }
	setWarning(): this { this.buttonEl.classList.add("mod-warning"); return this; }
	setDestructive(): this { this.buttonEl.classList.add("mod-destructive"); return this; }
	removeDestructive(): this { this.buttonEl.classList.remove("mod-destructive"); return this; }
	setTooltip(tooltip: string): this { setTooltip(this.buttonEl, tooltip); return this; }
	setButtonText(name: string): this { this.buttonEl.textContent = name; return this; }
	setIcon(icon: string): this { setIcon(this.buttonEl, icon); return this; }
	setClass(cls: string): this { this.buttonEl.classList.add(cls); return this; }
	onClick(callback: (evt: MouseEvent) => unknown): this { this.buttonEl.addEventListener("click", (evt) => void callback(evt)); return this; }
}

export class ExtraButtonComponent extends BaseComponent implements Obsidian.ExtraButtonComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = el("div", "clickable-icon extra-setting-button", containerEl);
	}

	override setDisabled(disabled: boolean): this {
		this.extraSettingsEl.classList.toggle("is-disabled", disabled);
		return super.setDisabled(disabled);
	}

	setTooltip(tooltip: string): this { setTooltip(this.extraSettingsEl, tooltip); return this; }
	setIcon(icon: string): this { setIcon(this.extraSettingsEl, icon); return this; }

	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void callback();
		});
		return this;
	}
}
