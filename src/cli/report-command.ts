/**
 * `top-of-mind report`: the networking report (core/overview/report.ts) as JSON, exactly the
 * keys the README gives, or as a table per period with the posts and the people never contacted.
 */
import { networkReport, type NetworkReport } from "../core/overview/report";
import { todayIso } from "../core/values/dates";
import type { CommandArgs } from "./args";
import { CliError } from "./errors";
import { columns, plural, type Style } from "./format";
import type { VaultContext } from "./load-vault";
import type { CommandOutput } from "./commands";

/** How many posts the text lists; the JSON lists every one. */
const POSTS_SHOWN = 10;

export function reportCommand(context: VaultContext, args: CommandArgs): CommandOutput {
	const today = args.today ?? todayIso();
	let report: NetworkReport;
	try {
		report = networkReport(context.index, today, { period: args.period ?? "month", ...(args.to ? { to: args.to } : {}), ...(args.from ? { from: args.from } : {}) });
	} catch (error) {
		if (error instanceof RangeError) throw new CliError(error.message);
		throw error;
	}
	return { json: report, text: (style) => formatReport(context.vault, report, style) };
}

function percent(ratio: number | null): string {
	return ratio === null ? "—" : `${Math.round(ratio * 100)}%`;
}

export function formatReport(vault: string, report: NetworkReport, style: Style): string {
	const lines = [style.bold(`Networking report for ${vault}`), style.dim(`${report.from} to ${report.to}, per ${report.period}`), ""];
	const head = [report.period === "week" ? "Week of" : "Month", "Published", "Shares", "Replies", "Contacts", "People", "In cadence"];
	const rows = report.periods.map((p) => [report.period === "week" ? p.start : p.start.slice(0, 7), String(p.postsPublished), String(p.shares), String(p.replies), String(p.contacts), String(p.peopleContacted), percent(p.inCadenceRatio)]);
	const paint = (cell: string, row: number): string => (row === 0 ? style.dim(cell) : cell);
	lines.push(...columns(head.map((title, i) => ({ cells: [title, ...rows.map((row) => row[i] ?? "")], paint, ...(i > 0 ? { align: "right" as const } : {}) }))), "");
	const { people, within, ratio } = report.inCadence;
	lines.push(people === 0 ? "No people yet." : `${within} of ${plural(people, "person", "people")} within cadence on ${report.to} (${percent(ratio)}).`);
	const shared = report.posts.filter((post) => post.shares > 0 || post.replies > 0);
	if (shared.length > 0) {
		lines.push("", style.bold("Posts shared"));
		for (const post of shared.slice(0, POSTS_SHOWN)) lines.push(`  ${post.title}  ${style.dim(`${plural(post.shares, "share")}, ${plural(post.replies, "reply", "replies")}`)}`);
		if (shared.length > POSTS_SHOWN) lines.push(style.dim(`  and ${shared.length - POSTS_SHOWN} more (--json lists every post)`));
	}
	if (report.neverContacted.length > 0) {
		lines.push("", style.bold(`Never contacted (${report.neverContacted.length})`));
		for (const path of report.neverContacted.slice(0, POSTS_SHOWN)) lines.push(`  ${path}`);
		if (report.neverContacted.length > POSTS_SHOWN) lines.push(style.dim(`  and ${report.neverContacted.length - POSTS_SHOWN} more`));
	}
	return `${lines.join("\n")}\n`;
}
