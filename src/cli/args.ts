/**
 * The command line's grammar: which commands exist, which options each takes, and the
 * help text that describes them. Parsing is strict (an unknown option or a missing value
 * is a usage error, exit code 2) and produces plain values the commands can trust.
 */
import { isNoteLanguage, LANGUAGES, type NoteLanguage } from "../core/model/languages";
import { isIsoDate } from "../core/values/dates";
import { CliError } from "./errors";

export const PROGRAM = "top-of-mind";

/** Exit code for mistakes in how the command was typed. */
export const USAGE_EXIT = 2;

export type CommandName = "who-cares" | "followups" | "people" | "posts-for" | "stats" | "report";

type OptionName = "vault" | "limit" | "all" | "from" | "to" | "period" | "today" | "json" | "due" | "language";

interface OptionSpec {
	/** True when the option takes a value (`--vault <dir>`). */
	takesValue: boolean;
	/** How the option is written in help: `--vault <dir>`. */
	usage: string;
	description: string;
}

interface CommandSpec {
	name: CommandName;
	/** One line for the command list. */
	summary: string;
	/** The positional argument, when the command takes one. */
	argument?: { name: string; description: string };
	options: OptionName[];
	/** Paragraph printed under the usage line in the command's help. */
	details: string[];
	example: string;
}

const OPTIONS: Record<OptionName, OptionSpec> = {
	vault: { takesValue: true, usage: "--vault <dir>", description: "The vault folder to read (required)" },
	limit: { takesValue: true, usage: "--limit N", description: "" },
	all: { takesValue: false, usage: "--all", description: "Every candidate with a score above 0, past the limit and the floor, reasons or not" },
	from: { takesValue: true, usage: "--from YYYY-MM-DD", description: "The report's first day (default: the start of the 11th period before the one holding --to)" },
	to: { takesValue: true, usage: "--to YYYY-MM-DD", description: "The report's last day (default: today)" },
	period: { takesValue: true, usage: "--period week|month", description: "Figures per ISO week (from Monday) or per calendar month (default month)" },
	today: {
		takesValue: true,
		usage: "--today YYYY-MM-DD",
		description: "The day to work out due dates for (default: today on this machine)",
	},
	json: { takesValue: false, usage: "--json", description: "Print one JSON object instead of text" },
	due: { takesValue: false, usage: "--due", description: "Only people due or overdue for a follow-up" },
	language: {
		takesValue: true,
		usage: "--language <code>",
		description: "The language notes are read in: auto, or a code such as eng, deu, jpn (default: the plugin's setting, auto)",
	},
};

const LIMIT_TEXT: Partial<Record<CommandName, string>> = {
	"who-cares": "Most people listed (default: the plugin's result limit, 10)",
	followups: "Most people listed (default 20)",
	"posts-for": "Most posts listed (default: the plugin's result limit, 10)",
};

export const COMMANDS: readonly CommandSpec[] = [
	{
		name: "who-cares",
		summary: "People most likely to care about a note, and why",
		argument: { name: "<note>", description: "The note, as a path relative to the vault (.md optional)" },
		options: ["vault", "limit", "all", "today", "json", "language"],
		details: [
			"Ranks everyone in the vault by the topics they share with the note, how well the",
			"note's distinctive words match their note, whether the note mentions them, and the",
			"posts like it you already sent them. Archived people are never listed; people the",
			"note was already sent to are listed apart.",
		],
		example: `${PROGRAM} who-cares "Posts/Pricing pages.md" --vault ~/Notes`,
	},
	{
		name: "followups",
		summary: "People due for a follow-up, most overdue first, with posts to send",
		options: ["vault", "limit", "today", "json", "language"],
		details: [
			"Everyone whose cadence says it is time to get in touch (never contacted counts as",
			"due today), most overdue first, each with the published posts not yet sent to them",
			"that suit them best.",
		],
		example: `${PROGRAM} followups --vault ~/Notes --today 2026-11-26`,
	},
	{
		name: "people",
		summary: "Everyone, with last contact, cadence and next due date",
		options: ["vault", "due", "today", "json"],
		details: [
			"Lists every person note by name, archived people included (marked archived; they",
			"are never due).",
		],
		example: `${PROGRAM} people --vault ~/Notes --due`,
	},
	{
		name: "posts-for",
		summary: "Published posts not yet sent to a person that suit them best",
		argument: { name: "<person-note>", description: "The person's note, as a path relative to the vault (.md optional)" },
		options: ["vault", "limit", "all", "today", "json", "language"],
		details: [
			"The reverse of who-cares: ranks the published posts this person has not been sent",
			"(and that you did not mark \"not for them\") by how well they suit them.",
		],
		example: `${PROGRAM} posts-for "People/Ana Diaz.md" --vault ~/Notes`,
	},
	{
		name: "report",
		summary: "Is your networking working: posts, shares, replies, contacts and cadence per period",
		options: ["vault", "from", "to", "period", "today", "json"],
		details: [
			"Per week or month, oldest first: posts published, posts shared and replies logged,",
			"contacts and people contacted, and the share of people within their cadence on the",
			"period's last day; then every post with its shares and replies, and the people never",
			"contacted. Archived people count nowhere; nothing after --to or today counts.",
		],
		example: `${PROGRAM} report --vault ~/Notes --period week`,
	},
	{
		name: "stats",
		summary: "How many notes, people and posts; problems found in notes",
		options: ["vault", "today", "json"],
		details: [
			"Counts the notes read and lists every problem found: values that could not be",
			"understood (and what was used instead), notes whose frontmatter is malformed,",
			"files that could not be read and settings files that are not valid.",
		],
		example: `${PROGRAM} stats --vault ~/Notes`,
	},
];

