import { describe, expect, it } from "vitest";
import { cadenceFor } from "../../../src/core/contact/cadence-rules";
import { normalizeTag, parseCadence, tagMatches } from "../../../src/core/values/cadence";
import { defaultCoreConfig, type CoreConfig } from "../../../src/core/model/config";
import { toPerson } from "../../../src/core/vault/people-and-posts";
import type { Person } from "../../../src/core/model/types";
import { note } from "../../builders/note-builder";

describe("parseCadence", () => {
	it.each<[unknown, number]>([
		["14d", 14],
		["2w", 14],
		["3m", 90],
		["1q", 90],
		["1y", 365],
		["2y", 730],
		["weekly", 7],
		["biweekly", 14],
		["Bi-Weekly", 14],
		["fortnightly", 14],
		["monthly", 30],
		["quarterly", 90],
		["yearly", 365],
		["annually", 365],
		["daily", 1],
		[30, 30],
		["30", 30],
		[" 30 ", 30],
		["2 weeks", 14],
		["3 Months", 90],
		["1 MONTH", 30],
		["10 days", 10],
		["1 day", 1],
		["6 mo", 180],
		["1 yr", 365],
		["  2W  ", 14],
		["every 2 weeks", 14],
		["Every month", 30],
		["every 3 days", 3],
		["Weekly", 7],
		["14 D", 14],
	])("%j → %i days", (input, days) => {
		expect(parseCadence(input)).toEqual({ days });
	});

	it.each<unknown>([null, undefined, "", "   "])("%j is no cadence and no problem", (input) => {
		expect(parseCadence(input)).toEqual({ days: null });
	});

	it.each<[string, unknown, RegExp]>([
		["negative", "-5d", /"-5d" is not a cadence: it must be more than zero days/],
		["zero", 0, /0 is not a cadence: it must be more than zero days/],
		["zero string", "0d", /more than zero days/],
		["negative number", -3, /-3 is not a cadence/],
		["a word", "soon", /^"soon" is not a cadence \(use 14d, 2w, 3m, 1y, weekly, monthly…\)$/],
		["unknown unit", "3 fortnights", /"3 fortnights" is not a cadence/],
		["fraction", "1.5w", /whole number/],
		["fractional number", 2.5, /whole number/],
		["NaN", Number.NaN, /is not a cadence/],
		["an object", { every: "2w" }, /an object is not a cadence/],
		["a list", ["2w"], /a list is not a cadence/],
		["a boolean", true, /true is not a cadence/],
		["a date", new Date(Date.UTC(2026, 0, 1)), /a date is not a cadence/],
		["absurdly long", "200y", /too long for a cadence/],
		["two numbers", "2 3 weeks", /is not a cadence/],
	])("refuses %s", (_name, input, message) => {
		const result = parseCadence(input);
		expect(result.days).toBeNull();
		expect(result.problem).toMatch(message);
	});
});

describe("tags", () => {
	it("normalizes rule tags", () => {
		expect(normalizeTag(" #Family/ ")).toBe("family");
	});
	it("matches a tag and the tags nested below it, not siblings with the same prefix", () => {
		expect(tagMatches("family", "family")).toBe(true);
		expect(tagMatches("family/close", "family")).toBe(true);
		expect(tagMatches("family/close", "#Family")).toBe(true);
		expect(tagMatches("familyfriends", "family")).toBe(false);
		expect(tagMatches("family", "family/close")).toBe(false);
		expect(tagMatches("family", "")).toBe(false);
	});
});

function person(fm: Record<string, unknown>, ...tags: string[]): Person {
	return toPerson(note("People/P.md").fm(fm).tags(...tags).build(), defaultCoreConfig()).person;
}

function configWith(changes: Partial<CoreConfig>): CoreConfig {
	return { ...defaultCoreConfig(), ...changes };
}

describe("cadenceFor", () => {
	const rules = configWith({
		defaultCadence: "90d",
		cadenceByTag: [
			{ tag: "family", cadence: "14d" },
			{ tag: "#Client", cadence: "monthly" },
			{ tag: "broken", cadence: "soon" },
			{ tag: "client/vip", cadence: "weekly" },
		],
	});

	it("uses the person's own valid cadence first", () => {
		expect(cadenceFor(person({ cadence: "2w" }, "family"), rules)).toEqual({ days: 14, source: "own" });
		expect(cadenceFor(person({ cadence: "1y" }, "family"), rules)).toEqual({ days: 365, source: "own" });
	});

	it("falls back to the first matching tag rule when the own cadence is invalid or missing", () => {
		expect(cadenceFor(person({ cadence: "soon" }, "family"), rules)).toEqual({ days: 14, source: "tag", tag: "family" });
		expect(cadenceFor(person({}, "family/close"), rules)).toEqual({ days: 14, source: "tag", tag: "family" });
	});

	it("takes rules in order: the first match wins even when a later one is more specific", () => {
		expect(cadenceFor(person({}, "client/vip"), rules)).toEqual({ days: 30, source: "tag", tag: "client" });
	});

	it("skips rules with an invalid cadence", () => {
		expect(cadenceFor(person({}, "broken"), rules)).toEqual({ days: 90, source: "default" });
	});

	it("uses the default cadence, or none", () => {
		expect(cadenceFor(person({}, "friend"), rules)).toEqual({ days: 90, source: "default" });
		expect(cadenceFor(person({}), configWith({ defaultCadence: "" }))).toEqual({ days: null, source: "none" });
		expect(cadenceFor(person({}), configWith({ defaultCadence: "whenever" }))).toEqual({ days: null, source: "none" });
	});

	it("reads the default configuration's 90-day default", () => {
		expect(cadenceFor(person({}), defaultCoreConfig())).toEqual({ days: 90, source: "default" });
	});
});
