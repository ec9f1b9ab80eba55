import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasHash } from "../../../src/core/index/phrase-index";
import { phraseHash } from "../../../src/core/text/phrases";
import { bestPart, PART_WORDS, termHashes, textParts } from "../../../src/core/match/person-parts";

/** A paragraph of `count` distinct words beginning with `stem`. */
function paragraph(stem: string, count: number): string {
	return Array.from({ length: count }, (_, i) => `${stem}${i}`).join(" ");
}

describe("textParts: a long note's paragraphs joined into parts of PART_WORDS words", () => {
	const cases: Array<{ name: string; text: string; parts: number[] }> = [
		{ name: "a short note is one part, as written", text: `${paragraph("a", 40)}\n\n${paragraph("b", 40)}`, parts: [80] },
		{ name: "just under twice the part size stays whole", text: `${paragraph("a", PART_WORDS)}\n\n${paragraph("b", PART_WORDS - 1)}`, parts: [2 * PART_WORDS - 1] },
		{ name: "two full paragraphs are two parts", text: `${paragraph("a", PART_WORDS)}\n\n${paragraph("b", PART_WORDS)}`, parts: [PART_WORDS, PART_WORDS] },
		{ name: "small paragraphs are joined until a part is full", text: Array.from({ length: 8 }, (_, i) => paragraph(`p${i}x`, 50)).join("\n\n"), parts: [150, 150, 100] },
		{ name: "a line of spaces between paragraphs splits too", text: `${paragraph("a", PART_WORDS)}\n \t\n${paragraph("b", PART_WORDS)}`, parts: [PART_WORDS, PART_WORDS] },
		{ name: "single line breaks do not split", text: `${paragraph("a", PART_WORDS)}\n${paragraph("b", PART_WORDS)}`, parts: [2 * PART_WORDS] },
	];
	for (const { name, text, parts } of cases) {
		it(name, () => {
			const found = textParts(text);
			expect(found.map((part) => part.split(/\s+/).filter(Boolean).length)).toEqual(parts);
			// Nothing is lost or reordered: the words read back in order.
			expect(found.join(" ").split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
		});
	}

	it("gives back the very text when the note is one part", () => {
		const text = "Line one.\n\n\nLine two.  ";
		expect(textParts(text)).toEqual([text]);
	});
});

describe("bestPart: the part whose distinct terms weigh most in a query", () => {
	const parts = [termHashes(["pricing", "retainer", "pricing"]), termHashes(["kubernetes", "platform", "pricing", "platform"]), termHashes(["sourdough"])];
	it("sums each distinct term's weight once, whatever its count", () => {
		expect(bestPart(parts, new Map([["kubernetes", 1], ["platform", 0.5]]))).toBe(1);
		expect(bestPart(parts, new Map([["pricing", 1], ["retainer", 0.6], ["platform", 1.5]]))).toBe(1);
		expect(bestPart(parts, new Map([["pricing", 1], ["retainer", 0.6], ["platform", 0.5]]))).toBe(0);
	});
	it("takes the first of equal parts", () => {
		expect(bestPart(parts, new Map([["pricing", 1]]))).toBe(0);
	});
	it("is -1 when no part says a query term, and ignores negative weights", () => {
		expect(bestPart(parts, new Map([["climbing", 1]]))).toBe(-1);
		expect(bestPart(parts, new Map([["sourdough", -1]]))).toBe(-1);
		expect(bestPart([], new Map([["pricing", 1]]))).toBe(-1);
	});

	/** The part a term-by-term lookup picks, adding weights in the query's order. */
	function byLookup(of: readonly Uint32Array[], weights: ReadonlyMap<string, number>): number {
		let best = -1;
		let bestWeight = 0;
		of.forEach((part, i) => {
			let weight = 0;
			for (const [term, value] of weights) if (value > 0 && hasHash(part, phraseHash(term))) weight += value;
			if (weight > bestWeight) {
				bestWeight = weight;
				best = i;
			}
		});
		return best;
	}

	it("picks the part a term-by-term lookup picks, for any parts and query", () => {
		const word = fc.constantFrom("pricing", "retainer", "kubernetes", "platform", "sourdough", "chiller", "audit", "bread", "usag_base", "x", "yy", "zzz");
		fc.assert(
			fc.property(
				fc.array(fc.array(word, { maxLength: 8 }), { maxLength: 5 }),
				fc.array(fc.tuple(word, fc.double({ min: -1, max: 2, noNaN: true })), { maxLength: 10 }),
				(partWords, pairs) => {
					const of = partWords.map((words) => termHashes(words));
					const weights = new Map(pairs);
					expect(bestPart(of, weights)).toBe(byLookup(of, weights));
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe("termHashes", () => {
	it("keeps each term once, sorted, so a part is found by binary search", () => {
		const hashes = termHashes(["b", "a", "b", "c", "a"]);
		expect(hashes.length).toBe(3);
		expect([...hashes]).toEqual([...hashes].sort((x, y) => x - y));
		expect(termHashes([]).length).toBe(0);
	});
});