export function commandSpec(name: string): CommandSpec | undefined {
	return COMMANDS.find((command) => command.name === name);
}

function usageLine(spec: CommandSpec): string {
	const parts = [PROGRAM, spec.name];
	if (spec.argument) parts.push(spec.argument.name);
	for (const option of spec.options) {
		const usage = OPTIONS[option].usage;
		parts.push(option === "vault" ? usage : `[${usage}]`);
	}
	return parts.join(" ");
}

function table(rows: Array<[string, string]>): string[] {
	const width = Math.max(...rows.map(([left]) => left.length));
	return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`);
}

/** `top-of-mind --help`. */
export function mainHelp(): string {
	return [
		`${PROGRAM}: who cares about what you write, and who is due for a follow-up.`,
		"Reads an Obsidian vault folder with the same engine as the Top of Mind plugin.",
		"",
		"Usage:",
		...COMMANDS.map((spec) => `  ${usageLine(spec)}`),
		"",
		"Commands:",
		...table(COMMANDS.map((spec) => [spec.name, spec.summary])),
		"",
		"Options:",
		...table([
			[OPTIONS.vault.usage, OPTIONS.vault.description],
			["--limit N", "How many results to list"],
			[OPTIONS.today.usage, OPTIONS.today.description],
			[OPTIONS.json.usage, OPTIONS.json.description],
			[OPTIONS.language.usage, "The language notes are read in: auto, or a code such as eng, deu, jpn"],
			["-h, --help", `Show help; ${PROGRAM} <command> --help for one command`],
			["--version", "Show the version"],
		]),
		"",
		"Notes are paths relative to the vault. When the vault has Top of Mind's plugin",
		"settings (.obsidian/plugins/top-of-mind/data.json), they are used.",
		"Exit status: 0 done, 1 error, 2 mistake in the command line.",
		"",
	].join("\n");
}

/** `top-of-mind <command> --help`. */
export function commandHelp(spec: CommandSpec): string {
	const options: Array<[string, string]> = spec.options.map((option) => [
		OPTIONS[option].usage,
		option === "limit" ? (LIMIT_TEXT[spec.name] ?? "") : OPTIONS[option].description,
	]);
	options.push(["-h, --help", "Show this help"]);
	return [
		`${PROGRAM} ${spec.name}: ${spec.summary.charAt(0).toLowerCase()}${spec.summary.slice(1)}.`,
		"",
		"Usage:",
		`  ${usageLine(spec)}`,
		"",
		...spec.details,
		"",
		...(spec.argument ? ["Arguments:", ...table([[spec.argument.name, spec.argument.description]]), ""] : []),
		"Options:",
		...table(options),
		"",
		"Example:",
		`  ${spec.example}`,
		"",
	].join("\n");
}

export interface CommandArgs {
	command: CommandName;
	/** The note argument of who-cares and posts-for. */
	note?: string;
	vault: string;
	limit?: number;
	/** Explicit `--today`, already checked to be a real calendar day. */
	today?: string;
	json: boolean;
	due: boolean;
	/** `--all`: every scored candidate, past the limit and the floor. */
	all: boolean;
	/** The report's span and period, already checked. */
	from?: string;
	to?: string;
	period?: "week" | "month";
	/** Explicit `--language`, over the plugin's setting. */
	language?: NoteLanguage;
}

export type Parsed =
	| { kind: "help"; text: string }
	| { kind: "version" }
	| { kind: "run"; args: CommandArgs };

function usageError(message: string): CliError {
	return new CliError(message, USAGE_EXIT);
}

function helpHint(command?: CommandName): string {
	return command ? `run "${PROGRAM} ${command} --help" for its options` : `run "${PROGRAM} --help" for the commands`;
}

/** A whole number of at least 1, written in digits. */
export function parseLimit(raw: string): number {
	const value = raw.trim();
	const number = Number(value);
	if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
		throw usageError(`--limit must be a whole number of at least 1, not "${raw}".`);
	}
	return number;
}

export function parseLanguage(raw: string): NoteLanguage {
	const value = raw.trim().toLowerCase();
	if (!isNoteLanguage(value)) throw usageError(`--language must be auto or one of ${LANGUAGES.join(", ")}, not "${raw}".`);
	return value;
}

export function parseToday(raw: string): string {
	return parseDay("today", raw);
}

function parseDay(option: string, raw: string): string {
	if (!isIsoDate(raw)) throw usageError(`--${option} must be a real calendar day written YYYY-MM-DD, not "${raw}".`);
	return raw;
}

interface OptionToken {
	/** Option name without dashes (`-h` is `help`). */
	name: string;
	/** As typed, without any `=value`: `--limit`, `-h`. */
	raw: string;
	/** The value, inline after `=` or the next argument, for options that take one. */
	value?: string;
	/** True when written `--name=value`. */
	inline: boolean;
}

function isOptionName(name: string): name is OptionName {
	return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

/** Splits the arguments into options (with their values) and positionals. */
function tokenize(argv: readonly string[]): { options: OptionToken[]; positionals: string[] } {
	const options: OptionToken[] = [];
	const positionals: string[] = [];
	let optionsEnded = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (optionsEnded || arg === "-" || !arg.startsWith("-")) {
			positionals.push(arg);
			continue;
		}
		if (arg === "--") {
			optionsEnded = true;
			continue;
		}
		if (!arg.startsWith("--")) {
			options.push({ name: arg === "-h" ? "help" : arg, raw: arg, inline: false });
			continue;
		}
		const eq = arg.indexOf("=");
		if (eq !== -1) {
			options.push({ name: arg.slice(2, eq), raw: arg.slice(0, eq), value: arg.slice(eq + 1), inline: true });
			continue;
		}
		const name = arg.slice(2);
		const token: OptionToken = { name, raw: arg, inline: false };
		const next = argv[i + 1];
		// A value may be anything but another option; "-3" is a (bad) number, not an option.
		if (isOptionName(name) && OPTIONS[name].takesValue && next !== undefined && (!next.startsWith("-") || /^-\d/.test(next))) {
			token.value = next;
			i++;
		}
		options.push(token);
	}
	return { options, positionals };
}

/**
 * Reads the arguments after the program name. Throws a CliError with exit code 2 for
 * anything mistyped; `--help` and `--version` win over every other mistake.
 */
export function parseArgs(argv: readonly string[]): Parsed {
	const { options, positionals } = tokenize(argv);
	const first = positionals.shift();
	const spec = first === undefined ? undefined : commandSpec(first);
	if (options.some((token) => token.name === "help")) return { kind: "help", text: spec ? commandHelp(spec) : mainHelp() };
	if (first === "help") {
		// `top-of-mind help [command]`, as in git.
		const topic = positionals[0] === undefined ? undefined : commandSpec(positionals[0]);
		return { kind: "help", text: topic ? commandHelp(topic) : mainHelp() };
	}
	if (options.some((token) => token.name === "version")) return { kind: "version" };
	if (first === undefined) throw usageError(`No command given; ${helpHint()}.`);
	if (!spec) throw usageError(`Unknown command "${first}"; ${helpHint()}.`);

	const values = new Map<OptionName, string | true>();
	for (const token of options) {
		const name = spec.options.find((option) => option === token.name);
		if (name === undefined) throw usageError(`Unknown option ${token.raw} for ${spec.name}; ${helpHint(spec.name)}.`);
		const option = OPTIONS[name];
		if (!option.takesValue) {
			if (token.inline) throw usageError(`--${name} takes no value; ${helpHint(spec.name)}.`);
			values.set(name, true);
		} else if (token.value === undefined || token.value === "") {
			throw usageError(`--${name} needs a value: ${option.usage}.`);
		} else {
			values.set(name, token.value);
		}
	}

	const args: CommandArgs = { command: spec.name, vault: "", json: values.get("json") === true, due: values.get("due") === true, all: values.get("all") === true };
	if (spec.argument) {
		const note = positionals.shift();
		if (note === undefined) throw usageError(`Missing ${spec.argument.name}: ${usageLine(spec)}`);
		args.note = note;
	}
	const extra = positionals[0];
	if (extra !== undefined) throw usageError(`Unexpected argument "${extra}" for ${spec.name}; ${helpHint(spec.name)}.`);

	const vault = values.get("vault");
	if (typeof vault !== "string") throw usageError("Missing --vault <dir>: the vault folder to read.");
	args.vault = vault;
	const limit = values.get("limit");
	if (typeof limit === "string") args.limit = parseLimit(limit);
	const today = values.get("today");
	if (typeof today === "string") args.today = parseToday(today);
	const language = values.get("language");
	if (typeof language === "string") args.language = parseLanguage(language);
	for (const name of ["from", "to"] as const) {
		const day = values.get(name);
		if (typeof day === "string") args[name] = parseDay(name, day);
	}
	if (args.from !== undefined && args.to !== undefined && args.from > args.to) throw usageError(`--from (${args.from}) is after --to (${args.to}).`);
	const period = values.get("period");
	if (typeof period === "string") {
		if (period !== "week" && period !== "month") throw usageError(`--period must be week or month, not "${period}".`);
		args.period = period;
	}
	return { kind: "run", args };
}
