/**
 * `top-of-mind`: the command line entry (bundled to dist/cli.cjs), wiring runCli to the
 * process's streams and exit code.
 */
import { PROGRAM } from "./args";
import { errorLine, runCli } from "./run-cli";

// A closed pipe (`top-of-mind people | head`) is not an error worth a message.
process.stdout.on("error", (error: Error & { code?: string }) => {
	if (error.code === "EPIPE") process.exit(0);
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`${PROGRAM}: ${errorLine(error)}\n`);
		process.exitCode = 1;
	},
);
