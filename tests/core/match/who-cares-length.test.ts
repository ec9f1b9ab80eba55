import { describe, expect, it } from "vitest";
import { whoCares } from "../../../src/core/match/who-cares";
import { buildIndex, person, post, recordOf, type NoteSpec, type VaultSpec } from "../../builders/index-builder";

const TODAY = "2026-11-01";

/** Paragraphs on subjects far from the post, each a few sentences of everyday consulting. */
const OTHER_SUBJECTS = [
	"Rowing on Saturdays keeps her sane; the club races in spring and she coxes the novice eight when the coach is away.",
	"She has opinions on hiring panels, structured interviews and why take-home exercises should be paid.",
	"Her board work covers audit committees, risk registers and the annual review of delegated authority.",
	"Sourdough, allotment tomatoes and a long-running feud with the neighbour's cat fill the rest of her weekends.",
	"On pricing she argues for retainers over day rates, and for writing the scope down before the first invoice.",
	"She mentors two junior analysts on spreadsheet hygiene, version control for models and presenting to sceptical directors.",
	"Travel: she avoids flights under five hours, takes the sleeper to Inverness and reads crime novels on the way.",
	"Payroll migrations, pension auto-enrolment and the quarterly close are the finance topics she is asked about most.",
];

/** A long profile that names each of the post's words once, somewhere among its other subjects. */
function longProfile(words: string[]): string {
	return OTHER_SUBJECTS.map((paragraph, i) => `${paragraph} ${i < words.length ? `Once she mentioned ${words[i]} too.` : ""}`).join("\n\n");
}

describe("whoCares: a long note about many subjects against a short one about the note's", () => {
	const vault: VaultSpec = {
		"People/Ines Long.md": person({}, longProfile(["refrigeration", "compressors", "supermarkets", "leaks", "defrost"])),
		"People/Tom Short.md": person({}, "Tom runs refrigeration for a chain of supermarkets and chases compressor leaks."),
		"People/Ada Other.md": person({}, "Ada writes about payroll, pensions and the quarterly close."),
		"Posts/Store fridges.md": post({}, "Store refrigeration is most of a supermarket's energy bill. Compressors cycle, doors are left open, leaks go unnoticed and defrost runs on a timer instead of on demand."),
	};

	it("ranks the short, focused note first, though the long one says one word more", () => {
		const index = buildIndex(vault);
		const result = whoCares(index, recordOf("Posts/Store fridges.md", vault["Posts/Store fridges.md"] as NoteSpec), TODAY);
		expect(result.people.map((match) => match.name).slice(0, 2)).toEqual(["Tom Short", "Ines Long"]);
		expect(result.people[0]?.pairScore).toBeGreaterThan(result.people[1]?.pairScore ?? 1);
	});
});
