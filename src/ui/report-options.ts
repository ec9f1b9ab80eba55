/**
 * Options of the `top-of-mind-report` code block, one `key: value` per line:
 * ```
 * period: week
 * from: 2026-01-01
 * ```
 * Unknown keys and bad values are reported as readable errors, never thrown.
 */
import type { ReportPeriod } from "../core/overview/report";
import { isIsoDate } from "../core/values/dates";

export interface ReportBlockOptions {
	period: ReportPeriod;
	from?: string;
}

export function parseReportOptions(source: string): { options: ReportBlockOptions; errors: string[] } {
	const options: ReportBlockOptions = { period: "month" };
	const errors: string[] = [];
	source.split(/\r\n|\n|\r/).forEach((raw, i) => {
		const line = raw.trim();
		if (line === "" || line.startsWith("#")) return;
		const fail = (message: string): void => {
			errors.push(`Line ${i + 1}: ${message}`);
		};
		const match = /^([A-Za-z_-]+)\s*:\s*(.*)$/.exec(line);
		if (!match) return fail(`"${line}" is not an option; write "period: week".`);
		const key = (match[1] ?? "").toLowerCase();
		const value = (match[2] ?? "").trim();
		if (key === "period") {
			if (value !== "week" && value !== "month") return fail(`period must be week or month, not "${value}".`);
			options.period = value;
		} else if (key === "from") {
			if (!isIsoDate(value)) return fail(`from must be a day written YYYY-MM-DD, not "${value}".`);
			options.from = value;
		} else fail(`unknown option "${key}"; known options are period and from.`);
	});
	return { options, errors };
}
