/**
 * docs/*.png are what `npm run screenshots` renders now: each published picture (every scene,
 * light and dark, desktop and phone width) is rendered again with the same code
 * (scripts/screenshot-page/shots.mjs) and compared with the committed PNG. It fails when one
 * differs in more than 0.1% of its pixels, naming the picture and how much of it changed;
 * `npm run screenshots` brings docs/ up to date. README "Screenshots" says what each shows.
 *
 * Skipped like the other browser tests (see chromium.ts) when Chromium is missing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage, CHROMIUM_ARGS, CHROMIUM_PATH, root } from "../../scripts/screenshot-page/build.mjs";
import { capture, diffShare, MAX_DIFF, openPage, percent, publishedShots, readPublished } from "../../scripts/screenshot-page/shots.mjs";
import { requireBrowser, skipBrowserTests } from "./chromium";

describe.skipIf(skipBrowserTests)("docs/*.png, rendered again in Chromium", () => {
	let browser: Browser;
	let page: Page;
	let work: string;
	const errors: string[] = [];

	beforeAll(async () => {
		requireBrowser();
		work = mkdtempSync(join(tmpdir(), "top-of-mind-shots-"));
		const url = await buildPage(work);
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await openPage(browser, url, errors);
	}, 30_000);

	afterAll(async () => {
		await browser?.close();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	it("match the committed pictures in all but at most 0.1% of their pixels", async () => {
		const stale: string[] = [];
		for (const shot of publishedShots()) {
			const committed = readPublished(root, shot.name);
			const { png } = await capture(page, shot);
			const share = committed ? diffShare(committed, png) : 1;
			if (share > MAX_DIFF) stale.push(`docs/${shot.name}.png: ${committed ? `${percent(share)} of pixels differ` : "missing"}`);
		}
		expect(stale, "pictures that differ from what the screenshot page renders now (run npm run screenshots)").toEqual([]);
		expect(errors).toEqual([]);
	}, 120_000);
});
