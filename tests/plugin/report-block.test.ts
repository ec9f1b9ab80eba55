// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { getOpenModal, renderCodeBlock, type App, type RenderedCodeBlock } from "../obsidian";
import { actionsOf, serviceOf, startPlugin, textOf } from "../helpers/plugin-harness";
import { BO, PRICING_POST, sampleVault, TODAY } from "../helpers/sample-vault";
import { networkReport, type NetworkReport } from "../../src/core/overview/report";
import { ReportModal } from "../../src/obsidian/report-block";

const DAILY = "Daily/2026-11-20.md";

/** The sample vault with shares and a reply logged in Bo's note over the last weeks. */
function withShares(): Record<string, string> {
	const vault = sampleVault();
	vault[BO] = `${vault[BO] ?? ""}- 2026-11-03 Shared [[Pricing page]]\n- 2026-11-05 Replied [[Pricing page]] wants a call\n- 2026-11-16 Shared [[Kubernetes upgrades]]\n`;
	return vault;
}

async function block(app: App, source: string): Promise<RenderedCodeBlock> {
	return renderCodeBlock(app, "top-of-mind-report", source, { sourcePath: DAILY });
}

/** The numbers of the table under the charts, per period: what a reader sees. */
function tableRows(el: Element): string[][] {
	return [...el.querySelectorAll(".top-of-mind-report-table tbody tr")].map((row) => [...row.querySelectorAll("td")].map((cell) => textOf(cell)));
}

function expectedRows(report: NetworkReport): string[][] {
	return report.periods.map((p) => [
		report.period === "week" ? p.start : p.start.slice(0, 7),
		String(p.shares),
		String(p.replies),
		String(p.contacts),
		p.inCadenceRatio === null ? "—" : `${Math.round(p.inCadenceRatio * 100)}%`,
	]);
}

describe("the top-of-mind-report code block", () => {
	it("shows the report's own numbers in its table, bars and summary", async () => {
		const { app, plugin } = await startPlugin(withShares());
		const rendered = await block(app, "period: week");
		const index = serviceOf(plugin).index;
		if (!index) throw new Error("no index");
		const report = networkReport(index, actionsOf(plugin).today(), { period: "week" });
		expect(report.periods.reduce((sum, p) => sum + p.shares, 0)).toBe(2);
		expect(tableRows(rendered.el)).toEqual(expectedRows(report));
		// Each bar carries its number; there are three per period.
		const bars = [...rendered.el.querySelectorAll(".top-of-mind-bar-shares")].map((bar) => Number(bar.getAttribute("data-value")));
		expect(bars).toEqual(report.periods.map((p) => p.shares));
		expect(rendered.el.querySelectorAll(".top-of-mind-bar").length).toBe(report.periods.length * 3);
		const last = report.periods.at(-1);
		const summary = textOf(rendered.el.querySelector(".top-of-mind-report-summary") ?? rendered.el);
		expect(summary).toContain(`This week: ${last?.shares ?? 0} share`);
		expect(summary).toContain(`${report.inCadence.within} of your ${report.inCadence.people} people`);
		expect(textOf(rendered.el.querySelector(".top-of-mind-report-posts") ?? rendered.el)).toContain("Pricing page 1 shared, 1 replied");
		expect(rendered.el.querySelector("svg title")?.textContent).toBe("Shares, replies and contacts per week");
		// Each chart has its scale: the bars' highest count, the line's 0, 50 and 100%.
		const scales = [...rendered.el.querySelectorAll(".top-of-mind-chart")].map((chart) => [...chart.querySelectorAll(".top-of-mind-chart-scale")].map((label) => label.textContent));
		const highest = Math.max(1, ...report.periods.flatMap((p) => [p.shares, p.replies, p.contacts]));
		expect(scales).toEqual([[String(highest)], ["0%", "50%", "100%"]]);
	});

	it("reads from:, and says what is wrong with a bad option instead of a report", async () => {
		const { app } = await startPlugin(withShares());
		const from = await block(app, "period: month\nfrom: 2026-09-01");
		expect(tableRows(from.el).map((row) => row[0])).toEqual(["2026-09", "2026-10", "2026-11"]);
		const bad = await block(app, "period: year\nlimit: 3");
		const text = textOf(bad.el);
		expect(text).toContain('Line 1: period must be week or month, not "year".');
		expect(text).toContain('Line 2: unknown option "limit"; known options are period and from.');
		expect(bad.el.querySelector(".top-of-mind-chart")).toBeNull();
	});
});

describe("Open networking report", () => {
	it("opens the report by month, switches to weeks, and opens a post from its list", async () => {
		const { app, plugin } = await startPlugin(withShares());
		expect(app.commands.executeCommandById("top-of-mind:open-networking-report")).toBe(true);
		const modal = getOpenModal(ReportModal);
		const index = serviceOf(plugin).index;
		if (!index) throw new Error("no index");
		expect(tableRows(modal.contentEl)).toEqual(expectedRows(networkReport(index, TODAY, { period: "month" })));
		const weekButton = [...modal.contentEl.querySelectorAll("button")].find((button) => textOf(button) === "By week");
		weekButton?.click();
		expect(tableRows(modal.contentEl)).toEqual(expectedRows(networkReport(index, TODAY, { period: "week" })));
		const post = [...modal.contentEl.querySelectorAll<HTMLAnchorElement>(".top-of-mind-report-posts a")].find((a) => textOf(a) === "Pricing page");
		post?.click();
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(app.workspace.getActiveFile()?.path).toBe(PRICING_POST);
	});
});
