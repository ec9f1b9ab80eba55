/**
 * A person's own text as reasons quote and check it, worked out once and kept: the first
 * word their note writes for each term asked and whether it says terms asked for in a row
 * (kept for every person described, a few answers each), and the readings that answer them
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

/**
 * Answers found so far, by person (an edited person is a new Person), by what text of theirs
 * was asked about and under which language setting: a few each, kept while the person is.
 */
class PersonAnswers<T> {
	private readonly _byPerson = new WeakMap<Person, Map<string, { setting: NoteLanguage; answers: Map<string, T> }>>();

	of(person: Person, reading: string): Map<string, T> {
		const setting = noteLanguage();
		let readings = this._byPerson.get(person);
		if (readings === undefined) this._byPerson.set(person, (readings = new Map<string, { setting: NoteLanguage; answers: Map<string, T> }>()));
		let known = readings.get(reading);
		if (known === undefined || known.setting !== setting) readings.set(reading, (known = { setting, answers: new Map<string, T>() }));
		return known.answers;
	}
}

const firstWordsSaid = new PersonAnswers<string | undefined>();
const readings = new RecentlyUsed<Person, { setting: NoteLanguage; words: FirstWords }>(KEPT);
const inOrderSaid = new PersonAnswers<boolean>();
const runs = new RecentlyUsed<Person, { reading: string; setting: NoteLanguage; run: Array<string | null> }>(KEPT);

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
	const words = firstWordsSaid.of(person, "body");
	if (words.has(term)) return words.get(term);
	const setting = noteLanguage();
	const reading = readings.get(person, () => ({ setting, words: new FirstWords(person.body) }), (kept) => kept.setting === setting);
	const word = reading.words.wordFor(term);
	words.set(term, word);
	return word;
}

/**
 * Whether a text made from `person`'s note (`text`, the same for one `reading` of a person)
 * has `sequence` as consecutive terms of its termRun: whether a reason may join matched
 * pairs into the longer phrase the person writes.
 */
export function personInOrder(person: Person, reading: string, text: () => string): (sequence: readonly string[]) => boolean {
	const setting = noteLanguage();
	const answers = inOrderSaid.of(person, reading);
	return (sequence) => {
		const key = sequence.join("\u0000");
		let answer = answers.get(key);
		if (answer === undefined) {
			const { run } = runs.get(person, () => ({ reading, setting, run: termRun(text()) }), (kept) => kept.reading === reading && kept.setting === setting);
			answer = run.some((_, start) => sequence.every((term, i) => run[start + i] === term));
			answers.set(key, answer);
		}
		return answer;
	};
}
