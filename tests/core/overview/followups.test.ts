import { describe, expect, it } from "vitest";
import { defaultCoreConfig, type CoreConfig } from "../../../src/core/model/config";
import { followups, type FollowUp } from "../../../src/core/overview/followups";
import { pairKey } from "../../../src/core/match/posts-for";
import { buildIndex, person, post, recordOf, type VaultSpec } from "../../builders/index-builder";

const TODAY = "2026-11-01";

function config(change: (c: CoreConfig) => void = () => undefined): CoreConfig {
	const c = defaultCoreConfig();
	c.defaultCadence = "30d";
	c.cadenceByTag = [{ tag: "family", cadence: "7d" }];
	change(c);
	return c;
}

function summary(list: FollowUp[]): Array<[string, string | null, number, number]> {
	return list.map((f) => [f.name, f.lastContact, f.cadenceDays, f.overdueDays]);
}

describe("followups: who is due", () => {
	const vault: VaultSpec = {
		"People/Ana Diaz.md": person({ last_contact: "2026-09-20" }),
		"People/Ben Ode.md": person({ last_contact: "2026-09-01" }),
		"People/Cy Lo.md": person({}),
		"People/Dee Park.md": person({ last_contact: "2026-10-25" }),
		"People/Eli Stone.md": person({ last_contact: "2026-06-01", snooze_until: "2026-11-10" }),
		"People/Fay Wu.md": person({ last_contact: "2026-01-01", status: "archived" }),
		"People/Gus Hale.md": person({ last_contact: "2026-10-20" }),
		"People/Ida Moss.md": person({ last_contact: "2026-10-02" }),
	};

	it("lists due people, most overdue first, never-contacted as due today", () => {
		const index = buildIndex(vault, { config: config() });
		expect(summary(followups(index, TODAY))).toEqual([
			["Ben Ode", "2026-09-01", 30, 31],
			["Ana Diaz", "2026-09-20", 30, 12],
			["Cy Lo", null, 30, 0],
			["Ida Moss", "2026-10-02", 30, 0],
		]);
	});

	it("gives next due dates", () => {
		const index = buildIndex(vault, { config: config() });
		const byName = new Map(followups(index, TODAY).map((f) => [f.name, f.nextDue]));
		expect(byName.get("Ben Ode")).toBe("2026-10-01");
		expect(byName.get("Cy Lo")).toBe(TODAY);
		expect(byName.get("Ida Moss")).toBe(TODAY);
	});

	it("lists a snoozed person again on the snooze date", () => {
		const index = buildIndex(vault, { config: config() });
		expect(followups(index, "2026-11-09").map((f) => f.name)).not.toContain("Eli Stone");
		expect(followups(index, "2026-11-10").map((f) => f.name)).toContain("Eli Stone");
	});

	it("never lists archived people", () => {
		const index = buildIndex(vault, { config: config() });
		expect(followups(index, "2030-01-01", { limit: 100 }).map((f) => f.name)).not.toContain("Fay Wu");
	});

	it("keeps to the limit, taking the most overdue", () => {
		const index = buildIndex(vault, { config: config() });
		expect(followups(index, TODAY, { limit: 2 }).map((f) => f.name)).toEqual(["Ben Ode", "Ana Diaz"]);
	});

	it("breaks ties by name", () => {
		const index = buildIndex(
			{ "People/zoe.md": person(), "People/Adam.md": person(), "People/max.md": person() },
			{ config: config() },
		);
		expect(followups(index, TODAY).map((f) => f.name)).toEqual(["Adam", "max", "zoe"]);
	});
});

describe("followups: cadence and contact", () => {
	const cases: Array<[string, VaultSpec, CoreConfig, Array<[string, string | null, number, number]>]> = [
		[
			"own cadence beats the tag rule and the default",
			{ "People/Ana Diaz.md": { fm: { type: "person", cadence: "2w", last_contact: "2026-10-01" }, tags: ["family"] } },
			config(),
			[["Ana Diaz", "2026-10-01", 14, 17]],
		],
		[
			"a tag rule (nested tags too) beats the default",
			{ "People/Ana Diaz.md": { fm: { type: "person", last_contact: "2026-10-20" }, tags: ["family/close"] } },
			config(),
			[["Ana Diaz", "2026-10-20", 7, 5]],
		],
		[
			"the default applies to people with neither",
			{ "People/Ana Diaz.md": person({ last_contact: "2026-09-25" }) },
			config(),
			[["Ana Diaz", "2026-09-25", 30, 7]],
		],
		[
			"no default means people without a cadence are never due",
			{ "People/Ana Diaz.md": person({ last_contact: "2020-01-01" }) },
			config((c) => (c.defaultCadence = "")),
			[],
		],
		[
			"an invalid cadence falls back to the default",
			{ "People/Ana Diaz.md": person({ cadence: "soon", last_contact: "2026-09-25" }) },
			config(),
			[["Ana Diaz", "2026-09-25", 30, 7]],
		],
		[
			"a daily note link counts as contact",
			{ "People/Ana Diaz.md": person({ last_contact: "2026-08-01" }), "2026-09-25.md": { body: "Lunch with [[Ana Diaz]]" } },
			config(),
			[["Ana Diaz", "2026-09-25", 30, 7]],
		],
		[
			"a link on an unchecked task does not",
			{ "People/Ana Diaz.md": person({ last_contact: "2026-08-01" }), "2026-10-30.md": { body: "- [ ] call [[Ana Diaz]]" } },
			config(),
			[["Ana Diaz", "2026-08-01", 30, 62]],
		],
		[
			"dates after today do not count",
			{
				"People/Ana Diaz.md": person({ last_contact: "2026-12-01" }, "## Log\n- 2026-08-01 Call\n- 2026-11-20 Lunch\n"),
				"2026-11-05.md": { body: "Lunch with [[Ana Diaz]]" },
			},
			config(),
			[["Ana Diaz", "2026-08-01", 30, 62]],
		],
		[
			"a logged share counts as contact",
			{ "People/Ana Diaz.md": person({}, "## Log\n- 2026-09-25 Shared [[Pricing]]\n"), "Posts/Pricing.md": post() },
			config(),
			[["Ana Diaz", "2026-09-25", 30, 7]],
		],
	];
	it.each(cases)("%s", (_name, vault, c, expected) => {
		expect(summary(followups(buildIndex(vault, { config: c }), TODAY))).toEqual(expected);
	});
});

