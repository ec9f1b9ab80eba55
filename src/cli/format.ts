/**
 * Human output of the command line: aligned columns, relative dates ("3 weeks ago"),
 * reasons, due and overdue markers, and plain words for empty results. Pure functions of
 * the data and a Style; colour is decided once, by the caller, from the terminal.
 */
import { cadenceText } from "../core/values/cadence";
import { formatRelative } from "../core/values/dates";
import type { FollowUp } from "../core/overview/followups";
import type { PostMatch } from "../core/match/posts-for";
import type { IsoDate, Problem } from "../core/model/types";

export interface Style {
	bold: (text: string) => string;
	dim: (text: string) => string;
	red: (text: string) => string;
	yellow: (text: string) => string;
	green: (text: string) => string;
	cyan: (text: string) => string;
}

function ansi(open: number, close: number): (text: string) => string {
	return (text) => (text === "" ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

/** ANSI colours when `enabled`, plain text otherwise. */
export function createStyle(enabled: boolean): Style {
	if (!enabled) {
		const plain = (text: string): string => text;
		return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
	}
	return { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), cyan: ansi(36, 39) };
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
	return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === "");
}

/** Characters as a terminal counts them (code points; combining marks count zero). */
export function displayWidth(text: string): number {
	return [...text.normalize("NFC")].filter((ch) => !/\p{M}/u.test(ch)).length;
}

function pad(text: string, width: number): string {
	return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
	return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

interface Column {
	/** Cell text per row, before colouring. */
	cells: string[];
	align?: "left" | "right";
	/** Colours one cell after padding (so colour codes never break alignment). */
	paint?: (cell: string, row: number) => string;
}

/** Rows of aligned columns, two spaces apart, without trailing spaces. */
export function columns(cols: Column[], indent = "  "): string[] {
	const rows = Math.max(0, ...cols.map((col) => col.cells.length));
	const widths = cols.map((col) => Math.max(0, ...col.cells.map(displayWidth)));
	const lines: string[] = [];
	for (let row = 0; row < rows; row++) {
		const cells = cols.map((col, i) => {
			const text = col.cells[row] ?? "";
			const last = i === cols.length - 1;
			const padded = col.align === "right" ? padStart(text, widths[i] ?? 0) : last ? text : pad(text, widths[i] ?? 0);
			if (!col.paint) return padded;
			// Paint the text only; keep the padding outside the colour.
			const start = padded.indexOf(text);
			return padded.slice(0, start) + col.paint(text, row) + padded.slice(start + text.length);
		});
		lines.push((indent + cells.join("  ")).replace(/\s+$/, ""));
	}
	return lines;
}

/**
 * Reasons as lines of at most `width` characters, each after `indent`, joined by "; " and
 * broken between reasons; a reason too long for a line of its own is broken between words.
 */
export function wrapReasons(reasons: readonly string[], indent: string, width = 100): string[] {
	const lines: string[] = [];
	let line = "";
	const fits = (text: string): boolean => displayWidth(indent + text) <= width;
	for (const [i, reason] of reasons.entries()) {
		const piece = i < reasons.length - 1 ? `${reason};` : reason;
		const joined = line === "" ? piece : `${line} ${piece}`;
		if (fits(joined)) {
			line = joined;
			continue;
		}
		if (line !== "") lines.push(indent + line);
		line = "";
		for (const word of piece.split(" ")) {
			const next = line === "" ? word : `${line} ${word}`;
			if (line !== "" && !fits(next)) {
				lines.push(indent + line);
				line = word;
			} else {
				line = next;
			}
		}
	}
	if (line !== "") lines.push(indent + line);
	return lines;
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}


export function lastContactText(lastContact: IsoDate | null, today: IsoDate): string {
	return lastContact === null ? "never contacted" : `last contact ${formatRelative(lastContact, today)}`;
}

export interface DueState {
	due: boolean;
	nextDue: IsoDate | null;
	overdueDays: number;
	archived?: boolean;
	snoozedUntil?: IsoDate | null;
}

/** "overdue 5 days", "due today", "due in 3 weeks", "no cadence", "archived", "snoozed until 2026-12-10". */
export function dueText(state: DueState, today: IsoDate): string {
	if (state.archived) return "archived";
	if (state.snoozedUntil) return `snoozed until ${state.snoozedUntil}`;
	if (state.due) return state.overdueDays > 0 ? `overdue ${plural(state.overdueDays, "day")}` : "due today";
	if (state.nextDue === null) return "no cadence";
	return `due ${formatRelative(state.nextDue, today)}`;
}

function paintDue(style: Style, state: DueState): (text: string) => string {
	if (state.archived || !state.due) return style.dim;
	return state.overdueDays > 0 ? style.red : style.yellow;
}

function score(value: number): string {
	return value.toFixed(2);
}

function problemsFooter(style: Style, problems: number, vault: string): string[] {
	if (problems === 0) return [];
	return ["", style.dim(`${plural(problems, "problem")} found in the vault; run top-of-mind stats --vault ${quoteArg(vault)} to see them.`)];
}

/** Quotes a shell argument only when it needs it. */
export function quoteArg(arg: string): string {
	return /^[\w./~:@%+=,-]+$/.test(arg) ? arg : `"${arg.replace(/(["\\$`])/g, "\\$1")}"`;
}

