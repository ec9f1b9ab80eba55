/**
 * One run of the command line: parses the arguments, runs one command and prints its JSON or
 * text. Every failure becomes one line on stderr starting with `top-of-mind: `, exit code 2
 * for a mistyped command line and 1 for anything else; never a stack trace. Apart from
 * main.ts so tests can run it in-process with their own streams.
 */
import { version } from "../../package.json";
import { parseArgs, PROGRAM } from "./args";
import { runCommand } from "./commands";
import { CliError } from "./errors";
import { createStyle, wantsColor } from "./format";

export interface CliIo {
	stdout: { write: (text: string) => unknown; isTTY?: boolean };
	stderr: { write: (text: string) => unknown };
	env: Readonly<Record<string, string | undefined>>;
}

/** One line, whatever the error: the message of a CliError, or a short description of a bug. */
export function errorLine(error: unknown): string {
	if (error instanceof CliError) return error.message;
	const message = error instanceof Error ? error.message : String(error);
	return `Unexpected error: ${message.split("\n")[0] ?? ""} (this is a bug; please report it)`;
}

/** Runs the command line with `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
	try {
		const parsed = parseArgs(argv);
		if (parsed.kind === "help") {
			io.stdout.write(parsed.text);
			return 0;
		}
		if (parsed.kind === "version") {
			io.stdout.write(`${version}\n`);
			return 0;
		}
		const output = await runCommand(parsed.args);
		io.stdout.write(parsed.args.json ? `${JSON.stringify(output.json, null, 2)}\n` : output.text(createStyle(wantsColor(io.stdout, io.env))));
		return 0;
	} catch (error) {
		io.stderr.write(`${PROGRAM}: ${errorLine(error).replace(/\s*\n\s*/g, " ")}\n`);
		return error instanceof CliError ? error.exitCode : 1;
	}
}
