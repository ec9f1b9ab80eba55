import { describe, expect, it } from "vitest";
import { networkReport, periodStart } from "../../../src/core/overview/report";
import { buildIndex, person, post, type VaultSpec } from "../../builders/index-builder";
import { statusOf } from "../../../src/core/index/contact-status";
import { mulberry32 } from "../../builders/random";
import { indexOptions, RandomVault } from "../../builders/random-vault";
import { NetworkIndex } from "../../../src/core/index/network-index";

const log = (...lines: string[]): string => `Notes.\n\n## Log\n${lines.map((line) => `- ${line}`).join("\n")}\n`;

/** A small network whose figures can be counted by hand (today 2026-11-26, a Thursday). */
function vault(): VaultSpec {
	return {
		"Posts/Pricing retainers.md": post({ published: "2026-10-05", status: "published" }, "On retainers."),
		"Posts/Hiring seniors.md": post({ published: "2026-11-02", status: "published" }, "On hiring."),
		"Posts/Old news.md": post({ published: "2025-01-10", status: "published" }, "Long ago."),
		"Posts/Idea.md": post({ status: "idea" }, "Not yet."),
		// Two shares and a reply in October, a share in November; one line names two posts.
		"People/Ana Diaz.md": person(
			{ cadence: "2w" },
			log("2026-10-06 Shared [[Pricing retainers]]", "2026-10-08 Replied [[Pricing retainers]] she wants the deck", "2026-11-03 Shared [[Hiring seniors]] and [[Pricing retainers]]"),
		),
		// A share logged after --to, and one after today: neither counts.
		"People/Ben Ode.md": person({ cadence: "1m", last_contact: "2026-10-20" }, log("2026-10-20 Coffee", "2026-11-27 Shared [[Hiring seniors]]")),
		// Snoozed: within cadence, whatever the last contact.
		"People/Cy Lo.md": person({ cadence: "1w", snooze_until: "2026-12-10", last_contact: "2026-06-01" }),
		// Never contacted, with a cadence: due from the first day.
		"People/Dee Park.md": person({ cadence: "2w" }),
		// Archived: counted nowhere, not even as never contacted.
		"People/Eve Stone.md": person({ cadence: "1w", status: "archived" }, log("2026-11-10 Shared [[Hiring seniors]]")),
		// Daily notes: two contacts with Ana on one day count once; Dee is no contact on an unchecked task.
		"2026-11-03.md": { body: "Lunch with [[Ana Diaz]].\n- [ ] call [[Dee Park]]" },
		"2026-11-20.md": { body: "Call with [[Ben Ode]] and [[Cy Lo]]." },
	};
}

describe("networkReport", () => {
	it("counts each figure per month, oldest first, twelve months back by default", () => {
		const report = networkReport(buildIndex(vault()), "2026-11-26");
		expect(report.from).toBe("2025-12-01");
		expect(report.to).toBe("2026-11-26");
		expect(report.period).toBe("month");
		expect(report.periods.map((p) => p.start)).toEqual(["2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"]);
		const [october, november] = report.periods.slice(-2);
		expect(october).toMatchObject({ start: "2026-10-01", postsPublished: 1, shares: 1, replies: 1, contacts: 3, peopleContacted: 2 });
		// Ana on 11-03 (log and daily note: one contact), Ben and Cy on 11-20; Ben's share after today does not count.
		expect(november).toMatchObject({ start: "2026-11-01", postsPublished: 1, shares: 1, replies: 0, contacts: 3, peopleContacted: 3 });
		// June: Cy's last_contact; nothing else before October.
		expect(report.periods.map((p) => p.contacts)).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 3, 3]);
	});

	it("takes cadence on the last day over people who are not archived, snoozed counting as within", () => {
		const report = networkReport(buildIndex(vault()), "2026-11-26");
		// Ana (last 11-03, 2w: due 11-17) and Dee (never) are due; Ben (11-20, 1m) and Cy (snoozed) are within.
		expect(report.inCadence).toEqual({ people: 4, within: 2, ratio: 0.5 });
		// On 31 October: Ana (10-08 + 2w = 10-22) and Dee due; Ben within; Cy snoozed.
		expect(report.periods.at(-2)?.inCadenceRatio).toBe(0.5);
		expect(report.neverContacted).toEqual(["People/Dee Park.md"]);
	});

	it("lists every post with its shares and replies in the span, most shared first, then by replies and path", () => {
		const report = networkReport(buildIndex(vault()), "2026-11-26");
		expect(report.posts).toEqual([
			{ path: "Posts/Pricing retainers.md", title: "Pricing retainers", published: "2026-10-05", shares: 2, replies: 1 },
			{ path: "Posts/Hiring seniors.md", title: "Hiring seniors", published: "2026-11-02", shares: 1, replies: 0 },
			{ path: "Posts/Idea.md", title: "Idea", published: null, shares: 0, replies: 0 },
			{ path: "Posts/Old news.md", title: "Old news", published: "2025-01-10", shares: 0, replies: 0 },
		]);
	});

	it("counts in the first period only what is on or after --from, and nothing after --to", () => {
		const report = networkReport(buildIndex(vault()), "2026-11-26", { from: "2026-10-07", to: "2026-11-02", period: "week" });
		expect(report.periods.map((p) => p.start)).toEqual(["2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02"]);
		// The share of 10-06 is before --from; the reply of 10-08 is in.
		expect(report.periods[0]).toMatchObject({ shares: 0, replies: 1, contacts: 1, postsPublished: 0 });
		expect(report.periods[4]).toMatchObject({ shares: 0, contacts: 0, postsPublished: 1 });
		expect(report.posts.find((p) => p.path === "Posts/Pricing retainers.md")).toMatchObject({ shares: 0, replies: 1 });
		// Ben's 11-20 call is after --to: on 11-02 he was last in touch on 10-20.
		expect(report.neverContacted).toEqual(["People/Dee Park.md"]);
	});

	it.each([5, 6])("agrees with the panel's due state on every day it measures (random vault, seed %i)", (seed) => {
		const random = new RandomVault(mulberry32(seed));
		const index = new NetworkIndex(indexOptions());
		for (let change = 0; change < 80; change++) random.step(index);
		for (const day of ["2026-11-26", "2026-10-31", "2026-09-30"]) {
			const report = networkReport(index, day, { period: "month" });
			const people = index.allPeople().filter((p) => !p.archived);
			const within = people.filter((p) => !statusOf(index, p, day).due).length;
			expect(report.inCadence).toMatchObject({ people: people.length, within });
		}
	});

	it("gives null ratios with no people, and refuses a span that ends before it starts", () => {
		const report = networkReport(buildIndex({ "Posts/A.md": post({}, "Text.") }), "2026-11-26", { period: "week" });
		expect(report.periods).toHaveLength(12);
		expect(report.inCadence).toEqual({ people: 0, within: 0, ratio: null });
		expect(report.periods.every((p) => p.inCadenceRatio === null)).toBe(true);
		expect(() => networkReport(buildIndex({}), "2026-11-26", { from: "2026-12-01", to: "2026-11-01" })).toThrow(RangeError);
	});
});

describe("periodStart", () => {
	it.each([
		["2026-11-26", "week", "2026-11-23"],
		["2026-11-23", "week", "2026-11-23"],
		["2026-11-29", "week", "2026-11-23"],
		["2027-01-01", "week", "2026-12-28"],
		["2026-11-26", "month", "2026-11-01"],
		["0001-01-01", "week", "0001-01-01"],
	] as const)("%s, %s → %s", (date, period, start) => {
		expect(periodStart(date, period)).toBe(start);
	});
});
