/**
 * A query word most of the targets say (a template's, a footer's) is left out of the search
 * once there are enough targets to tell: it hardly moves a ranking, and its postings were most
 * of a search's cost on a templated vault. Among a handful of targets nothing is left out.
 */
import { describe, expect, it } from "vitest";
import { searchNote } from "../../../src/core/match/evidence";
import { buildNoteQuery } from "../../../src/core/match/note-query";
import { buildIndex, person, post, recordOf } from "../../builders/index-builder";

/** `n` people, each on a subject of their own; the first `withExtra` of them also say `extra`. */
function vault(n: number, withExtra: number, extra = " Newsletterfooter."): Record<string, ReturnType<typeof person>> {
	const out: Record<string, ReturnType<typeof person>> = {};
	for (let i = 0; i < n; i++) {
		const own = `subject${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
		out[`People/P${i}.md`] = person({}, `Works on ${own}.${i < withExtra ? extra : ""}`);
	}
	return out;
}

function searched(n: number, withFooter: number): { terms: string[]; hits: string[] } {
	const index = buildIndex(vault(n, withFooter));
	const query = buildNoteQuery(recordOf("Posts/Draft.md", post({}, "Newsletterfooter. About subjectaa.")), index);
	const { hits, terms } = searchNote(index, query.weights, "people");
	return { terms: [...terms.keys()], hits: hits.map((hit) => hit.path) };
}

describe("the document-frequency ceiling on query words", () => {
	it("leaves out a word more than 60% of 60 people say, and keeps the rest", () => {
		const { terms, hits } = searched(60, 45);
		expect(terms.some((term) => term.startsWith("newsletter"))).toBe(false);
		expect(hits).toEqual(["People/P0.md"]);
	});

	it("keeps a word 60% or fewer say", () => {
		const { terms, hits } = searched(60, 30);
		expect(terms.some((term) => term.startsWith("newsletter"))).toBe(true);
		expect(hits.length).toBeGreaterThan(1);
	});

	it("keeps every word among fewer than 50 people", () => {
		const { terms } = searched(20, 20);
		expect(terms.some((term) => term.startsWith("newsletter"))).toBe(true);
	});
});

function phrasesSearched(n: number, withPhrase: number): string[] {
	const index = buildIndex(vault(n, withPhrase, " Quarterly roundup sent."));
	const query = buildNoteQuery(recordOf("Posts/Draft.md", post({}, "Quarterly roundup. About subjectaa.")), index);
	return [...searchNote(index, query.weights, "people").terms.keys()].filter((term) => term.includes("_"));
}

describe("the ceiling on query phrases", () => {
	it("leaves out a phrase more than a tenth of 60 people say", () => {
		expect(phrasesSearched(60, 7)).toEqual([]);
	});

	it("keeps a phrase a tenth or fewer say", () => {
		expect(phrasesSearched(60, 6).length).toBe(1);
	});

	it("keeps every phrase among fewer than 50 people", () => {
		expect(phrasesSearched(20, 20).length).toBe(1);
	});
});
