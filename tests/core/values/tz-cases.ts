/**
 * A table of date results computed by the core, for tests/core/timezones.test.ts, which
 * bundles this file and runs it in child processes under different `TZ` values. Every
 * entry of `zoneFree` must come out identical in every zone; `local` holds the results
 * that are meant to follow the machine's zone (today's date), and `control` a naive
 * local-Date computation that proves the child really ran in that zone.
 */
import { addDays, format } from "date-fns";
import { parseCadence } from "../../../src/core/values/cadence";
import { toPerson } from "../../../src/core/vault/people-and-posts";
import { defaultCoreConfig } from "../../../src/core/model/config";
import { dailyNoteDate, dailyNotePath, makeDailyNoteFormatter, makeDailyNoteParser, type MomentLike } from "../../../src/core/contact/daily-notes";
import { addDaysIso, coerceDate, diffDaysIso, formatRelative, isIsoDate, todayIso } from "../../../src/core/values/dates";
import { contactStatus, lastContact } from "../../../src/core/contact/last-contact";
import { parseLogSection } from "../../../src/core/contact/log-section";
import { note } from "../../builders/note-builder";

export const START_DATES = [
	"2026-01-31",
	"2026-02-28",
	"2026-03-08", // US DST starts (Adak)
	"2026-03-29", // EU DST starts
	"2026-10-25",
	"2026-11-01", // US DST ends
	"2026-12-31",
	"2027-01-01",
	"2028-02-28",
	"2028-02-29",
	"2100-02-28",
	"2000-02-29",
	"1994-12-30", // Pacific/Kiritimati skipped 1994-12-31
	"2011-12-29", // Pacific/Apia skipped 2011-12-30
	"1970-01-01",
	"0001-01-01",
	"9999-12-31",
];
export const OFFSETS = [-400, -366, -365, -31, -30, -29, -28, -1, 0, 1, 2, 28, 29, 30, 31, 59, 60, 90, 365, 366];

export interface TzCases {
	zoneFree: Record<string, unknown>;
	local: Record<string, string>;
	control: Record<string, string>;
}

export async function computeTzCases(): Promise<TzCases> {
	const add: Record<string, string> = {};
	const diff: Record<string, number> = {};
	for (const start of START_DATES) {
		for (const n of OFFSETS) {
			const result = addDaysIso(start, n);
			if (!isIsoDate(result)) continue; // beyond 0001–9999
			add[`${start}${n >= 0 ? "+" : ""}${n}`] = result;
			diff[`${result}-${start}`] = diffDaysIso(result, start);
		}
	}

	const coerced: Record<string, unknown> = {};
	const inputs: Array<[string, unknown]> = [
		["string", "2026-11-05"],
		["T time", "2026-11-05T23:59"],
		["space time", "2026-11-05 00:01"],
		["Z", "2026-11-05T23:30:00Z"],
		["-10:00", "2026-11-05T23:30:00-10:00"],
		["+14:00", "2026-11-05T00:30:00+14:00"],
		["Date UTC midnight", new Date(Date.UTC(2026, 10, 5))],
		["Date UTC late", new Date(Date.UTC(2026, 10, 5, 23, 59, 59))],
		["Date parsed date-only string", new Date("2026-11-05")],
		["Date leap day", new Date(Date.UTC(2028, 1, 29))],
		["Date Kiritimati gap", new Date(Date.UTC(1994, 11, 31))],
		["link", "[[2026-12-31]]"],
	];
	for (const [name, value] of inputs) coerced[name] = coerceDate(value);

	const relative: Record<string, string> = {};
	for (const date of ["2026-11-05", "2026-11-04", "2026-10-22", "2026-09-06", "2025-11-05", "2028-02-29", "2026-12-31", "2027-01-01"]) {
		relative[`${date}@2026-11-05`] = formatRelative(date, "2026-11-05");
		relative[`${date}@2029-03-01`] = formatRelative(date, "2029-03-01");
	}

	const config = defaultCoreConfig();
	const ana = toPerson(
		note("People/Ana.md")
			.fm({ cadence: "2w", last_contact: new Date(Date.UTC(2028, 1, 28)), snooze_until: "2028-03-05T23:00:00-10:00" })
			.body("## Log\n- 2028-02-29 leap-day coffee\n- [[2028-03-01]] call")
			.build(),
		config,
	).person;
	const statuses: Record<string, unknown> = {};
	for (const today of ["2028-02-29", "2028-03-01", "2028-03-05", "2028-03-15", "2028-03-31", "2029-01-01"]) {
		const last = lastContact(ana, ["2026-12-31"], today);
		statuses[today] = { last, status: contactStatus(ana, config, last.date, today) };
	}

	// The real moment package, as the command line uses (static imports are for Obsidian's copy).
	const m: MomentLike = (await import("moment")).default;
	const parse = makeDailyNoteParser(m, "YYYY-MM-DD");
	const nested = makeDailyNoteParser(m, "YYYY/MM/YYYY-MM-DD");
	const formatter = makeDailyNoteFormatter(m);
	const daily: Record<string, unknown> = {};
	for (const date of ["2026-03-08", "2026-11-01", "2026-12-31", "2028-02-29", "2027-01-01"]) {
		const path = dailyNotePath(date, { folder: "Daily", format: "YYYY/MM/YYYY-MM-DD" }, formatter);
		daily[date] = {
			path,
			back: dailyNoteDate(path, { folder: "Daily", format: "YYYY/MM/YYYY-MM-DD" }, nested),
			flat: dailyNoteDate(`Daily/${date}.md`, { folder: "Daily", format: "" }, parse),
			long: formatter(date, "dddd, MMMM Do YYYY"),
		};
	}

	return {
		zoneFree: {
			add,
			diff,
			coerced,
			relative,
			statuses,
			daily,
			cadence: ["3m", "1y", "quarterly"].map((c) => parseCadence(c).days),
			log: parseLogSection("## Log\n- 2026-12-31 a\n- **2027-01-01** b", "Log"),
		},
		local: {
			"2026-03-01T05:00Z": todayIso(new Date(Date.UTC(2026, 2, 1, 5))),
			"2026-03-01T11:00Z": todayIso(new Date(Date.UTC(2026, 2, 1, 11))),
		},
		control: {
			// What a local-time computation gives: differs in Pacific/Kiritimati.
			"date-fns 1994-12-30 + 1": format(addDays(new Date(1994, 11, 30), 1), "yyyy-MM-dd"),
		},
	};
}
