/**
 * The words of a folded text as WORD (terms.ts) matches them, and where PHRASE_BREAK's
 * punctuation falls between two of them, read a code point at a time with each code
 * point's classes (letter, mark, digit, unspaced script, phrase break) worked out once.
 * The patterns tested every character of a long note against Unicode properties: for a
 * note not all ASCII that was most of reading it, in every build and every query.
 */
import { UNSPACED, unspacedWords } from "./cjk";
import { CodePointTable } from "./code-points";

const LETTER = 1;
const MARK = 2;
const DIGIT = 4;
const UNSPACED_LETTER = 8;
const BREAK = 16;
/** Set on every code point, so one of no class is not taken for one not yet asked (CodePointTable's 0). */
const KNOWN = 32;
const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_DIGIT = /^\p{N}$/u;

/**
 * Reads texts with `phraseBreak`'s marks (one character each, none outside the Basic
 * Multilingual Plane) as what ends a phrase.
 */
export function wordScanner(phraseBreak: RegExp): (folded: string, visit: (word: string | null) => boolean | void) => void {
	const table = new CodePointTable((char) => {
		let classes = KNOWN;
		if (IS_LETTER.test(char)) classes |= LETTER;
		if (IS_MARK.test(char)) classes |= MARK;
		if (IS_DIGIT.test(char)) classes |= DIGIT;
		if (UNSPACED.test(char)) classes |= UNSPACED_LETTER;
		if (char.length === 1 && phraseBreak.test(char)) classes |= BREAK;
		return classes;
	});

	/**
	 * Calls `visit` with each word of a folded text in order, and with null where punctuation
	 * between two words ends a phrase, until `visit` returns false. Chinese and Japanese runs
	 * give their words one by one.
	 */
	return (text, visit) => {
		const n = text.length;
		let i = 0;
		let broken = false;
		while (i < n) {
			let classes = table.at(text, i);
			if ((classes & (LETTER | DIGIT)) === 0) {
				if ((classes & BREAK) !== 0) broken = true;
				i += table.width;
				continue;
			}
			const start = i;
			let unspaced = (classes & UNSPACED_LETTER) !== 0;
			i += table.width;
			while (i < n && ((classes = table.at(text, i)) & (LETTER | MARK | DIGIT)) !== 0) {
				unspaced ||= (classes & UNSPACED_LETTER) !== 0;
				i += table.width;
			}
			// An apostrophe followed by a letter goes on the word, with the letters and marks after.
			for (;;) {
				const code = i + 1 < n ? text.charCodeAt(i) : 0;
				if (code !== APOSTROPHE && code !== CURLY_APOSTROPHE) break;
				classes = table.at(text, i + 1);
				if ((classes & LETTER) === 0) break;
				unspaced ||= (classes & UNSPACED_LETTER) !== 0;
				i += 1 + table.width;
				while (i < n && ((classes = table.at(text, i)) & (LETTER | MARK)) !== 0) {
					unspaced ||= (classes & UNSPACED_LETTER) !== 0;
					i += table.width;
				}
			}
			if (broken && visit(null) === false) return;
			broken = false;
			const word = text.slice(start, i);
			if (unspaced) {
				for (const part of unspacedWords(word)) if (visit(part) === false) return;
			} else if (visit(word) === false) return;
		}
	};
}