describe("followups: suggested posts", () => {
	const vault: VaultSpec = {
		"People/Ana Diaz.md": person({ topics: ["pricing"] }, "## Log\n- 2026-08-01 Shared [[Old pricing]]\n"),
		"Posts/Old pricing.md": post({ topics: ["pricing"], status: "published" }, "Pricing, the old way."),
		"Posts/Usage pricing.md": post({ topics: ["pricing"], status: "published" }, "Usage-based pricing."),
		"Posts/Draft pricing.md": post({ topics: ["pricing"], status: "draft" }, "Pricing, a draft."),
		"Posts/Seat pricing.md": post({ topics: ["pricing"], published: "2026-10-01" }, "Seat-based pricing."),
		"Posts/Annual pricing.md": post({ topics: ["pricing"], status: "published", shared_with: ["[[Ana Diaz]]"] }, "Annual pricing."),
		"Posts/Hiring.md": post({ topics: ["hiring"], status: "published" }, "Hiring engineers."),
	};

	it("suggests published posts not yet sent to them", () => {
		const [ana] = followups(buildIndex(vault, { config: config() }), TODAY);
		expect(ana?.suggestedPosts.map((p) => p.title).sort()).toEqual(["Seat pricing", "Usage pricing"]);
		expect(ana?.suggestedPosts[0]?.reasons).toEqual(["topic: pricing"]);
	});

	it("keeps to the number of posts per person and leaves out posts not for them", () => {
		const index = buildIndex(vault, { config: config() });
		expect(followups(index, TODAY, { postsPerPerson: 1 })[0]?.suggestedPosts).toHaveLength(1);
		const notForThem = new Set([pairKey("People/Ana Diaz.md", "Posts/Usage pricing.md")]);
		expect(followups(index, TODAY, { notForThem })[0]?.suggestedPosts.map((p) => p.title)).toEqual(["Seat pricing"]);
	});

	it("suggests nothing when no post suits them", () => {
		const index = buildIndex({ "People/Eli Stone.md": person({}, "Eli grows tomatoes."), "Posts/Hiring.md": post({ topics: ["hiring"], status: "published" }) }, { config: config() });
		expect(followups(index, TODAY)).toMatchObject([{ name: "Eli Stone", suggestedPosts: [] }]);
	});
});

describe("contact dates and statuses while a daily note is edited in place", () => {
	const vault: VaultSpec = {
		"People/Ana Diaz.md": person({ cadence: "2w" }),
		"People/Ben Ode.md": person({ cadence: "2w" }),
		"People/Cy Lo.md": person({ cadence: "2w" }),
		"2026-10-20.md": { body: "Coffee with [[Ana Diaz]]." },
		"2026-10-25.md": { body: "Lunch with [[Ben Ode]] and [[Ana Diaz]]." },
	};

	it("follow the edits as a fresh build would, and never change a list already handed out", () => {
		const index = buildIndex(vault);
		const ana = index.contactDates("People/Ana Diaz.md");
		expect(ana).toEqual(["2026-10-20", "2026-10-25"]);
		const before = summary(followups(index, TODAY));
		const edits: Array<[string, string]> = [
			// Ana dropped from a day, Cy added; Ben stays.
			["2026-10-25.md", "Lunch with [[Ben Ode]] and [[Cy Lo]]."],
			// A link on an unchecked task is not a contact; Ben named twice counts once.
			["2026-10-20.md", "- [ ] call [[Ana Diaz]]\nMet [[Ben Ode]], then [[Ben Ode|Ben]] again."],
			["2026-10-25.md", "Nobody today."],
		];
		const current = { ...vault };
		for (const [path, body] of edits) {
			current[path] = { body };
			index.upsert(recordOf(path, { body }));
			const fresh = buildIndex(current);
			for (const name of ["Ana Diaz", "Ben Ode", "Cy Lo"]) {
				const path = `People/${name}.md`;
				expect(index.contactDates(path), `${name} after editing ${path}`).toEqual(fresh.contactDates(path));
			}
			expect(summary(followups(index, TODAY))).toEqual(summary(followups(fresh, TODAY)));
		}
		expect(ana).toEqual(["2026-10-20", "2026-10-25"]);
		expect(summary(followups(index, TODAY))).not.toEqual(before);
		expect(index.contactDates("People/Ben Ode.md")).toEqual(["2026-10-20"]);
	});
});
