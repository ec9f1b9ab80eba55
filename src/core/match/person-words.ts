/**
 * A person's own text as reasons quote and check it, worked out once and kept: the first
 * word their note writes for each term asked (kept for every person described, a few words
 * each), the reading that finds it and the terms of the text a reason looks for a phrase in
 * (kept for the last few people). A long note takes a pass over all of its text; a panel or
 * a person's list describes the same people again and again, and while a post is written
 * the vault's revision changes at every save, which a person's own words do not depend on.
 */
import type { NoteLanguage } from "../model/languages";
import type { Person } from "../model/types";
import { noteLanguage } from "../text/language-guess";
import { asciiSurfaceWordAt, isAsciiText, surfaceWordsOfRun, termRun } from "../text/terms";
import { RecentlyUsed } from "./kept";

/** People whose readings are kept: more than a panel, a block and a report show at once. */
const KEPT = 64;

/** The words found so far, by person (an edited person is a new Person) and language setting. */
const said = new WeakMap<Person, { setting: NoteLanguage; words: Map<string, string | undefined> }>();
const readings = new RecentlyUsed<Person, { setting: NoteLanguage; words: FirstWords }>(KEPT);
const runs = new RecentlyUsed<Person, { text: string; setting: NoteLanguage; run: Array<string | null> }>(KEPT);

/**
 * Where a note first says each term, and the word it writes there, worked out when asked:
 * a reason quotes a few words of a note, so the words of an ASCII note's rest are not read
 * (see asciiSurfaceWordAt).
 */
class FirstWords {
	private _firstAt: Map<string, number> | null = null;
	private _runLength = 0;
	/** surfaceWords of a text that is not ASCII, once one is asked for. */
	private _all: string[] | null = null;

	constructor(private readonly _text: string) {}

	wordFor(term: string): string | undefined {
		if (this._firstAt === null) {
			const firstAt = new Map<string, number>();
			const run = termRun(this._text);
			run.forEach((analysed, i) => {
				if (analysed !== null && !firstAt.has(analysed)) firstAt.set(analysed, i);
			});
			this._runLength = run.length;
			this._firstAt = firstAt;
		}
		const at = this._firstAt.get(term);
		return at === undefined ? undefined : (this._wordAt(at) ?? term);
	}

	private _wordAt(position: number): string | undefined {
		if (isAsciiText(this._text)) return asciiSurfaceWordAt(this._text, position);
		this._all ??= surfaceWordsOfRun(this._text, this._runLength);
		return this._all[position];
	}
}

/** The word `person`'s note first writes for `term` (as surfaceWords gives it), if it says it. */
export function personWordFor(person: Person, term: string): string | undefined {
	const setting = noteLanguage();
	let known = said.get(person);
	if (known === undefined || known.setting !== setting) said.set(person, (known = { setting, words: new Map() }));
	if (known.words.has(term)) return known.words.get(term);
	const reading = readings.get(person, () => ({ setting, words: new FirstWords(person.body) }), (kept) => kept.setting === setting);
	const word = reading.words.wordFor(term);
	known.words.set(term, word);
	return word;
}

/** termRun(text) for a text made from `person`'s note, kept while the person is asked about with the same text. */
export function personRun(person: Person, text: string): Array<string | null> {
	const setting = noteLanguage();
	return runs.get(person, () => ({ text, setting, run: termRun(text) }), (kept) => kept.text === text && kept.setting === setting).run;
}
