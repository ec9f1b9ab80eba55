import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasLoneSurrogate, packText, unpackText } from "../../../src/core/text/packed-text";

const prose = "Pricing notes from the quarterly review, and what the team said about churn. ";

describe("packed text", () => {
	it.each([
		["a short note’s text", "too short to be worth it", false],
		[prose.repeat(3), "one byte a character already (ASCII)", false],
		[`${prose}Café, Jürgen, Ångström, naïve. `.repeat(2), "one byte a character already (Latin-1)", false],
		[`${prose}Don’t “quote” me — ever. `.repeat(2), "curly quotes and a dash", true],
		[`${prose}Launch 🚀 went well ❤️ 👨‍👩‍👧. `.repeat(2), "emoji, joined emoji and a variation selector", true],
		[`${prose}Ελληνικά και русский. `, "some Greek and Cyrillic in English", true],
		["東京で会議がありました。クラウドのコストについて話しました。".repeat(3), "mostly Japanese (longer in UTF-8)", false],
		[`\ufeff${prose}Don’t — starts with a byte order mark`, "a leading U+FEFF, kept", true],
		[`${"ab’".repeat(40)}`, "a quarter of its characters wide: 1.67 bytes each, too many", false],
		[`${"abcdefg’".repeat(20)}`, "an eighth wide: 1.25 bytes each, packed", true],
		[`${"abcde’".repeat(20)}`, "a sixth wide: 1.33 bytes each, packed", true],
		[`${prose}broken \ud83d surrogate`, "a lone high surrogate", false],
		[`${prose}broken \ude80 surrogate`, "a lone low surrogate", false],
	])("%#: %s (%s)", (text, _why, packs) => {
		const packed = packText(text);
		expect(packed !== null).toBe(packs);
		if (packed !== null) {
			expect(packed.length).toBeLessThanOrEqual(text.length * 1.5);
			expect(/^[\0-\xff]*$/.test(packed)).toBe(true);
			expect(unpackText(packed)).toBe(text);
		}
	});

	it("packs and unpacks a text longer than the reusable buffer, and leaves no state behind", () => {
		const long = `${prose}It’s long — `.repeat(40_000);
		const packed = packText(long);
		expect(packed).not.toBeNull();
		const short = `${prose}It’s short — ok`;
		const packedShort = packText(short) as string;
		expect(unpackText(packed as string)).toBe(long);
		expect(unpackText(packedShort)).toBe(short);
	});

	it.each([
		["a pair 🚀 in text", false],
		["\ude80 a low half first", true],
		["a high half last \ud83d", true],
		["a high half before a letter \ud83dx", true],
		["a pair then a second low half 🚀\ude80", true],
		["two highs then a low \ud83d\ud83d\ude80", true],
		["", false],
	])("finds a lone surrogate in %j: %s", (text, lone) => {
		expect(hasLoneSurrogate(text)).toBe(lone);
		expect(hasLoneSurrogate(text)).toBe(!(text as unknown as { isWellFormed(): boolean }).isWellFormed());
	});

	const roundTrips = (text: string): boolean => {
		const packed = packText(text);
		if (packed === null) return false;
		expect(/^[\0-\xff]*$/.test(packed)).toBe(true);
		expect(unpackText(packed)).toBe(text);
		return true;
	};

	it("gives mostly-ASCII text with typography back as it was, packed", () => {
		const piece = fc.oneof(
			{ weight: 8, arbitrary: fc.constantFrom("pricing ", "Team ", "café ", "the churn, ", "\n", "\u0000", "\u00ff", "\ufeff") },
			{ weight: 2, arbitrary: fc.constantFrom("’", "“", "”", "—", "🚀", "❤️", "\u200d", "東京", "\uffff", "\u{10ffff}") },
		);
		let packs = 0;
		fc.assert(
			fc.property(fc.array(piece, { minLength: 20, maxLength: 60 }), (pieces) => {
				if (roundTrips(pieces.join(""))) packs++;
			}),
			{ numRuns: 200 },
		);
		// The property says something only if most of its texts were packed.
		expect(packs).toBeGreaterThan(100);
	});

	it("gives any text back as it was when it packs it; finds lone surrogates as isWellFormed does", () => {
		const piece = fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), fc.string({ maxLength: 40 }), fc.constantFrom("’", "\ud83d", "\ude80", "🚀"));
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const text = pieces.join("");
				roundTrips(text);
				expect(hasLoneSurrogate(text)).toBe(!(text as unknown as { isWellFormed(): boolean }).isWellFormed());
			}),
			{ numRuns: 200 },
		);
	});
});
