import { describe, expect, it } from "vitest";
import { cadenceText } from "../../src/core/values/cadence";
import { badgeFor, buildPanelModel, fillTemplate, lastContactText, type Badge, type PanelModel } from "../../src/ui/view-model";
import { buildIndex, emptyIndex, person, post, recordOf } from "../builders/index-builder";

const TODAY = "2026-11-20";

describe("fillTemplate", () => {
	const values = { name: "Ana Diaz", title: "Pricing page", url: "https://example.com/pricing" };
	it.each<[string, string, { name: string; title: string; url: string | null }, string]>([
		["every placeholder", "Hi {{firstName}} ({{name}}): {{title}} {{url}}", values, "Hi Ana (Ana Diaz): Pricing page https://example.com/pricing"],
		["spaces inside the braces", "{{ firstName }}, {{  title}}", values, "Ana, Pricing page"],
		["a placeholder used twice", "{{name}} / {{name}}", values, "Ana Diaz / Ana Diaz"],
		["unknown placeholders stay as written", "Hi {{nickname}}, {{title}}", values, "Hi {{nickname}}, Pricing page"],
		["no url: no trailing gap", "Hi {{firstName}}, read {{title}} {{url}}", { ...values, url: null }, "Hi Ana, read Pricing page"],
		["no url on a line of its own: the line's spaces go, the lines stay", "Hi {{firstName}}\n{{url}}\nBye", { ...values, url: null }, "Hi Ana\n\nBye"],
		["a one-word name is also the first name", "Hi {{firstName}}", { ...values, name: "Cher" }, "Hi Cher"],
		["a name with extra spaces", "Hi {{firstName}}", { ...values, name: "  Ana   Diaz " }, "Hi Ana"],
		["no placeholders", "Thinking of you.", values, "Thinking of you."],
		["an empty template", "", values, ""],
		["text that looks like a placeholder in the values is not filled again", "{{title}}", { ...values, title: "About {{name}}" }, "About {{name}}"],
	])("%s", (_name, template, input, expected) => {
		expect(fillTemplate(template, input)).toBe(expected);
	});
});

describe("badges and texts", () => {
	const status = { due: false, overdueDays: 0, snoozedUntil: null as string | null, nextDue: null as string | null, archived: false };
	it.each<[string, typeof status, Badge]>([
		["archived wins", { ...status, archived: true, due: true, overdueDays: 3 }, { text: "archived", tone: "none" }],
		["snoozed, until when", { ...status, snoozedUntil: "2026-12-10" }, { text: "snoozed until Dec 10", tone: "snoozed" }],
		["snoozed into next year", { ...status, snoozedUntil: "2027-01-05" }, { text: "snoozed until Jan 5, 2027", tone: "snoozed" }],
		["overdue", { ...status, due: true, overdueDays: 12, nextDue: "2026-11-08" }, { text: "overdue 12d", tone: "overdue" }],
		["due today", { ...status, due: true, nextDue: TODAY }, { text: "due", tone: "due" }],
		["due later", { ...status, nextDue: "2026-12-04" }, { text: "due in 2 weeks", tone: "ok" }],
		["due tomorrow", { ...status, nextDue: "2026-11-21" }, { text: "due tomorrow", tone: "ok" }],
		["no cadence", status, { text: "no cadence", tone: "none" }],
	])("badge: %s", (_name, input, expected) => {
		expect(badgeFor(input, TODAY)).toEqual(expected);
	});

	it.each<[number | null, string]>([
		[null, "no cadence"],
		[1, "every day"],
		[10, "every 10 days"],
		[7, "every week"],
		[14, "every 2 weeks"],
		[42, "every 6 weeks"],
		[30, "every month"],
		[90, "every 3 months"],
		[365, "every year"],
		[730, "every 2 years"],
	])("cadence %s days reads %j", (days, expected) => {
		expect(cadenceText(days)).toBe(expected);
	});

	it.each<[string | null, string]>([
		[null, "never contacted"],
		[TODAY, "last contact today"],
		["2026-11-19", "last contact yesterday"],
		["2026-11-10", "last contact 10 days ago"],
		["2026-10-02", "last contact 7 weeks ago"],
	])("last contact %s reads %j", (date, expected) => {
		expect(lastContactText(date, TODAY)).toBe(expected);
	});
});

