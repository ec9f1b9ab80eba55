/**
 * An error the user caused or can fix (a missing vault, a note outside it, a bad flag).
 * The command line prints its message as one line to stderr and exits non-zero; any
 * other error is a bug.
 */
export class CliError extends Error {
	/** Process exit code to use. */
	readonly exitCode: number;

	constructor(message: string, exitCode = 1) {
		super(message);
		this.name = "CliError";
		this.exitCode = exitCode;
	}
}
