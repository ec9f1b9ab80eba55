import { stemmer } from "stemmer";
import { describe, expect, it } from "vitest";
import { UNSPACED, unspacedWords } from "../../../src/core/text/cjk";
import { STOPWORDS } from "../../../src/core/text/stopwords";
import { foldCase, PHRASE_BREAK, termRun, WORD } from "../../../src/core/text/terms";
import { mulberry32 } from "../../builders/random";

/**
 * termRun reads ASCII text character by character (fast) and other text with regular
 * expressions. Both must give what the plain regular-expression reading gives, kept here as
 * the reference, on any text, read as English (the random texts are no language: their
 * guess is whatever their stray one-letter words happen to hit).
 */
function referenceTermRun(text: string): Array<string | null> {
	const out: Array<string | null> = [];
	const folded = foldCase(text);
	let lastEnd = 0;
	for (const match of folded.matchAll(WORD)) {
		const start = match.index;
		if (start > lastEnd && PHRASE_BREAK.test(folded.slice(lastEnd, start))) out.push(null);
		lastEnd = start + match[0].length;
		const words = UNSPACED.test(match[0]) ? unspacedWords(match[0]) : [match[0]];
		for (const matched of words) out.push(referenceTerm(matched));
	}
	return out;
}

function referenceTerm(matched: string): string | null {
	const whole = matched.replace(/’/g, "'");
	const word = whole.replace(/['’](s|t|re|ve|ll|d|m)$/u, "");
	if (word.length < 2 || STOPWORDS.has(word) || STOPWORDS.has(whole) || /^\d+$/.test(word)) return null;
	return /^\d/.test(word) ? word : stemmer(word);
}

const ASCII_PIECES = [
	"pricing", "Usage", "based", "the", "don", "t", "s", "re", "company", "K8s", "b2b", "2026", "42", "x", "a", "I",
	" ", " ", " ", "  ", "-", "_", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", '"', "'", "|", "/", "\\", "\n", "\r", "\t", "#", "@", "*", "`", "~", "=",
];
const UNICODE_PIECES = ["’", "‘", "“", "”", "«", "»", "—", "–", "…", "Tomás", "ÅNGSTRÖM", "Straße", "naïve", "café", "日本語", "İstanbul", "ﬁle", "²", "٣", "𝐀bc", "é"];

function randomText(random: () => number, pieces: readonly string[], length: number): string {
	let text = "";
	for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)] as string;
	return text;
}

describe("termRun agrees with the regular-expression reading", () => {
	it.each([1, 2, 3, 4, 5])("on random ASCII text (seed %i)", (seed) => {
		const random = mulberry32(seed);
		for (let i = 0; i < 400; i++) {
			const text = randomText(random, ASCII_PIECES, 1 + Math.floor(random() * 40));
			expect(termRun(text, "eng"), JSON.stringify(text)).toEqual(referenceTermRun(text));
		}
	});

	it.each([1, 2, 3])("on random text with other scripts and typography (seed %i)", (seed) => {
		const random = mulberry32(seed);
		const pieces = [...ASCII_PIECES, ...UNICODE_PIECES];
		for (let i = 0; i < 400; i++) {
			const text = randomText(random, pieces, 1 + Math.floor(random() * 40));
			expect(termRun(text, "eng"), JSON.stringify(text)).toEqual(referenceTermRun(text));
		}
	});

	it("on apostrophes at the edges of words", () => {
		for (const text of ["'tis", "rock'n'roll", "it's'", "o'", "x'y", "don't2", "'", "''", "a'b'c", "we're.", "9'a"]) {
			expect(termRun(text, "eng"), text).toEqual(referenceTermRun(text));
		}
	});
});
