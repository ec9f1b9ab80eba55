/**
 * Is the practice working: posts published, shares and replies, contacts and the share of
 * people within their cadence, per week or month over a span of days, and the posts and
 * people behind them. One function for the command line's `report` and the plugin's view.
 *
 * The rules (README "Networking report"): periods start on a Monday or the 1st of a month,
 * oldest first, and cover `from`..`to`; the first period counts only what is on or after
 * `from`; nothing after `to` (or after today) counts anywhere; archived people count nowhere.
 */
import { contactStatus } from "../contact/last-contact";
import { logKind } from "../contact/log-section";
import type { NetworkIndex } from "../index/network-index";
import type { IsoDate, LogEntry, Person } from "../model/types";
import { compareText } from "../model/compare";
import { addDaysIso, isIsoDate, isoFromParts, minIso } from "../values/dates";

export type ReportPeriod = "week" | "month";

export interface ReportOptions {
	/** The last day counted (default today). */
	to?: IsoDate;
	/** The first day counted (default: the start of the 11th period before the one holding `to`). */
	from?: IsoDate;
	period?: ReportPeriod;
}

export interface PeriodFigures {
	start: IsoDate;
	postsPublished: number;
	shares: number;
	replies: number;
	contacts: number;
	peopleContacted: number;
	/** The share of people within their cadence on the period's last day (or `to`), 3 decimals; null with no people. */
	inCadenceRatio: number | null;
}

export interface PostFigures {
	path: string;
	title: string;
	published: IsoDate | null;
	shares: number;
	replies: number;
}

export interface NetworkReport {
	from: IsoDate;
	to: IsoDate;
	period: ReportPeriod;
	periods: PeriodFigures[];
	inCadence: { people: number; within: number; ratio: number | null };
	posts: PostFigures[];
	neverContacted: string[];
}

/** How many periods the report covers when `from` is not given. */
export const DEFAULT_PERIODS = 12;

/** The first day of the period holding `date`: its Monday, or the 1st of its month. */
export function periodStart(date: IsoDate, period: ReportPeriod): IsoDate {
	if (period === "month") return `${date.slice(0, 8)}01`;
	const [year, month, day] = date.split("-").map(Number) as [number, number, number];
	// 0 = Monday, as ISO weeks count.
	const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
	return addDaysIso(date, -weekday);
}

/** The first day of the period after the one starting on `start`. */
function nextStart(start: IsoDate, period: ReportPeriod): IsoDate {
	if (period === "week") return addDaysIso(start, 7);
	const year = Number(start.slice(0, 4));
	const month = Number(start.slice(5, 7));
	return month === 12 ? isoFromParts(year + 1, 1, 1) : isoFromParts(year, month + 1, 1);
}

/** The first day of the period `n` periods before the one starting on `start`. */
function startBefore(start: IsoDate, period: ReportPeriod, n: number): IsoDate {
	if (period === "week") return addDaysIso(start, -7 * n);
	const months = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 - n;
	return isoFromParts(Math.max(1, Math.floor(months / 12)), (months % 12) + 1, 1);
}

/** The posts a log line of one kind (Shared, Replied) names, resolved from the person's note. */
function postsOf(index: NetworkIndex, person: Person, entry: LogEntry, kind: "shared" | "replied"): string[] {
	if (logKind(entry) !== kind) return [];
	const posts = new Set<string>();
	for (const link of entry.links) {
		const post = index.resolvePost(link, person.path);
		if (post !== null) posts.add(post);
	}
	return [...posts];
}

/**
 * Every day a person was in touch, oldest first, each once, from every source the engine
 * reads (as lastContact does): the property, log lines, daily and dated notes.
 */
function contactDays(index: NetworkIndex, person: Person): IsoDate[] {
	const days = new Set<IsoDate>(index.contactDates(person.path));
	if (person.lastContactField !== null) days.add(person.lastContactField);
	for (const entry of person.log) days.add(entry.date);
	return [...days].filter(isIsoDate).sort();
}

/** The latest of sorted `days` on or before `day`, or null. */
function lastOnOrBefore(days: readonly IsoDate[], day: IsoDate): IsoDate | null {
	let lo = 0;
	let hi = days.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((days[mid] as IsoDate) <= day) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 ? (days[lo - 1] as IsoDate) : null;
}

function ratio(within: number, people: number): number | null {
	return people === 0 ? null : Math.round((within / people) * 1000) / 1000;
}

