import { describe, expect, it } from "vitest";
import { addToList, laterDate } from "../../../src/core/edits/frontmatter-edits";

/** Ana's note is `People/Ana Diaz.md`: a link means her when its target names that note. */
const isAna = (target: string): boolean => ["ana diaz", "people/ana diaz", "people/ana diaz.md"].includes(target.trim().toLowerCase());
const ANA = "[[Ana Diaz]]";

interface ListCase {
	name: string;
	value: unknown;
	expected: unknown;
}

describe("addToList", () => {
	const cases: ListCase[] = [
		{ name: "missing (undefined) becomes a list", value: undefined, expected: [ANA] },
		{ name: "null becomes a list", value: null, expected: [ANA] },
		{ name: "an empty string becomes a list", value: "", expected: [ANA] },
		{ name: "a blank string becomes a list", value: "  ", expected: [ANA] },
		{ name: "a comma-only string becomes a list", value: " , ", expected: [ANA] },
		{ name: "an empty list gets the entry", value: [], expected: [ANA] },
		{ name: "a list gets the entry at the end, order kept", value: ["[[Bo Berg]]", "[[Cy Chen]]"], expected: ["[[Bo Berg]]", "[[Cy Chen]]", ANA] },
		{ name: "a list that has her already is unchanged", value: ["[[Bo Berg]]", "[[Ana Diaz]]"], expected: ["[[Bo Berg]]", "[[Ana Diaz]]"] },
		{ name: "an alias link to her counts as her", value: ["[[Ana Diaz|Ana]]"], expected: ["[[Ana Diaz|Ana]]"] },
		{ name: "a path link with a heading counts as her", value: ["[[People/Ana Diaz#Notes|Ana]]"], expected: ["[[People/Ana Diaz#Notes|Ana]]"] },
		{ name: "a Markdown link to her counts as her", value: ["[Ana](People/Ana%20Diaz.md)"], expected: ["[Ana](People/Ana%20Diaz.md)"] },
		{ name: "a bare name counts as her", value: ["Ana Diaz"], expected: ["Ana Diaz"] },
		{ name: "an unquoted YAML [[link]] (a nested list) counts as her", value: [["Ana Diaz"]], expected: [["Ana Diaz"]] },
		{ name: "nested lists of others are kept as they are", value: [["Bo Berg"], ["Cy Chen"]], expected: [["Bo Berg"], ["Cy Chen"]].concat([ANA] as never[]) },
		{ name: "non-text items are kept", value: [42, null, "[[Bo Berg]]"], expected: [42, null, "[[Bo Berg]]", ANA] },
		{ name: "a comma string stays a comma string", value: "[[Bo Berg]], [[Cy Chen]]", expected: `[[Bo Berg]], [[Cy Chen]], ${ANA}` },
		{ name: "a comma string with her is unchanged", value: "[[Bo Berg]], [[Ana Diaz|Ana]]", expected: "[[Bo Berg]], [[Ana Diaz|Ana]]" },
		{ name: "an alias containing a comma is one item", value: "[[Ana Diaz|Ana, the CFO]], [[Bo Berg]]", expected: "[[Ana Diaz|Ana, the CFO]], [[Bo Berg]]" },
		{ name: "a single name string gets the entry after a comma", value: "Bo Berg", expected: `Bo Berg, ${ANA}` },
		{ name: "a number is kept as the first item", value: 42, expected: [42, ANA] },
		{ name: "a boolean is kept as the first item", value: true, expected: [true, ANA] },
		{ name: "an object is kept as the first item", value: { who: "Bo" }, expected: [{ who: "Bo" }, ANA] },
	];

	it.each(cases)("$name", ({ value, expected }) => {
		expect(addToList(value, ANA, isAna)).toEqual(expected);
	});

	it("never mutates the list it was given", () => {
		const list = ["[[Bo Berg]]"];
		addToList(list, ANA, isAna);
		expect(list).toEqual(["[[Bo Berg]]"]);
	});

	it("adding twice adds once", () => {
		const once = addToList(["[[Bo Berg]]"], ANA, isAna);
		expect(addToList(once, ANA, isAna)).toEqual(["[[Bo Berg]]", ANA]);
		const commaOnce = addToList("[[Bo Berg]]", ANA, isAna);
		expect(addToList(commaOnce, ANA, isAna)).toBe(`[[Bo Berg]], ${ANA}`);
	});
});

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
