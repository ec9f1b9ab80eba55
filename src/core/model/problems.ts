import type { Problem } from "./types";

/**
 * Sorts of problem, as `stats --json` counts them: `frontmatter` (a block that is not valid
 * YAML), `value` (a property of a shape that means nothing, such as a date that is no date),
 * `tags` (tags written where Obsidian reads none, such as `tags: #person` in YAML), `file`
 * (a file that could not be read), `size` (a note over the size limit, read in part),
 * `settings` (a setting of the wrong shape; the default was used).
 */
export type ProblemKind = "frontmatter" | "value" | "tags" | "file" | "size" | "settings";

export const PROBLEM_KINDS: readonly ProblemKind[] = ["frontmatter", "value", "tags", "file", "size", "settings"];

/** A problem's kind: its own, else what its key says. */
export function problemKind(problem: Problem): ProblemKind {
	if (problem.kind !== undefined) return problem.kind;
	// The plugin's settings file: whatever is wrong with it, the defaults were used.
	if (problem.path.endsWith("/top-of-mind/data.json") || problem.path === "data.json") return "settings";
	if (problem.key === "frontmatter") return "frontmatter";
	if (problem.key === "file") return "file";
	return "value";
}
