/**
 * The importers' core: each export read into contacts and events (the fixtures in
 * tests/fixtures/import, written for these tests), bad input named item by item, and the plan:
 * matching before creating, only empty properties filled in, meetings logged once, and a
 * second import of the same file changing nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillEmptyFields } from "../../../src/core/import/fill-fields";
import { parseIcs } from "../../../src/core/import/ics";
import { parseLinkedIn } from "../../../src/core/import/linkedin";
import { planImport } from "../../../src/core/import/plan";
import type { ImportContact, ImportItems, ImportPerson } from "../../../src/core/import/types";
import { parseVCard } from "../../../src/core/import/vcard";
import { propertyRuns } from "../../helpers/property-runs";
import { IMPORT_TODAY, importOptions } from "./import-options";

const TODAY = IMPORT_TODAY;
const options = importOptions;
const fixture = (name: string): string => readFileSync(join(__dirname, "../../fixtures/import", name), "utf8");

describe("reading exports", () => {
	it("LinkedIn: the rows after the Notes preamble, dates read, a bad date named by its row", () => {
		const items = parseLinkedIn(fixture("Connections.csv"));
		expect(items.source).toBe("linkedin");
		expect(items.contacts.map((c) => [c.item, c.name, c.emails, c.company, c.role, c.connected])).toEqual([
			[1, "Ana Diaz", ["ana@example.com"], "Acme Pricing", "Head of Pricing", "2024-11-12"],
			[2, "Bo Li", [], "Northwind", "Engineer, Platform", "2023-02-03"],
			[3, "Chloé Müller", ["chloe@example.org"], "Globex", "CTO", "2025-01-05"],
			[4, "Dan Park", [], "Initech", "Designer", null],
		]);
		expect(items.skipped).toEqual([{ item: 4, reason: 'Dan Park is imported without a connected date: "sometime in 2022" is not a date like 12 Nov 2024.' }]);
	});

	it("vCard: 3.0 and 4.0 cards, several addresses, categories as tags, a broken card skipped alone", () => {
		const items = parseVCard(fixture("contacts.vcf"));
		expect(items.contacts.map((c) => [c.item, c.name, c.emails, c.company, c.tags, c.note])).toEqual([
			[1, "Eve Stone", ["eve@example.com", "eve.stone@example.net"], "Stone Consulting", ["friends", "conference"], "Met at the pricing meetup, talked about packaging."],
			[3, "Cy Okafor", ["cy@example.com"], "Hooli", [], null],
		]);
		expect(items.skipped.map((s) => s.item)).toEqual([2]);
	});

	it("iCalendar: past events, recurrences up to today, cancelled and declined skipped, future ones left out", () => {
		const items = parseIcs(fixture("calendar.ics"), { today: TODAY, myEmails: ["me@example.com"] });
		expect(items.events.map((e) => [e.item, e.title, e.dates, e.emails])).toEqual([
			[1, "Pricing review", ["2026-11-05"], ["ana@example.com"]],
			[2, "Weekly sync", ["2026-11-02", "2026-11-09", "2026-11-16"], ["eve@example.com"]],
			[6, "Coffee with cy okafor", ["2026-11-18"], []],
		]);
		expect(items.skipped).toEqual([
			{ item: 3, reason: '"Lunch with Ana Diaz" was cancelled.' },
			{ item: 4, reason: '"All hands" was declined by you.' },
		]);
	});

	it.each([
		["an empty CSV", () => parseLinkedIn(""), "The file is empty"],
		["a CSV of another shape", () => parseLinkedIn("Name,Phone\nAna,1\n"), "This is not a LinkedIn Connections.csv"],
		["an empty vCard file", () => parseVCard(""), "The file is empty"],
		["an empty calendar", () => parseIcs("", { today: TODAY, myEmails: [] }), "The file is empty"],
	])("%s: one clear message", (_name, read, message) => {
		expect(read).toThrow(message);
	});

	it("a BOM and semicolons in a LinkedIn CSV; a calendar cut short keeps its complete events and names the cut one", () => {
		const semi = parseLinkedIn("\uFEFFFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\nAna;Diaz;;a@b.example;X;Y;12 Nov 2024\n");
		expect(semi.source === "linkedin" && semi.contacts.map((c) => [c.name, c.emails])).toEqual([["Ana Diaz", ["a@b.example"]]]);
		const whole = fixture("calendar.ics");
		const cut = parseIcs(whole.slice(0, whole.indexOf("SUMMARY:Weekly sync")), { today: TODAY, myEmails: [] });
		expect(cut.events.map((e) => e.title)).toEqual(["Pricing review"]);
		expect(cut.skipped).toEqual([{ item: 2, reason: "The event never ends (no END:VEVENT): the file may be cut short." }]);
	});
});

const ANA: ImportPerson = {
	path: "People/Ana Diaz.md",
	name: "Ana Diaz",
	aliases: [],
	emails: [],
	text: "---\ntype: person\n# she runs pricing\ncompany: Acme   # since 2021\nzip: 01234\n---\nAna.\n\n## Log\n- 2026-10-02 Coffee\n",
};

/** The people after a plan is applied: created notes added, updated ones replaced. */
function applied(people: ImportPerson[], plan: ReturnType<typeof planImport>): ImportPerson[] {
	const updated = new Map(plan.updated.map((u) => [u.path, u.after]));
	return [...people.map((p) => ({ ...p, text: updated.get(p.path) ?? p.text })), ...plan.created.map((c) => ({ path: c.path, name: c.name, aliases: [], emails: [], text: c.text }))];
}

