import { describe, expect, it } from "vitest";
import { toPerson } from "../../../src/core/vault/people-and-posts";
import { defaultCoreConfig, type CoreConfig } from "../../../src/core/model/config";
import { contactStatus, lastContact, type ContactStatus } from "../../../src/core/contact/last-contact";
import type { Person } from "../../../src/core/model/types";
import { note } from "../../builders/note-builder";

const TODAY = "2026-11-05";

function person(fm: Record<string, unknown> = {}, body = "", ...tags: string[]): Person {
	return toPerson(note("People/Ana.md").fm(fm).body(body).tags(...tags).build(), defaultCoreConfig()).person;
}

describe("lastContact", () => {
	it("is null for someone never contacted", () => {
		expect(lastContact(person(), [], TODAY)).toEqual({ date: null, source: null });
	});

	it("takes the latest of field, log and other dates, and says where it came from", () => {
		const ana = person({ last_contact: "2026-10-01" }, "## Log\n- 2026-10-10 coffee\n- 2026-09-01 call");
		expect(lastContact(ana, [], TODAY)).toEqual({ date: "2026-10-10", source: "log" });
		expect(lastContact(ana, ["2026-10-20"], TODAY)).toEqual({ date: "2026-10-20", source: "daily" });
		expect(lastContact(ana, [{ date: "2026-10-25", source: "share" }, "2026-10-20"], TODAY)).toEqual({
			date: "2026-10-25",
			source: "share",
		});
		expect(lastContact(person({ last_contact: "2026-11-01" }, "## Log\n- 2026-10-10 x"), ["2026-10-20"], TODAY)).toEqual({
			date: "2026-11-01",
			source: "field",
		});
	});

	it("ignores dates after today, but counts today", () => {
		const ana = person({ last_contact: "2026-12-01" }, "## Log\n- 2026-11-06 planned\n- 2026-11-05 today");
		expect(lastContact(ana, ["2027-01-01"], TODAY)).toEqual({ date: "2026-11-05", source: "log" });
		expect(lastContact(person({ last_contact: "2026-12-01" }), ["2026-11-30"], TODAY)).toEqual({ date: null, source: null });
	});

	it("prefers the field, then the log, on a tie", () => {
		const ana = person({ last_contact: "2026-10-01" }, "## Log\n- 2026-10-01 x");
		expect(lastContact(ana, ["2026-10-01"], TODAY).source).toBe("field");
		expect(lastContact(person({}, "## Log\n- 2026-10-01 x"), ["2026-10-01"], TODAY).source).toBe("log");
	});

	it("skips invalid other dates", () => {
		expect(lastContact(person(), ["2026-02-30", "soon"], TODAY)).toEqual({ date: null, source: null });
	});
});

function status(p: Person, last: string | null, config: CoreConfig = defaultCoreConfig(), today = TODAY): ContactStatus {
	return contactStatus(p, config, last, today);
}

describe("contactStatus", () => {
	it("is due after last contact + cadence, counting overdue days", () => {
		expect(status(person({ cadence: "14d" }), "2026-10-01")).toEqual({
			lastContact: "2026-10-01",
			cadenceDays: 14,
			cadenceSource: "own",
			nextDue: "2026-10-15",
			due: true,
			overdueDays: 21,
			snoozed: false,
			snoozedUntil: null,
			archived: false,
		});
	});

	it("is due on the due day itself with 0 days overdue", () => {
		expect(status(person({ cadence: "14d" }), "2026-10-22")).toMatchObject({ nextDue: TODAY, due: true, overdueDays: 0 });
	});

	it("is not due before next due", () => {
		expect(status(person({ cadence: "monthly" }), "2026-10-10")).toMatchObject({ nextDue: "2026-11-09", due: false, overdueDays: 0 });
	});

	it("makes someone never contacted with a cadence due today", () => {
		expect(status(person({ cadence: "2w" }), null)).toMatchObject({ lastContact: null, nextDue: TODAY, due: true, overdueDays: 0 });
		expect(status(person(), null)).toMatchObject({ cadenceSource: "default", cadenceDays: 90, due: true, nextDue: TODAY });
	});

	it("never makes someone without a cadence due", () => {
		const c = defaultCoreConfig();
		c.defaultCadence = "";
		expect(status(person(), "2020-01-01", c)).toMatchObject({ cadenceDays: null, cadenceSource: "none", nextDue: null, due: false, overdueDays: 0 });
		expect(status(person(), null, c)).toMatchObject({ nextDue: null, due: false });
	});

	it("uses tag rules and reports the tag", () => {
		const c = defaultCoreConfig();
		c.cadenceByTag = [{ tag: "family", cadence: "14d" }];
		expect(status(person({}, "", "family/close"), "2026-10-30", c)).toMatchObject({
			cadenceDays: 14,
			cadenceSource: "tag",
			cadenceTag: "family",
			nextDue: "2026-11-13",
			due: false,
		});
	});

	it("is not due while snoozed, and next due is no earlier than the snooze date", () => {
		expect(status(person({ cadence: "14d", snooze_until: "2026-11-20" }), "2026-10-01")).toMatchObject({
			nextDue: "2026-11-20",
			due: false,
			overdueDays: 0,
			snoozed: true,
			snoozedUntil: "2026-11-20",
		});
		expect(status(person({ cadence: "14d", snooze_until: "2026-11-10" }), "2026-11-01")).toMatchObject({
			nextDue: "2026-11-15",
			due: false,
			snoozed: true,
			snoozedUntil: "2026-11-10",
		});
		expect(status(person({ cadence: "14d", snooze_until: "2026-12-01" }), null)).toMatchObject({ nextDue: "2026-12-01", due: false });
	});

	it("is due again on the snooze date and after it", () => {
		expect(status(person({ cadence: "14d", snooze_until: TODAY }), "2026-10-01")).toMatchObject({ snoozed: false, due: true, overdueDays: 21 });
		expect(status(person({ cadence: "14d", snooze_until: "2026-11-01" }), "2026-10-01")).toMatchObject({ snoozed: false, due: true });
	});

	it("never makes archived people due", () => {
		expect(status(person({ cadence: "14d", status: "archived" }), "2020-01-01")).toMatchObject({
			archived: true,
			due: false,
			nextDue: null,
			overdueDays: 0,
			cadenceDays: 14,
		});
		expect(status(person({ archived: true }), null)).toMatchObject({ archived: true, due: false });
	});

	it("counts across month ends, leap days and year ends", () => {
		expect(status(person({ cadence: "1d" }), "2028-02-28", defaultCoreConfig(), "2028-03-01")).toMatchObject({
			nextDue: "2028-02-29",
			overdueDays: 1,
		});
		expect(status(person({ cadence: "1y" }), "2027-03-01", defaultCoreConfig(), "2028-03-01")).toMatchObject({
			nextDue: "2028-02-29",
			overdueDays: 1,
		});
		expect(status(person({ cadence: "weekly" }), "2026-12-28", defaultCoreConfig(), "2027-01-04")).toMatchObject({
			nextDue: "2027-01-04",
			due: true,
			overdueDays: 0,
		});
	});

	it("treats a future last contact as not yet due", () => {
		expect(status(person({ cadence: "7d" }), "2026-11-10")).toMatchObject({ nextDue: "2026-11-17", due: false });
	});
});
