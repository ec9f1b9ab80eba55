import { describe, expect, it } from "vitest";
import { BUILTIN_SYNONYMS, SynonymTable } from "../../../src/core/text/synonyms";
import { analyze } from "../../../src/core/text/phrases";

const table = new SynonymTable(BUILTIN_SYNONYMS);

/** Query weights for the analysed terms of a text, all `weight`. */
function weights(text: string, weight = 1): Map<string, number> {
	return new Map(analyze(text).map((term) => [term, weight]));
}

/** The terms expand() adds (those the text did not have), with their weights. */
function added(text: string, weight = 1): Record<string, number> {
	const before = weights(text, weight);
	const after = table.expand(before);
	return Object.fromEntries([...after].filter(([term]) => !before.has(term)));
}

describe("SynonymTable.canonicalTopic", () => {
	const same: Array<[string, string]> = [
		["k8s", "Kubernetes"],
		["SRE", "site reliability"],
		["sre", "Site Reliability Engineering"],
		["PLG", "product-led growth"],
		["#product-led-growth", "product led growth"],
		["ML", "machine learning"],
		["LLMs", "large language model"],
	];
	it.each(same)("%s and %s agree", (a, b) => {
		expect(table.canonicalTopic(a)).toBe(table.canonicalTopic(b));
	});

	const different: Array<[string, string]> = [
		["k8s", "SRE"],
		["site reliability", "site"],
		["pricing", "monetisation"],
	];
	it.each(different)("%s and %s differ", (a, b) => {
		expect(table.canonicalTopic(a)).not.toBe(table.canonicalTopic(b));
	});

	it("falls back to the topic key for topics in no group", () => {
		expect(table.canonicalTopic("Usage-Based Pricing")).toBe("usag base price");
	});

	it("takes a vault's own groups", () => {
		const vault = new SynonymTable([...BUILTIN_SYNONYMS, ["Pricing", "monetisation", "pricing models"]]);
		expect(vault.canonicalTopic("monetisation")).toBe(vault.canonicalTopic("pricing"));
		expect(vault.canonicalTopic("Pricing Models")).toBe(vault.canonicalTopic("pricing"));
		expect(vault.canonicalTopic("k8s")).toBe(vault.canonicalTopic("kubernetes"));
	});

	it("ignores phrases made only of stop words", () => {
		const vault = new SynonymTable([["the", "pricing"]]);
		expect(vault.canonicalTopic("pricing")).toBe(vault.canonicalTopic("Pricing"));
		expect(vault.canonicalTopic("the")).toBe("");
	});
});

describe("SynonymTable.expand", () => {
	it("adds the other spellings of a word at 0.8 of its weight", () => {
		expect(added("we run k8s", 0.5)).toEqual({ kubernet: 0.4 });
		expect(added("kubernetes")).toEqual({ k8: 0.8 });
	});

	it("adds the terms and phrase terms of a multi-word synonym", () => {
		expect(added("SRE")).toEqual({
			site: 0.8,
			reliabl: 0.8,
			engin: 0.8,
			site_reliabl: 0.8,
			reliabl_engin: 0.8,
		});
	});

	it("finds a multi-word phrase only when its words stand together", () => {
		expect(added("site reliability matters")).toMatchObject({ sre: 0.8 });
		expect(added("the site matters, reliability too")).toEqual({});
	});

	it("keeps the weights the query already has", () => {
		const before = new Map([
			["k8", 1],
			["kubernet", 0.1],
		]);
		expect([...table.expand(before)]).toEqual([...before]);
	});

	it("gives back the same map when nothing matches", () => {
		const before = weights("pricing for consultants");
		expect(table.expand(before)).toBe(before);
	});

	it("keeps the strongest weight when two synonyms add the same term", () => {
		const before = new Map([
			["cloud", 1],
			["cost", 1],
			["cloud_cost", 1],
			["finop", 0.5],
		]);
		const after = table.expand(before);
		expect(after.get("spend")).toBe(0.8);
		expect(after.get("finop")).toBe(0.5);
	});
});

describe("SynonymTable.surfaceOf", () => {
	it("reads an added term as the group writes it", () => {
		expect(table.surfaceOf("k8")).toBe("k8s");
		expect(table.surfaceOf("kubernet")).toBe("kubernetes");
		expect(table.surfaceOf("site_reliabl")).toBe("site reliability");
		expect(table.surfaceOf("pricing")).toBeUndefined();
	});
});

describe("SynonymTable.keysSaid", () => {
	/** Every phrase of every group, checked one by one: what keysSaid must agree with. */
	function slowKeys(text: string): Set<string> {
		const terms = new Set(analyze(text));
		const says = (words: readonly string[]): boolean => words.length === 1 ? terms.has(words[0] as string) : words.slice(1).every((word, i) => terms.has(`${words[i] as string}_${word}`));
		const words = (phrase: string): string[] => analyze(phrase).filter((term) => !term.includes("_"));
		// A group's key is its place in the list (phrases with no terms, such as a stop word, are not in it).
		return new Set(BUILTIN_SYNONYMS.flatMap((group, i) => (group.some((phrase) => words(phrase).length > 0 && says(words(phrase))) ? [`=${i}`] : [])));
	}
	const texts = [
		"We moved the cluster to kubernetes last spring.",
		"Our cloud bill doubled; site reliability is next.",
		"Nothing about any abbreviation here at all.",
		"The large language model and machine learning and the user experience of the API.",
		"",
	];
	it.each(texts)("finds the groups a text says: %s", (text) => {
		const terms = new Set(analyze(text));
		const says = (words: readonly string[]): boolean => words.length === 1 ? terms.has(words[0] as string) : words.slice(1).every((word, i) => terms.has(`${words[i] as string}_${word}`));
		expect(table.keysSaid(terms, says)).toEqual(slowKeys(text));
	});

	it("reads the text's terms or the table's phrases, whichever are fewer, with the same answer", () => {
		const long = new Set(analyze(`${"filler words repeated ".repeat(50)} finops and k8s ${Array.from({ length: 400 }, (_, i) => `word${i}`).join(" ")}`));
		const says = (words: readonly string[]): boolean => words.length === 1 && long.has(words[0] as string);
		const keys = table.keysSaid(long, says);
		expect(keys).toEqual(new Set([table.canonicalTopic("FinOps"), table.canonicalTopic("k8s")]));
	});
});
