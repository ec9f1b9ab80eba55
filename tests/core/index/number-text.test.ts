import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idAfter, idStep, numbersToText, textToNumbers } from "../../../src/core/index/number-text";
import { propertyRuns } from "../../helpers/property-runs";

describe("numbersToText: whole numbers as a few characters each", () => {
	const cases: Array<{ name: string; values: number[]; text: string }> = [
		{ name: "nothing", values: [], text: "" },
		{ name: "0 and 31 are one digit", values: [0, 31], text: "#B" },
		{ name: "32 is two: a 1 that goes on, then a 0 that ends", values: [32], text: "^#" },
		{ name: "1023 is the largest of two digits", values: [1023], text: "|B" },
		{ name: "1024 takes three", values: [1024], text: "^]#" },
		{ name: "numbers follow each other with no separator", values: [5, 40, 0], text: "(^+#" },
		{ name: "the largest number written", values: [32 ** 7 - 1], text: "||||||B" },
	];
	for (const { name, values, text } of cases) {
		it(name, () => {
			expect(numbersToText(values)).toBe(text);
			expect(textToNumbers(text)).toEqual(values);
		});
	}

	it("refuses what it cannot write", () => {
		for (const value of [-1, 0.5, Number.NaN, 32 ** 7, Number.POSITIVE_INFINITY]) expect(() => numbersToText([value])).toThrow(RangeError);
	});

	it("never writes a quote, a backslash or a character JSON escapes", () => {
		const text = numbersToText(Array.from({ length: 2048 }, (_, i) => i * 977));
		expect(JSON.stringify(text)).toBe(`"${text}"`);
		expect(text).not.toMatch(/["\\\\]/);
	});
});

describe("textToNumbers: refuses text numbersToText did not write", () => {
	const cases: Array<{ name: string; text: string }> = [
		{ name: "a character of neither range", text: "#A!" },
		{ name: "a quote", text: '#"' },
		{ name: "a backslash", text: "\\\\#" },
		{ name: "a number cut short (ends on a digit that goes on)", text: "#^" },
		{ name: "a leading 0 digit", text: "]#" },
		{ name: "more digits than any number written", text: "^^^^^^^#" },
		{ name: "a wide character", text: "#é" },
	];
	for (const { name, text } of cases) it(name, () => expect(() => textToNumbers(text)).toThrow());
});

describe("number text, any numbers (property)", () => {
	it("reads back what it wrote, one byte a character", () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.nat(40), fc.nat(5_000), fc.integer({ min: 0, max: 32 ** 7 - 1 }))), (values) => {
				const text = numbersToText(values);
				expect(textToNumbers(text)).toEqual(values);
				expect(text).toMatch(/^[#-B\\]-|]*$/);
			}),
			propertyRuns(),
		);
	});

	it("steps between ids read back to the ids, in any order", () => {
		fc.assert(
			fc.property(fc.array(fc.nat(1_000_000)), (ids) => {
				let previous = 0;
				const steps = ids.map((id) => {
					const step = idStep(id, previous);
					previous = id;
					return step;
				});
				expect(steps.every((step) => Number.isInteger(step) && step >= 0)).toBe(true);
				previous = 0;
				expect(steps.map((step) => (previous = idAfter(step, previous)))).toEqual(ids);
			}),
			propertyRuns(),
		);
	});
});
