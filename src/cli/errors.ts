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

/** What the file system's error codes mean, in words a user can act on. */
const FS_ERRORS: Readonly<Record<string, string>> = {
	EACCES: "permission denied",
	EPERM: "operation not permitted",
	ENOENT: "no such file or folder",
	ENOTDIR: "a part of the path is not a folder",
	EISDIR: "it is a folder, not a file",
	ELOOP: "too many symbolic links: a link leads back to itself",
	EMFILE: "too many files open at once",
	ENFILE: "too many files open on this system",
	ENAMETOOLONG: "the name is too long",
	EIO: "an input/output error of the disk",
	EBUSY: "the file is busy",
	EAGAIN: "the file is not ready; try again",
	ETIMEDOUT: "the file system timed out",
	ENOTCONN: "the network drive is not connected",
	ESTALE: "the network file handle is stale",
};

/** A file system error as text: "permission denied, EACCES"; anything else as its message. */
export function fsErrorText(error: unknown): string {
	const code = error && typeof error === "object" && "code" in error && typeof error.code === "string" ? error.code : null;
	if (code !== null) return FS_ERRORS[code] ? `${FS_ERRORS[code]}, ${code}` : code;
	return error instanceof Error ? error.message : String(error);
}
