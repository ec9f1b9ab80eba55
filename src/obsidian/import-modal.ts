import { Notice, Setting, type App } from "obsidian";
import { planImport } from "../core/import/plan";
import { ImportFormatError, type ImportItems, type ImportPerson, type ImportPlan, type ImportSource } from "../core/import/types";
import type { IsoDate } from "../core/model/types";
import type { TopOfMindSettings } from "../settings/plugin-settings";
import { applyImport } from "./import-apply";
import { importOptions, importPeople, readImport, type PickedFile } from "./import-read";
import type { IndexService } from "./index-service";
import { ClearingModal } from "./modals";
import { CLS, div } from "./panel-render";

/** What the import needs of the plugin. */
export interface ImportHost {
	service: IndexService;
	settings(): TopOfMindSettings;
	today(): IsoDate;
}

const SOURCE_NAMES: Record<ImportSource, string> = { linkedin: "LinkedIn connections", vcard: "contacts (vCard)", ics: "calendar" };

/** Cadences offered for imported people: none by default, so hundreds of new people do not all fall due at once. */
const CADENCES: ReadonlyArray<[value: string, label: string]> = [
	["", "None"],
	["2w", "Every 2 weeks"],
	["monthly", "Monthly"],
	["quarterly", "Every 3 months"],
	["6m", "Every 6 months"],
	["yearly", "Yearly"],
];

/** Rows listed per section; the rest are counted (and applied, as they are ticked). */
const ROWS_SHOWN = 300;

/** Asks for a file with the browser's own picker, which works on desktop and mobile alike. */
export function pickFile(): Promise<PickedFile | null> {
	return new Promise((resolve) => {
		const input = createEl("input");
		input.type = "file";
		input.accept = ".csv,.vcf,.vcard,.ics";
		input.addEventListener("change", () => {
			const file = input.files?.[0];
			if (!file) return resolve(null);
			file.text().then(
				(text) => resolve({ name: file.name, text }),
				() => resolve(null),
			);
		});
		input.click();
	});
}

/**
 * Import contacts…: pick an export, see what it would do (people created, people updated and
 * how, items skipped and why), untick rows, choose a cadence for new people, then apply.
 * Nothing is written before Apply.
 */
export class ImportModal extends ClearingModal {
	readonly #host: ImportHost;
	readonly #pick: () => Promise<PickedFile | null>;
	#items: ImportItems | null = null;
	#people: ImportPerson[] = [];
	#fileName = "";
	#cadence = "";
	#plan: ImportPlan | null = null;
	readonly #unticked = new Set<string>();

	constructor(app: App, host: ImportHost, pick: () => Promise<PickedFile | null> = pickFile) {
		super(app);
		this.#host = host;
		this.#pick = pick;
	}

