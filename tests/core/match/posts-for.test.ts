import { describe, expect, it } from "vitest";
import type { NetworkIndex } from "../../../src/core/index/network-index";
import { isPublished, pairKey, postsFor, type PostsForOptions } from "../../../src/core/match/posts-for";
import type { Post } from "../../../src/core/model/types";
import { buildIndex, post, person, type VaultSpec } from "../../builders/index-builder";

const ANA = "People/Ana Diaz.md";

/** A vault around Ana, who cares about pricing and wrote about usage-based billing. */
function vault(extra: VaultSpec = {}): VaultSpec {
	return {
		[ANA]: person({ topics: ["pricing"], role: "CFO" }, "Ana is moving her SaaS to usage-based billing.\n\n## Log\n- 2026-10-02 Shared [[Retainers]]\n"),
		"People/Ben Ode.md": person({ topics: ["hiring"] }, "Ben hires engineers."),
		"Posts/Usage billing.md": post({ topics: ["pricing"], status: "published" }, "Usage-based billing for SaaS: what to meter."),
		"Posts/Annual plans.md": post({ topics: ["pricing"], status: "published" }, "Annual plans and discounts."),
		"Posts/Hiring.md": post({ topics: ["hiring"], status: "published" }, "How to hire engineers."),
		"Posts/Retainers.md": post({ topics: ["pricing"], status: "published" }, "Retainers beat hourly billing."),
		"Posts/Seats.md": post({ topics: ["pricing"], status: "draft", shared_with: ["[[Ana Diaz]]"] }, "Seat-based pricing."),
		...extra,
	};
}

function titlesFor(index: NetworkIndex, path: string, options: PostsForOptions = {}): string[] {
	const who = index.person(path);
	if (!who) throw new Error(`no person at ${path}`);
	return postsFor(index, who, options).map((m) => m.title);
}

describe("postsFor", () => {
	it("ranks the post closest to the person first", () => {
		const index = buildIndex(vault());
		expect(titlesFor(index, ANA)).toEqual(["Usage billing", "Annual plans"]);
	});

	it("says why: shared topics, then the words they have in common", () => {
		const index = buildIndex(vault());
		const [best, second] = postsFor(index, index.person(ANA) as never);
		expect(best).toMatchObject({ path: "Posts/Usage billing.md", title: "Usage billing" });
		expect(best?.reasons).toEqual(["topic: pricing", 'about "usage based billing", "saas"']);
		expect(second?.reasons).toEqual(["topic: pricing"]);
		expect(best?.score).toBeGreaterThan(second?.score ?? 1);
	});

	it("leaves out posts already shared with them, by shared_with or by their log", () => {
		const index = buildIndex(vault());
		const titles = titlesFor(index, ANA, { limit: 10, minScore: 0 });
		expect(titles).not.toContain("Seats");
		expect(titles).not.toContain("Retainers");
	});

	it("leaves out posts marked not for them, for that person only", () => {
		const index = buildIndex(vault({ "People/Cy Lo.md": person({ topics: ["pricing"] }) }));
		const notForThem = new Set([pairKey(ANA, "Posts/Usage billing.md")]);
		expect(titlesFor(index, ANA, { notForThem })).toEqual(["Annual plans"]);
		expect(titlesFor(index, "People/Cy Lo.md", { notForThem })).toContain("Usage billing");
	});

	it("never suggests an idea; leaves out drafts too when asked for published posts only", () => {
		const index = buildIndex(
			vault({
				"Posts/Idea.md": post({ topics: ["pricing"], status: "idea" }, "Usage-based billing for SaaS, again."),
				"Posts/Draft.md": post({ topics: ["pricing"], status: "draft" }, "Usage-based billing for SaaS, drafted."),
				"Posts/Dated.md": post({ topics: ["pricing"], published: "2026-09-01" }, "Usage-based billing for SaaS, dated."),
			}),
		);
		const any = titlesFor(index, ANA, { limit: 10 });
		expect(any).not.toContain("Idea");
		expect(any).toContain("Draft");
		const published = titlesFor(index, ANA, { limit: 10, publishedOnly: true });
		expect(published).not.toContain("Idea");
		expect(published).not.toContain("Draft");
		expect(published).toContain("Dated");
	});

	it("suggests a post that mentions them", () => {
		const index = buildIndex(vault({ "Posts/Thanks.md": post({ status: "published" }, "Thanks to [[Ben Ode]] for the review.") }));
		const found = postsFor(index, index.person("People/Ben Ode.md") as never).find((m) => m.title === "Thanks");
		expect(found?.reasons).toEqual(["mentions them"]);
	});

	it("matches through synonyms", () => {
		const index = buildIndex({
			"People/Ben Ode.md": person({}, "Ben runs the k8s platform team."),
			"Posts/Clusters.md": post({ topics: ["Kubernetes"], status: "published" }, "Kubernetes clusters on a budget."),
			"Posts/Hiring.md": post({ topics: ["hiring"], status: "published" }, "How to hire engineers."),
		});
		const matches = postsFor(index, index.person("People/Ben Ode.md") as never);
		expect(matches.map((m) => m.title)).toEqual(["Clusters"]);
		expect(matches[0]?.reasons).toEqual(['about "kubernetes"']);
	});

	it("keeps to the limit and breaks ties by title", () => {
		const index = buildIndex({
			[ANA]: person({ topics: ["pricing"] }),
			"Posts/c.md": post({ topics: ["pricing"], title: "Gamma plans" }),
			"Posts/a.md": post({ topics: ["pricing"], title: "alpha plans" }),
			"Posts/b.md": post({ topics: ["pricing"], title: "Beta plans" }),
		});
		expect(titlesFor(index, ANA)).toEqual(["alpha plans", "Beta plans", "Gamma plans"]);
		expect(titlesFor(index, ANA, { limit: 2 })).toEqual(["alpha plans", "Beta plans"]);
	});

	it("suggests nothing to a person with nothing in common with any post", () => {
		const index = buildIndex(vault({ "People/Eli Stone.md": person({}, "Eli grows tomatoes.") }));
		expect(titlesFor(index, "People/Eli Stone.md")).toEqual([]);
	});
});

describe("isPublished", () => {
	const base: Post = { path: "Posts/P.md", title: "P", aliases: [], topics: [], tags: [], status: null, published: null, markedPublished: false, url: null, sharedWith: [], body: "", mtime: 0 };
	const cases: Array<[string, Partial<Post>, boolean]> = [
		["status published", { status: "published" }, true],
		["no status, a published date", { published: "2026-09-01" }, true],
		["draft with a published date", { status: "draft", published: "2026-09-01" }, false],
		["idea", { status: "idea" }, false],
		["nothing at all", {}, false],
	];
	it.each(cases)("%s", (_name, fields, expected) => {
		expect(isPublished({ ...base, ...fields })).toBe(expected);
	});
});