describe("buildPanelModel", () => {
	const vault = {
		"People/Ana Diaz.md": person({ topics: ["pricing"], last_contact: "2026-10-02", cadence: "6w" }),
		"People/Bo Berg.md": person({ topics: ["pricing"] }),
		"People/Cy Chen.md": person({ topics: ["pricing"], status: "archived" }),
		"Posts/Pricing.md": post({ topics: ["pricing"], shared_with: ["[[Bo Berg]]"], url: "https://x.test/p" }, "How to price."),
		"Notes/Other.md": { body: "Milk." },
	};
	const index = buildIndex(vault);
	const noteOf = (path: keyof typeof vault) => recordOf(path, vault[path]);
	const input = { today: TODAY, limit: 10, notForThem: new Set<string>() };

	function kind(model: PanelModel): PanelModel["kind"] {
		return model.kind;
	}

	it("without an index: indexing", () => {
		expect(buildPanelModel({ ...input, index: null, note: noteOf("Posts/Pricing.md") })).toEqual({ kind: "indexing" });
	});

	it("with no people at all: no-people, whether or not a note is open", () => {
		const empty = buildIndex({ "Posts/Pricing.md": vault["Posts/Pricing.md"] });
		expect(buildPanelModel({ ...input, index: empty, note: null })).toEqual({ kind: "no-people", counts: { people: 0, posts: 1, due: 0, contactedLast7Days: 0, problems: 0 } });
		expect(kind(buildPanelModel({ ...input, index: emptyIndex(), note: noteOf("Notes/Other.md") }))).toBe("no-people");
	});

	it("with no note: no-note", () => {
		expect(buildPanelModel({ ...input, index, note: null })).toEqual({ kind: "no-note" });
	});

	it("a post: people ranked, archived left out, already shared apart, counts", () => {
		const model = buildPanelModel({ ...input, index, note: noteOf("Posts/Pricing.md") });
		if (model.kind !== "note") throw new Error(`expected a note model, got ${model.kind}`);
		expect(model.title).toBe("Pricing");
		expect(model.people.map((row) => row.name)).toEqual(["Ana Diaz"]);
		expect(model.people[0]).toMatchObject({ path: "People/Ana Diaz.md", lastContactText: "last contact 7 weeks ago", badge: { text: "overdue 7d", tone: "overdue" } });
		expect(model.people[0]?.reasons).toContain("topic: pricing");
		expect(model.alreadyShared.map((row) => row.name)).toEqual(["Bo Berg"]);
		expect(model.counts).toEqual({ people: 3, posts: 1, due: 2, contactedLast7Days: 0, problems: 0 });
	});

	it("not for them: the pair is left out of the post's people", () => {
		const model = buildPanelModel({ ...input, index, note: noteOf("Posts/Pricing.md"), notForThem: new Set(["People/Ana Diaz.md::Posts/Pricing.md"]) });
		if (model.kind !== "note") throw new Error("expected a note model");
		expect(model.people).toEqual([]);
	});

	it("a person: status and posts to send, with the post's url", () => {
		const model = buildPanelModel({ ...input, index, note: noteOf("People/Ana Diaz.md") });
		if (model.kind !== "person") throw new Error(`expected a person model, got ${model.kind}`);
		expect(model.name).toBe("Ana Diaz");
		expect(model.status).toEqual({ lastContactText: "last contact 7 weeks ago", cadenceText: "every 6 weeks", nextDueText: "next due 2026-11-13", badge: { text: "overdue 7d", tone: "overdue" } });
		expect(model.posts.map((row) => [row.path, row.url])).toEqual([["Posts/Pricing.md", "https://x.test/p"]]);
	});

	it("a person who already has every post: nothing to send", () => {
		const model = buildPanelModel({ ...input, index, note: noteOf("People/Bo Berg.md") });
		if (model.kind !== "person") throw new Error("expected a person model");
		expect(model.posts).toEqual([]);
	});

	it("the limit caps the people", () => {
		const many: Record<string, ReturnType<typeof person>> = {};
		for (let i = 0; i < 8; i++) many[`People/P${i}.md`] = person({ topics: ["pricing"] });
		const big = buildIndex({ ...many, "Posts/Pricing.md": vault["Posts/Pricing.md"] });
		const model = buildPanelModel({ ...input, index: big, limit: 3, note: recordOf("Posts/Pricing.md", vault["Posts/Pricing.md"]) });
		if (model.kind !== "note") throw new Error("expected a note model");
		expect(model.people).toHaveLength(3);
	});
});
