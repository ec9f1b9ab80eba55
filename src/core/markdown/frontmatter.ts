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

/** Line endings as `\n`: the same as splitting into lines and joining them again, without the lines. */
function withLf(text: string): string {
	return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

/**
 * Separates the YAML frontmatter from the body. `---` must be the very first line. The text
 * is walked line by line only as far as the block goes, and the body is one slice of the rest:
 * a note of megabytes costs a copy, not an array of its lines.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
	const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
	// Where the next \r is, found once and again only when passed: no scan is repeated.
	let nextCr = source.indexOf("\r");
	/** The line starting at `start`: its text and where the next line starts (-1 after the last). */
	const lineAt = (start: number): { line: string; next: number } => {
		if (nextCr !== -1 && nextCr < start) nextCr = source.indexOf("\r", start);
		const lf = source.indexOf("\n", start);
		const end = lf === -1 ? nextCr : nextCr === -1 ? lf : Math.min(lf, nextCr);
		if (end === -1) return { line: source.slice(start), next: -1 };
		const width = source.startsWith("\r\n", end) ? 2 : 1;
		return { line: source.slice(start, end), next: end + width };
	};
	const first = lineAt(0);
	const opened = OPENING_DELIMITER.test(first.line);
	const yaml: string[] = [];
	for (let next = first.next, i = 1; opened && next !== -1; i++) {
		const { line, next: after } = lineAt(next);
		if (CLOSING_DELIMITER.test(line)) {
			return { yaml: yaml.join("\n"), body: after === -1 ? "" : withLf(source.slice(after)), bodyStartLine: i + 1, unclosed: false };
		}
		yaml.push(line);
		next = after;
	}
	// No frontmatter, or a block opened and never closed: all of it is body.
	return { yaml: null, body: withLf(source), bodyStartLine: 0, unclosed: opened };
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

/** A top-level `tags:` or `tag:` line whose value YAML reads as a comment: `tags: #person`. */
export interface CommentedTags {
	/** The key as written (`tags`, `tag`, `Tags`). */
	key: string;
	/** What follows the colon, trimmed: `#person #friend`. */
	value: string;
}

const COMMENTED_TAGS = /^(tags?)[ \t]*:[ \t]+(#.*)$/i;

/**
 * The first top-level `tags:`/`tag:` line of a frontmatter block whose value starts with `#`:
 * in YAML a `#` after a space starts a comment, so such a line sets no tag. One pass over the
 * lines, each tested by an anchored pattern: linear in the block's length.
 */
export function commentedTagsIn(yaml: string | null): CommentedTags | undefined {
	if (yaml === null) return undefined;
	for (const line of yaml.split("\n")) {
		const first = line.charCodeAt(0);
		// Only lines starting with t or T can be the key; others are skipped without a regex.
		if (first !== 116 && first !== 84) continue;
		const m = COMMENTED_TAGS.exec(line.trimEnd());
		if (m) return { key: m[1] ?? "tags", value: (m[2] ?? "").trim() };
	}
	return undefined;
}

/** An empty property value: YAML's null, "", or an empty list. */
export function isEmptyValue(value: unknown): boolean {
	return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * True when parsed properties have a `tags` or `tag` key with an empty value: perhaps written
 * `tags: #person` (see commentedTagsIn), which only the raw text tells.
 */
export function mayHaveCommentedTags(frontmatter: Record<string, unknown> | null): boolean {
	if (frontmatter === null) return false;
	return Object.keys(frontmatter).some((key) => /^tags?$/i.test(key) && isEmptyValue(frontmatter[key]));
}
