import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { languageFor } from "../../../src/core/text/language-guess";
import { foldCase, termRun, termRunWide } from "../../../src/core/text/terms";
import { differingCodePoints } from "../../builders/code-points";
import { asciiByPattern, differs, readAscii } from "../../builders/text-readers";

/**
 * termRun reads text whose only non-ASCII characters (once accents are folded) are
 * typographic quotes, dashes, emoji, arrows, signs and spaces with its ASCII reading: the terms and breaks must be
 * those of the reading of any text.
 */
const wide = (text: string, setting: "auto" | "eng" | "deu" | "fra") => {
	const folded = foldCase(text);
	return termRunWide(folded, languageFor(folded, setting));
};

describe("typographic punctuation read as ASCII", () => {
	it.each([
		["Don’t let the team’s “usage-based pricing” run the café — ever.", "quotes, apostrophes, a dash"],
		["Pricing – churn – hiring", "en dashes end phrases"],
		["«Preise» für die Kunden, sagt Jürgen", "guillemets"],
		["Launch day 🚀 went well ❤️ thanks", "emoji and a variation selector"],
		["Family 👨‍👩‍👧 dinner", "joined emoji"],
		["‘Quoted’ words’ end", "left and right single quotes"],
		["l’équipe a gagné", "French elision with a curly apostrophe"],
		["© 2026 Acme™ all rights", "signs that are emoji"],
		["Inbox → triage → done • next", "arrows and bullets"],
		["Costs 12\u00a0€, up ×2 and ½ of the\u202fbudget", "currency, signs, fractions, non-breaking spaces"],
		["co\u00adoperation and zero\u200bwidth…then more", "a soft hyphen, a zero-width space and an ellipsis"],
		["x² + y² ≤ r² ✓", "superscripts and mathematical signs"],
	])("%s (%s)", (text) => {
		for (const setting of ["auto", "eng", "fra"] as const) expect(termRun(text, setting)).toEqual(wide(text, setting));
	});

	it("reads any mix of words and such punctuation as the reading of any text", () => {
		const piece = fc.constantFrom("pricing", "Team", "café", "don", "t", "s", "’", "‘", "“", "”", "«", "»", "—", "–", "🚀", "❤️", "\u200d", "\ufe0f", " ", ".", "'", "-", "3", "über", "l", "die", "and", "the", "\n", "→", "•", "\u00a0", "\u00ad", "…", "€", "½", "²", "≤");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom("auto" as const, "eng" as const, "deu" as const), (pieces, setting) => {
				const text = pieces.join("");
				expect(termRun(text, setting)).toEqual(wide(text, setting));
			}),
			{ numRuns: 200 },
		);
	});
});

/**
 * The character-by-character reader must give what the pattern gives, followed by the
 * ASCII check termRun made after it, for every code point (alone, between letters, before
 * a variation selector) and for lone surrogates and control characters.
 */
describe("asciiPunctuationReader agrees with the pattern it stands for", () => {

	it.each([
		["plain ASCII", "pricing and churn", "pricing and churn"],
		["an apostrophe", "don’t", "don't"],
		["a dash ends a phrase", "a — b", "a | b"],
		["an emoji and its variation selector", "ok ❤️ fine", "ok   fine"],
		["an emoji without one", "go 🚀 now", "go   now"],
		["a lone variation selector stays", "a\ufe0fb", null],
		["a letter outside ASCII stays", "tokyo 東京", null],
		["a control character stays", "a\u0001b", null],
		["DEL stays", "a\u007fb", null],
		["ASCII white space", "a\tb\u000bc\fd\re\nf", "a\tb\u000bc\fd\re\nf"],
		["a lone high surrogate", "a\ud83db", "a b"],
		["a lone low surrogate", "a\ude80b", "a b"],
		["a sign that is also a letter", "ℹ info", "  info"],
	])("%s", (_name, text, expected) => {
		expect(readAscii(text)).toBe(expected);
		expect(asciiByPattern(text)).toBe(expected);
	});

	it("around every code point of the Basic Multilingual Plane and a sample beyond", () => {
		expect(differingCodePoints(differs.wide)).toEqual([]);
	});

	it("for any mix of such characters", () => {
		const piece = fc.oneof(fc.constantFrom("a", "B", "9", " ", "’", "—", "❤", "\ufe0f", "\u200d", "🚀", "\ud83d", "\ude80", "é", "東", "\u0001", "\n", "«"), fc.string({ unit: "grapheme", maxLength: 3 }));
		fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
			const text = pieces.join("");
			expect(readAscii(text)).toBe(asciiByPattern(text));
		}), { numRuns: 200 });
	});
});
