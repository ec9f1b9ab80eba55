/**
 * A person and a post as one pair with one score, whichever side it is read from: the
 * post's query (built from the post as the index holds it) weighed for the person, as
 * who-cares weighs it for everyone. Posts-for reads it from the person's side, so it keeps
 * each post's probe (evidence.ts), small, for the posts it looks at.
 */
import type { NetworkReader } from "../index/network-reader";
import type { NoteRecord, Person, Post } from "../model/types";
import { combine, pairEvidence, probeNote, type Evidence, type NoteProbe } from "./evidence";
import { markVisible } from "../text/visible-text";
import { buildNoteQuery, type NoteQuery } from "./note-query";
import { Kept } from "./kept";

/**
 * A post as a record the query builder reads: what the index keeps of it (the visible body,
 * its title, topics, tags and the links it writes). Its query is the one who-cares builds
 * from the note itself, up to where a link stands (a property link, here, for every link).
 */
export function postAsRecord(index: NetworkReader, post: Post): NoteRecord {
	const name = post.path.slice(post.path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	const record: NoteRecord = {
		path: post.path,
		basename: name,
		frontmatter: null,
		body: post.body,
		bodyStartLine: 0,
		tags: post.tags,
		// Cited as links, with no line: the index keeps where none of them stood.
		links: index.postLinks(post.path).map((target) => ({ target, embed: false, line: 0, inUncheckedTask: false, property: "links" })),
		headings: [],
		mtime: post.mtime,
	};
	markVisible(record);
	return record;
}

/** The query of a post as the index holds it. */
export function postQuery(index: NetworkReader, post: Post): NoteQuery {
	return buildNoteQuery(postAsRecord(index, post), index);
}

/** About 2–5 KB each: enough for every post of most vaults, and a bound for the rest. */
const probes = new Kept<Post, NoteProbe>(2048);

/** The probe of a post, kept for the posts looked at most recently while the text of the vault stays as it was. */
export function postProbe(index: NetworkReader, post: Post): NoteProbe {
	return probes.get(index, post, () => probeNote(index, postQuery(index, post)));
}

/** The person's evidence for the post, and the pair's score: what who-cares gives them for it. */
export function scorePair(index: NetworkReader, person: Person, post: Post): { evidence: Evidence; pairScore: number } {
	const evidence = pairEvidence(index, postProbe(index, post), person);
	return { evidence, pairScore: combine(evidence) };
}
