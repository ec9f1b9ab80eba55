import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldCase, hasMark } from "../../../src/core/text/fold";
import { differingCodePoints } from "../../builders/code-points";
import { differs } from "../../builders/text-readers";

/** hasMark must say what the pattern it stands for says, for every code point and any mix. */
describe("hasMark agrees with /\\p{M}/u", () => {
	const pattern = /\p{M}/u;

	it.each([
		["plain ASCII", "pricing and churn", false],
		["a combining accent", "e\u0301", true],
		["a kana voicing mark", "か\u3099", true],
		["a variation selector", "❤\ufe0f", true],
		["an astral mark (Brahmi)", "\u{11000}\u{11001}", true],
		["an emoji, no mark", "🚀 launch", false],
		["a lone high surrogate", "a\ud804", false],
		["a lone high surrogate before a mark", "\ud804\u0301", true],
		["empty", "", false],
	])("%s", (_name, text, expected) => {
		expect(hasMark(text)).toBe(expected);
		expect(pattern.test(text)).toBe(expected);
	});

	it("around every code point of the Basic Multilingual Plane and a sample beyond", () => {
		expect(differingCodePoints(differs.mark)).toEqual([]);
	});

	it("for any mix of characters", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 20 }), (text) => {
				expect(hasMark(text)).toBe(pattern.test(text));
			}),
			{ numRuns: 200 },
		);
	});

	it.each([
		["Tomás", "tomas"],
		["ＡＢＣ half-width ｶﾞ", "abc half-width ガ"],
		["が", "が"],
		["Straße", "straße"],
	])("foldCase(%s) is %s", (text, folded) => {
		expect(foldCase(text)).toBe(folded);
	});
});
