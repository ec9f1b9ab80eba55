import { describe, expect, it } from "vitest";
import { addDaysIso, diffDaysIso, formatRelative, LAST_DAY } from "../../../src/core/values/dates";

describe("addDaysIso at the ends of the calendar", () => {
	it.each([
		["9999-12-30", 7, "9999-12-31"],
		["9999-12-31", 1, "9999-12-31"],
		["0001-01-01", -1, "0001-01-01"],
		["0001-01-08", -7, "0001-01-01"],
		["2026-01-01", 1e12, "9999-12-31"],
		["2026-01-01", -1e12, "0001-01-01"],
		["2026-01-01", Number.POSITIVE_INFINITY, "9999-12-31"],
		["2026-01-01", Number.NaN, "2026-01-01"],
		["2026-12-31", 1, "2027-01-01"],
	])("%s + %d days is %s", (date, days, expected) => {
		expect(addDaysIso(date, days)).toBe(expected);
	});

	it("measures and words distances across the whole calendar", () => {
		expect(diffDaysIso(LAST_DAY, "0001-01-01")).toBe(3_652_058);
		expect(formatRelative("0001-01-01", LAST_DAY)).toBe("9998 years ago");
		expect(formatRelative(LAST_DAY, "0001-01-01")).toBe("in 9998 years");
	});
});
