/**
 * The networking report on screen: its summary line, shares, replies and contacts per period
 * as bars and the share within cadence as a line, each chart drawn as SVG with the DOM API
 * in Obsidian's colours (styles.css, light and dark alike) and followed by a table of the
 * same numbers, then the posts shared and the people never contacted.
 */
import type { ReportBar, ReportModel } from "../ui/report-view-model";
import { CLS, div } from "./panel-render";

const WIDTH = 600;
const HEIGHT = 180;
const AXIS = 22;
const SERIES = ["shares", "replies", "contacts"] as const;
const SERIES_NAMES: Record<(typeof SERIES)[number], string> = { shares: "Shares", replies: "Replies", contacts: "Contacts" };
const BAR_CLASS: Record<(typeof SERIES)[number], string> = { shares: `${CLS}bar-shares`, replies: `${CLS}bar-replies`, contacts: `${CLS}bar-contacts` };
const LEGEND_CLASS: Record<(typeof SERIES)[number], string> = { shares: `${CLS}legend-shares`, replies: `${CLS}legend-replies`, contacts: `${CLS}legend-contacts` };

/** An SVG element holding text (a title, a label): SVG elements are given text as nodes, never as markup. */
function svgText<K extends "title" | "text">(parent: SVGElement, tag: K, text: string, attr: Record<string, string | number> = {}, cls?: string): void {
	const el = parent.createSvg(tag, { attr, ...(cls === undefined ? {} : { cls }) });
	el.textContent = text;
}

function svgIn(parent: HTMLElement, label: string): SVGSVGElement {
	const svg = parent.createSvg("svg", { cls: `${CLS}chart`, attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": label } });
	svgText(svg, "title", label);
	return svg;
}

function axisLabels(svg: SVGSVGElement, bars: ReportBar[], slot: number): void {
	bars.forEach((bar, i) => {
		// Every label when they fit, else every other one.
		if (bars.length > 14 && i % 2 === 1) return;
		svgText(svg, "text", bar.label, { x: slot * i + slot / 2, y: HEIGHT - 6, "text-anchor": "middle" }, `${CLS}chart-label`);
	});
}

/** A value on the chart's scale, at its left edge, just under the grid line at `y`. */
function scaleLabel(svg: SVGSVGElement, text: string, y: number): void {
	svgText(svg, "text", text, { x: 2, y: y + 11, "text-anchor": "start" }, `${CLS}chart-scale`);
}

function barChart(parent: HTMLElement, model: ReportModel): void {
	const svg = svgIn(parent, `Shares, replies and contacts per ${model.period}`);
	const slot = WIDTH / Math.max(1, model.bars.length);
	const width = (slot * 0.8) / SERIES.length;
	const plot = HEIGHT - AXIS;
	model.bars.forEach((bar, i) => {
		SERIES.forEach((series, j) => {
			const value = bar[series];
			const height = (value / model.maxCount) * (plot - 4);
			const rect = svg.createSvg("rect", {
				cls: `${CLS}bar ${BAR_CLASS[series]}`,
				attr: { x: slot * i + slot * 0.1 + width * j, y: plot - height, width: width * 0.9, height, "data-value": value },
			});
			svgText(rect, "title", `${SERIES_NAMES[series]}, ${bar.label}: ${value}`);
		});
	});
	svg.createSvg("line", { cls: `${CLS}chart-axis`, attr: { x1: 0, y1: plot, x2: WIDTH, y2: plot } });
	// The scale: the top of the tallest possible bar, labelled with its count.
	svg.createSvg("line", { cls: `${CLS}chart-grid`, attr: { x1: 0, y1: 4, x2: WIDTH, y2: 4 } });
	scaleLabel(svg, String(model.maxCount), 4);
	axisLabels(svg, model.bars, slot);
	const legend = div(parent, "chart-legend");
	for (const series of SERIES) legend.createSpan({ cls: LEGEND_CLASS[series], text: SERIES_NAMES[series] });
}

function lineChart(parent: HTMLElement, model: ReportModel): void {
	const svg = svgIn(parent, `Share of people within cadence per ${model.period}`);
	const slot = WIDTH / Math.max(1, model.bars.length);
	const plot = HEIGHT - AXIS;
	const points = model.bars.flatMap((bar, i) => (bar.inCadence === null ? [] : [{ x: slot * i + slot / 2, y: 4 + (1 - bar.inCadence) * (plot - 8), bar }]));
	for (const level of [0, 0.5, 1]) {
		const y = 4 + (1 - level) * (plot - 8);
		svg.createSvg("line", { cls: `${CLS}chart-grid`, attr: { x1: 0, y1: y, x2: WIDTH, y2: y } });
		scaleLabel(svg, `${level * 100}%`, y);
	}
	if (points.length > 1) svg.createSvg("polyline", { cls: `${CLS}chart-line`, attr: { points: points.map((p) => `${p.x},${p.y}`).join(" ") } });
	for (const { x, y, bar } of points) {
		svgText(svg.createSvg("circle", { cls: `${CLS}chart-point`, attr: { cx: x, cy: y, r: 3 } }), "title", `${bar.label}: ${percent(bar.inCadence)}`);
	}
	axisLabels(svg, model.bars, slot);
}

function percent(ratio: number | null): string {
	return ratio === null ? "—" : `${Math.round(ratio * 100)}%`;
}

function table(parent: HTMLElement, model: ReportModel): void {
	const details = parent.createEl("details", { cls: `${CLS}report-table` });
	details.createEl("summary", { text: "As a table" });
	const rows = details.createEl("table");
	const head = rows.createEl("thead").createEl("tr");
	for (const title of [model.period === "week" ? "Week of" : "Month", "Shares", "Replies", "Contacts", "Within cadence"]) head.createEl("th", { text: title });
	const body = rows.createEl("tbody");
	for (const bar of model.bars) {
		const row = body.createEl("tr");
		row.createEl("td", { text: model.period === "week" ? bar.start : bar.start.slice(0, 7) });
		for (const series of SERIES) row.createEl("td", { text: String(bar[series]), attr: { "data-series": series } });
		row.createEl("td", { text: percent(bar.inCadence), attr: { "data-series": "inCadence" } });
	}
}

export interface ReportActions {
	open(path: string): void;
}

export function renderReport(container: HTMLElement, model: ReportModel, actions: ReportActions): void {
	container.empty();
	container.addClass(`${CLS}report`);
	div(container, "report-summary", model.summary);
	div(container, "section-title", `Shares, replies and contacts per ${model.period}`);
	barChart(container, model);
	div(container, "section-title", "Within cadence");
	lineChart(container, model);
	table(container, model);
	if (model.posts.length > 0) {
		div(container, "section-title", "Posts shared");
		const list = container.createEl("ul", { cls: `${CLS}report-posts` });
		for (const post of model.posts) {
			const item = list.createEl("li");
			const link = item.createEl("a", { text: post.title, href: "#" });
			link.addEventListener("click", (event) => {
				event.preventDefault();
				actions.open(post.path);
			});
			item.createSpan({ cls: `${CLS}muted`, text: ` ${post.shares} shared, ${post.replies} replied` });
		}
	}
	if (model.neverContacted.length > 0) {
		div(container, "section-title", `Never contacted (${model.neverContacted.length})`);
		const list = container.createEl("ul", { cls: `${CLS}report-never` });
		for (const path of model.neverContacted) {
			const link = list.createEl("li").createEl("a", { text: path.replace(/^.*\//, "").replace(/\.md$/, ""), href: "#" });
			link.addEventListener("click", (event) => {
				event.preventDefault();
				actions.open(path);
			});
		}
	}
}
