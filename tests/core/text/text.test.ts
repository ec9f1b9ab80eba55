import { describe, expect, it } from "vitest";
import { hasHash } from "../../../src/core/index/phrase-index";
import { analyze, analyzeForIndex, phraseHash, phraseTerm, phraseTerms, termCounts, topicKey } from "../../../src/core/text/phrases";
import { foldCase, stemWord, termRun } from "../../../src/core/text/terms";

describe("foldCase", () => {
	const cases: Array<[string, string]> = [
		["Tomás", "tomas"],
		["naïve RÉSUMÉ", "naive resume"],
		["ÅNGSTRÖM", "angstrom"],
		["Straße", "straße"],
		["plain", "plain"],
	];
	it.each(cases)("%s → %s", (input, expected) => {
		expect(foldCase(input)).toBe(expected);
	});
});

describe("termRun", () => {
	const cases: Array<[string, string, Array<string | null>]> = [
		["stems words", "hiring hires hired", ["hire", "hire", "hire"]],
		["lower-cases and folds accents", "Tomás García", ["toma", "garcia"]],
		["drops stop words, leaving a break", "the price of a plan", [null, "price", null, null, "plan"]],
		["drops one-letter words and bare numbers", "x 2026 42 k8s", [null, null, null, "k8"]],
		["keeps words that mix digits and letters", "b2b 3d", ["b2b", "3d"]],
		["strips 's and similar endings", "the company's plans", [null, "compani", "plan"]],
		["reads curly apostrophes the same", "the company’s plans", [null, "compani", "plan"]],
		["drops stop words written with an apostrophe", "don't isn't won't we're", [null, null, null, null]],
		["a hyphen does not break the phrase", "usage-based pricing", ["usag", "base", "price"]],
		["a full stop breaks it", "pricing. models", ["price", null, "model"]],
		["a comma and brackets break it", "pricing, (models)", ["price", null, "model"]],
		["a slash breaks it", "pricing/models", ["price", null, "model"]],
		["a line break breaks it", "pricing\nmodels", ["price", null, "model"]],
		["typographic quotes break it", "“pricing” models", [null, "price", null, "model"]],
		["a dash breaks it", "pricing — models", ["price", null, "model"]],
		["empty text", "", []],
	];
	it.each(cases)("%s", (_name, input, expected) => {
		expect(termRun(input)).toEqual(expected);
	});
});

describe("analyze", () => {
	it("gives each term and a phrase term for each adjacent pair", () => {
		expect(analyze("usage-based pricing")).toEqual(["usag", "base", phraseTerm("usag", "base"), "price", phraseTerm("base", "price")]);
	});

	it("makes no phrase across a break", () => {
		expect(analyze("pricing. Models of the future")).toEqual(["price", "model", "futur"]);
	});

	it("writes phrase terms with an underscore", () => {
		expect(phraseTerm("site", "reliabl")).toBe("site_reliabl");
	});
});

describe("phraseTerms", () => {
	it("gives the terms of a short phrase, without phrase terms", () => {
		expect(phraseTerms("Usage-based pricing")).toEqual(["usag", "base", "price"]);
		expect(phraseTerms("The Art of War")).toEqual(["art", "war"]);
		expect(phraseTerms("the")).toEqual([]);
	});
});

describe("topicKey", () => {
	const same: Array<[string, string]> = [
		["Usage-Based Pricing", "usage based pricing"],
		["#usage-based-pricing", "usage based pricing"],
		["usage_based/pricing", "Usage Based Pricing"],
		["Pricing", "pricing"],
		["Hiring", "hires"],
		["Café", "cafe"],
	];
	it.each(same)("%s and %s agree", (a, b) => {
		expect(topicKey(a)).toBe(topicKey(b));
		expect(topicKey(a)).not.toBe("");
	});

	it("tells different topics apart", () => {
		expect(topicKey("pricing models")).not.toBe(topicKey("pricing"));
		expect(topicKey("site reliability")).toBe("site reliabl");
	});

	it("is empty for a topic made only of stop words or punctuation", () => {
		expect(topicKey("the")).toBe("");
		expect(topicKey("#")).toBe("");
	});
});

describe("stemWord and termCounts", () => {
	it("stems English words and leaves numbers alone", () => {
		expect(stemWord("running")).toBe("run");
		expect(stemWord("2026s")).toBe("2026s");
	});

	it("counts terms", () => {
		expect([...termCounts(["a", "b", "a"])]).toEqual([
			["a", 2],
			["b", 1],
		]);
	});
});

describe("analyzeForIndex", () => {
	it("keeps every term, phrase terms said twice, and a hash of every phrase", () => {
		const text = "Usage based pricing. We price by usage based tiers; strangler fig once.";
		const { terms, phrases } = analyzeForIndex(text);
		const all = analyze(text);
		expect(terms.filter((t) => !t.includes("_"))).toEqual(all.filter((t) => !t.includes("_")));
		expect(terms.filter((t) => t.includes("_"))).toEqual(["usag_base", "usag_base"]);
		const distinct = [...new Set(all.filter((t) => t.includes("_")))];
		expect([...phrases]).toEqual(distinct.map(phraseHash).sort((a, b) => a - b));
		for (const phrase of distinct) expect(hasHash(phrases, phraseHash(phrase))).toBe(true);
		expect(hasHash(phrases, phraseHash("fig_strangler"))).toBe(false);
	});
});
