/**
 * Code points to check a character-by-character reader against the pattern it stands for:
 * every one of the Basic Multilingual Plane and every `astralStep`th beyond (1 reads them
 * all, as `npm run test:deep` does: about a million, and seconds per reader).
 */
export function* codePoints(astralStep = 61): Generator<number, void, undefined> {
	for (let codePoint = 0; codePoint <= 0xffff; codePoint++) yield codePoint;
	for (let codePoint = 0x10000; codePoint <= 0x10ffff; codePoint += astralStep) yield codePoint;
}

/** The code points (hex) at which `differs` is true, the first ten. */
export function differingCodePoints(differs: (char: string) => boolean, astralStep?: number): string[] {
	const found: string[] = [];
	for (const codePoint of codePoints(astralStep)) {
		if (differs(String.fromCodePoint(codePoint))) found.push(codePoint.toString(16));
		if (found.length >= 10) break;
	}
	return found;
}
