/**
 * Calendar days. Every date in Top of Mind is a calendar day written `YYYY-MM-DD`
 * ({@link IsoDate}), never a moment in time, so no time zone ever applies to it.
 *
 * All arithmetic here is pure year/month/day arithmetic on a day count (days since
 * 1970-01-01 in the proleptic Gregorian calendar). It deliberately does not go through
 * local `Date` objects (nor date-fns, which computes in the machine's zone): some zones
 * skipped whole calendar days (Pacific/Kiritimati has no 1994-12-31, Pacific/Apia no
 * 2011-12-30), and DST jumps at midnight make "local midnight + 1 day" unreliable. The
 * results are identical on every machine (tests/core/values/timezones.test.ts checks this).
 * The one place where the machine's zone is intended is {@link todayIso}.
 *
 * Date values users write ({@link coerceDate}) — accepted forms:
 * - `2026-11-05` (a real calendar day; years 0001–9999);
 * - a date with a time: `2026-11-05T09:30`, `2026-11-05 09:30`, `2026-11-05T09:30:00`,
 *   `2026-11-05T09:30:00.000Z`, `2026-11-05T09:30+02:00` — the date is taken as written,
 *   never shifted by the offset or the machine's zone;
 * - a link to a daily note: `[[2026-11-05]]`, `[[Daily/2026-11-05|Nov 5]]`, and the nested
 *   list YAML makes of an unquoted `[[2026-11-05]]`;
 * - a JavaScript `Date` (some YAML parsers turn `2026-11-05` into one, at UTC midnight):
 *   its UTC calendar day;
 * - a list holding one date: that date; a list of several: the latest, reported as a
 *   problem.
 *
 * Null, undefined and empty or blank strings mean "no date" and are not a problem.
 * Everything else — numbers like `20261105`, `31/02/2026`, `2026-02-30`, `0000-00-00`,
 * `10000-01-01`, `soon`, booleans, objects — gives no date and a problem saying why.
 */
import type { IsoDate } from "../model/types";
import { flatten } from "./yaml-shapes";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date, optionally followed by a time and a zone (which are ignored). */
const DATE_WITH_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
/** A whole value that is one wikilink (not global: shared, and read with exec). */
export const WIKILINK = /^!?\[\[([^\]]*)\]\]$/;

/** Problem text: what the value is, quoted the way a user would recognise it. */
function show(value: unknown): string {
	if (typeof value === "string") return `"${value}"`;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	if (value instanceof Date) return "a date object";
	return "an object";
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for `YYYY-MM-DD` strings naming a real calendar day in the years 0001–9999. */
export function isIsoDate(s: string): boolean {
	return partsOf(s) !== null;
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, "0");
}

