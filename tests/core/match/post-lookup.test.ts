import { describe, expect, it } from "vitest";
import type { NetworkIndex } from "../../../src/core/index/network-index";
import { postLookup, postLookupSteps } from "../../../src/core/match/posts-for";
import { warmMatching } from "../../../src/core/match/query-steps";
import { buildIndex, person, post, recordsOf, type VaultSpec } from "../../builders/index-builder";

/** The posts' lookup by topic and mention, made at once or in steps (query-steps.ts). */

const TOPICS = ["pricing", "hiring", "churn", "security", "onboarding"];

function vault(posts: number): VaultSpec {
	const notes: VaultSpec = {};
	for (let i = 0; i < 6; i++) notes[`People/P${i}.md`] = person({ topics: [TOPICS[i % TOPICS.length]] }, `Works on ${TOPICS[i % TOPICS.length]}.`);
	for (let i = 0; i < posts; i++) notes[`Posts/Post ${i}.md`] = post({ topics: [TOPICS[i % TOPICS.length], TOPICS[(i * 3) % TOPICS.length]] }, `About ${TOPICS[i % TOPICS.length]}, with [[P${i % 6}]].`);
	return notes;
}

/** The lookup as paths, comparable across indexes. */
function shape(lookup: ReturnType<typeof postLookup>): unknown {
	const paths = (map: Map<string, Array<{ path: string }>>): Array<[string, string[]]> =>
		[...map].map(([key, posts]): [string, string[]] => [key, posts.map((p) => p.path)]).sort((a, b) => a[0].localeCompare(b[0]));
	const ofPost = [...lookup.ofPost].map(([p, entry]) => [p.path, entry.topics, [...entry.mentions].sort(), entry.title]);
	return { byTopic: paths(lookup.byTopic), mentioning: paths(lookup.mentioning), ofPost };
}

/** The index with its `mentionsOf` counted: the lookup asks it once for each post it reads. */
function counted(index: NetworkIndex): { reads: () => number } {
	let reads = 0;
	const mentionsOf = index.mentionsOf.bind(index);
	index.mentionsOf = (path: string) => {
		reads++;
		return mentionsOf(path);
	};
	return { reads: () => reads };
}

describe("the posts' lookup", () => {
	it("made in steps is the lookup made at once, no step reading more than a few hundred posts", () => {
		const stepped = buildIndex(vault(1_000));
		const { reads } = counted(stepped);
		const steps = postLookupSteps(stepped);
		expect(steps.length).toBeGreaterThan(2);
		let before = 0;
		for (const step of steps) {
			step();
			expect(reads() - before).toBeLessThanOrEqual(400);
			before = reads();
		}
		expect(reads()).toBe(1_000);
		const made = postLookup(stepped);
		// Already whole: asking for it reads no post again.
		expect(reads()).toBe(1_000);
		expect(shape(made)).toEqual(shape(postLookup(buildIndex(vault(1_000)))));
	});

	it("starts over for a vault that changed between steps, and is then the new vault's", () => {
		const index = buildIndex(vault(900));
		const steps = postLookupSteps(index);
		steps[0]?.();
		const [added] = recordsOf({ "Posts/Late.md": post({ topics: ["hiring"] }, "Hiring, with [[P1]].") });
		if (added) index.upsert(added);
		for (const step of steps.slice(1)) step();
		const after = buildIndex({ ...vault(900), "Posts/Late.md": post({ topics: ["hiring"] }, "Hiring, with [[P1]].") });
		expect(shape(postLookup(index))).toEqual(shape(postLookup(after)));
		expect([...postLookup(index).ofPost.keys()].map((p) => p.path)).toContain("Posts/Late.md");
	});

	it("is made whole by the warm-up steps, whatever the number of posts", () => {
		for (const posts of [0, 1, 400, 401]) {
			const index = buildIndex(vault(posts));
			const { reads } = counted(index);
			for (const step of warmMatching(index)) step();
			expect(reads()).toBe(posts);
			postLookup(index);
			expect(reads(), `${posts} posts`).toBe(posts);
		}
	});
});
