import { describe, expect, it } from "vitest";
import { buildNoteQuery } from "../../../src/core/match/note-query";
import { buildIndex, person, post, recordOf, type VaultSpec } from "../../builders/index-builder";

const TOPICS = ["churn", "hiring", "security", "billing", "onboarding", "roadmaps", "interviews", "audits", "forecasts", "handovers", "pricing pages", "renewals"];

/** The weight the query gives the phrase it wrote as `words`. */
function phraseWeight(weights: Map<string, number>, surface: Map<string, string>, words: string): number {
	const term = [...surface].find(([key, written]) => key.includes("_") && written.toLowerCase() === words)?.[0];
	if (term === undefined) throw new Error(`no phrase "${words}" in the query`);
	return weights.get(term) ?? 0;
}

describe("buildNoteQuery", () => {
	it("weighs a phrase that many notes say once each (a footer's) as common, and one few notes share as rare", () => {
		const vault: VaultSpec = { "People/Ana Diaz.md": person({}, "Ana asks about the retainer model for small firms.") };
		// Each post says the footer's phrase once, in a sentence of its own: no sentence repeats, so it is no boilerplate.
		TOPICS.forEach((topic, i) => {
			vault[`Posts/On ${topic}.md`] = post({}, `A note on ${topic} and its ${i + 2} lessons. Notes on ${topic} published with obsidian publish in week ${i + 1}.`);
		});
		const index = buildIndex(vault);
		const query = buildNoteQuery(recordOf("Drafts/New.md", { body: "Why the retainer model suits small firms, published with obsidian publish." }), index);
		const footer = phraseWeight(query.weights, query.surface, "obsidian publish");
		const distinctive = phraseWeight(query.weights, query.surface, "retainer model");
		expect(footer).toBeGreaterThan(0);
		expect(distinctive).toBeGreaterThan(footer * 1.5);
	});

	it("builds a record's query again once the index's text changed, and not before", () => {
		const index = buildIndex({ "People/Ana Diaz.md": person({ topics: ["pricing"] }, "Ana prices retainers.") });
		const record = recordOf("Drafts/New.md", { body: "Pricing with Bo Lind and Ana Diaz." });
		const first = buildNoteQuery(record, index);
		expect(buildNoteQuery(record, index)).toBe(first);
		expect([...first.mentions.keys()]).toEqual(["People/Ana Diaz.md"]);
		index.upsert(recordOf("People/Bo Lind.md", person({}, "Bo runs an agency.")));
		const second = buildNoteQuery(record, index);
		expect(second).not.toBe(first);
		expect([...second.mentions.keys()].sort()).toEqual(["People/Ana Diaz.md", "People/Bo Lind.md"]);
		// Another index never gets this one's query.
		expect(buildNoteQuery(record, buildIndex({}))).not.toBe(second);
	});
});
