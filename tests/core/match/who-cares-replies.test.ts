/**
 * Replies teach the ranking: a person who replied to earlier posts that bear on a note (on
 * one of its topics, or similar to it) ranks above one who was sent the same posts and did
 * not reply, with a reason that names the post. A reply is a contact on its date.
 */
import { describe, expect, it } from "vitest";
import { statusOf } from "../../../src/core/index/contact-status";
import { whoCares, type WhoCaresResult } from "../../../src/core/match/who-cares";
import { buildIndex, person, post, recordOf, type NoteSpec, type VaultSpec } from "../../builders/index-builder";

const TODAY = "2026-11-01";

function run(vault: VaultSpec, path: string): WhoCaresResult {
	return whoCares(buildIndex(vault), recordOf(path, vault[path] as NoteSpec), TODAY);
}

const reasonsOf = (result: WhoCaresResult, name: string): string[] | undefined => result.people.find((m) => m.name === name)?.reasons;

/** Two people alike in every way but one: Ana replied to the earlier pricing post, Ben did not. */
function vault(anaLog: string, benLog = "## Log\n- 2026-09-01 Shared [[Pricing retainers]]\n"): VaultSpec {
	return {
		"People/Ana Diaz.md": person({ topics: ["pricing"] }, anaLog),
		"People/Ben Ode.md": person({ topics: ["pricing"] }, benLog),
		"People/Cy Lo.md": person({ topics: ["hiring"] }, "## Log\n- 2026-09-03 Replied [[Hiring juniors]]\n"),
		"Posts/Pricing retainers.md": post({ topics: ["pricing"] }, "Why retainers beat hourly billing for small firms."),
		"Posts/Hiring juniors.md": post({ topics: ["hiring"] }, "How to hire your first junior."),
		"Posts/Value pricing.md": post({ topics: ["pricing"] }, "Pricing on value, not on hours."),
	};
}

describe("whoCares: replies", () => {
	it("ranks the person who replied to an earlier post on the topic above the one who did not, and says why", () => {
		const result = run(vault("## Log\n- 2026-09-01 Shared [[Pricing retainers]]\n- 2026-09-04 Replied [[Pricing retainers]] loved it\n"), "Posts/Value pricing.md");
		expect(result.people.map((m) => m.name).slice(0, 2)).toEqual(["Ana Diaz", "Ben Ode"]);
		expect(result.people[0]?.score).toBeGreaterThan(result.people[1]?.score ?? 1);
		expect(reasonsOf(result, "Ana Diaz")).toContain("replied to 'Pricing retainers'");
		expect(reasonsOf(result, "Ben Ode")?.some((reason) => reason.startsWith("replied"))).toBe(false);
	});

	it("ties the two when neither replied (the reply is what tells them apart)", () => {
		const result = run(vault("## Log\n- 2026-09-01 Shared [[Pricing retainers]]\n"), "Posts/Value pricing.md");
		const [first, second] = result.people;
		expect(first?.score).toBe(second?.score);
	});

	it("does not count a reply to a post on another subject", () => {
		const result = run(vault("## Log\n- 2026-09-01 Shared [[Pricing retainers]]\n"), "Posts/Value pricing.md");
		expect(result.people.map((m) => m.name)).not.toContain("Cy Lo");
	});

	it("names several replied posts by the first title and a count", () => {
		const spec = vault("## Log\n- 2026-09-04 Replied [[Pricing retainers]]\n- 2026-10-04 Replied [[Hiring juniors]]\n");
		spec["Posts/Hiring juniors.md"] = post({ topics: ["hiring", "pricing"] }, "How to hire and what to pay.");
		expect(reasonsOf(run(spec, "Posts/Value pricing.md"), "Ana Diaz")).toContain("replied to 'Hiring juniors' and 1 more");
	});

	it("counts a reply as a contact on its date", () => {
		const index = buildIndex(vault("## Log\n- 2026-10-20 Replied [[Pricing retainers]]\n"));
		const ana = index.person("People/Ana Diaz.md");
		if (!ana) throw new Error("Ana is not indexed");
		expect(statusOf(index, ana, TODAY).lastContact).toBe("2026-10-20");
	});
});
