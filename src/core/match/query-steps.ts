/**
 * Matching's work split into steps that each run in a turn of their own, so that no one
 * turn holds the main thread long: what the index works out once per text revision for every
 * query (synonyms, the name table, people's topics, posts by topic), and, for a long note,
 * its visible text and its query before the search. Each step leaves its result where the
 * next query takes it; the answers are the same with or without the steps.
 */
import type { NetworkReader } from "../index/network-reader";
import { LONG_NOTE_CHARS } from "../index/prepare-note";
import type { NoteRecord } from "../model/types";
import { visibleOfRecord } from "../text/visible-text";
import { peopleTopics } from "./person-topics";
import { buildNoteQuery } from "./note-query";
import { postLookupSteps } from "./posts-for";

/** What every query reads and the index keeps per text revision, a part per step. */
export function warmMatching(index: NetworkReader): Array<() => void> {
	return [() => void index.synonyms(), () => void index.nameTable(), () => void peopleTopics(index), ...postLookupSteps(index)];
}

/** The steps before who cares about `record`: the index's shared parts, then, for a long note, its text and its query. */
export function queryPreparationSteps(record: NoteRecord, index: NetworkReader): Array<() => void> {
	const long = record.body.length >= LONG_NOTE_CHARS ? [() => void visibleOfRecord(record), () => void buildNoteQuery(record, index)] : [];
	return [...warmMatching(index), ...long];
}