describe("the plan", () => {
	it("matches Ana by name, fills only what her note leaves empty, creates the others, and changes nothing the second time", () => {
		const items = parseLinkedIn(fixture("Connections.csv"));
		const plan = planImport(items, [ANA], options([ANA.path]));
		expect(plan.created.map((c) => c.path)).toEqual(["People/Bo Li.md", "People/Chloé Müller.md", "People/Dan Park.md"]);
		const ana = plan.updated.find((u) => u.path === ANA.path);
		expect(ana?.changes).not.toContain("company");
		expect(ana?.after).toContain("company: Acme   # since 2021\n");
		expect(ana?.after).toContain("zip: 01234\n");
		expect(ana?.after).toContain("ana@example.com");
		expect(plan.created[0]?.text).toContain("type: person");
		expect(plan.created[0]?.text).toContain(`created: ${TODAY}`);
		// Applied, then planned again: nothing to do.
		const people = applied([ANA], plan);
		const again = planImport(items, people, options(people.map((p) => p.path)));
		expect([again.created, again.updated]).toEqual([[], []]);
		expect(again.unchanged).toBe(4);
	});

	it("logs each past meeting once on the people who took part, and creates nobody", () => {
		const items: ImportItems = parseIcs(fixture("calendar.ics"), { today: TODAY, myEmails: ["me@example.com"] });
		const withEmail = { ...ANA, emails: ["ana@example.com"] };
		const plan = planImport(items, [withEmail], options([ANA.path]));
		expect(plan.created).toEqual([]);
		expect(plan.updated.map((u) => [u.path, u.changes])).toEqual([[ANA.path, ["log"]]]);
		expect(plan.updated[0]?.after).toContain("- 2026-11-05 Meeting: Pricing review\n");
		const again = planImport(items, applied([withEmail], plan), options([ANA.path]));
		expect(again.updated).toEqual([]);
	});

	it("skips a contact that matches two people, naming both", () => {
		const twin: ImportPerson = { ...ANA, path: "Clients/Ana Diaz.md" };
		const plan = planImport(parseLinkedIn(fixture("Connections.csv")), [ANA, twin], options([ANA.path, twin.path]));
		expect(plan.skipped.find((s) => s.item === 1)?.reason).toContain("matches both");
		expect(plan.updated).toEqual([]);
	});
});

describe("an update changes only the keys it reports", () => {
	const line = fc.stringMatching(/^[a-z]{1,8}: [a-z0-9 ]{0,12}$/);
	it("every other byte of the note stays", () => {
		let edited = 0;
		fc.assert(
			fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), fc.string({ maxLength: 40 }), (others, crlf, body) => {
				const keys = others.filter((l) => !/^(email|company|role|url|tags|connected|type):/.test(l));
				const eol = crlf ? "\r\n" : "\n";
				const before = ["---", "type: person", ...keys, "company: Kept", "---", body.replace(/\r|\n/g, " ")].join(eol) + eol;
				const contact: ImportContact = { item: 1, name: "Ana Diaz", emails: ["ana@example.com"], company: "New", role: "CFO", url: null, tags: [], note: null, connected: "2024-11-12" };
				const result = fillEmptyFields(before, contact, options());
				if (!result.ok) return;
				edited++;
				expect(result.changes.sort()).toEqual(["connected", "email", "role"]);
				// Removing the lines of the keys reported leaves the note as it was.
				const kept = result.text.split(eol).filter((l) => !/^(email|role|connected):|^ {2}- /.test(l));
				expect(kept.join(eol)).toBe(before);
			}),
			propertyRuns(),
		);
		// Notes with a duplicate key are refused, not edited; most generated notes are edited.
		expect(edited).toBeGreaterThan(propertyRuns().numRuns / 2);
	});
});
