/**
 * Cadences: how often a person should hear from you, in days.
 *
 * Accepted forms (case, surrounding spaces and spaces between number and unit do not
 * matter; an optional leading "every" is allowed: `every 2 weeks`, `every month`):
 * - a positive whole number of days: `30`, `"30"`;
 * - a number with a unit: `14d`, `2w`, `3m`, `1q`, `1y`, and spelled out `10 days`,
 *   `2 weeks`, `3 Months`, `1 quarter`, `1 year` (also `wk`, `mo`, `yr` and plurals);
 * - a word: `daily` (1), `weekly` (7), `biweekly`/`fortnightly` (14), `monthly` (30),
 *   `quarterly` (90), `yearly`/`annually`/`annual` (365).
 *
 * A month counts as 30 days, a quarter as 90 and a year as 365: a cadence is a rhythm,
 * not a calendar appointment, so "monthly" is every 30 days whatever the month.
 * Cadences above 100 years are refused (they are typos, and keep dates in range).
 *
 * Empty values (null, undefined, blank strings) mean "no cadence" and are not a problem.
 * Everything else — zero, negative or fractional numbers, `soon`, booleans, dates,
 * objects, lists — gives no cadence and a problem saying why.
 */

export const DAYS_PER_UNIT = { day: 1, week: 7, month: 30, quarter: 90, year: 365 } as const;
const MAX_CADENCE_DAYS = 36500;

const UNITS: Record<string, number> = {
	d: 1,
	day: 1,
	days: 1,
	w: 7,
	wk: 7,
	wks: 7,
	week: 7,
	weeks: 7,
	m: 30,
	mo: 30,
	mos: 30,
	month: 30,
	months: 30,
	q: 90,
	quarter: 90,
	quarters: 90,
	y: 365,
	yr: 365,
	yrs: 365,
	year: 365,
	years: 365,
};

const WORDS: Record<string, number> = {
	daily: 1,
	weekly: 7,
	biweekly: 14,
	"bi-weekly": 14,
	fortnightly: 14,
	monthly: 30,
	quarterly: 90,
	yearly: 365,
	annually: 365,
	annual: 365,
};

/** A table entry by key: own entries only, so `constructor` or `__proto__` in a note are no cadence. */
function lookup(table: Record<string, number>, key: string): number | undefined {
	return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

const HINT = "use 14d, 2w, 3m, 1y, weekly, monthly…";
const AMOUNT_AND_UNIT = /^(-?\d+(?:[.,]\d+)?)\s*([a-z]*)$/;

export interface ParsedCadence {
	days: number | null;
	/** Set when the value was present but is not a cadence: what was wrong. */
	problem?: string;
}

/** No cadence: `shown` (the value as a user recognises it) is not one, and why. */
function notACadence(shown: string, why = ` (${HINT})`): ParsedCadence {
	return { days: null, problem: `${shown} is not a cadence${why}` };
}

const NOT_WHOLE = ": use a whole number of days, weeks, months or years";

function fromDays(days: number, shown: string): ParsedCadence {
	if (!Number.isFinite(days)) return notACadence(shown);
	if (days <= 0) return notACadence(shown, `: it must be more than zero days (${HINT})`);
	if (!Number.isInteger(days)) return notACadence(shown, NOT_WHOLE);
	if (days > MAX_CADENCE_DAYS) return { days: null, problem: `${shown} is too long for a cadence (at most 100 years)` };
	return { days };
}

/** Reads a cadence as users write it. See the file comment for the accepted forms. */
export function parseCadence(value: unknown): ParsedCadence {
	if (value === null || value === undefined) return { days: null };
	if (typeof value === "number") return fromDays(value, String(value));
	if (typeof value !== "string") {
		return notACadence(Array.isArray(value) ? "a list" : typeof value === "boolean" ? String(value) : value instanceof Date ? "a date" : "an object");
	}
	const shown = `"${value}"`;
	let s = value.trim().toLowerCase().replace(/\s+/g, " ");
	if (s === "") return { days: null };
	if (s.startsWith("every ")) {
		s = s.slice("every ".length).trim();
		// "every month" = every 1 month
		if (lookup(UNITS, s) !== undefined && s.length > 1) s = `1 ${s}`;
	}
	const word = lookup(WORDS, s);
	if (word !== undefined) return { days: word };
	const m = AMOUNT_AND_UNIT.exec(s);
	if (!m) return notACadence(shown);
	const amount = Number((m[1] ?? "").replace(",", "."));
	const unit = m[2] ?? "";
	const perUnit = unit === "" ? 1 : lookup(UNITS, unit);
	if (perUnit === undefined) return notACadence(shown);
	if (!Number.isInteger(amount)) return notACadence(shown, NOT_WHOLE);
	return fromDays(amount * perUnit, shown);
}

/** Rule tag in the form tags are stored: lower-case, no `#`, no surrounding slashes. */
export function normalizeTag(tag: string): string {
	return tag.trim().replace(/^#/, "").replace(/^\/+|\/+$/g, "").toLowerCase();
}

/** True when `tag` is `ruleTag` or nested below it (`family` matches `family/close`). */
export function tagMatches(tag: string, ruleTag: string): boolean {
	const rule = normalizeTag(ruleTag);
	if (rule === "") return false;
	const t = normalizeTag(tag);
	return t === rule || t.startsWith(rule + "/");
}

/** A cadence in the largest unit that divides it: "every 2 weeks", "every 3 months". */
export function cadenceText(days: number | null): string {
	if (days === null) return "no cadence";
	if (days % 365 === 0) return days === 365 ? "every year" : `every ${days / 365} years`;
	if (days % 30 === 0) return days === 30 ? "every month" : `every ${days / 30} months`;
	if (days % 7 === 0) return days === 7 ? "every week" : `every ${days / 7} weeks`;
	return days === 1 ? "every day" : `every ${days} days`;
}
