/**
 * A code point's classes, worked out once by a Unicode property pattern and kept: the
 * text readers (wide-punctuation.ts, fold.ts, word-scan.ts, the boilerplate's sentence
 * hash) read a long note a character at a time, and a pattern's property classes cost
 * far more per character than a table lookup.
 */
export class CodePointTable {
	/** Classes of the Basic Multilingual Plane's code points, 0 until first asked. */
	private readonly _bmp = new Uint8Array(0x10000);
	private readonly _astral = new Map<number, number>();

	/** The width in code units of the code point `at` last read: 2 for a surrogate pair, else 1. */
	width = 1;

	/** `classify` gives a code point's classes as a number from 1 to 255. */
	constructor(private readonly _classify: (char: string) => number) {}

	/** The classes of the code point at `i` of `text` (a lone surrogate is one of its own), its width left in `width`. */
	at(text: string, i: number): number {
		const code = text.charCodeAt(i);
		const codePoint = code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) as number) : code;
		this.width = codePoint > 0xffff ? 2 : 1;
		return this.of(codePoint);
	}

	of(codePoint: number): number {
		if (codePoint < 0x10000) {
			let classes = this._bmp[codePoint] as number;
			if (classes === 0) this._bmp[codePoint] = classes = this._classify(String.fromCharCode(codePoint));
			return classes;
		}
		let classes = this._astral.get(codePoint);
		if (classes === undefined) this._astral.set(codePoint, (classes = this._classify(String.fromCodePoint(codePoint))));
		return classes;
	}
}
