import { describe, expect, it } from "vitest";
import { laterDate } from "../../../src/core/edits/frontmatter-edits";

interface DateCase {
	name: string;
	existing: unknown;
	date: string;
	expected: string;
}

describe("laterDate", () => {
	const TODAY = "2026-11-20";
	const cases: DateCase[] = [
		{ name: "no date yet: the new one", existing: undefined, date: TODAY, expected: TODAY },
		{ name: "null: the new one", existing: null, date: TODAY, expected: TODAY },
		{ name: "empty text: the new one", existing: "", date: TODAY, expected: TODAY },
		{ name: "an older date moves forward", existing: "2026-10-02", date: TODAY, expected: TODAY },
		{ name: "a later existing date is kept (a past contact never moves it back)", existing: "2026-11-15", date: "2026-11-01", expected: "2026-11-15" },
		{ name: "the same date", existing: "2026-11-15", date: "2026-11-15", expected: "2026-11-15" },
		{ name: "an existing date after today is a mistake and is replaced", existing: "2026-12-24", date: TODAY, expected: TODAY },
		{ name: "a date with a time counts by its day", existing: "2026-11-15T18:30", date: "2026-11-01", expected: "2026-11-15" },
		{ name: "a YAML date (Date object) is read as its day", existing: new Date(Date.UTC(2026, 10, 15)), date: "2026-11-01", expected: "2026-11-15" },
		{ name: "padded text is trimmed", existing: "  2026-11-15 ", date: "2026-11-01", expected: "2026-11-15" },
		{ name: "text that is not a date is replaced", existing: "last week", date: "2026-11-01", expected: "2026-11-01" },
		{ name: "a day that does not exist is replaced", existing: "2026-02-30", date: "2026-01-10", expected: "2026-01-10" },
		{ name: "a number is replaced", existing: 20261115, date: "2026-11-01", expected: "2026-11-01" },
		{ name: "a list is replaced", existing: ["2026-11-15"], date: "2026-11-01", expected: "2026-11-01" },
	];

	it.each(cases)("$name", ({ existing, date, expected }) => {
		expect(laterDate(existing, date, TODAY)).toBe(expected);
	});
});
