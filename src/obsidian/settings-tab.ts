import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import type { CadenceRule } from "../core/model/config";
import { parseCadence } from "../core/values/cadence";
import type { TopOfMindSettings } from "../settings/plugin-settings";
import { CLS, div } from "./panel-render";

/** Turns "a, b , c" into ["a", "b", "c"]. */
export function splitList(value: string): string[] {
	return value
		.split(",")
		.map((part) => part.trim().replace(/^#/, ""))
		.filter((part) => part !== "");
}

/** Reads "family: 14d, inner-circle: 30d" into cadence rules, skipping lines it cannot read. */
export function parseCadenceRules(value: string): { rules: CadenceRule[]; errors: string[] } {
	const rules: CadenceRule[] = [];
	const errors: string[] = [];
	for (const part of value.split(/[,\n]/)) {
		const text = part.trim();
		if (text === "") continue;
		const [tag, cadence] = text.split(":").map((s) => s.trim());
		if (!tag || !cadence) {
			errors.push(`"${text}" should look like family: 14d`);
			continue;
		}
		if (parseCadence(cadence).days === null) {
			errors.push(`"${cadence}" is not a cadence`);
			continue;
		}
		rules.push({ tag: tag.replace(/^#/, ""), cadence });
	}
	return { rules, errors };
}

export function formatCadenceRules(rules: CadenceRule[]): string {
	return rules.map((rule) => `${rule.tag}: ${rule.cadence}`).join(", ");
}

export interface SettingsHost {
	plugin: Plugin;
	settings: () => TopOfMindSettings;
	/** Saves, and re-indexes when `reindex` is true. */
	save: (reindex: boolean) => Promise<void>;
}

/** The controls every section builds with: each change saved at once, re-indexing when it changes what is indexed. */
class SettingsForm {
	constructor(
		readonly containerEl: HTMLElement,
		private readonly _save: (reindex: boolean) => Promise<void>,
	) {}

	heading(name: string): Setting {
		return new Setting(this.containerEl).setName(name).setHeading();
	}

	text(name: string, desc: string, value: string, apply: (v: string) => void, reindex = true, placeholder = ""): Setting {
		return new Setting(this.containerEl)
			.setName(name)
			.setDesc(desc)
			.addText((input) =>
				input
					.setPlaceholder(placeholder)
					.setValue(value)
					.onChange(async (v) => {
						apply(v);
						await this._save(reindex);
					}),
			);
	}

	/** A list typed as "a, b, c". */
	list<K extends string>(name: string, desc: string, owner: Record<K, string[]>, key: K): Setting {
		return this.text(name, desc, owner[key].join(", "), (v) => (owner[key] = splitList(v)));
	}

	/** Trimmed text; clearing it restores `fallback` (a key or heading cannot be empty). */
	trimmed<K extends string>(name: string, desc: string, owner: Record<K, string>, key: K, fallback = "", reindex = true, placeholder = ""): Setting {
		return this.text(name, desc, owner[key], (v) => (owner[key] = v.trim() || fallback), reindex, placeholder);
	}
}

/**
 * Settings in sections; every change is saved at once and applied without a restart.
 * Built with display() because minAppVersion predates the declarative settings API (1.13).
 */
export class TopOfMindSettingTab extends PluginSettingTab {
	readonly #host: SettingsHost;

	constructor(
		app: App,
		host: SettingsHost,
	) {
		super(app, host.plugin);
		this.#host = host;
	}

	override display(): void {
		this.#render();
	}

	#render(): void {
		this.containerEl.empty();
		const form = new SettingsForm(this.containerEl, (reindex) => this.#host.save(reindex));
		const s = this.#host.settings();
		this.#recognising(form, s);
		this.#fieldNames(form, s);
		this.#cadence(form, s);
		this.#dailyNotes(form, s);
		this.#sharing(form, s);
	}

	#recognising(form: SettingsForm, s: TopOfMindSettings): void {
		const core = s.core;
		form.heading("Recognising people and posts");
		form.list("Person type values", "Frontmatter type values that make a note a person, separated by commas.", core.person, "typeValues");
		form.list("Person tags", "Tags that make a note a person.", core.person, "tags");
		form.list("Person folders", "Folders whose notes are people.", core.person, "folders");
		form.list("Post type values", "Frontmatter type values that make a note a post.", core.post, "typeValues");
		form.list("Post tags", "Tags that make a note a post.", core.post, "tags");
		form.list("Post folders", "Folders whose notes are posts.", core.post, "folders");
		form.list("Excluded folders", "Notes in these folders are ignored.", core, "excludedFolders");
		form.trimmed("People folder", "Where new person notes are created.", s, "peopleFolder", "", false);
	}

	#fieldNames(form: SettingsForm, s: TopOfMindSettings): void {
		const core = s.core;
		form.heading("Field names");
		form.list("Topics keys", "Frontmatter keys read as topics, separated by commas.", core.fields, "topics");
		form.trimmed("Last contact key", "", core.fields, "lastContact", "last_contact");
		form.trimmed("Cadence key", "", core.fields, "cadence", "cadence");
		form.trimmed("Shared with key", "On posts: who it was sent to.", core.fields, "sharedWith", "shared_with");
		form.trimmed("Log heading", "The section of a person note whose dated lines record contacts.", core, "logHeading", "Log");
	}

	#cadence(form: SettingsForm, s: TopOfMindSettings): void {
		const core = s.core;
		form.heading("Cadence");
		form.trimmed("Default cadence", "For people with no cadence of their own, such as 90d, 2w or monthly. Empty means no default.", core, "defaultCadence");
		let rulesError: HTMLElement | null = null;
		const rulesSetting = form.text("Cadence by tag", "For people without their own cadence, such as: family: 14d, inner-circle: 30d.", formatCadenceRules(core.cadenceByTag), (v) => {
			const { rules, errors } = parseCadenceRules(v);
			core.cadenceByTag = rules;
			rulesError?.setText(errors.length > 0 ? `Ignored: ${errors.join("; ")}.` : "");
		});
		// Under the setting's description, so the message sits next to what it is about.
		rulesError = div(rulesSetting.infoEl, "error");
	}

	#dailyNotes(form: SettingsForm, s: TopOfMindSettings): void {
		form.heading("Daily notes");
		form.trimmed("Daily notes folder", "Leave empty to use the Daily notes settings.", s, "dailyNotesFolder");
		form.trimmed("Daily note format", "A moment.js format; leave empty to use the Daily notes settings.", s, "dailyNotesFormat", "", true, "YYYY-MM-DD");
		form.trimmed("Follow-up heading", "The section the follow-up command writes in today's daily note.", s, "followUpHeading", "Follow-ups", false);
	}

	#sharing(form: SettingsForm, s: TopOfMindSettings): void {
		const containerEl = form.containerEl;
		form.heading("Sharing");
		new Setting(containerEl)
			.setName("Message template")
			.setDesc("Used by copy message. Placeholders: {{name}}, {{firstName}}, {{title}}, {{url}}.")
			.setClass(CLS + "setting-template")
			.addTextArea((area) => {
				area.inputEl.rows = 3;
				area.setValue(s.messageTemplate).onChange(async (v) => {
					s.messageTemplate = v;
					await this.#host.save(false);
				});
			});
		new Setting(containerEl)
			.setName("Result limit")
			.setDesc("How many people the panel lists.")
			.addSlider((slider) =>
				slider
					.setLimits(3, 50, 1)
					.setValue(s.resultLimit)
					.setDynamicTooltip()
					.onChange(async (v) => {
						s.resultLimit = v;
						await this.#host.save(false);
					}),
			);
		if (s.notForThem.length > 0) {
			new Setting(containerEl)
				.setName("Forget dismissed suggestions")
				.setDesc(`${s.notForThem.length} person and post pairs are marked not for them.`)
				.addButton((button) =>
					button.setButtonText("Forget all").onClick(async () => {
						s.notForThem = [];
						await this.#host.save(false);
						this.#render();
					}),
				);
		}
	}
}
