/**
 * A person's own text as reasons quote and check it, worked out once and kept for the last
 * few people described (kept.ts): the first word their note writes for each term, and the
 * terms of the text a reason looks for a phrase in. A long note takes a pass over all of
 * its text; a panel or a person's list describes the same people again and again.
 */
import type { NetworkReader } from "../index/network-reader";
import type { Person } from "../model/types";
import { surfaceWords, termRun } from "../text/terms";
import { Kept } from "./kept";

/** People whose words are kept: more than a panel, a block and a report show at once. */
const KEPT = 64;

const firstWords = new Kept<Person, Map<string, string>>(KEPT);
const runs = new Kept<Person, { text: string; run: Array<string | null> }>(KEPT);

/** The word `person`'s note first writes for `term` (as surfaceWords gives it), if it says it. */
export function personWordFor(index: NetworkReader, person: Person, term: string): string | undefined {
	const firsts = firstWords.get(index, person, () => {
		const run = termRun(person.body);
		const words = surfaceWords(person.body);
		const out = new Map<string, string>();
		run.forEach((analysed, i) => {
			if (analysed !== null && !out.has(analysed)) out.set(analysed, words[i] ?? analysed);
		});
		return out;
	});
	return firsts.get(term);
}

/** termRun(text) for a text made from `person`'s note, kept while the person is asked about with the same text. */
export function personRun(index: NetworkReader, person: Person, text: string): Array<string | null> {
	return runs.get(index, person, () => ({ text, run: termRun(text) }), (kept) => kept.text === text).run;
}
