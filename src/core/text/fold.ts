/** Accents on Latin, Greek and Cyrillic letters, as NFKD writes them apart. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** A mark (any script's), such as the kana voicing marks. */
const MARK = /^\p{M}$/u;
/** No mark comes before the combining accents. */
const FIRST_MARK = 0x0300;

/** Code units of the Basic Multilingual Plane already asked about: 1 a mark, 2 not. */
const knownMarks = new Uint8Array(0x10000);
const knownAstralMarks = new Map<number, boolean>();

/**
 * Whether a text has a mark, as `/\p{M}/u.test(text)` says, read a character at a time
 * with each code point asked about once: the pattern tested every character of a long
 * note against the Unicode property (most of folding's time).
 */
export function hasMark(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < FIRST_MARK) continue;
		if (code >= 0xd800 && code <= 0xdbff) {
			const codePoint = text.codePointAt(i) as number;
			if (codePoint > 0xffff) {
				let mark = knownAstralMarks.get(codePoint);
				if (mark === undefined) knownAstralMarks.set(codePoint, (mark = MARK.test(String.fromCodePoint(codePoint))));
				if (mark) return true;
				i++;
				continue;
			}
		}
		let known = knownMarks[code] as number;
		if (known === 0) knownMarks[code] = known = MARK.test(String.fromCharCode(code)) ? 1 : 2;
		if (known === 1) return true;
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
