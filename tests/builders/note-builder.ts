/**
 * Readable NoteRecords for tests:
 *
 * ```ts
 * note("People/Ana Diaz.md").fm({ type: "person", topics: ["pricing"] }).body("## Log\n- 2026-09-14 Coffee").tags("client").build()
 * ```
 *
 * Like a real source, `build()` derives what it is not told explicitly:
 * - `basename` from the path;
 * - `tags` from `.tags(...)`, the frontmatter `tags`/`tag` keys and inline `#tags` in the
 *   body, lower-cased, without `#`;
 * - `links` from the properties, then `links` and `headings` from the body, with 0-based file
 *   line numbers, unless `.links(...)` / `.headings(...)` set them;
 * - `bodyStartLine` from the frontmatter as YAML (`toMarkdown()` writes the same text).
 * Derivations use the command line's own parser (src/core/markdown/record.ts), so records match
 * what a vault on disk would give; the frontmatter object is kept exactly as passed
 * (Date objects, nested lists and all), never round-tripped through YAML.
 */
import { stringify } from "yaml";
import { basenameOf } from "../../src/core/model/paths";
import { extractHeadings } from "../../src/core/markdown/headings";
import { extractLinks } from "../../src/core/markdown/links";
import { propertyLinks } from "../../src/core/markdown/property-links";
import { extractTags, frontmatterTags } from "../../src/core/markdown/tags";
import type { NoteHeading, NoteLink, NoteRecord } from "../../src/core/model/types";

/** A fixed modification time so records are deterministic: 2026-01-01T00:00:00Z. */
export const DEFAULT_MTIME = Date.UTC(2026, 0, 1);

export type LinkSpec = string | (Partial<NoteLink> & { target: string });

function normalizeTag(tag: string): string {
	return tag.trim().replace(/^#+/, "").toLowerCase();
}

export class NoteBuilder {
	private frontmatter: Record<string, unknown> | null = null;
	private rawFrontmatterText: string | null = null;
	private error: string | undefined;
	private text = "";
	private extraTags: string[] = [];
	private explicitLinks: NoteLink[] | null = null;
	private explicitHeadings: NoteHeading[] | null = null;
	private modified = DEFAULT_MTIME;
	private explicitBodyStart: number | null = null;

	constructor(private readonly path: string) {}

	/** Merges frontmatter fields (call again to add more). */
	fm(fields: Record<string, unknown>): this {
		this.frontmatter = { ...(this.frontmatter ?? {}), ...fields };
		return this;
	}

	/** Frontmatter that failed to parse: `frontmatter` is null and `frontmatterError` set. */
	frontmatterError(message: string, rawText = "broken: [yaml"): this {
		this.frontmatter = null;
		this.error = message;
		this.rawFrontmatterText = rawText;
		return this;
	}

	body(text: string): this {
		this.text = text;
		return this;
	}

	/** Adds tags (with or without `#`) on top of the derived ones. */
	tags(...tags: string[]): this {
		this.extraTags.push(...tags);
		return this;
	}

	/** Sets the links instead of deriving them from the body. */
	links(...links: LinkSpec[]): this {
		this.explicitLinks = links.map((l) =>
			typeof l === "string" ? { target: l, embed: false, line: 0, inUncheckedTask: false } : { embed: false, line: 0, inUncheckedTask: false, ...l },
		);
		return this;
	}

	/** Sets the headings instead of deriving them from the body. */
	headings(...headings: NoteHeading[]): this {
		this.explicitHeadings = headings;
		return this;
	}

	/** Modification time: milliseconds, a Date, or a `YYYY-MM-DD` day (UTC midnight). */
	mtime(value: number | Date | string): this {
		this.modified =
			typeof value === "number" ? value : value instanceof Date ? value.getTime() : Date.parse(`${value}T00:00:00Z`);
		return this;
	}

	bodyStartLine(line: number): this {
		this.explicitBodyStart = line;
		return this;
	}

	private frontmatterText(): string | null {
		if (this.rawFrontmatterText !== null) return this.rawFrontmatterText.replace(/\n$/, "");
		if (this.frontmatter === null) return null;
		return stringify(this.frontmatter).replace(/\n$/, "");
	}

	/** The note as a Markdown file: `---` frontmatter block (when any) and body. */
	toMarkdown(): string {
		const fm = this.frontmatterText();
		return fm === null ? this.text : `---\n${fm}\n---\n${this.text}`;
	}

	build(): NoteRecord {
		const fmText = this.frontmatterText();
		const bodyStartLine = this.explicitBodyStart ?? (fmText === null ? 0 : fmText.split("\n").length + 2);
		const fm = this.frontmatter;
		const tags = [
			...this.extraTags.map(normalizeTag),
			...(fm ? [...frontmatterTags(fm.tags), ...frontmatterTags(fm.tag)] : []),
			...extractTags(this.text),
		].filter((t) => t !== "");
		const record: NoteRecord = {
			path: this.path,
			basename: basenameOf(this.path),
			frontmatter: fm === null ? null : { ...fm },
			body: this.text,
			bodyStartLine,
			tags: [...new Set(tags)],
			links: this.explicitLinks ?? [...propertyLinks(fm), ...extractLinks(this.text, bodyStartLine)],
			headings: this.explicitHeadings ?? extractHeadings(this.text, bodyStartLine),
			mtime: this.modified,
		};
		if (this.error !== undefined) record.frontmatterError = this.error;
		return record;
	}
}

/** Starts a note record at a vault-relative path (`People/Ana Diaz.md`). */
export function note(path: string): NoteBuilder {
	return new NoteBuilder(path);
}
