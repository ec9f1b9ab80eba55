/**
 * The commands of the command line. Each reads the vault with the same core the
 * plugin uses and returns both a JSON object (exactly the keys tests/cli/cli.test.ts checks)
 * and the human text; `main.ts` prints one of them.
 */
import { isExcluded, optsOut } from "../core/vault/classify";
import { isInTemplatesFolder } from "../core/vault/ignore-filters";
import { statusOf } from "../core/index/contact-status";
import { todayIso } from "../core/values/dates";
import { followupList } from "../core/overview/followups";
import { networkCounts } from "../core/overview/network-counts";
import { problemKind } from "../core/model/problems";
import { pairKey, postsFor } from "../core/match/posts-for";
import type { IsoDate, NoteRecord, Person } from "../core/model/types";
import { whoCares } from "../core/match/who-cares";
import type { CommandArgs } from "./args";
import { CliError } from "./errors";
import {
	formatFollowups,
	formatPeople,
	formatPostsFor,
	formatStats,
	formatWhoCares,
	type PeopleRow,
	type Style,
} from "./format";
import { allProblems, openVault, type VaultContext } from "./load-vault";
import { resolveNotePath } from "./vault-reader";
import { reportCommand } from "./report-command";
import { importCommand } from "./import-command";

/** What a command prints: `json` with `--json`, else `text(style)`. */
export interface CommandOutput {
	json: unknown;
	text: (style: Style) => string;
}

/**
 * The record of a note named on the command line. Throws a one-line CliError when the
 * note is missing, outside the vault, unreadable, or left out by the user's settings.
 */
export function findNote(context: VaultContext, arg: string): NoteRecord {
	const path = resolveNotePath(context.vault, arg);
	const record = context.records.get(path);
	if (record === undefined) {
		// The note's own problem, or its folder's, when the folder could not be read.
		const unread = context.readProblems.find((problem) => problem.key === "file" && (problem.path === path || path.startsWith(`${problem.path}/`) || problem.path === "."));
		if (unread !== undefined) {
			const why = /\(([^)]+)\)/.exec(unread.message)?.[1] ?? unread.message.replace(/[.;].*$/, "");
			throw new CliError(`Could not read the note (${why}): ${arg}`);
		}
		if (context.isIgnored(path)) throw new CliError(`The note is left out by Obsidian's "Excluded files" setting: ${arg}`);
		if (isInTemplatesFolder(path, context.templatesFolders)) throw new CliError(`The note is in the Templates folder, which is never read: ${arg}`);
		throw new CliError(`The note was not read from the vault: ${arg}`);
	}
	if (isExcluded(path, context.index.config)) throw new CliError(`The note is in a folder excluded in Top of Mind's settings: ${arg}`);
	if (optsOut(record)) throw new CliError(`The note opts out with "top-of-mind: ignore": ${arg}`);
	return record;
}

function today(args: CommandArgs): IsoDate {
	return args.today ?? todayIso();
}

function peopleRow(context: VaultContext, person: Person, day: IsoDate): PeopleRow {
	const status = statusOf(context.index, person, day);
	return {
		path: person.path,
		name: person.name,
		lastContact: status.lastContact,
		cadenceDays: status.cadenceDays,
		nextDue: status.nextDue,
		due: status.due,
		overdueDays: status.overdueDays,
		snoozedUntil: status.snoozedUntil,
		archived: person.archived,
	};
}

export function whoCaresCommand(context: VaultContext, args: CommandArgs): CommandOutput {
	const record = findNote(context, args.note ?? "");
	const day = today(args);
	// "Not for them" pairs hold for this note in both directions.
	const exclude = new Set<string>();
	for (const person of context.index.allPeople()) {
		if (context.settings.notForThem.has(pairKey(person.path, record.path))) exclude.add(person.path);
	}
	const result = whoCares(context.index, record, day, { limit: args.limit ?? context.settings.resultLimit, exclude, every: args.all });
	const plain = (match: (typeof result.people)[number]): object => ({
		path: match.path,
		name: match.name,
		score: match.score,
		pairScore: match.pairScore,
		reasons: match.reasons,
		evidence: match.evidence,
		lastContact: match.lastContact,
		due: match.due,
	});
	return {
		json: { note: result.note, people: result.people.map(plain), alreadyShared: result.alreadyShared.map(plain) },
		text: (style) =>
			formatWhoCares(
				{
					vault: context.vault,
					note: result.note,
					title: result.title,
					today: day,
					peopleInVault: context.index.allPeople().length,
					people: result.people,
					alreadyShared: result.alreadyShared,
					problems: allProblems(context).length,
				},
				style,
			),
	};
}

