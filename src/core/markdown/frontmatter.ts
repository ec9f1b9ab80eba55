import { toLines } from "./lines";

export interface FrontmatterSplit {
	/** Text between the `---` lines, or null when the note has no (closed) frontmatter block. */
	yaml: string | null;
	/** The rest of the note. Line endings are normalised to `\n` and a byte-order mark removed. */
	body: string;
	/** 0-based line of the file at which `body` starts. */
	bodyStartLine: number;
	/** True when the note opens a `---` block that is never closed (then `yaml` is null). */
	unclosed: boolean;
}

export const OPENING_DELIMITER = /^---[ \t]*$/;
export const CLOSING_DELIMITER = /^(?:---|\.\.\.)[ \t]*$/;

/** Separates the YAML frontmatter from the body. `---` must be the very first line. */
export function splitFrontmatter(text: string): FrontmatterSplit {
	const lines = toLines(text.startsWith("\uFEFF") ? text.slice(1) : text);
	const opened = OPENING_DELIMITER.test(lines[0] ?? "");
	for (let i = 1; opened && i < lines.length; i++) {
		if (CLOSING_DELIMITER.test(lines[i] ?? "")) {
			return {
				yaml: lines.slice(1, i).join("\n"),
				body: lines.slice(i + 1).join("\n"),
				bodyStartLine: i + 1,
				unclosed: false,
			};
		}
	}
	// No frontmatter, or a block opened and never closed: all of it is body.
	return { yaml: null, body: lines.join("\n"), bodyStartLine: 0, unclosed: opened };
}

function describeShape(value: unknown): string {
	if (Array.isArray(value)) return "a list";
	if (typeof value === "string") return "a single piece of text";
	if (typeof value === "number") return "a single number";
	if (typeof value === "boolean") return "a single true/false value";
	return "not a set of properties";
}

function firstLine(text: string): string {
	return (text.split("\n")[0] ?? "").trim().replace(/:$/, "");
}

/**
 * The properties of a split note, parsed with `parseYaml` (which may throw), or why they
 * could not be read, in words a user can act on. Never throws.
 */
export function readFrontmatter(split: FrontmatterSplit, parseYaml: (yaml: string) => unknown): { frontmatter: Record<string, unknown> | null; error?: string } {
	const unread = (why: string): { frontmatter: null; error: string } => ({ frontmatter: null, error: `${why}; the note was read without frontmatter.` });
	if (split.unclosed) return unread("The frontmatter block opened by --- on the first line is never closed with ---");
	if (split.yaml === null) return { frontmatter: null };
	let parsed: unknown = null;
	try {
		parsed = parseYaml(split.yaml);
	} catch (error) {
		const message = error instanceof Error ? firstLine(error.message) : String(error);
		return unread(`The frontmatter is not valid YAML (${message})`);
	}
	if (parsed === null || parsed === undefined) return { frontmatter: null };
	if (typeof parsed === "object" && !Array.isArray(parsed) && !(parsed instanceof Date)) return { frontmatter: parsed as Record<string, unknown> };
	return unread(`The frontmatter should be a set of "key: value" properties but is ${describeShape(parsed)}`);
}
