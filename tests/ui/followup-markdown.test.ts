import { describe, expect, it } from "vitest";
import type { FollowUp } from "../../src/core/overview/followups";
import { isOwnLine } from "../../src/core/edits/followup-section";
import { followupEntries, followupsMarkdown } from "../../src/ui/followup-markdown";

const link = (path: string): string => `[[${path.replace(/\.md$/, "").split("/").pop() ?? path}]]`;

function item(overrides: Partial<FollowUp>): FollowUp {
	return { path: "People/Ana Diaz.md", name: "Ana Diaz", lastContact: "2026-10-02", cadenceDays: 42, nextDue: "2026-11-13", overdueDays: 7, suggestedPosts: [], ...overrides };
}

describe("followupsMarkdown", () => {
	it("one unchecked task per person, with how overdue, the last contact and what to send", () => {
		const markdown = followupsMarkdown(
			[
				item({ suggestedPosts: [{ path: "Posts/Pricing page.md", title: "Pricing page", score: 1, pairScore: 0.8, reasons: [], evidence: [] }, { path: "Posts/Other.md", title: "Other", score: 0.25, pairScore: 0.2, reasons: [], evidence: [] }] }),
				item({ path: "People/Bo.md", name: "Bo", overdueDays: 1, lastContact: "2026-11-01" }),
				item({ path: "People/Cy.md", name: "Cy", overdueDays: 0, lastContact: null }),
			],
			link,
		);
		expect(markdown).toBe(
			[
				"- [ ] [[Ana Diaz]] — overdue 7 days (last contact 2026-10-02) · send [[Pricing page]]",
				"- [ ] [[Bo]] — overdue 1 day (last contact 2026-11-01)",
				"- [ ] [[Cy]] — due today (never contacted)",
			].join("\n"),
		);
	});

	it("every line is an unchecked task, so none of its links counts as a contact", () => {
		const markdown = followupsMarkdown([item({}), item({ path: "People/Bo.md", name: "Bo" })], link);
		for (const line of markdown.split("\n")) expect(line.startsWith("- [ ] ")).toBe(true);
	});

	it("entries pair each person's note with their line, every line one of the plugin's own", () => {
		const entries = followupEntries([item({}), item({ path: "People/Bo.md", name: "Bo", overdueDays: 0, lastContact: null })], link);
		expect(entries).toEqual([
			{ person: "People/Ana Diaz.md", line: "- [ ] [[Ana Diaz]] — overdue 7 days (last contact 2026-10-02)" },
			{ person: "People/Bo.md", line: "- [ ] [[Bo]] — due today (never contacted)" },
		]);
		for (const entry of entries) expect(isOwnLine(entry.line)).toBe(true);
	});

	it("nobody due: says so in one line", () => {
		expect(followupsMarkdown([], link)).toBe("_No one is due for a follow-up today._");
	});
});