export interface PersonRow extends DueState {
	path: string;
	name: string;
	score: number;
	reasons: string[];
	lastContact: IsoDate | null;
}

export interface WhoCaresView {
	vault: string;
	note: string;
	title: string;
	today: IsoDate;
	peopleInVault: number;
	people: PersonRow[];
	alreadyShared: PersonRow[];
	problems: number;
}

function personRows(style: Style, rows: PersonRow[], today: IsoDate, numbered: boolean): string[] {
	const table = columns([
		...(numbered ? [{ cells: rows.map((_, i) => `${i + 1}.`), align: "right" as const }] : []),
		{ cells: rows.map((row) => row.name), paint: style.bold },
		{ cells: rows.map((row) => score(row.score)), align: "right", paint: style.dim },
		{ cells: rows.map((row) => lastContactText(row.lastContact, today)) },
		{ cells: rows.map((row) => dueText(row, today)), paint: (cell, i) => paintDue(style, rows[i] as PersonRow)(cell) },
	]);
	const reasonIndent = numbered ? `  ${" ".repeat(displayWidth(`${rows.length}.`))}  ` : "    ";
	const out: string[] = [];
	rows.forEach((row, i) => {
		out.push(table[i] as string);
		if (row.reasons.length > 0) out.push(...wrapReasons(row.reasons, reasonIndent).map(style.dim));
	});
	return out;
}

export function formatWhoCares(view: WhoCaresView, style: Style): string {
	const lines = [style.bold(`Who cares about "${view.title}"`), style.dim(`${view.note} · ${view.today}`), ""];
	if (view.peopleInVault === 0) {
		lines.push(noPeopleYet());
	} else if (view.people.length === 0) {
		lines.push(
			view.alreadyShared.length > 0
				? "No one else looks likely to care about this note."
				: "No one looks likely to care about this note yet: no shared topics, words or mentions.",
		);
	} else {
		lines.push(...personRows(style, view.people, view.today, true));
	}
	if (view.alreadyShared.length > 0) {
		lines.push("", style.bold(`Already shared with (${view.alreadyShared.length})`), ...personRows(style, view.alreadyShared, view.today, false));
	}
	lines.push(...problemsFooter(style, view.problems, view.vault));
	return lines.join("\n") + "\n";
}

function noPeopleYet(): string {
	return "No people yet. A note is a person when it has type: person, the tag #person, or sits in a people folder set in the plugin's settings.";
}

/** A follow-up as the JSON output shows it: suggested posts without their reasons. */
export interface FollowUpRow extends Omit<FollowUp, "suggestedPosts"> {
	suggestedPosts: Array<Omit<PostMatch, "reasons" | "evidence">>;
}

