/**
 * What the importers say about files they cannot read, one clear message per problem, and the
 * names new notes get: characters a file name cannot hold replaced, taken names suffixed, the
 * name as written kept as an alias so the next import finds the person again.
 */
import { describe, expect, it } from "vitest";
import { parseFrontmatterYaml } from "../../../src/cli/frontmatter-yaml";
import { parseIcs } from "../../../src/core/import/ics";
import { parseLinkedIn } from "../../../src/core/import/linkedin";
import { planImport } from "../../../src/core/import/plan";
import { ImportFormatError, type ImportContact } from "../../../src/core/import/types";
import { parseVCard } from "../../../src/core/import/vcard";
import { IMPORT_TODAY, importOptions } from "./import-options";

const TODAY = IMPORT_TODAY;
const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const ics = (text: string): unknown => parseIcs(text, { today: TODAY, myEmails: [] });

describe("a file that is not the export it is given as", () => {
	it.each([
		["an empty CSV", () => parseLinkedIn(""), /^The file is empty/],
		["a CSV of only a BOM and blank lines", () => parseLinkedIn("\uFEFF\n\n"), /^The file is empty/],
		["a CSV of another shape", () => parseLinkedIn("Name,Phone\nAna,123\n"), /not a LinkedIn Connections\.csv: no header First Name,Last Name/],
		["an empty vCard file", () => parseVCard("  \n"), /^The file is empty: a vCard file/],
		["a vCard file without a card", () => parseVCard("Ana Diaz, ana@example.com\n"), /vCard/],
		["an empty calendar", () => ics(""), /^The file is empty: an \.ics file starts with BEGIN:VCALENDAR/],
		["a calendar that is not iCalendar", () => ics("Subject,Start Date\nLunch,2026-11-02\n"), /iCalendar|BEGIN:VCALENDAR/],
	])("%s: one message", (_name, read, message) => {
		let thrown: unknown = null;
		try {
			read();
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ImportFormatError);
		expect((thrown as Error).message).toMatch(message);
		expect((thrown as Error).message).not.toContain("\n");
	});

	it("names each bad item by its number and reads the rest", () => {
		const csv = parseLinkedIn([HEADER, "Ana,Diaz,,,,,12 Nov 2024", ",,,nobody@example.com,Acme,,", "Bo,Li,,,,,31 Feb 2025", ""].join("\n"));
		expect(csv.contacts.map((c) => [c.item, c.name, c.connected])).toEqual([
			[1, "Ana Diaz", "2024-11-12"],
			[3, "Bo Li", null],
		]);
		expect(csv.skipped.map((s) => s.item)).toEqual([2, 3]);
		for (const skip of csv.skipped) expect(skip.reason).not.toBe("");

		const event = (uid: string, start: string): string => `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART:${start}\r\nSUMMARY:Lunch with Ana Diaz\r\nEND:VEVENT\r\n`;
		const calendar = parseIcs(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${event("a", "20261102T100000Z")}${event("b", "not-a-date")}${event("c", "20261104T100000Z")}END:VCALENDAR\r\n`, { today: TODAY, myEmails: [] });
		expect(calendar.events.map((e) => [e.item, e.dates])).toEqual([
			[1, ["2026-11-02"]],
			[3, ["2026-11-04"]],
		]);
		expect(calendar.skipped.map((s) => s.item)).toEqual([2]);
	});
});

function contact(item: number, name: string): ImportContact {
	return { item, name, emails: [], company: null, role: null, url: null, tags: [], note: null, connected: null };
}

const OPTIONS = importOptions(["People/Ana Diaz.md", "Posts/Bo Li.md"]);

describe("names of new person notes", () => {
	it.each([
		["a name Obsidian can hold as it is", "Chloé Müller", "People/Chloé Müller.md", []],
		["slashes, colons and the other forbidden characters", 'Ana/Bo: "Co" <Ltd>?*|\\', "People/Ana Bo Co Ltd.md", ['Ana/Bo: "Co" <Ltd>?*|\\']],
		["a name taken by a file that is not a person, in another case", "ana diaz", "People/ana diaz 2.md", ["ana diaz"]],
	])("%s", (_case, name, path, aliases) => {
		// Ana Diaz's note is left out of the people, so the plan cannot match her: only her file name is taken.
		const plan = planImport({ source: "linkedin", contacts: [contact(1, name)], skipped: [] }, [], OPTIONS);
		expect(plan.created.map((c) => c.path)).toEqual([path]);
		const text = plan.created[0]?.text ?? "";
		if (aliases.length === 0) expect(text).not.toContain("aliases:");
		for (const alias of aliases) expect(parseFrontmatterYaml(text.split("---\n")[1] ?? "")).toMatchObject({ aliases: [alias] });
	});

	it("one name twice in a file is one person (the same-person rule), and a contact with no usable name is skipped", () => {
		const plan = planImport({ source: "vcard", contacts: [contact(1, "Dan Park"), contact(2, "dan  park"), contact(3, "???")], skipped: [] }, [], OPTIONS);
		expect(plan.created.map((c) => [c.path, c.items])).toEqual([["People/Dan Park.md", [1, 2]]]);
		expect(plan.skipped.map((s) => s.item)).toEqual([3]);
	});
});
