import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { differingCodePoints } from "../../builders/code-points";
import { differs, scannedWords, wordsByPattern } from "../../builders/text-readers";

describe("wordScanner reads words and breaks as the patterns do", () => {
	it.each([
		["plain words", "usage based pricing"],
		["apostrophes inside", "the company's don’t rock'n'roll l'équipe"],
		["an apostrophe before a digit or at the end", "it'9 ends' 'starts"],
		["digits and letters", "v2 2026 x86_64"],
		["marks after letters and after an apostrophe", "e\u0301te o'e\u0301"],
		["a leading break", ". starts after a stop"],
		["breaks between words", "one, two; three (four) — five… six"],
		["a trailing break", "ends here."],
		["Chinese and Japanese", "東京で会議がありました。kubernetesの導入"],
		["Greek and Cyrillic", "καλημέρα мир"],
		["astral letters and emoji", "𝐀𝐁 🚀 𐐀x"],
		["lone surrogates", "a\ud800b \udc00c"],
		["empty", ""],
	])("%s", (_name, text) => {
		expect(scannedWords(text)).toEqual(wordsByPattern(text));
	});

	it("with every code point of the Basic Multilingual Plane and a sample beyond between, after and before words", () => {
		expect(differingCodePoints(differs.words)).toEqual([]);
	});

	it("for any mix of letters, marks, digits, apostrophes and punctuation", () => {
		const unit = fc.constantFrom("a", "Z", "é", "e\u0301", "\u0301", "3", "٣", "'", "’", " ", ".", ",", "—", "\n", "東", "京", "カ", "ー", "ひ", "𝐀", "🚀", "\ud800", "\udc00", "-", "_", "ß", "Ω");
		fc.assert(
			fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
				const text = units.join("");
				expect(scannedWords(text)).toEqual(wordsByPattern(text));
			}),
			{ numRuns: 200 },
		);
	});
});