export function followupsCommand(context: VaultContext, args: CommandArgs): CommandOutput {
	const day = today(args);
	const { due, moreDue, snoozed } = followupList(context.index, day, { limit: args.limit ?? 20, notForThem: context.settings.notForThem });
	return {
		json: {
			today: day,
			due: due.map((entry) => ({
				path: entry.path,
				name: entry.name,
				lastContact: entry.lastContact,
				cadenceDays: entry.cadenceDays,
				overdueDays: entry.overdueDays,
				suggestedPosts: entry.suggestedPosts.map((post) => ({ path: post.path, title: post.title, score: post.score, pairScore: post.pairScore })),
			})),
			moreDue,
			snoozed,
		},
		text: (style) => formatFollowups({ vault: context.vault, today: day, due, totalDue: due.length + moreDue, snoozed, problems: allProblems(context).length }, style),
	};
}

export function peopleCommand(context: VaultContext, args: CommandArgs): CommandOutput {
	const day = today(args);
	const everyone = context.index.allPeople().map((person) => peopleRow(context, person, day));
	const people = args.due ? everyone.filter((row) => row.due) : everyone;
	return {
		json: {
			people: people.map((row) => ({
				path: row.path,
				name: row.name,
				lastContact: row.lastContact,
				cadenceDays: row.cadenceDays,
				nextDue: row.nextDue,
				due: row.due,
				snoozedUntil: row.snoozedUntil,
				archived: row.archived,
			})),
		},
		text: (style) =>
			formatPeople({ vault: context.vault, today: day, onlyDue: args.due, people, total: everyone.length, problems: allProblems(context).length }, style),
	};
}

export function postsForCommand(context: VaultContext, args: CommandArgs): CommandOutput {
	const arg = args.note ?? "";
	const record = findNote(context, arg);
	const person = context.index.person(record.path);
	if (person === undefined) throw new CliError(`Not a person note: ${arg} (person notes have type: person, the tag #person, or sit in a people folder set in the plugin's settings)`);
	const day = today(args);
	const posts = postsFor(context.index, person, {
		limit: args.limit ?? context.settings.resultLimit,
		// `--all` reads the whole ranking: every unsent post but ideas, drafts too.
		publishedOnly: !args.all,
		notForThem: context.settings.notForThem,
		every: args.all,
	});
	return {
		json: { person: person.path, posts: posts.map((post) => ({ path: post.path, title: post.title, score: post.score, pairScore: post.pairScore, reasons: post.reasons, evidence: post.evidence })) },
		text: (style) =>
			formatPostsFor({ vault: context.vault, today: day, person: peopleRow(context, person, day), posts, problems: allProblems(context).length }, style),
	};
}

export function statsCommand(context: VaultContext, args: CommandArgs): CommandOutput {
	const day = today(args);
	const problems = allProblems(context);
	const counts = networkCounts(context.index, day, problems);
	return {
		json: {
			notes: counts.notes,
			people: counts.people,
			posts: counts.posts,
			dailyNotesRead: counts.dailyNotesRead,
			due: counts.due,
			snoozed: counts.snoozed,
			contactedLast7Days: counts.contactedLast7Days,
			problemsByKind: counts.problemsByKind,
			problems: problems.map((problem) => ({ path: problem.path, key: problem.key, kind: problemKind(problem), message: problem.message })),
		},
		text: (style) =>
			formatStats(
				{
					vault: context.vault,
					today: day,
					notes: counts.notes,
					people: counts.people,
					posts: counts.posts,
					dailyNotes: counts.dailyNotesRead,
					due: counts.due,
					archived: counts.archived,
					ignored: context.ignored,
					problems,
				},
				style,
			),
	};
}

const COMMAND_RUNNERS: Record<Exclude<CommandArgs["command"], "import">, (context: VaultContext, args: CommandArgs) => CommandOutput> = {
	"who-cares": whoCaresCommand,
	followups: followupsCommand,
	people: peopleCommand,
	"posts-for": postsForCommand,
	stats: statsCommand,
	report: reportCommand,
};

/** Runs one parsed command line. Notes named on it are checked before the vault is read. */
export async function runCommand(args: CommandArgs): Promise<CommandOutput> {
	if (args.note !== undefined) resolveNotePath(args.vault, args.note);
	const context = await openVault(args.vault, args.language);
	// import reads and writes files, so it alone runs asynchronously.
	if (args.command === "import") return importCommand(context, args);
	return COMMAND_RUNNERS[args.command](context, args);
}
