/**
 * The patterns that the text readers read characters by (wide-punctuation.ts, fold.ts,
 * word-scan.ts) as references, and whether a reader and its reference differ around one
 * character: the unit tests ask this of a sample of code points, `npm run test:deep` of all.
 */
import { UNSPACED, unspacedWords } from "../../src/core/text/cjk";
import { hasMark } from "../../src/core/text/fold";
import { PHRASE_BREAK, WORD } from "../../src/core/text/terms";
import { asciiPunctuation, asciiPunctuationReader } from "../../src/core/text/wide-punctuation";
import { wordScanner } from "../../src/core/text/word-scan";

const NON_ASCII = /[^ -~\t\n\r\f\v]/;
/** What the punctuation reader writes as ASCII: an emoji with the variation selector after it, or any character outside ASCII that is neither letter, mark nor digit. */
const WIDE_PUNCTUATION = /\p{Extended_Pictographic}\ufe0f?|[^\p{L}\p{M}\p{N}\0-\x7f]/gu;
const MARK = /\p{M}/u;

/** Punctuation written as ASCII as the pattern did, followed by termRun's ASCII check. */
export function asciiByPattern(text: string): string | null {
	const plain = text.replace(WIDE_PUNCTUATION, (mark) => asciiPunctuation(mark, PHRASE_BREAK));
	return NON_ASCII.test(plain) ? null : plain;
}

export const readAscii = asciiPunctuationReader(PHRASE_BREAK);

/** The words and breaks as first read, with the patterns. */
export function wordsByPattern(folded: string): Array<string | null> {
	const out: Array<string | null> = [];
	const unspaced = UNSPACED.test(folded);
	let lastEnd = 0;
	for (const match of folded.matchAll(WORD)) {
		const start = match.index;
		if (start > lastEnd && PHRASE_BREAK.test(folded.slice(lastEnd, start))) out.push(null);
		lastEnd = start + match[0].length;
		if (unspaced && UNSPACED.test(match[0])) out.push(...unspacedWords(match[0]));
		else out.push(match[0]);
	}
	return out;
}

const scan = wordScanner(PHRASE_BREAK);

export function scannedWords(text: string): Array<string | null> {
	const out: Array<string | null> = [];
	scan(text, (word) => {
		out.push(word);
	});
	return out;
}

function sameWords(a: ReadonlyArray<string | null>, b: ReadonlyArray<string | null>): boolean {
	return a.length === b.length && a.every((word, i) => word === b[i]);
}

export const differs = {
	wide: (char: string): boolean => [char, `a${char}b`, `${char}\ufe0f.`].some((text) => readAscii(text) !== asciiByPattern(text)),
	mark: (char: string): boolean => hasMark(`a${char}`) !== MARK.test(`a${char}`),
	words: (char: string): boolean => [`ab${char}cd`, `a'${char}b`, `${char}'x ${char}`].some((text) => !sameWords(scannedWords(text), wordsByPattern(text))),
};
