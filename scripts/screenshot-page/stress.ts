/**
 * Hand-made panel models at the limits of the layout (long names, unbroken words, many
 * reasons, 0 / 1 / 50 results) for the screenshot page's stress scenes: checked for overflow
 * and overlap by scripts/screenshots.mjs and tests/browser/, never published.
 */
import type { PanelModel, PersonRow, PostRow } from "../../src/ui/view-model";
import type { SceneName } from "./handle";

export const LONG_NAME = "Maximiliana Wilhelmina Konstantinopoulou-Featherstonehaugh von Ravensburg";
export const UNBROKEN = "Supercalifragilisticexpialidocious-Pneumonoultramicroscopicsilicovolcanoconiosis";
const COUNTS = { people: 1234, posts: 567, due: 321, contactedLast7Days: 45, problems: 89 };
const TONES = [
	{ text: "overdue 365d", tone: "overdue" },
	{ text: "due", tone: "due" },
	{ text: "snoozed", tone: "snoozed" },
	{ text: "due in 11 months", tone: "ok" },
	{ text: "no cadence", tone: "none" },
] as const;

function person(i: number, name = `Person number ${i + 1}`, reasons = 3): PersonRow {
	const badge = TONES[i % TONES.length] ?? TONES[0];
	const texts = Array.from({ length: reasons }, (_, r) => `their topic "reason ${r + 1} for ${name}" comes up in this note`);
	return {
		path: `People/${name}.md`,
		name,
		score: 1 - i / 100,
		reasons: texts,
		evidence: texts.map((reason) => ({ reason, snippet: `A sentence of the note that says ${UNBROKEN}.` })),
		lastContactText: i % 3 === 0 ? "never contacted" : "last contact 11 months ago",
		badge: { ...badge },
	};
}

function post(i: number, title: string): PostRow {
	const reasons = [`topic: ${UNBROKEN}`, "about \"metering\", \"billing\", \"metric\""];
	return { path: `Posts/${title}.md`, title, score: 1 - i / 100, reasons, evidence: reasons.map((reason) => ({ reason, snippet: null })), url: null };
}

function noteModel(people: PersonRow[], shared: PersonRow[] = [], title = "Pick the value metric before the price"): PanelModel {
	return { kind: "note", path: `Posts/${title}.md`, title, people, alreadyShared: shared, counts: COUNTS };
}

export function stressModel(scene: SceneName): PanelModel {
	switch (scene) {
		case "stress-0":
			return noteModel([]);
		case "stress-1":
			return noteModel([person(0, "Ana Diaz", 1)]);
		case "stress-50":
			return noteModel(
				Array.from({ length: 50 }, (_, i) => person(i)),
				Array.from({ length: 5 }, (_, i) => person(50 + i)),
			);
		case "stress-person":
			return {
				kind: "person",
				path: `People/${LONG_NAME}.md`,
				name: LONG_NAME,
				status: { lastContactText: "last contact 11 months ago", cadenceText: "every 2 weeks", nextDueText: "next due 2025-12-10", badge: { text: "overdue 351d", tone: "overdue" } },
				posts: [post(0, `A very long post title that goes on and on about ${UNBROKEN} and more`), post(1, UNBROKEN)],
				shared: [{ path: "Posts/Shared.md", title: UNBROKEN }],
				counts: COUNTS,
			};
		default:
			return noteModel(
				[person(0, LONG_NAME, 12), person(1, UNBROKEN, 1), person(2, "Åsa Lindqvist-Ñúñez O'Connor", 0)],
				[person(3, `${LONG_NAME} the Second`, 2)],
				`${UNBROKEN}: a note title that will not fit on one line in a sidebar`,
			);
	}
}