	override onOpen(): void {
		this.setTitle("Import contacts");
		const { contentEl } = this;
		contentEl.empty();
		div(contentEl, "meta", "From a LinkedIn Connections.csv, a vCard file (Google or Apple Contacts) or a calendar export (.ics). You see what would change before anything is written.");
		new Setting(contentEl).addButton((button) => button.setButtonText("Choose file…").setCta().onClick(() => void this.#choose()));
	}

	async #choose(): Promise<void> {
		const file = await this.#pick();
		if (file === null) return;
		const index = this.#host.service.state === "ready" ? this.#host.service.index : null;
		if (!index) {
			new Notice("Still indexing your people and posts; try again in a moment.");
			return;
		}
		this.#fileName = file.name;
		this.contentEl.empty();
		const status = div(this.contentEl, "meta", `Reading ${file.name}…`);
		try {
			this.#items = await readImport(file, this.#host.today(), this.#host.settings().importMyEmails, (events) => status.setText(`Reading ${file.name}: ${events.toLocaleString()} events…`));
			this.#people = await importPeople(this.app, index, this.#host.settings());
		} catch (error) {
			this.contentEl.empty();
			div(this.contentEl, "error", error instanceof ImportFormatError ? error.message : `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
			new Setting(this.contentEl).addButton((button) => button.setButtonText("Choose another file…").onClick(() => void this.#choose()));
			return;
		}
		this.#replan();
	}

	#replan(): void {
		if (!this.#items) return;
		this.#plan = planImport(this.#items, this.#people, importOptions(this.app, this.#host.settings(), this.#cadence, this.#host.today()));
		this.#render(this.#plan);
	}

	#render(plan: ImportPlan): void {
		const { contentEl } = this;
		contentEl.empty();
		this.setTitle(`Import ${SOURCE_NAMES[plan.source]}`);
		div(contentEl, "import-summary", summaryOf(plan, this.#fileName));
		if (plan.source !== "ics") {
			new Setting(contentEl)
				.setName("Cadence for new people")
				.setDesc("How often to be in touch with each person this import creates; none keeps them from falling due.")
				.addDropdown((dropdown) => {
					for (const [value, label] of CADENCES) dropdown.addOption(value, label);
					dropdown.setValue(this.#cadence).onChange((value) => {
						this.#cadence = value;
						this.#replan();
					});
				});
		}
		this.#section("New people", plan.created.map((row) => ({ key: row.path, text: `${row.name} — ${row.path}` })));
		this.#section("Updated", plan.updated.map((row) => ({ key: row.path, text: `${row.name} — ${row.changes.join(", ")}` })));
		if (plan.skipped.length > 0) {
			div(contentEl, "section-title", `Skipped (${plan.skipped.length})`);
			const list = contentEl.createEl("ul", { cls: `${CLS}import-skipped` });
			for (const skip of plan.skipped.slice(0, ROWS_SHOWN)) list.createEl("li", { text: `Item ${skip.item}: ${skip.reason}` });
			if (plan.skipped.length > ROWS_SHOWN) list.createEl("li", { text: `and ${plan.skipped.length - ROWS_SHOWN} more` });
		}
		const total = plan.created.length + plan.updated.length;
		new Setting(contentEl)
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText("Apply")
					.setCta()
					.setDisabled(total === 0)
					.onClick(() => void this.#apply(plan)),
			);
	}

	/** A list of rows, each with a tick box, ticked unless the user unticked it. */
	#section(title: string, rows: Array<{ key: string; text: string }>): void {
		if (rows.length === 0) return;
		div(this.contentEl, "section-title", `${title} (${rows.length})`);
		const list = div(this.contentEl, "import-rows");
		for (const row of rows.slice(0, ROWS_SHOWN)) {
			const label = list.createEl("label", { cls: `${CLS}import-row` });
			const box = label.createEl("input", { type: "checkbox", attr: { "data-path": row.key } });
			box.checked = !this.#unticked.has(row.key);
			box.addEventListener("change", () => {
				if (box.checked) this.#unticked.delete(row.key);
				else this.#unticked.add(row.key);
			});
			label.createSpan({ text: row.text });
		}
		if (rows.length > ROWS_SHOWN) div(list, "meta", `and ${rows.length - ROWS_SHOWN} more, imported too`);
	}

	async #apply(plan: ImportPlan): Promise<void> {
		const creates = plan.created.filter((row) => !this.#unticked.has(row.path));
		const updates = plan.updated.filter((row) => !this.#unticked.has(row.path));
		this.close();
		const notice = new Notice(`Importing ${creates.length + updates.length} notes…`, 0);
		const report = await applyImport(this.app, creates, updates, (done, total) => {
			if (done % 25 === 0) notice.setMessage(`Importing: ${done} of ${total} notes…`);
		});
		notice.hide();
		const written = `${count(report.created.length, "person", "people")} created, ${count(report.updated.length, "person", "people")} updated`;
		new Notice(report.stopped === null ? `Imported: ${written}.` : `Import stopped at "${report.stopped.path}" (${report.stopped.why}). Written before it: ${written}.`);
	}
}

function count(n: number, one: string, many: string): string {
	return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** "Connections.csv: 12 new people, 3 updated, 40 unchanged, 2 skipped." */
export function summaryOf(plan: ImportPlan, fileName: string): string {
	return `${fileName}: ${count(plan.created.length, "new person", "new people")}, ${plan.updated.length.toLocaleString()} updated, ${plan.unchanged.toLocaleString()} unchanged, ${plan.skipped.length.toLocaleString()} skipped.`;
}