/** The periods covering `from`..`to`, oldest first, each with nothing counted yet. */
function emptyPeriods(from: IsoDate, to: IsoDate, period: ReportPeriod): PeriodFigures[] {
	const periods: PeriodFigures[] = [];
	for (let start = periodStart(from, period); start <= to; start = nextStart(start, period)) {
		periods.push({ start, postsPublished: 0, shares: 0, replies: 0, contacts: 0, peopleContacted: 0, inCadenceRatio: null });
		// A period's start is a calendar day that never passes 9999-12-01: the loop ends there.
		if (start >= "9999-12-01") break;
	}
	return periods;
}

/** The index of the period holding `day` (a day from the first period's start on): the last that starts on or before it. */
function periodAt(periods: readonly PeriodFigures[], day: IsoDate): number {
	let lo = 0;
	let hi = periods.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if ((periods[mid] as PeriodFigures).start <= day) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** What the report counts over: the span, the periods, and which days count (`from`..`to`, never after today). */
interface Span {
	periods: PeriodFigures[];
	end: IsoDate;
	counts(day: IsoDate): boolean;
	periodOf(day: IsoDate): PeriodFigures;
}

/** One person's shares, replies and contacts counted into the span's periods and posts; their contact days, oldest first. */
function countPerson(index: NetworkIndex, person: Person, span: Span, byPost: Map<string, PostFigures>, contacted: Array<Set<string>>): IsoDate[] {
	for (const entry of person.log) {
		if (!span.counts(entry.date)) continue;
		const figures = span.periodOf(entry.date);
		// A line is one share (or reply), whatever number of posts it names; each post named counts it.
		const shared = postsOf(index, person, entry, "shared");
		const replied = postsOf(index, person, entry, "replied");
		if (shared.length > 0) figures.shares++;
		if (replied.length > 0) figures.replies++;
		for (const post of shared) (byPost.get(post) as PostFigures).shares++;
		for (const post of replied) (byPost.get(post) as PostFigures).replies++;
	}
	const days = contactDays(index, person);
	for (const day of days) {
		if (!span.counts(day)) continue;
		const at = periodAt(span.periods, day);
		(span.periods[at] as PeriodFigures).contacts++;
		(contacted[at] as Set<string>).add(person.path);
	}
	return days;
}

/** The report over `from`..`to` as of `today` (see the file comment for the rules). */
export function networkReport(index: NetworkIndex, today: IsoDate, options: ReportOptions = {}): NetworkReport {
	const period = options.period ?? "month";
	const to = options.to ?? today;
	const from = options.from ?? startBefore(periodStart(to, period), period, DEFAULT_PERIODS - 1);
	if (from > to) throw new RangeError(`The report's first day (${from}) is after its last (${to}).`);
	// Nothing after the last day nor after today counts.
	const end = minIso([to, today]) ?? to;
	const periods = emptyPeriods(from, to, period);
	const span: Span = { periods, end, counts: (day) => day >= from && day <= end, periodOf: (day) => periods[periodAt(periods, day)] as PeriodFigures };

	const byPost = new Map<string, PostFigures>();
	for (const post of index.allPosts()) {
		byPost.set(post.path, { path: post.path, title: post.title, published: post.published, shares: 0, replies: 0 });
		if (post.published !== null && span.counts(post.published)) span.periodOf(post.published).postsPublished++;
	}
	const people = index.allPeople().filter((person) => !person.archived);
	const contacted = periods.map(() => new Set<string>());
	const daysOf = new Map<Person, IsoDate[]>();
	for (const person of people) daysOf.set(person, countPerson(index, person, span, byPost, contacted));
	const neverContacted = people.filter((person) => !(daysOf.get(person) ?? []).some((day) => day <= end)).map((person) => person.path);

	const withinOn = (day: IsoDate): number => {
		// Contacts after today are not known yet, whatever day is measured.
		const seen = minIso([day, today]) ?? day;
		return people.filter((person) => !contactStatus(person, index.config, lastOnOrBefore(daysOf.get(person) ?? [], seen), day).due).length;
	};
	periods.forEach((figures, i) => {
		figures.peopleContacted = (contacted[i] as Set<string>).size;
		const next = periods[i + 1]?.start;
		const lastDay = minIso([next === undefined ? to : addDaysIso(next, -1), to]) ?? to;
		figures.inCadenceRatio = ratio(withinOn(lastDay), people.length);
	});
	const within = withinOn(to);
	return {
		from,
		to,
		period,
		periods,
		inCadence: { people: people.length, within, ratio: ratio(within, people.length) },
		posts: [...byPost.values()].sort((a, b) => b.shares - a.shares || b.replies - a.replies || compareText(a.path, b.path)),
		neverContacted: neverContacted.sort(compareText),
	};
}
