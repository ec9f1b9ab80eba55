/**
 * The networking report as the plugin shows it: a summary line in plain words, the bars and
 * the line of its charts, and the rows of the tables beside them. Plain data from the core's
 * report (core/overview/report.ts), so what is on screen is the report's own numbers.
 */
import type { NetworkReport, ReportPeriod } from "../core/overview/report";

export interface ReportBar {
	/** The period as the axis writes it: "Nov" or "23 Nov". */
	label: string;
	/** The period's first day, for the table. */
	start: string;
	shares: number;
	replies: number;
	contacts: number;
	/** Share within cadence on the period's last day, 0–1, or null with no people. */
	inCadence: number | null;
}

export interface ReportModel {
	summary: string;
	period: ReportPeriod;
	bars: ReportBar[];
	/** The highest of shares, replies and contacts in any period (at least 1): the bars' scale. */
	maxCount: number;
	/** Posts with a share or a reply in the span, most shared first. */
	posts: Array<{ path: string; title: string; shares: number; replies: number }>;
	neverContacted: string[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function periodLabel(start: string, period: ReportPeriod): string {
	const month = MONTHS[Number(start.slice(5, 7)) - 1] ?? start.slice(5, 7);
	return period === "month" ? month : `${Number(start.slice(8, 10))} ${month}`;
}

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** "This month: 4 shares, 1 reply and 14 contacts with 11 people. 9 of your 23 people (39%) are within cadence." */
export function reportSummary(report: NetworkReport): string {
	const last = report.periods[report.periods.length - 1];
	const span = report.period === "month" ? "This month" : "This week";
	const activity = last
		? `${span}: ${count(last.shares, "share", "shares")}, ${count(last.replies, "reply", "replies")} and ${count(last.contacts, "contact", "contacts")} with ${count(last.peopleContacted, "person", "people")}.`
		: "";
	const { people, within, ratio } = report.inCadence;
	const cadence = people === 0 || ratio === null ? "No people yet." : `${within} of your ${count(people, "person", "people")} (${Math.round(ratio * 100)}%) ${within === 1 ? "is" : "are"} within cadence.`;
	return [activity, cadence].filter((part) => part !== "").join(" ");
}

export function reportModel(report: NetworkReport): ReportModel {
	const bars = report.periods.map((p) => ({ label: periodLabel(p.start, report.period), start: p.start, shares: p.shares, replies: p.replies, contacts: p.contacts, inCadence: p.inCadenceRatio }));
	const maxCount = Math.max(1, ...bars.flatMap((bar) => [bar.shares, bar.replies, bar.contacts]));
	return {
		summary: reportSummary(report),
		period: report.period,
		bars,
		maxCount,
		posts: report.posts.filter((post) => post.shares > 0 || post.replies > 0).map(({ path, title, shares, replies }) => ({ path, title, shares, replies })),
		neverContacted: report.neverContacted,
	};
}
