import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, coerceDate, daysInMonth, diffDaysIso, formatRelative, isIsoDate, maxIso, minIso, todayIso } from "../../../src/core/values/dates";
import { propertyRuns } from "../../helpers/property-runs";

describe("isIsoDate", () => {
	it.each([
		["2026-11-05", true],
		["2028-02-29", true],
		["2000-02-29", true],
		["0001-01-01", true],
		["9999-12-31", true],
		["2026-02-29", false],
		["1900-02-29", false],
		["2026-02-30", false],
		["2026-04-31", false],
		["2026-13-01", false],
		["2026-00-10", false],
		["2026-01-00", false],
		["0000-01-01", false],
		["0000-00-00", false],
		["10000-01-01", false],
		["2026-1-5", false],
		[" 2026-11-05", false],
		["2026-11-05T00:00", false],
		["", false],
	])("%s → %s", (input, expected) => {
		expect(isIsoDate(input)).toBe(expected);
	});
});

describe("coerceDate", () => {
	const accepted: Array<[string, unknown, string]> = [
		["plain date", "2026-11-05", "2026-11-05"],
		["padded with spaces", "  2026-11-05 ", "2026-11-05"],
		["date and time with T", "2026-11-05T09:30", "2026-11-05"],
		["date and time with a space", "2026-11-05 09:30", "2026-11-05"],
		["seconds and Z", "2026-11-05T09:30:00Z", "2026-11-05"],
		["milliseconds and Z", "2026-11-05T23:59:59.999Z", "2026-11-05"],
		["late evening with a negative offset: not shifted", "2026-11-05T23:30:00-10:00", "2026-11-05"],
		["early morning with a positive offset: not shifted", "2026-11-05T00:30+14:00", "2026-11-05"],
		["offset without colon", "2026-11-05T09:30+0200", "2026-11-05"],
		["wikilink", "[[2026-11-05]]", "2026-11-05"],
		["wikilink with folder and alias", "[[Daily/2026-11-05|Nov 5]]", "2026-11-05"],
		["wikilink with .md and heading", "[[Daily/2026-11-05.md#Morning]]", "2026-11-05"],
		["unquoted [[date]] as YAML reads it", [["2026-11-05"]], "2026-11-05"],
		["Date at UTC midnight (YAML parsers)", new Date(Date.UTC(2026, 10, 5)), "2026-11-05"],
		["Date late in the UTC day", new Date(Date.UTC(2026, 10, 5, 23, 59)), "2026-11-05"],
		["leap day", "2028-02-29", "2028-02-29"],
		["list of one date", ["2026-11-05"], "2026-11-05"],
	];
	it.each(accepted)("accepts %s", (_name, input, expected) => {
		expect(coerceDate(input)).toEqual({ date: expected });
	});

	it.each([null, undefined, "", "   ", []])("treats %j as no date, without a problem", (input) => {
		expect(coerceDate(input)).toEqual({ date: null });
	});

	const refused: Array<[string, unknown, RegExp]> = [
		["day/month/year", "31/02/2026", /"31\/02\/2026" is not a date/],
		["all zeros", "0000-00-00", /not a real calendar day/],
		["five-digit year", "10000-01-01", /is not a date/],
		["30 February", "2026-02-30", /"2026-02-30" is not a real calendar day/],
		["29 February in a common year", "2026-02-29", /not a real calendar day/],
		["a word", "soon", /"soon" is not a date \(write YYYY-MM-DD\)/],
		["a number that reads as a date", 20261105, /20261105 is a number, not a date \(write 2026-11-05\)/],
		["a small number", 5, /5 is a number, not a date/],
		["a boolean", true, /true is not a date/],
		["an object", { year: 2026 }, /an object is not a date/],
		["an invalid Date", new Date("nonsense"), /invalid date object/],
		["a time only", "09:30", /is not a date/],
		["a wikilink to something else", "[[Ana Diaz]]", /"\[\[Ana Diaz\]\]" is not a date/],
		["a list without dates", ["soon", "later"], /no date in it/],
	];
	it.each(refused)("refuses %s with a problem", (_name, input, message) => {
		const result = coerceDate(input);
		expect(result.date).toBeNull();
		expect(result.problem).toMatch(message);
	});

	it("uses the latest date of a longer list, with a problem", () => {
		expect(coerceDate(["2026-01-02", "2026-03-04", "2025-12-31"])).toEqual({
			date: "2026-03-04",
			problem: "a list of 3 values is not one date; the latest, 2026-03-04, is used",
		});
	});
});

