import { describe, expect, it } from "vitest";
import type { DailyNotesConfig } from "../../../src/core/model/config";
import { dailyNoteDate, dailyNotePath, formatNamesFullDate, makeDailyNoteFormatter, makeDailyNoteParser, type MomentLike } from "../../../src/core/contact/daily-notes";

// Outside Obsidian the real moment package stands in for the one `obsidian` exports, as in
// the command line. (A dynamic import: static imports of moment are for Obsidian's copy.)
const m: MomentLike = (await import("moment")).default;

function dateOf(path: string, daily: DailyNotesConfig): string | null {
	return dailyNoteDate(path, daily, makeDailyNoteParser(m, daily.format));
}

describe("makeDailyNoteParser", () => {
	it.each<[string, string, string | null]>([
		["YYYY-MM-DD", "2026-11-05", "2026-11-05"],
		["YYYY-MM-DD", "2028-02-29", "2028-02-29"],
		["YYYY-MM-DD", "2026-02-29", null],
		["YYYY-MM-DD", "2026-11-5", null],
		["YYYY-MM-DD", "2026-11-05 notes", null],
		["YYYY-MM-DD", "Meeting", null],
		["YYYY-MM-DD", "", null],
		["", "2026-11-05", "2026-11-05"],
		["DD.MM.YYYY", "05.11.2026", "2026-11-05"],
		["DD.MM.YYYY", "2026-11-05", null],
		["dddd, MMMM Do YYYY", "Thursday, November 5th 2026", "2026-11-05"],
		["YYYY-MM-DD [Journal]", "2026-11-05 Journal", "2026-11-05"],
		["YYYYMMDD", "20261105", "2026-11-05"],
		["YYYY/MM/YYYY-MM-DD", "2026/11/2026-11-05", "2026-11-05"],
		["YYYY/MM/YYYY-MM-DD", "2026-11-05", "2026-11-05"],
		["YYYY/MM/YYYY-MM-DD", "misfiled/2026-11-05", "2026-11-05"],
		["YYYY/MM/DD", "2026/11/05", "2026-11-05"],
		["YYYY/MM/DD", "05", null],
		["YYYY/MM/DD", "x/05", null],
		["YYYY-MM-DD", "Journal/2026-11-05", "2026-11-05"],
	])("format %j parses %j as %j", (format, input, expected) => {
		expect(makeDailyNoteParser(m, format)(input)).toBe(expected);
	});

	it("asks moment nothing about a name without a digit when the format writes a year or a day", () => {
		const calls: string[] = [];
		const counted: MomentLike = (input, format, strict) => {
			calls.push(input);
			return m(input, format, strict);
		};
		const parse = makeDailyNoteParser(counted, "YYYY/MM/YYYY-MM-DD");
		expect([parse("Welcome"), parse("Projects/Roadmap"), parse("[Journal] notes")]).toEqual([null, null, null]);
		expect(calls).toEqual([]);
		expect(parse("2026/11/2026-11-05")).toBe("2026-11-05");
		expect(makeDailyNoteParser(counted, "[Week] ww")("Week ")).toBeNull();
		expect(calls).toContain("Week ");
		// A locale's own digits are digits: such a name still goes to moment.
		parse("٢٠٢٦-١١-٠٥");
		expect(calls).toContain("٢٠٢٦-١١-٠٥");
	});
});

describe("dailyNoteDate", () => {
	const daily: DailyNotesConfig = { folder: "Daily", format: "YYYY-MM-DD" };
	it.each<[string, DailyNotesConfig, string | null]>([
		["Daily/2026-11-05.md", daily, "2026-11-05"],
		["Daily/2026/2026-11-05.md", daily, "2026-11-05"],
		["Daily/Weekly review.md", daily, null],
		["Other/2026-11-05.md", daily, null],
		["Daily Archive/2026-11-05.md", daily, null],
		["daily/2026-11-05.md", daily, null],
		["Daily/2026-11-05.canvas", daily, null],
		["Daily/2026-11-05.MD", daily, "2026-11-05"],
		["2026-11-05.md", { folder: "", format: "YYYY-MM-DD" }, "2026-11-05"],
		["Anywhere/2026-11-05.md", { folder: "", format: "YYYY-MM-DD" }, "2026-11-05"],
		["Anywhere/Notes.md", { folder: "", format: "YYYY-MM-DD" }, null],
		["Journal/2026/11/2026-11-05.md", { folder: "/Journal/", format: "YYYY/MM/YYYY-MM-DD" }, "2026-11-05"],
		["Journal/2026/11/05.md", { folder: "Journal", format: "YYYY/MM/DD" }, "2026-11-05"],
		["Journal/2026/05.md", { folder: "Journal", format: "YYYY/MM/DD" }, null],
		["Journal/05.11.2026.md", { folder: "Journal", format: "DD.MM.YYYY" }, "2026-11-05"],
	])("%s with %j → %j", (path, config, expected) => {
		expect(dateOf(path, config)).toBe(expected);
	});
});

describe("dailyNotePath", () => {
	const format = makeDailyNoteFormatter(m);
	it.each<[string, DailyNotesConfig, string]>([
		["2026-11-05", { folder: "Daily", format: "YYYY-MM-DD" }, "Daily/2026-11-05.md"],
		["2026-11-05", { folder: "", format: "YYYY-MM-DD" }, "2026-11-05.md"],
		["2026-11-05", { folder: "/Daily/", format: "" }, "Daily/2026-11-05.md"],
		["2026-11-05", { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" }, "Journal/2026/11/2026-11-05.md"],
		["2026-11-05", { folder: "", format: "dddd, MMMM Do YYYY" }, "Thursday, November 5th 2026.md"],
		["2028-02-29", { folder: "D", format: "DD.MM.YYYY" }, "D/29.02.2028.md"],
	])("%s with %j → %s", (date, config, expected) => {
		expect(dailyNotePath(date, config, format)).toBe(expected);
	});

	it("round-trips with dailyNoteDate", () => {
		for (const config of [
			{ folder: "Daily", format: "YYYY-MM-DD" },
			{ folder: "J", format: "YYYY/MM/YYYY-MM-DD" },
			{ folder: "", format: "dddd, MMMM Do YYYY" },
		]) {
			for (const date of ["2026-01-01", "2026-12-31", "2028-02-29"]) {
				expect(dateOf(dailyNotePath(date, config, format), config)).toBe(date);
			}
		}
	});
});

describe("formatNamesFullDate", () => {
	it.each<[string, boolean]>([
		["YYYY-MM-DD", true],
		["DD", false],
		["MM-DD", false],
		["YYYY-DDDD", true],
		["[Day] DD", false],
		["dddd, MMMM Do YYYY", true],
	])("%s → %s", (format, expected) => {
		expect(formatNamesFullDate(format)).toBe(expected);
	});
});
