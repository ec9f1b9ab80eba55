import { describe, expect, it } from "vitest";
import { personRun, personWordFor } from "../../../src/core/match/person-words";
import { termRun } from "../../../src/core/text/terms";
import { buildIndex, person } from "../../builders/index-builder";

const index = buildIndex({
	"People/Anke Brandt.md": person({}, "Anke audits Druckluft systems. She writes about display chillers and one chiller."),
	...Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`People/P${i}.md`, person({}, `Person ${i} bakes bread number ${i}.`)])),
});
const anke = index.person("People/Anke Brandt.md");
const term = (word: string): string => termRun(word)[0] as string;

describe("personWordFor", () => {
	it("quotes the first word the person's note writes for a term, as surfaceWords gives it", () => {
		expect(anke).toBeDefined();
		if (anke === undefined) return;
		expect(personWordFor(index, anke, term("druckluft"))).toBe("druckluft");
		// "chillers" and "chiller" share a term: the first one written is quoted.
		expect(personWordFor(index, anke, term("chiller"))).toBe("chillers");
		expect(personWordFor(index, anke, term("kubernetes"))).toBeUndefined();
	});

	it("gives the same answer after more people were read than it keeps", () => {
		if (anke === undefined) return;
		for (const other of index.allPeople()) personWordFor(index, other, term("bread"));
		expect(personWordFor(index, anke, term("chiller"))).toBe("chillers");
		expect(personWordFor(index, index.person("People/P79.md") ?? anke, term("bakes"))).toBe("bakes");
	});
});

describe("personRun", () => {
	it("gives termRun of the text, and the text's own run when the person is asked about with another", () => {
		if (anke === undefined) return;
		const topics = ["refrigeration", anke.body].join(".\n");
		expect(personRun(index, anke, topics)).toEqual(termRun(topics));
		const withRole = ["energy auditor", anke.body].join(".\n");
		expect(personRun(index, anke, withRole)).toEqual(termRun(withRole));
		expect(personRun(index, anke, topics)).toEqual(termRun(topics));
	});
});