describe("calendar arithmetic", () => {
	it.each([
		["2026-02-28", 1, "2026-03-01"],
		["2028-02-28", 1, "2028-02-29"],
		["2028-02-29", 1, "2028-03-01"],
		["2028-02-29", 365, "2029-02-28"],
		["2026-12-31", 1, "2027-01-01"],
		["2027-01-01", -1, "2026-12-31"],
		["2026-01-31", 30, "2026-03-02"],
		["2026-03-29", 0, "2026-03-29"],
		["2026-03-29", 14, "2026-04-12"],
		["2026-10-25", 7, "2026-11-01"],
		["1994-12-30", 1, "1994-12-31"],
		["2011-12-29", 1, "2011-12-30"],
		["0001-01-01", 365, "0002-01-01"],
		["1970-01-01", -1, "1969-12-31"],
		["2000-01-01", 146097, "2400-01-01"],
	])("addDaysIso(%s, %i) = %s", (date, n, expected) => {
		expect(addDaysIso(date, n)).toBe(expected);
		expect(diffDaysIso(expected, date)).toBe(n);
	});

	it("counts calendar days between dates", () => {
		expect(diffDaysIso("2026-03-01", "2026-02-01")).toBe(28);
		expect(diffDaysIso("2028-03-01", "2028-02-01")).toBe(29);
		expect(diffDaysIso("2027-01-01", "2026-01-01")).toBe(365);
		expect(diffDaysIso("2029-01-01", "2028-01-01")).toBe(366);
		expect(diffDaysIso("2026-01-01", "2026-01-10")).toBe(-9);
	});

	it("refuses invalid dates loudly (programming errors)", () => {
		expect(() => addDaysIso("2026-02-30", 1)).toThrow(RangeError);
		expect(() => diffDaysIso("soon", "2026-01-01")).toThrow(RangeError);
	});

	it("knows month lengths", () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
			31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
		]);
		expect(daysInMonth(2028, 2)).toBe(29);
		expect(daysInMonth(2100, 2)).toBe(28);
	});
});

describe("todayIso", () => {
	it("is the local calendar day of the given moment", () => {
		expect(todayIso(new Date(2026, 10, 5, 0, 0, 1))).toBe("2026-11-05");
		expect(todayIso(new Date(2026, 10, 5, 23, 59, 59))).toBe("2026-11-05");
	});
	it("defaults to now", () => {
		expect(isIsoDate(todayIso())).toBe(true);
	});
});

describe("maxIso and minIso", () => {
	it("pick the latest and earliest valid dates", () => {
		const dates = ["2026-01-05", null, "2025-12-31", undefined, "soon", "2026-02-30", "2026-01-04"];
		expect(maxIso(dates)).toBe("2026-01-05");
		expect(minIso(dates)).toBe("2025-12-31");
	});
	it("are null without dates", () => {
		expect(maxIso([])).toBeNull();
		expect(minIso([null, "x"])).toBeNull();
	});
});

describe("formatRelative", () => {
	const today = "2026-11-05";
	it.each([
		["2026-11-05", "today"],
		["2026-11-04", "yesterday"],
		["2026-11-06", "tomorrow"],
		["2026-11-03", "2 days ago"],
		["2026-11-02", "3 days ago"],
		["2026-10-23", "13 days ago"],
		["2026-10-22", "2 weeks ago"],
		["2026-10-15", "3 weeks ago"],
		["2026-09-07", "8 weeks ago"],
		["2026-09-06", "2 months ago"],
		["2026-08-05", "3 months ago"],
		["2026-08-06", "2 months ago"],
		["2025-11-06", "11 months ago"],
		["2025-11-05", "1 year ago"],
		["2024-11-06", "1 year ago"],
		["2024-11-05", "2 years ago"],
		["2026-11-10", "in 5 days"],
		["2026-11-19", "in 2 weeks"],
		["2027-02-05", "in 3 months"],
		["2027-11-05", "in 1 year"],
	])("%s is %s", (date, expected) => {
		expect(formatRelative(date, today)).toBe(expected);
	});

	it("goes from 8 weeks to 2 months, never back to 1 month", () => {
		expect(formatRelative("2026-07-02", "2026-08-30")).toBe("8 weeks ago");
		expect(formatRelative("2026-07-01", "2026-08-30")).toBe("2 months ago");
	});

	it("handles month ends and leap days", () => {
		expect(formatRelative("2028-02-29", "2029-02-28")).toBe("11 months ago");
		expect(formatRelative("2028-02-29", "2029-03-01")).toBe("1 year ago");
		expect(formatRelative("2026-01-31", "2026-04-30")).toBe("2 months ago");
	});
});

describe("properties", () => {
	const day = fc.integer({ min: Date.UTC(1, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 });
	/** Reference: the UTC calendar day of a day number, via the platform's Date in UTC. */
	function reference(dayNumber: number): string {
		const d = new Date(dayNumber * 86_400_000);
		return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
	}

	it("addDaysIso agrees with UTC Date arithmetic and diffDaysIso inverts it", () => {
		fc.assert(
			fc.property(day, fc.integer({ min: -1000, max: 1000 }), (start, n) => {
				const from = reference(start);
				const to = reference(start + n);
				fc.pre(isIsoDate(to));
				expect(isIsoDate(from)).toBe(true);
				expect(addDaysIso(from, n)).toBe(to);
				expect(diffDaysIso(to, from)).toBe(n);
			}),
			propertyRuns(),
		);
	});
});