export interface FollowUpsView {
	vault: string;
	today: IsoDate;
	due: FollowUpRow[];
	/** How many are due in all (the list may be cut by --limit). */
	totalDue: number;
	/** Snoozed people: not due until the day beside them. */
	snoozed: ReadonlyArray<{ name: string; snoozedUntil: IsoDate }>;
	problems: number;
}

export function formatFollowups(view: FollowUpsView, style: Style): string {
	const lines: string[] = [];
	if (view.due.length === 0) {
		lines.push(`No one is due for a follow-up on ${view.today}.`);
	} else {
		const shown = view.due.length < view.totalDue ? `, ${view.due.length} shown` : "";
		lines.push(style.bold(`Follow-ups for ${view.today}: ${plural(view.totalDue, "person", "people")} due${shown}`), "");
		const rows = view.due;
		const table = columns([
			{ cells: rows.map((row) => row.name), paint: style.bold },
			{
				cells: rows.map((row) => dueText({ due: true, nextDue: row.nextDue, overdueDays: row.overdueDays }, view.today)),
				paint: (cell, i) => ((rows[i]?.overdueDays ?? 0) > 0 ? style.red(cell) : style.yellow(cell)),
			},
			{ cells: rows.map((row) => lastContactText(row.lastContact, view.today)) },
			{ cells: rows.map((row) => cadenceText(row.cadenceDays)), paint: style.dim },
		]);
		rows.forEach((row, i) => {
			lines.push(table[i] as string);
			if (row.suggestedPosts.length === 0) lines.push(style.dim("    no unsent published post suits them"));
			for (const post of row.suggestedPosts) lines.push(`    ${style.cyan("→")} ${post.title} ${style.dim(`(${score(post.score)})`)}`);
		});
		const more = view.totalDue - view.due.length;
		if (more > 0) lines.push("", style.dim(`${more} more due; --limit ${view.totalDue} lists everyone.`));
	}
	if (view.snoozed.length > 0) {
		const names = view.snoozed.map((person) => `${person.name} until ${person.snoozedUntil}`).join(", ");
		lines.push("", style.dim(`Snoozed: ${names}.`));
	}
	lines.push(...problemsFooter(style, view.problems, view.vault));
	return lines.join("\n") + "\n";
}

export interface PeopleRow {
	path: string;
	name: string;
	lastContact: IsoDate | null;
	cadenceDays: number | null;
	nextDue: IsoDate | null;
	due: boolean;
	overdueDays: number;
	snoozedUntil: IsoDate | null;
	archived: boolean;
}

export interface PeopleView {
	vault: string;
	today: IsoDate;
	onlyDue: boolean;
	people: PeopleRow[];
	/** Every person in the vault, before the --due filter. */
	total: number;
	problems: number;
}

export function formatPeople(view: PeopleView, style: Style): string {
	const lines: string[] = [];
	const rows = view.people;
	if (view.total === 0) {
		lines.push(noPeopleYet());
	} else if (rows.length === 0) {
		lines.push(`No one is due for a follow-up on ${view.today}.`);
	} else {
		const due = rows.filter((row) => row.due).length;
		const archived = rows.filter((row) => row.archived).length;
		const summary = view.onlyDue
			? `People due for a follow-up on ${view.today}: ${rows.length}`
			: `People on ${view.today}: ${rows.length} (${due} due${archived > 0 ? `, ${archived} archived` : ""})`;
		lines.push(style.bold(summary), "");
		const header = ["Name", "Last contact", "Cadence", "Next due", "Status"];
		const contact = (row: PeopleRow): string =>
			row.lastContact === null ? "never" : `${row.lastContact} (${formatRelative(row.lastContact, view.today)})`;
		const cells = (pick: (row: PeopleRow) => string, title: string): string[] => [title, ...rows.map(pick)];
		const at = (i: number): PeopleRow => rows[i - 1] as PeopleRow;
		lines.push(
			...columns([
				{ cells: cells((row) => row.name, header[0] as string), paint: (cell, i) => (i === 0 ? style.dim(cell) : at(i).archived ? style.dim(cell) : style.bold(cell)) },
				{ cells: cells(contact, header[1] as string), paint: (cell, i) => (i === 0 ? style.dim(cell) : cell) },
				{ cells: cells((row) => (row.cadenceDays === null ? "none" : cadenceText(row.cadenceDays)), header[2] as string), paint: (cell, i) => (i === 0 ? style.dim(cell) : cell) },
				{ cells: cells((row) => row.nextDue ?? "—", header[3] as string), paint: (cell, i) => (i === 0 ? style.dim(cell) : cell) },
				{
					cells: cells((row) => (row.archived || row.due || row.nextDue !== null ? dueText(row, view.today) : ""), header[4] as string),
					paint: (cell, i) => (i === 0 ? style.dim(cell) : paintDue(style, at(i))(cell)),
				},
			]),
		);
	}
	lines.push(...problemsFooter(style, view.problems, view.vault));
	return lines.join("\n") + "\n";
}

