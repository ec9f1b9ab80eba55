/**
 * Typographic punctuation written as the ASCII termRun reads it as (terms.ts): `’` as the
 * apostrophe, the quotes, dashes and other marks PHRASE_BREAK holds as `|` (they end a
 * phrase), and everything else that is neither letter, mark nor digit (arrows, bullets,
 * signs, emoji with a following variation selector, joiners, non-breaking and other
 * spaces) as a space: the reading of any text takes them for no word and no break.
 *
 * The rule is a pattern's, which tests/builders/text-readers.ts keeps as the reference: an
 * emoji, with the variation selector after it, or any character outside ASCII that is
 * neither letter, mark nor digit. Read here character by character, with each code point's class worked out once:
 * the pattern tested every character of a long note against Unicode property classes
 * (about 4% of a build), and ran to the end even when the text kept a letter outside ASCII,
 * which sends it to the reading of any text anyway.
 */

import { CodePointTable } from "./code-points";

export function asciiPunctuation(mark: string, phraseBreak: RegExp): string {
	if (mark === "’") return "'";
	return phraseBreak.test(mark) ? "|" : " ";
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const NOT_WORD = /^[^\p{L}\p{M}\p{N}]$/u;
/** A code point that stays: a letter, mark or digit outside ASCII. */
const KEEP = 1;
/** Flag of an emoji, which takes a variation selector after it along. */
const EMOJI = 8;
const VARIATION_SELECTOR = 0xfe0f;
/** What each replaced class is written as, by class & 7. */
const WRITTEN = ["", "", " ", "|", "'"];

/** Characters below 0x80 the ASCII reading takes: printable ones and ASCII white space (terms.ts's NON_ASCII). */
function readableAscii(code: number): boolean {
	return (code >= 0x20 && code <= 0x7e) || (code >= 0x09 && code <= 0x0d);
}

/**
 * A reader that gives `text` (case folded) with that punctuation written as ASCII, or null
 * when what stays is not all printable ASCII and ASCII white space: a letter, mark or digit
 * outside ASCII, or a control character (the pattern leaves both in place). `phraseBreak`
 * holds the marks that end a phrase.
 */
export function asciiPunctuationReader(phraseBreak: RegExp): (text: string) => string | null {
	const classes = new CodePointTable((char) => {
		const emoji = PICTOGRAPHIC.test(char);
		if (!emoji && !NOT_WORD.test(char)) return KEEP;
		const written = asciiPunctuation(char, phraseBreak);
		return (emoji ? EMOJI : 0) | (written === "'" ? 4 : written === "|" ? 3 : 2);
	});
	return (text) => {
		let out = "";
		let copied = 0;
		const n = text.length;
		for (let i = 0; i < n; i++) {
			const code = text.charCodeAt(i);
			if (code < 0x80) {
				if (!readableAscii(code)) return null;
				continue;
			}
			const kind = classes.at(text, i);
			if (kind === KEEP) return null;
			let end = i + classes.width;
			if ((kind & EMOJI) !== 0 && text.charCodeAt(end) === VARIATION_SELECTOR) end++;
			out += text.slice(copied, i) + (WRITTEN[kind & 7] as string);
			copied = end;
			i = end - 1;
		}
		return copied === 0 ? text : out + text.slice(copied);
	};
}
