/**
 * How a person's own note writes each of its terms, for reasons that quote it: the first
 * word behind each term. Worked out once per person note and kept for the last few people
 * described, since a panel describes the same handful of people note after note and a
 * long note's words take a pass over all of its text.
 */
import type { Person } from "../model/types";
import { noteLanguage } from "../text/language-guess";
import { surfaceWords, termRun } from "../text/terms";

/** People whose words are kept: more than a panel, a block and a report show at once. */
const KEPT = 64;

const kept = new Map<Person, { setting: string; firsts: Map<string, string> }>();

/** The word `person`'s note first writes for `term` (as surfaceWords gives it), if it says it. */
export function personWordFor(person: Person, term: string): string | undefined {
	const setting = noteLanguage();
	let found = kept.get(person);
	if (found === undefined || found.setting !== setting) {
		const run = termRun(person.body);
		const words = surfaceWords(person.body);
		const firsts = new Map<string, string>();
		run.forEach((analysed, i) => {
			if (analysed !== null && !firsts.has(analysed)) firsts.set(analysed, words[i] ?? analysed);
		});
		found = { setting, firsts };
		if (kept.size >= KEPT) kept.delete(kept.keys().next().value as Person);
	} else kept.delete(person);
	// Most recently used last, so the first key is the one to drop.
	kept.set(person, found);
	return found.firsts.get(term);
}
