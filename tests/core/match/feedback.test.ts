import { afterEach, describe, expect, it } from "vitest";
import { FEEDBACK } from "../../../src/core/match/feedback";
import { postsFor } from "../../../src/core/match/posts-for";
import { whoCares, type WhoCaresResult } from "../../../src/core/match/who-cares";
import { buildIndex, person, post, recordOf, type NoteSpec, type VaultSpec } from "../../builders/index-builder";

const TODAY = "2026-11-01";

/** People with nothing to do with the note, so the vault is large enough for feedback. */
function bystanders(count: number): VaultSpec {
	const hobbies = ["rowing", "chess", "baking", "sailing", "pottery", "cycling", "knitting", "birding", "surfing", "gardening"];
	const jobs = ["tax advice", "payroll", "retail banking", "hotel sales", "legal research", "school timetables", "fleet insurance"];
	const vault: VaultSpec = {};
	for (let i = 0; i < count; i++) {
		vault[`People/Bystander ${i}.md`] = person({}, `Works on ${jobs[i % jobs.length]} and enjoys ${hobbies[i % hobbies.length]} at weekends.`);
	}
	return vault;
}

const vault: VaultSpec = {
	...bystanders(20),
	// Says the note's words and the German ones: the bridge.
	"People/Anke Brandt.md": person({}, "Anke audits compressed air systems in plants: leak surveys, Druckluft Leckagen, ultrasonic detectors."),
	"People/Jan Vos.md": person({}, "Jan runs compressed air audits and leak surveys for food plants; Druckluft projects in Bavaria."),
	// Says only the German words.
	"People/Lena Vogt.md": person({}, "Lena leitet Druckluft Projekte und sucht Leckagen in der Halle."),
	"Posts/Leaks.md": post({}, "Compressed air leaks: a leak survey with an ultrasonic detector pays for itself in a month."),
};

function run(): WhoCaresResult {
	return whoCares(buildIndex(vault), recordOf("Posts/Leaks.md", vault["Posts/Leaks.md"] as NoteSpec), TODAY, { minScore: 0, relativeFloor: 0 });
}

describe("feedback: words of the people closest to a note", () => {
	const shipped = { ...FEEDBACK };
	afterEach(() => Object.assign(FEEDBACK, shipped));

	it("finds a person who says the note's subject in other words, through the people who say both", () => {
		const found = run().people.find((m) => m.name === "Lena Vogt");
		expect(found).toBeDefined();
		expect(found?.reasons.some((r) => /^their note says "druckluft"(, "leckagen")?, as the people closest to this note do$/i.test(r))).toBe(true);
	});

	it("does not find them without it", () => {
		FEEDBACK.weight = 0;
		expect(run().people.map((m) => m.name)).not.toContain("Lena Vogt");
	});

	it("is not used in a vault of fewer people than minPeople", () => {
		FEEDBACK.minPeople = 100;
		expect(run().people.map((m) => m.name)).not.toContain("Lena Vogt");
	});

	it("never cites a word the note does not say as the note's own", () => {
		for (const match of run().people) {
			for (const reason of match.reasons) if (reason.startsWith("their note mentions")) expect(reason.toLowerCase()).not.toContain("druckluft");
		}
	});

	it("reads the same pair from the person's side, with the reason in posts-for's words", () => {
		const index = buildIndex(vault);
		const lena = index.person("People/Lena Vogt.md");
		if (lena === undefined) throw new Error("no person");
		const fromPost = whoCares(index, recordOf("Posts/Leaks.md", vault["Posts/Leaks.md"] as NoteSpec), TODAY, { minScore: 0, relativeFloor: 0 }).people.find((m) => m.name === "Lena Vogt");
		const fromPerson = postsFor(index, lena, { every: true }).find((m) => m.path === "Posts/Leaks.md");
		expect(fromPerson?.pairScore).toBeCloseTo(fromPost?.pairScore ?? -1, 9);
		expect(fromPerson?.reasons.some((r) => /^they say "druckluft".*, as the people closest to it do$/i.test(r))).toBe(true);
	});
});
