import { CodePointTable } from "./code-points";

/** Accents on Latin, Greek and Cyrillic letters, as NFKD writes them apart. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** A mark (any script's), such as the kana voicing marks. */
const MARK = /^\p{M}$/u;
/** No mark comes before the combining accents. */
const FIRST_MARK = 0x0300;

/** 1 a mark, 2 not. */
const marks = new CodePointTable((char) => (MARK.test(char) ? 1 : 2));

/**
 * Whether a text has a mark, as `/\p{M}/u.test(text)` says, read a character at a time
 * with each code point asked about once: the pattern tested every character of a long
 * note against the Unicode property (most of folding's time).
 */
export function hasMark(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < FIRST_MARK) continue;
		if (marks.at(text, i) === 1) return true;
		i += marks.width - 1;
	}
	return false;
}

/**
 * Lower case with accents removed: "Tomás" and "tomas" compare equal. NFKD also writes
 * half-width kana and full-width Latin the usual way; but it splits が into か and a
 * voicing mark, so text with marks left is composed again (NFC), or the word would break.
 */
export function foldCase(text: string): string {
	const stripped = text.normalize("NFKD").replace(COMBINING_MARKS, "");
	return (hasMark(stripped) ? stripped.normalize("NFC") : stripped).toLowerCase();
}
