import { Modal, type App } from "obsidian";
import { networkReport, type NetworkReport, type ReportPeriod } from "../core/overview/report";
import { parseReportOptions } from "../ui/report-options";
import { reportModel } from "../ui/report-view-model";
import type { Actions } from "./actions";
import { LiveBlock, renderBlockErrors } from "./live-block";
import { CLS, div, INDEXING_TEXT } from "./panel-render";
import { renderReport } from "./report-render";

/** Language of the fenced code block that shows the networking report. */
export const REPORT_BLOCK_LANGUAGE = "top-of-mind-report";

/** A report re-renders at most this often, however fast the vault changes. */
const RENDER_INTERVAL_MS = 2_000;

/** The report from the index as it is now, or null while it is built. */
function currentReport(actions: Actions, period: ReportPeriod, from?: string): NetworkReport | null {
	const index = actions.service.state === "ready" ? actions.service.index : null;
	return index ? networkReport(index, actions.today(), { period, ...(from === undefined ? {} : { from }) }) : null;
}

/**
 * The networking report inside a note (options `period:` and `from:`), the same numbers as
 * `top-of-mind report`. Re-renders when the index changes, at most every two seconds.
 */
export class ReportBlock extends LiveBlock {
	#lastShown = "";
	readonly #source: string;

	constructor(containerEl: HTMLElement, source: string, actions: Actions) {
		super(containerEl, actions, RENDER_INTERVAL_MS);
		this.#source = source;
	}

	render(): void {
		const el = this.containerEl;
		const { options, errors } = parseReportOptions(this.#source);
		const report = errors.length === 0 ? currentReport(this.actions, options.period, options.from) : null;
		// An index change that leaves the report as it was re-renders nothing.
		const shown = JSON.stringify({ errors, report });
		if (shown === this.#lastShown) return;
		this.#lastShown = shown;
		el.empty();
		el.addClass(CLS + "block");
		if (errors.length > 0) {
			renderBlockErrors(el, errors);
			return;
		}
		if (report === null) {
			el.createDiv({ cls: `${CLS}empty ${CLS}loading`, text: INDEXING_TEXT });
			return;
		}
		renderReport(el, reportModel(report), { open: (path) => void this.actions.openNote(path, false) });
	}
}

/** The "Open networking report" command: the report by month, with a switch to weeks. */
export class ReportModal extends Modal {
	#period: ReportPeriod = "month";
	readonly #actions: Actions;

	constructor(app: App, actions: Actions) {
		super(app);
		this.#actions = actions;
	}

	override onOpen(): void {
		this.setTitle("Networking report");
		this.#render();
	}

	#render(): void {
		const { contentEl } = this;
		contentEl.empty();
		const switcher = div(contentEl, "report-period");
		for (const period of ["month", "week"] as const) {
			const button = switcher.createEl("button", { text: period === "month" ? "By month" : "By week", cls: period === this.#period ? "mod-cta" : "" });
			button.addEventListener("click", () => {
				this.#period = period;
				this.#render();
			});
		}
		const report = currentReport(this.#actions, this.#period);
		const body = contentEl.createDiv();
		if (report === null) {
			div(body, "empty", INDEXING_TEXT);
			return;
		}
		renderReport(body, reportModel(report), {
			open: (path) => {
				this.close();
				void this.#actions.openNote(path, false);
			},
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