export interface PostsForView {
	vault: string;
	today: IsoDate;
	person: PeopleRow;
	posts: Array<{ path: string; title: string; score: number; reasons: string[] }>;
	problems: number;
}

export function formatPostsFor(view: PostsForView, style: Style): string {
	const person = view.person;
	const status = [
		lastContactText(person.lastContact, view.today),
		cadenceText(person.cadenceDays),
		...(person.archived || person.due || person.nextDue !== null ? [paintDue(style, person)(dueText(person, view.today))] : []),
	];
	const lines = [style.bold(`Posts for ${person.name}`), style.dim(`${person.path} · ${view.today}`), status.join(" · "), ""];
	if (view.posts.length === 0) {
		lines.push(`No published post that ${person.name} has not been sent suits them yet.`);
	} else {
		const posts = view.posts;
		const table = columns([
			{ cells: posts.map((_, i) => `${i + 1}.`), align: "right" },
			{ cells: posts.map((post) => post.title), paint: style.bold },
			{ cells: posts.map((post) => score(post.score)), align: "right", paint: style.dim },
		]);
		const indent = `  ${" ".repeat(displayWidth(`${posts.length}.`))}  `;
		posts.forEach((post, i) => {
			lines.push(table[i] as string);
			if (post.reasons.length > 0) lines.push(...wrapReasons(post.reasons, indent).map(style.dim));
		});
	}
	lines.push(...problemsFooter(style, view.problems, view.vault));
	return lines.join("\n") + "\n";
}

export interface StatsView {
	vault: string;
	today: IsoDate;
	notes: number;
	people: number;
	posts: number;
	dailyNotes: number;
	due: number;
	archived: number;
	/** Files left out by Obsidian's "Excluded files" setting. */
	ignored: number;
	problems: Problem[];
}

export function formatStats(view: StatsView, style: Style): string {
	const lines = [style.bold(`Vault ${view.vault}`), style.dim(`on ${view.today}`), ""];
	const extra = (parts: string[]): string => (parts.length > 0 ? style.dim(`  (${parts.join(", ")})`) : "");
	const rows: Array<[string, string, string]> = [
		["Notes", String(view.notes), extra([...(view.ignored > 0 ? [`${view.ignored} more left out by Obsidian's excluded files`] : [])])],
		["People", String(view.people), extra([`${view.due} due`, ...(view.archived > 0 ? [`${view.archived} archived`] : [])])],
		["Posts", String(view.posts), ""],
		["Daily notes", String(view.dailyNotes), ""],
	];
	const table = columns([{ cells: rows.map((row) => row[0]) }, { cells: rows.map((row) => row[1]), align: "right" }, { cells: rows.map((row) => row[2]) }]);
	lines.push(...table, "");
	if (view.problems.length === 0) {
		lines.push(style.green("No problems found."));
	} else {
		lines.push(style.bold(`${plural(view.problems.length, "problem")}:`));
		for (const problem of view.problems) {
			lines.push(`  ${style.yellow(problem.path)} ${style.dim(`(${problem.key})`)}`, `    ${problem.message}`);
		}
	}
	return lines.join("\n") + "\n";
}
