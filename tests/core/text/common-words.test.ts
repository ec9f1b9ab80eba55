import { describe, expect, it } from "vitest";
import { COMMON_WORDS, isCommonTerm } from "../../../src/core/text/common-words";
import { STOPWORDS } from "../../../src/core/text/stopwords";
import { stemWord, termRun } from "../../../src/core/text/terms";

describe("COMMON_WORDS", () => {
	it("holds one word per stem and no stop words (each would be dead weight in the bundle)", () => {
		const stems = new Map<string, string>();
		for (const word of COMMON_WORDS) {
			expect(STOPWORDS.has(word), word).toBe(false);
			const stem = stemWord(word);
			expect(stems.get(stem), `${word} has the stem of ${stems.get(stem) ?? ""}`).toBeUndefined();
			stems.set(stem, word);
		}
	});

	it("covers every form of a listed word, as the analyser writes it", () => {
		for (const text of ["looks", "looking", "Looked", "calls", "changes"]) {
			const [term] = termRun(text);
			expect(isCommonTerm(term as string, stemWord), text).toBe(true);
		}
		expect(isCommonTerm(termRun("kubernetes")[0] as string, stemWord)).toBe(false);
	});
});
