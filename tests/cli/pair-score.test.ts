import { describe, expect, it } from "vitest";
import { openVault } from "../../src/cli/load-vault";
import { runCli } from "../../src/cli/run-cli";

/**
 * A person and a post are one pair with one score, whichever command reads it: the
 * `pairScore` of who-cares on the post and of posts-for on the person agree for every pair
 * of a whole vault, both read with --all (who-cares builds the post's query from the file,
 * posts-for from the post as the index keeps it).
 */
async function json(args: string[]): Promise<{ people?: Array<{ path: string; pairScore: number; score: number }>; alreadyShared?: Array<{ path: string; pairScore: number }>; posts?: Array<{ path: string; pairScore: number; score: number }> }> {
	let stdout = "";
	let stderr = "";
	const status = await runCli([...args, "--json"], { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { NO_COLOR: "" } });
	expect(stderr).toBe("");
	expect(status).toBe(0);
	return JSON.parse(stdout) as never;
}

describe.each(["eval/vault", "demo/vault"])("pairScore in %s", (vault) => {
	it("is the same from the post's side and the person's, for every pair", async () => {
		const { index } = await openVault(vault);
		const fromPosts = new Map<string, number>();
		for (const post of index.allPosts()) {
			const result = await json(["who-cares", post.path, "--vault", vault, "--all", "--today", "2026-11-26"]);
			for (const match of result.people ?? []) fromPosts.set(`${match.path}::${post.path}`, match.pairScore);
		}
		let compared = 0;
		for (const person of index.allPeople()) {
			if (person.archived) continue;
			const result = await json(["posts-for", person.path, "--vault", vault, "--all", "--today", "2026-11-26"]);
			for (const match of result.posts ?? []) {
				const key = `${person.path}::${match.path}`;
				expect(fromPosts.get(key), key).toBeDefined();
				expect(Math.abs((fromPosts.get(key) ?? 0) - match.pairScore), key).toBeLessThan(1e-9);
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(20);
	});

	it("normalises score per list: the best is 1, the rest in the pair scores' order", async () => {
		const { index } = await openVault(vault);
		const person = index.allPeople().find((p) => !p.archived);
		const result = await json(["posts-for", person?.path ?? "", "--vault", vault, "--all", "--today", "2026-11-26"]);
		const posts = result.posts ?? [];
		expect(posts[0]?.score).toBe(1);
		for (const post of posts) expect(post.score).toBeCloseTo(post.pairScore / (posts[0]?.pairScore ?? 1), 3);
	});
});
