import { PluginSettingTab, requireApiVersion, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import type { CadenceRule } from "../core/model/config";
import { isNoteLanguage, LANGUAGE_NAMES, LANGUAGES } from "../core/model/languages";
import { parseCadence } from "../core/values/cadence";
import { DEFAULT_MAX_NOTE_BYTES, MIN_NOTE_BYTES, type TopOfMindSettings } from "../settings/plugin-settings";
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

/** One setting: its name and description (for rendering and Obsidian's settings search), and its controls. */
interface SettingSpec {
	name: string;
	desc: string | (() => string);
	/** Shown only while this holds. */
	visible?: () => boolean;
	/** Adds the controls to a setting that already shows the name and description. */
	build: (setting: Setting) => void;
}

interface SettingSection {
	heading: string;
	items: SettingSpec[];
}

/**
 * Settings in sections; every change is saved at once and applied without a restart. One
 * list of sections serves both ways Obsidian renders a tab: declaratively from
 * getSettingDefinitions() since 1.13.0 (which also makes the settings searchable), and through
 * display() on the older versions minAppVersion still covers.
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

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return this.#sections().map((section) => ({
			type: "group",
			heading: section.heading,
			items: section.items.map((item) => ({
				name: item.name,
				desc: typeof item.desc === "function" ? item.desc() : item.desc,
				...(item.visible ? { visible: item.visible } : {}),
				render: (setting: Setting) => item.build(setting),
			})),
		}));
	}

	/** The rendering of Obsidian versions before 1.13.0, from the same sections. */
	override display(): void {
		this.#renderImperatively();
	}

	#renderImperatively(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const section of this.#sections()) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const item of section.items) {
				if (item.visible && !item.visible()) continue;
				const setting = new Setting(containerEl).setName(item.name).setDesc(typeof item.desc === "function" ? item.desc() : item.desc);
				item.build(setting);
			}
		}
	}

	/** After a change that shows or hides settings: rendered again the way this version renders. */
	#redraw(): void {
		if (requireApiVersion("1.13.0")) {
			this.update();
			this.refreshDomState();
		} else {
			this.#renderImperatively();
		}
	}

	#sections(): SettingSection[] {
		const s = this.#host.settings();
		return [this.#recognising(s), this.#fieldNames(s), this.#cadence(s), this.#dailyNotes(s), this.#sharing(s), this.#importing(s)];
	}

	/** A text setting; `apply` takes what was typed, then the settings are saved (re-indexing when `reindex`). */
	#text(name: string, desc: string, value: () => string, apply: (v: string) => void, reindex = true, placeholder = ""): SettingSpec {
		return {
			name,
			desc,
			build: (setting) => {
				setting.addText((input) =>
					input
						.setPlaceholder(placeholder)
						.setValue(value())
						.onChange(async (v) => {
							apply(v);
							await this.#host.save(reindex);
						}),
				);
			},
		};
	}

	/** A list typed as "a, b, c". */
	#list<K extends string>(name: string, desc: string, owner: Record<K, string[]>, key: K): SettingSpec {
		return this.#text(name, desc, () => owner[key].join(", "), (v) => (owner[key] = splitList(v)));
	}

	/** Trimmed text; clearing it restores `fallback` (a key or heading cannot be empty). */
	#trimmed<K extends string>(name: string, desc: string, owner: Record<K, string>, key: K, fallback = "", reindex = true, placeholder = ""): SettingSpec {
		return this.#text(name, desc, () => owner[key], (v) => (owner[key] = v.trim() || fallback), reindex, placeholder);
	}

	#recognising(s: TopOfMindSettings): SettingSection {
		const core = s.core;
		return {
			heading: "Recognising people and posts",
			items: [
				this.#list("Person type values", "Frontmatter type values that make a note a person, separated by commas.", core.person, "typeValues"),
				this.#list("Person tags", "Tags that make a note a person.", core.person, "tags"),
				this.#list("Person folders", "Folders whose notes are people, separated by commas. New person notes go in the first.", core.person, "folders"),
				this.#list("Post type values", "Frontmatter type values that make a note a post.", core.post, "typeValues"),
				this.#list("Post tags", "Tags that make a note a post.", core.post, "tags"),
				this.#list("Post folders", "Folders whose notes are posts.", core.post, "folders"),
				this.#list("Excluded folders", "Notes in these folders are ignored.", core, "excludedFolders"),
				this.#list("Excluded paths", "Notes whose paths match these patterns are ignored: * stands for any name and ** for any folders, as in *.excalidraw.md.", core, "excludedPaths"),
				this.#list("Workflow tags", "Tags that mark where a note is in your process, not its subject; never used as topics.", core, "workflowTags"),
				this.#text(
					"Largest note read",
					"In megabytes. A larger note is read up to this size and listed as a problem: reading megabytes of one note at once would make Obsidian stall.",
					() => String(s.maxNoteBytes / 1e6),
					(v) => {
						const megabytes = Number(v.trim());
						if (v.trim() !== "" && Number.isFinite(megabytes)) s.maxNoteBytes = Math.max(MIN_NOTE_BYTES, Math.round(megabytes * 1e6));
					},
					true,
					String(DEFAULT_MAX_NOTE_BYTES / 1e6),
				),
				this.#language(s),
			],
		};
	}

	#language(s: TopOfMindSettings): SettingSpec {
		return {
			name: "Note language",
			desc: "Sets which common words matching skips. Automatic guesses it text by text and reads short ones, such as topics, as English; choose a language when most notes are written in it.",
			build: (setting) => {
				setting.addDropdown((dropdown) => {
					dropdown.addOption("auto", "Automatic");
					for (const language of LANGUAGES) dropdown.addOption(language, LANGUAGE_NAMES[language]);
					dropdown.setValue(s.core.noteLanguage ?? "auto").onChange(async (v) => {
						if (isNoteLanguage(v)) s.core.noteLanguage = v;
						await this.#host.save(true);
					});
				});
			},
		};
	}

	#fieldNames(s: TopOfMindSettings): SettingSection {
		const core = s.core;
		return {
			heading: "Field names",
			items: [
				this.#list("Topics keys", "Frontmatter keys read as topics, separated by commas.", core.fields, "topics"),
				this.#trimmed("Last contact key", "", core.fields, "lastContact", "last_contact"),
				this.#trimmed("Cadence key", "", core.fields, "cadence", "cadence"),
				this.#trimmed("Shared with key", "On posts: who it was sent to.", core.fields, "sharedWith", "shared_with"),
				this.#trimmed("Date key", "A day in this property makes any note a dated note, such as a meeting note.", core.fields, "date", "date"),
				this.#trimmed("Log heading", "The section of a person note whose dated lines record contacts.", core, "logHeading", "Log"),
			],
		};
	}

	#cadence(s: TopOfMindSettings): SettingSection {
		const core = s.core;
		const rules: SettingSpec = {
			name: "Cadence by tag",
			desc: "For people without their own cadence, such as: family: 14d, inner-circle: 30d.",
			build: (setting) => {
				// Under the setting's description, so the message sits next to what it is about.
				const error = div(setting.infoEl, "error");
				setting.addText((input) =>
					input.setValue(formatCadenceRules(core.cadenceByTag)).onChange(async (v) => {
						const { rules: parsed, errors } = parseCadenceRules(v);
						core.cadenceByTag = parsed;
						error.setText(errors.length > 0 ? `Ignored: ${errors.join("; ")}.` : "");
						await this.#host.save(true);
					}),
				);
			},
		};
		return {
			heading: "Cadence",
			items: [this.#trimmed("Default cadence", "For people with no cadence of their own, such as 90d, 2w or monthly. Empty means no default.", core, "defaultCadence"), rules],
		};
	}

	#dailyNotes(s: TopOfMindSettings): SettingSection {
		return {
			heading: "Daily notes",
			items: [
				this.#trimmed("Daily notes folder", "Leave empty to use the Daily notes settings.", s, "dailyNotesFolder"),
				this.#trimmed("Daily note format", "A moment.js format; leave empty to use the Daily notes settings.", s, "dailyNotesFormat", "", true, "YYYY-MM-DD"),
				this.#list(
					"Contact properties",
					"In daily notes and dated notes, links to people in these properties count as contact on that day, separated by commas.",
					s.core,
					"contactProperties",
				),
				this.#trimmed("Follow-up heading", "The section the follow-up command writes in today's daily note.", s, "followUpHeading", "Follow-ups", false),
			],
		};
	}

	#sharing(s: TopOfMindSettings): SettingSection {
		const template: SettingSpec = {
			name: "Message template",
			desc: "Used by copy message. Placeholders: {{name}}, {{firstName}}, {{title}}, {{url}}.",
			build: (setting) => {
				setting.setClass(CLS + "setting-template");
				setting.addTextArea((area) => {
					area.inputEl.rows = 3;
					area.setValue(s.messageTemplate).onChange(async (v) => {
						s.messageTemplate = v;
						await this.#host.save(false);
					});
				});
			},
		};
		const limit: SettingSpec = {
			name: "Result limit",
			desc: "How many people the panel lists.",
			build: (setting) => {
				setting.addSlider((slider) =>
					slider
						.setLimits(3, 50, 1)
						.setValue(s.resultLimit)
						.onChange(async (v) => {
							s.resultLimit = v;
							await this.#host.save(false);
						}),
				);
			},
		};
		const forget: SettingSpec = {
			name: "Forget dismissed suggestions",
			desc: () => notForThemText(s.notForThem.length),
			visible: () => s.notForThem.length > 0,
			build: (setting) => {
				setting.addButton((button) =>
					button.setButtonText("Forget all").onClick(async () => {
						s.notForThem = [];
						await this.#host.save(false);
						this.#redraw();
					}),
				);
			},
		};
		return { heading: "Sharing", items: [template, limit, forget] };
	}

	#importing(s: TopOfMindSettings): SettingSection {
		const myEmails = this.#text(
			"My email addresses",
			"Yours, separated by commas: a calendar import skips the events you declined and never takes you for an attendee.",
			() => s.importMyEmails.join(", "),
			(v) => (s.importMyEmails = splitList(v)),
			false,
			"me@example.com",
		);
		return { heading: "Import", items: [myEmails] };
	}
}

/** "No person and post pair is marked…", "1 person and post pair is…", "3 … pairs are…". */
function notForThemText(n: number): string {
	if (n === 0) return "No person and post pair is marked not for them.";
	return n === 1 ? "1 person and post pair is marked not for them." : `${n} person and post pairs are marked not for them.`;
}
