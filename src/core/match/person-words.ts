/**
 * A person's own text as reasons quote and check it, worked out once and kept for the last
 * few people described (kept.ts): the first word their note writes for each term, and the
 * terms of the text a reason looks for a phrase in. A long note takes a pass over all of
 * its text; a panel or a person's list describes the same people again and again.
 */
import type { NetworkReader } from "../index/network-reader";
import type { Person } from "../model/types";
import { asciiSurfaceWordAt, isAsciiText, surfaceWordsOfRun, termRun } from "../text/terms";
import { Kept } from "./kept";

/** People whose words are kept: more than a panel, a block and a report show at once. */
const KEPT = 64;

const firstWords = new Kept<Person, FirstWords>(KEPT);
const runs = new Kept<Person, { text: string; run: Array<string | null> }>(KEPT);

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
	private readonly _words = new Map<string, string | undefined>();

	constructor(private readonly _text: string) {}

	wordFor(term: string): string | undefined {
		if (this._words.has(term)) return this._words.get(term);
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
		const word = at === undefined ? undefined : (this._wordAt(at) ?? term);
		this._words.set(term, word);
		return word;
	}

	private _wordAt(position: number): string | undefined {
		if (isAsciiText(this._text)) return asciiSurfaceWordAt(this._text, position);
		this._all ??= surfaceWordsOfRun(this._text, this._runLength);
		return this._all[position];
	}
}

/** The word `person`'s note first writes for `term` (as surfaceWords gives it), if it says it. */
export function personWordFor(index: NetworkReader, person: Person, term: string): string | undefined {
	return firstWords.get(index, person, () => new FirstWords(person.body)).wordFor(term);
}

/** termRun(text) for a text made from `person`'s note, kept while the person is asked about with the same text. */
export function personRun(index: NetworkReader, person: Person, text: string): Array<string | null> {
	return runs.get(index, person, () => ({ text, run: termRun(text) }), (kept) => kept.text === text).run;
}
