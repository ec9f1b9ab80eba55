import { describe, expect, it } from "vitest";
import { scorePair } from "../../../src/core/match/pair";
import { buildIndex, person, post, recordOf, type VaultSpec } from "../../builders/index-builder";

/** Ana was sent the cluster post; Ben that one and the bread one. */
const VAULT: VaultSpec = {
	"People/Ana.md": person({}, "Ana runs platforms."),
	"People/Ben.md": person({}, "Ben runs kitchens and platforms."),
	"Posts/Clusters.md": post({ shared_with: ["[[Ana]]", "[[Ben]]"] }, "Kubernetes cluster autoscaling: node pools, spot nodes and the autoscaler's limits."),
	"Posts/Bread.md": post({ shared_with: ["[[Ben]]"] }, "Sourdough bread: starter, hydration and a long cold proof."),
	"Posts/Autoscaling.md": post({}, "Autoscaling a Kubernetes cluster: node pools and spot nodes, and where the autoscaler stops."),
	"Posts/Pastry.md": post({}, "Laminated pastry: butter blocks and folds."),
	"Posts/Invoices.md": post({}, "Invoices that get paid on time."),
};

const history = (index: ReturnType<typeof buildIndex>, who: string, what: string): string[] => {
	const found = index.person(who);
	const target = index.post(what);
	if (found === undefined || target === undefined) throw new Error(`missing ${who} or ${what}`);
	return scorePair(index, found, target).evidence.history.posts;
};

describe("history of a pair: the posts they were sent that are like this one", () => {
	it("names each sent post by its own likeness, whoever asks first and in whatever order", () => {
		for (const order of [["People/Ana.md", "People/Ben.md"], ["People/Ben.md", "People/Ana.md"]]) {
			const index = buildIndex(VAULT);
			const got = Object.fromEntries(order.map((who) => [who, history(index, who, "Posts/Autoscaling.md")]));
			expect(got).toEqual({ "People/Ana.md": ["Posts/Clusters.md"], "People/Ben.md": ["Posts/Clusters.md"] });
			// Asked again, and about a post like the other one.
			expect(history(index, "People/Ben.md", "Posts/Autoscaling.md")).toEqual(["Posts/Clusters.md"]);
			expect(history(index, "People/Ben.md", "Posts/Pastry.md")).toEqual(history(buildIndex(VAULT), "People/Ben.md", "Posts/Pastry.md"));
		}
	});

	it("reads the sent posts anew once one of them changes", () => {
		const index = buildIndex(VAULT);
		expect(history(index, "People/Ben.md", "Posts/Autoscaling.md")).toEqual(["Posts/Clusters.md"]);
		const bread = post({ shared_with: ["[[Ben]]"] }, "Kubernetes cluster autoscaling with spot node pools, and the autoscaler's limits.");
		const edited = buildIndex({ ...VAULT, "Posts/Bread.md": bread });
		const want = history(edited, "People/Ben.md", "Posts/Autoscaling.md");
		expect(want).toContain("Posts/Bread.md");
		index.upsert(recordOf("Posts/Bread.md", bread));
		expect(history(index, "People/Ben.md", "Posts/Autoscaling.md")).toEqual(want);
	});
});