/** Formats a year/month/day as `YYYY-MM-DD` (no validation). */
export function isoFromParts(year: number, month: number, day: number): IsoDate {
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

interface Parts {
	year: number;
	month: number;
	day: number;
}

/** The parts of a `YYYY-MM-DD` string naming a real calendar day, else null. Four digits keep the year at most 9999. */
function partsOf(s: string): Parts | null {
	const m = ISO_DATE.exec(s);
	if (!m) return null;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

function parts(date: IsoDate): Parts {
	const found = partsOf(date);
	if (!found) throw new RangeError(`Not a YYYY-MM-DD calendar day: ${date}`);
	return found;
}

/** Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil. */
function toDayNumber({ year, month, day }: Parts): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** Inverse of {@link toDayNumber}: Howard Hinnant's civil_from_days. */
function fromDayNumber(n: number): Parts {
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
	return { year, month, day };
}

/** The first and last days an IsoDate can name: four-digit years. */
export const FIRST_DAY: IsoDate = "0001-01-01";
export const LAST_DAY: IsoDate = "9999-12-31";
const FIRST_DAY_NUMBER = toDayNumber({ year: 1, month: 1, day: 1 });
const LAST_DAY_NUMBER = toDayNumber({ year: 9999, month: 12, day: 31 });

/**
 * The calendar day `n` days after `date` (before it when `n` is negative), held to the
 * days an IsoDate can name: a weekly cadence from `9999-12-30` is due on `9999-12-31`, never
 * on a five-digit year no other function could read. Throws a RangeError when `date` is not
 * a valid IsoDate (a programming error: values from notes go through {@link coerceDate} first).
 */
export function addDaysIso(date: IsoDate, n: number): IsoDate {
	const shifted = toDayNumber(parts(date)) + (Number.isNaN(n) ? 0 : Math.trunc(n));
	const held = Math.min(LAST_DAY_NUMBER, Math.max(FIRST_DAY_NUMBER, shifted));
	const { year, month, day } = fromDayNumber(held);
	return isoFromParts(year, month, day);
}

/** Whole calendar days from `earlier` to `later` (negative when `later` is before `earlier`). */
export function diffDaysIso(later: IsoDate, earlier: IsoDate): number {
	return toDayNumber(parts(later)) - toDayNumber(parts(earlier));
}

/**
 * Today's calendar day on this machine. The only function that reads the local time
 * zone, on purpose: "today" is the user's day. Pass `now` in tests.
 */
export function todayIso(now: Date = new Date()): IsoDate {
	return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The latest of the given dates, ignoring null/undefined and invalid strings; null if none. */
export function maxIso(dates: Iterable<IsoDate | null | undefined>): IsoDate | null {
	let best: IsoDate | null = null;
	for (const d of dates) {
		if (d == null || !isIsoDate(d)) continue;
		// Four-digit years: string order is calendar order.
		if (best === null || d > best) best = d;
	}
	return best;
}

/** The earliest of the given dates, ignoring null/undefined and invalid strings; null if none. */
export function minIso(dates: Iterable<IsoDate | null | undefined>): IsoDate | null {
	let best: IsoDate | null = null;
	for (const d of dates) {
		if (d == null || !isIsoDate(d)) continue;
		if (best === null || d < best) best = d;
	}
	return best;
}

function plural(n: number, unit: string): string {
	return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** Whole calendar months from `from` to `to` (to >= from), e.g. 01-31 → 03-30 is 1. */
function wholeMonths(from: Parts, to: Parts): number {
	const months = (to.year - from.year) * 12 + (to.month - from.month);
	return to.day < from.day ? months - 1 : months;
}

/**
 * A short human distance from `today` to `date`: "today", "yesterday", "tomorrow",
 * "3 days ago" (up to 13 days), "2 weeks ago" (14–59 days), "3 months ago" (whole
 * calendar months, at least 2, under a year), "1 year ago" (whole calendar years); the future reads "in 5 days",
 * "in 2 weeks", "in 3 months", "in 1 year".
 */
export function formatRelative(date: IsoDate, today: IsoDate): string {
	const diff = diffDaysIso(today, date);
	if (diff === 0) return "today";
	if (diff === 1) return "yesterday";
	if (diff === -1) return "tomorrow";
	const days = Math.abs(diff);
	let amount: string;
	if (days < 14) {
		amount = plural(days, "day");
	} else if (days < 60) {
		amount = plural(Math.floor(days / 7), "week");
	} else {
		const [from, to] = diff > 0 ? [parts(date), parts(today)] : [parts(today), parts(date)];
		// 60+ days read as at least 2 months, so the scale never goes back ("8 weeks" → "1 month").
		const months = Math.max(2, wholeMonths(from, to));
		amount = months < 12 ? plural(months, "month") : plural(Math.floor(months / 12), "year");
	}
	return diff > 0 ? `${amount} ago` : `in ${amount}`;
}

export interface CoercedDate {
	date: IsoDate | null;
	/** Set when the value was present but not (entirely) a date: what was wrong. */
	problem?: string;
}

/** No date, and the problem: what the value is not, and how to write a date instead. */
function noDate(problem: string, write = "YYYY-MM-DD"): CoercedDate {
	return { date: null, problem: `${problem} (write ${write})` };
}

/** Null, undefined and blank text: no value at all, which is not a problem. */
export function isBlank(value: unknown): boolean {
	return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Reads one string as a date; null date + problem when it is not one. */
function dateFromString(raw: string): CoercedDate {
	let s = raw.trim();
	if (s === "") return { date: null };
	const link = WIKILINK.exec(s);
	if (link) {
		// [[Daily/2026-11-05#Heading|Nov 5]] → 2026-11-05
		const target = (link[1] ?? "").split("|")[0]?.split("#")[0]?.trim() ?? "";
		s = target.split("/").pop() ?? "";
		if (s.toLowerCase().endsWith(".md")) s = s.slice(0, -3);
	}
	const m = DATE_WITH_TIME.exec(s);
	if (!m) return noDate(`${show(raw)} is not a date`);
	const date = `${m[1]}-${m[2]}-${m[3]}`;
	return isIsoDate(date) ? { date } : noDate(`${show(raw)} is not a real calendar day`);
}

function dateFromDateObject(value: Date): CoercedDate {
	const time = value.getTime();
	if (Number.isNaN(time)) return { date: null, problem: "an invalid date object is not a date" };
	const year = value.getUTCFullYear();
	// Years outside 0001–9999 do not make four digits, or make 0000: not a day isIsoDate accepts.
	const date = isoFromParts(year, value.getUTCMonth() + 1, value.getUTCDate());
	return isIsoDate(date) ? { date } : { date: null, problem: `year ${year} is out of range (0001–9999)` };
}

/**
 * Reads a frontmatter value as a calendar day. See the file comment for the accepted
 * forms. Never throws; `problem` explains anything that was present but not usable.
 */
export function coerceDate(value: unknown): CoercedDate {
	if (value === null || value === undefined) return { date: null };
	if (typeof value === "string") return dateFromString(value);
	if (value instanceof Date) return dateFromDateObject(value);
	if (typeof value === "number") {
		if (Number.isInteger(value) && value >= 10000101 && value <= 99991231) {
			const guess = isoFromParts(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
			if (isIsoDate(guess)) return noDate(`${value} is a number, not a date`, guess);
		}
		return noDate(`${value} is a number, not a date`);
	}
	if (Array.isArray(value)) {
		const items = flatten([value]).filter((v) => !isBlank(v));
		if (items.length === 0) return { date: null };
		const dates: IsoDate[] = [];
		for (const item of items) {
			const one = coerceDate(item);
			if (one.date) dates.push(one.date);
		}
		const latest = maxIso(dates);
		if (items.length === 1) return latest ? { date: latest } : coerceDate(items[0]);
		return latest
			? { date: latest, problem: `a list of ${items.length} values is not one date; the latest, ${latest}, is used` }
			: noDate("a list with no date in it is not a date");
	}
	return noDate(`${show(value)} is not a date`);
}
