import { describe, expect, it } from "vitest";
import { PART_WORDS } from "../../../src/core/match/person-parts";
import { whoCares, type WhoCaresResult } from "../../../src/core/match/who-cares";
import { buildIndex, person, post, recordOf, type NoteSpec, type VaultSpec } from "../../builders/index-builder";

const TODAY = "2026-11-01";

function bystanders(count: number): VaultSpec {
	const jobs = ["tax advice", "payroll", "retail banking", "hotel sales", "legal research", "school timetables", "fleet insurance"];
	const vault: VaultSpec = {};
	for (let i = 0; i < count; i++) vault[`People/Bystander ${i}.md`] = person({}, `Works on ${jobs[i % jobs.length]} and rows at weekends.`);
	return vault;
}

/** A paragraph of at least PART_WORDS words: its first sentence, then a filler only its writer says. */
function part(first: string, filler: string): string {
	const sentences = [first];
	while (sentences.join(" ").split(/\s+/).length < PART_WORDS) sentences.push(filler);
	return sentences.join(" ");
}

/** A note that is two documents: one on the post's subject, one on something else entirely. */
const compressedAir = part("Anke audits compressed air systems in plants: leak surveys, Druckluft Leckagen, ultrasonic detectors.", "We walked the hall floor together.");
const sourdough = part("Anke also keeps a levain and bakes Sauerteig bread for the whole street.", "Flour dusted every kitchen shelf.");

function vault(separator: string): VaultSpec {
	return {
		...bystanders(20),
		"People/Anke Brandt.md": person({}, `${compressedAir}${separator}${sourdough}`),
		"People/Jan Vos.md": person({}, "Jan runs compressed air audits and leak surveys for food plants; Druckluft projects in Bavaria."),
		"People/Lena Vogt.md": person({}, "Lena leitet Druckluft Projekte und sucht Leckagen in der Halle."),
		// Says only the words of Anke's other document.
		"People/Bruno Keller.md": person({}, "Bruno feeds his levain at dawn and sells Sauerteig loaves."),
		"Posts/Leaks.md": post({}, "Compressed air leaks: a leak survey with an ultrasonic detector pays for itself in a month."),
	};
}

function run(separator: string): WhoCaresResult {
	const notes = vault(separator);
	return whoCares(buildIndex(notes), recordOf("Posts/Leaks.md", notes["Posts/Leaks.md"] as NoteSpec), TODAY, { minScore: 0, relativeFloor: 0 });
}

const names = (result: WhoCaresResult): string[] => result.people.map((m) => m.name);

describe("related words from the part of a long note most like this one", () => {
	it("reads a closest person's related words from their document on the note's subject", () => {
		const result = run("\n\n");
		expect(names(result)).toContain("Anke Brandt");
		expect(names(result)).toContain("Lena Vogt");
		expect(names(result)).not.toContain("Bruno Keller");
	});

	it("reads the whole note when it is one part (no blank line), so its other subject comes in", () => {
		const bruno = run("\n").people.find((m) => m.name === "Bruno Keller");
		expect(bruno?.reasons.some((r) => /^their note says "(levain|sauerteig)".*, as the people closest to this note do$/i.test(r))).toBe(true);
	});
});
