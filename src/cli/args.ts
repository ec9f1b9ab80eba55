/**
 * The command line's grammar: which commands exist, which options each takes, and the
 * help text that describes them. Parsing is strict (an unknown option or a missing value
 * is a usage error, exit code 2) and produces plain values the commands can trust.
 */
import { isNoteLanguage, LANGUAGES, type NoteLanguage } from "../core/model/languages";
import { isIsoDate } from "../core/values/dates";
import type { ImportSource } from "../core/import/types";
import { CliError } from "./errors";
import { COMMANDS, commandSpec, LIMIT_TEXT, OPTIONS, PROGRAM, type CommandName, type CommandSpec, type OptionName } from "./command-specs";

export { COMMANDS, commandSpec, PROGRAM, type CommandName };

/** Exit code for mistakes in how the command was typed. */
export const USAGE_EXIT = 2;


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
	/** import: what the file is and where it is. */
	source?: ImportSource;
	file?: string;
	/** import `--write`: apply the plan instead of printing it only. */
	write?: boolean;
	/** import `--my-email`, each address once, lower-cased. */
	myEmails?: string[];
	/** import `--cadence`: the cadence written on new people. */
	cadence?: string;
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

const IMPORT_SOURCES: readonly ImportSource[] = ["linkedin", "vcard", "ics"];

/** import's two arguments: the kind of file, then the file. */
function importArguments(positionals: string[], spec: CommandSpec): { source: ImportSource; file: string } {
	const kind = positionals.shift();
	const file = positionals.shift();
	if (kind === undefined || file === undefined) throw usageError(`Missing ${kind === undefined ? "what to import" : "<file>"}: ${usageLine(spec)}`);
	const source = IMPORT_SOURCES.find((name) => name === kind.toLowerCase());
	if (source === undefined) throw usageError(`import reads linkedin, vcard or ics, not "${kind}".`);
	return { source, file };
}

/** `--my-email` values, each a list separated by commas, as addresses: lower-cased, without `mailto:`, each once. */
function parseEmails(raw: readonly string[]): string[] {
	const emails = raw.flatMap((value) => value.split(",")).map((value) => value.trim().replace(/^mailto:/i, "").toLowerCase());
	for (const email of emails) if (email !== "" && !email.includes("@")) throw usageError(`--my-email must be an email address, not "${email}".`);
	return [...new Set(emails.filter((email) => email !== ""))];
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
	const repeated: string[] = [];
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
			if (option.repeatable === true) repeated.push(token.value);
		}
	}

	const args: CommandArgs = {
		command: spec.name,
		vault: "",
		json: values.get("json") === true,
		due: values.get("due") === true,
		all: values.get("all") === true,
	};
	if (spec.name === "import") {
		Object.assign(args, importArguments(positionals, spec), { write: values.get("write") === true });
		// Left unset without --my-email so the settings' addresses apply.
		if (repeated.length > 0) args.myEmails = parseEmails(repeated);
	} else if (spec.argument) {
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
	const cadence = values.get("cadence");
	if (typeof cadence === "string") args.cadence = cadence.trim();
	const period = values.get("period");
	if (typeof period === "string") {
		if (period !== "week" && period !== "month") throw usageError(`--period must be week or month, not "${period}".`);
		args.period = period;
	}
	return { kind: "run", args };
}
