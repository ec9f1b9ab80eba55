/**
 * A Markdown file's text as a NoteRecord, the way Obsidian's metadata cache reads it:
 * frontmatter, tags, links (those in properties too) and headings. The command line builds
 * its records with this; the tests' Obsidian stand-in plays the metadata cache with the same
 * readers. No YAML parser lives here: the caller passes one in, so the plugin bundle stays
 * small.
 */
import { basenameOf } from "../model/paths";
import type { NoteRecord } from "../model/types";
import { commentedTagsIn, readFrontmatter, splitFrontmatter } from "./frontmatter";
import { extractHeadings } from "./headings";
import { extractLinks } from "./links";
import { propertyLinks } from "./property-links";
import { extractTags, frontmatterTags, pushUnique } from "./tags";

export interface BuildRecordInput {
	/** Vault-relative path with forward slashes, including `.md`. */
	path: string;
	/** The whole file. */
	text: string;
	mtime: number;
	/** Parses YAML; may throw on invalid input. Should leave dates as strings. */
	parseYaml: (yaml: string) => unknown;
}

/**
 * A NoteRecord from the text of a Markdown file. Bad frontmatter never throws: the
 * record gets `frontmatter: null` and a `frontmatterError` a user can act on, and the
 * body is still read.
 */
export function buildRecord(input: BuildRecordInput): NoteRecord {
	const split = splitFrontmatter(input.text);
	const { frontmatter, error: frontmatterError } = readFrontmatter(split, input.parseYaml);

	const tags: string[] = [];
	const seen = new Set<string>();
	const fromFrontmatter = frontmatter ? [...frontmatterTags(frontmatter.tags), ...frontmatterTags(frontmatter.tag)] : [];
	for (const tag of [...fromFrontmatter, ...extractTags(split.body)]) pushUnique(tags, seen, tag);

	const record: NoteRecord = {
		path: input.path,
		basename: basenameOf(input.path),
		frontmatter,
		body: split.body,
		bodyStartLine: split.bodyStartLine,
		tags,
		links: [...propertyLinks(frontmatter), ...extractLinks(split.body, split.bodyStartLine)],
		headings: extractHeadings(split.body, split.bodyStartLine),
		mtime: input.mtime,
	};
	if (frontmatterError !== undefined) record.frontmatterError = frontmatterError;
	const commented = commentedTagsIn(split.yaml);
	if (commented !== undefined) record.commentedTags = commented;
	return record;
}
