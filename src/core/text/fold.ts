/** Accents on Latin, Greek and Cyrillic letters, as NFKD writes them apart. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Marks left after that, such as the kana voicing marks: they must join their letter again. */
const OTHER_MARKS = /\p{M}/u;

/**
 * Lower case with accents removed: "Tomás" and "tomas" compare equal. NFKD also writes
 * half-width kana and full-width Latin the usual way; but it splits が into か and a
 * voicing mark, so text with marks left is composed again (NFC), or the word would break.
 */
export function foldCase(text: string): string {
	const stripped = text.normalize("NFKD").replace(COMBINING_MARKS, "");
	return (OTHER_MARKS.test(stripped) ? stripped.normalize("NFC") : stripped).toLowerCase();
}
