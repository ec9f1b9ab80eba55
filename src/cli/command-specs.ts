/**
 * The command line's commands and options as data: their names, what each takes, and the
 * words help prints for them. args.ts parses by these and builds the help text from them.
 */
export const PROGRAM = "top-of-mind";

export type CommandName = "who-cares" | "followups" | "people" | "posts-for" | "stats" | "report" | "import";

export type OptionName = "vault" | "limit" | "all" | "from" | "to" | "period" | "today" | "json" | "due" | "language" | "write" | "my-email" | "cadence";

export interface OptionSpec {
	/** True when the option takes a value (`--vault <dir>`). */
	takesValue: boolean;
	/** True when the option may be given more than once, each value kept (`--my-email a --my-email b`). */
	repeatable?: boolean;
	/** How the option is written in help: `--vault <dir>`. */
	usage: string;
	description: string;
}

export interface CommandSpec {
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

export const OPTIONS: Record<OptionName, OptionSpec> = {
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
	write: { takesValue: false, usage: "--write", description: "Create and update the notes; without it nothing is written and the plan is printed" },
	"my-email": {
		takesValue: true,
		repeatable: true,
		usage: "--my-email <addr>",
		description: "Your own address (repeat it, or separate several with commas): events you declined are skipped",
	},
	cadence: { takesValue: true, usage: "--cadence <value>", description: "The cadence written on new people, such as 2w or 90d (default: none)" },
};

export const LIMIT_TEXT: Partial<Record<CommandName, string>> = {
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
			"(and that you did not mark \"not for them\") by how well they suit them, each scored",
			"as who-cares on that post scores this person. With --all, drafts are ranked too.",
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
	{
		name: "import",
		summary: "Add people from LinkedIn or vCard contacts, and meetings from a calendar",
		argument: { name: "linkedin|vcard|ics <file>", description: "What the file is (LinkedIn Connections.csv, vCard .vcf, iCalendar .ics) and where it is" },
		options: ["vault", "write", "today", "json", "my-email", "cadence"],
		details: [
			"Plans the import and prints it: people created in the first people folder, empty",
			"properties of people already there filled in (a value you wrote is never replaced),",
			"past meetings logged on the people who took part (an .ics file creates nobody), and",
			"what is unchanged or skipped, and why. Nothing is written without --write.",
		],
		example: `${PROGRAM} import linkedin ~/Downloads/Connections.csv --vault ~/Notes --write`,
	},
];

export function commandSpec(name: string): CommandSpec | undefined {
	return COMMANDS.find((command) => command.name === name);
}
