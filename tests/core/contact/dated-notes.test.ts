/** Contacts a daily note or a note with a `date` property records through its contact properties. */
import { describe, expect, it } from "vitest";
import { datedContacts } from "../../../src/core/contact/dated-notes";
import { statusOf } from "../../../src/core/index/contact-status";
import { defaultCoreConfig, type CoreConfig } from "../../../src/core/model/config";
import type { Person } from "../../../src/core/model/types";
import { buildIndex, person, recordOf, type NoteSpec, type VaultSpec } from "../../builders/index-builder";

const TODAY = "2026-11-01";
const ANA = "People/Ana Diaz.md";

/** Ana's last contact in a vault holding her and `notes`. */
function lastContactOf(notes: VaultSpec, config: CoreConfig = defaultCoreConfig()): string | null {
	const index = buildIndex({ [ANA]: person({ cadence: "30d" }, "Ana grows tomatoes."), "People/Ben Okafor.md": person(), ...notes }, { config });
	return statusOf(index, index.person(ANA) as Person, TODAY).lastContact;
}

const meeting = (fm: Record<string, unknown>, body = "Notes from the call."): NoteSpec => ({ fm, body });

describe("a note with a date property", () => {
	it("makes its day a contact with the people its attendees link", () => {
		expect(lastContactOf({ "Meetings/Kickoff.md": meeting({ date: "2026-03-04", attendees: ["[[Ana Diaz]]"] }) })).toBe("2026-03-04");
	});

	it.each<[string, Record<string, unknown>]>([
		["people", { people: "[[Ana Diaz]]" }],
		["with, unquoted", { with: [["Ana Diaz"]] }],
		["participants, by alias and path", { participants: ["[[Ben Okafor]]", "[[People/Ana Diaz|Ana]]"] }],
		["a key written otherwise", { Attendees: ["[[Ana Diaz]]"] }],
	])("through %s", (_, fm) => {
		expect(lastContactOf({ "Meetings/Kickoff.md": meeting({ date: "2026-03-04", ...fm }) })).toBe("2026-03-04");
	});

	it.each<[string, unknown]>([
		["a date with a time", "2026-03-04T10:30"],
		["a date object", new Date(Date.UTC(2026, 2, 4))],
		["a link to a daily note", "[[2026-03-04]]"],
	])("read from %s", (_, date) => {
		expect(lastContactOf({ "Meetings/Kickoff.md": meeting({ date, attendees: ["[[Ana Diaz]]"] }) })).toBe("2026-03-04");
	});

	it.each<[string, NoteSpec]>([
		["a property not named in the settings", meeting({ date: "2026-03-04", author: "[[Ana Diaz]]" })],
		["a link in the body", meeting({ date: "2026-03-04" }, "Met [[Ana Diaz]].")],
		["no date", meeting({ attendees: ["[[Ana Diaz]]"] })],
		["a date that is no day", meeting({ date: "soon", attendees: ["[[Ana Diaz]]"] })],
		["a date after today", meeting({ date: "2026-12-24", attendees: ["[[Ana Diaz]]"] })],
	])("is no contact with %s", (_, spec) => {
		expect(lastContactOf({ "Meetings/Kickoff.md": spec })).toBeNull();
	});

	it("is no contact when a person or post note has it: their date is not a meeting", () => {
		expect(lastContactOf({ "Posts/Recap.md": { fm: { type: "post", date: "2026-03-04", attendees: ["[[Ana Diaz]]"] }, body: "" } })).toBeNull();
	});

	it("follows the setting", () => {
		const config = defaultCoreConfig();
		config.contactProperties = ["guests"];
		const notes = (key: string): VaultSpec => ({ "Meetings/Kickoff.md": meeting({ date: "2026-03-04", [key]: ["[[Ana Diaz]]"] }) });
		expect(lastContactOf(notes("guests"), config)).toBe("2026-03-04");
		expect(lastContactOf(notes("attendees"), config)).toBeNull();
		config.contactProperties = [];
		expect(lastContactOf(notes("guests"), config)).toBeNull();
	});

	it("keeps the index up to date as the note is edited in place", () => {
		const index = buildIndex({ [ANA]: person(), "Meetings/Kickoff.md": meeting({ date: "2026-03-04", attendees: ["[[Ana Diaz]]"] }) });
		expect(index.contactDates(ANA)).toEqual(["2026-03-04"]);
		index.upsert(recordOf("Meetings/Kickoff.md", meeting({ date: "2026-03-05", attendees: ["[[Ana Diaz]]"] })));
		expect(index.contactDates(ANA)).toEqual(["2026-03-05"]);
		index.upsert(recordOf("Meetings/Kickoff.md", meeting({ date: "2026-03-05", attendees: [] })));
		expect(index.contactDates(ANA)).toEqual([]);
		index.upsert(recordOf("Meetings/Kickoff.md", meeting({ date: "2026-03-06", people: "[[Ana Diaz]]" })));
		expect(index.contactDates(ANA)).toEqual(["2026-03-06"]);
		index.remove("Meetings/Kickoff.md");
		expect(index.contactDates(ANA)).toEqual([]);
	});

	it("stays a note like any other, not a daily note", () => {
		const index = buildIndex({ [ANA]: person(), "Meetings/Kickoff.md": meeting({ date: "2026-03-04", attendees: ["[[Ana Diaz]]"] }) });
		expect(index.kindOf("Meetings/Kickoff.md")).toBe("other");
	});
});

describe("a daily note", () => {
	it("counts a link in its people property as a contact on its day", () => {
		expect(lastContactOf({ "2026-10-20.md": { fm: { people: [["Ana Diaz"]] }, body: "A quiet day." } })).toBe("2026-10-20");
	});

	it("counts its body links as before, and not a link in another property", () => {
		expect(lastContactOf({ "2026-10-20.md": { body: "Lunch with [[Ana Diaz]]." } })).toBe("2026-10-20");
		expect(lastContactOf({ "2026-10-20.md": { fm: { topic: "[[Ana Diaz]]" }, body: "A quiet day." } })).toBeNull();
	});

	it("takes its day from its name, not from a date property", () => {
		expect(lastContactOf({ "2026-10-20.md": { fm: { date: "2026-03-04", people: "[[Ana Diaz]]" }, body: "" } })).toBe("2026-10-20");
	});
});

describe("datedContacts", () => {
	const config = defaultCoreConfig();
	it("lists the targets that count, property links first", () => {
		const record = recordOf("2026-10-20.md", { fm: { attendees: ["[[Ana Diaz]]"], author: "[[Cy Lo]]" }, body: "Met [[Ben Okafor]].\n- [ ] call [[Dee Park]]\n" });
		expect(datedContacts(record, config, "2026-10-20")).toEqual({ date: "2026-10-20", targets: ["Ana Diaz", "Ben Okafor"] });
		expect(datedContacts(record, config, null)).toBeNull();
		const dated = recordOf("Notes/Call.md", { fm: { date: "2026-10-21", attendees: ["[[Ana Diaz]]"] }, body: "Met [[Ben Okafor]]." });
		expect(datedContacts(dated, config, null)).toEqual({ date: "2026-10-21", targets: ["Ana Diaz"] });
	});
});
