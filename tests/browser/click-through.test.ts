/**
 * The plugin in a real browser: Debian's Chromium, driven by playwright-core, shows the
 * screenshot page (the real plugin over the in-memory Obsidian stand-in and the demo vault,
 * "today" 2026-11-26). Clicks go through the real DOM and styles; the vault is then read back
 * to check that it changed exactly as the README section "What Top of Mind writes" says, and nothing else.
 *
 * Skipped only when Chromium is missing on a developer machine (see chromium.ts); in CI
 * (`CI` set, or `TOP_OF_MIND_REQUIRE_BROWSER=1` as .ci/run sets it) that is a failure.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildPage, CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/screenshot-page/build.mjs";
import type { SceneName } from "../../scripts/screenshot-page/handle";
import { requireBrowser, skipBrowserTests } from "./chromium";

const TODAY = "2026-11-26";
const NEWEST_POST = "Posts/Pick the value metric before the price.md";

interface Note {
	frontmatter: Record<string, unknown>;
	body: string;
}

function splitNote(text: string): Note {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) return { frontmatter: {}, body: text };
	const data: unknown = parse(match[1] ?? "");
	return { frontmatter: data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {}, body: match[2] ?? "" };
}

function basename(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/, "");
}

/** `after` is `before` with exactly one more line, `line`. */
function expectOneLineAdded(before: string, after: string, line: string): void {
	const afterLines = after.split("\n");
	expect(afterLines.filter((l) => l === line)).toHaveLength(1);
	expect(afterLines.filter((l) => l !== line)).toEqual(before.split("\n"));
}

describe.skipIf(skipBrowserTests)("the plugin in Chromium: click-through on the demo vault", () => {
	let browser: Browser;
	let page: Page;
	let work: string;
	const errors: string[] = [];

	const show = (scene: SceneName): Promise<void> =>
		page.evaluate((name) => window.__topOfMind?.show(name, { theme: "light", mobile: false }) ?? Promise.reject(new Error("no page handle")), scene);
	const read = (path: string): Promise<string> => page.evaluate((p) => window.__topOfMind?.read(p) ?? "", path);
	const cardPaths = (selector: string): Promise<string[]> =>
		page.locator(selector).evaluateAll((cards) => cards.map((card) => card.getAttribute("data-path") ?? ""));

	beforeAll(async () => {
		requireBrowser();
		work = mkdtempSync(join(tmpdir(), "top-of-mind-browser-"));
		const url = await buildPage(work);
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage({ viewport: { width: 380, height: 900 } });
		page.on("console", (message) => {
			if (message.type() === "error") errors.push(message.text());
		});
		page.on("pageerror", (error) => errors.push(error.message));
		await page.goto(url);
		await page.evaluate(() => window.__topOfMind?.ready);
	}, 30_000);

	afterAll(async () => {
		await browser?.close();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	it("Mark as shared logs the share on the person and the post, and moves them to Already shared with", async () => {
		await show("panel-post");
		const suggested = ".top-of-mind-panel > .top-of-mind-list > .top-of-mind-card";
		const shared = ".top-of-mind-shared .top-of-mind-card";
		const person = (await cardPaths(suggested))[0];
		if (!person) throw new Error("the panel suggests no one for the newest post");
		expect(await cardPaths(shared)).not.toContain(person);
		const personBefore = splitNote(await read(person));
		const postBefore = splitNote(await read(NEWEST_POST));

		await page.locator(suggested).first().getByRole("button", { name: "Mark as shared", exact: true }).click();

		await page.waitForFunction(
			([selector, path]) => [...document.querySelectorAll(selector)].some((card) => card.getAttribute("data-path") === path),
			[shared, person] as const,
		);
		await page.evaluate(() => window.__topOfMind?.settle());
		expect(await cardPaths(suggested)).not.toContain(person);
		expect(await cardPaths(shared)).toContain(person);

		const personAfter = splitNote(await read(person));
		expect(personAfter.frontmatter).toEqual({ ...personBefore.frontmatter, last_contact: TODAY });
		expectOneLineAdded(personBefore.body, personAfter.body, `- ${TODAY} Shared [[${basename(NEWEST_POST)}]]`);
		expect(personAfter.body).toMatch(new RegExp(`## Log\\n(?:- .*\\n)*- ${TODAY} Shared \\[\\[`));

		const postAfter = splitNote(await read(NEWEST_POST));
		const sharedBefore = postBefore.frontmatter.shared_with;
		expect(Array.isArray(sharedBefore)).toBe(true);
		expect(postAfter.frontmatter).toEqual({ ...postBefore.frontmatter, shared_with: [...(sharedBefore as unknown[]), `[[${basename(person)}]]`] });
		expect(postAfter.body).toBe(postBefore.body);

		expect(await page.evaluate(() => window.__topOfMind?.notices() ?? [])).toContain(`Marked as shared with ${basename(person)}.`);
		expect(errors).toEqual([]);
	});

	it("Contacted in the follow-up block logs the contact and takes the person off the list", async () => {
		await show("followup-block");
		const due = ".top-of-mind-block .top-of-mind-card";
		const person = (await cardPaths(due))[0];
		if (!person) throw new Error("the follow-up block lists no one");
		const before = splitNote(await read(person));

		await page.locator(due).first().getByRole("button", { name: "Contacted", exact: true }).click();

		await page.waitForFunction(
			([selector, path]) => ![...document.querySelectorAll(selector)].some((card) => card.getAttribute("data-path") === path),
			[due, person] as const,
		);
		const after = splitNote(await read(person));
		expect(after.frontmatter).toEqual({ ...before.frontmatter, last_contact: TODAY });
		expectOneLineAdded(before.body, after.body, `- ${TODAY} Contacted`);
		expect(await page.evaluate(() => window.__topOfMind?.notices() ?? [])).toContain(`Logged contact with ${basename(person)}.`);
		expect(errors).toEqual([]);
	});

	it("lays out the views without sideways overflow or overlapping boxes, at sidebar and phone widths", async () => {
		// npm run screenshots checks every scene in both themes; here the real panel and block, and the stress layouts.
		const scenes: SceneName[] = ["panel-post", "followup-block", "stress-0", "stress-1", "stress-50", "stress-long", "stress-person", "stress-followups"];
		const problems: string[] = [];
		for (const [width, mobile] of [[380, false], [390, true]] as const) {
			await page.setViewportSize({ width, height: 900 });
			for (const scene of scenes) {
				await page.evaluate(([name, phone]) => window.__topOfMind?.show(name, { theme: "dark", mobile: phone }), [scene, mobile] as const);
				for (const problem of await page.evaluate(() => window.__topOfMind?.layoutProblems() ?? ["no page handle"])) problems.push(`${scene} at ${width} px: ${problem}`);
			}
		}
		expect(problems).toEqual([]);
		expect(errors).toEqual([]);
	}, 60_000);
});
