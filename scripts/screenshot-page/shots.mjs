// The published screenshots, and how to take them so that they come out the same on every
// run: used by scripts/screenshots.mjs (which writes docs/*.png) and by
// tests/browser/screenshots.test.ts (which checks docs/*.png against a fresh render).
//
// What could make two runs differ is pinned here or in the page: "today" is 2026-11-26 in the
// plugin (page.ts) and in the browser's clock (installed at noon UTC, before the page loads);
// the time zone is UTC and the locale en-US whatever the machine's; Math.random is seeded;
// the interface font is Inter from the @fontsource/inter package, bundled with the page and
// loaded before anything is shown (build.mjs, page.ts), so no system font is picked up;
// animations and transitions are off (reduced motion, and Playwright's `animations:
// "disabled"`) and the text caret is hidden; pixels are CSS pixels at scale 1.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/** Published scenes: desktop width, and a fixed viewport height for overlays (else the full page). */
export const SHOTS = [
	{ scene: "panel-post", width: 380 },
	{ scene: "panel-person", width: 380 },
	{ scene: "panel-states", width: 380 },
	{ scene: "followup-block", width: 720 },
	{ scene: "due-modal", width: 720, height: 760 },
	{ scene: "settings", width: 720 },
	{ scene: "report-block", width: 720 },
];
export const PHONE = { width: 390, height: 844 };
export const THEMES = ["light", "dark"];

/** A picture may differ from the committed one in at most this share of its pixels. */
export const MAX_DIFF = 0.001;

/** The browser's clock when the page loads: the demo vault's "today", at noon in the page's time zone. */
export const FIXED_NOW = "2026-11-26T12:00:00Z";
export const TIME_ZONE = "UTC";

/** Every published picture: its file name in docs/ (without .png), scene, theme, width and phone flag. */
export function publishedShots() {
	const shots = [];
	for (const theme of THEMES) {
		for (const mobile of [false, true]) {
			for (const { scene, width, height } of SHOTS) {
				shots.push({
					name: `${scene}${mobile ? "-mobile" : ""}-${theme}`,
					scene,
					theme,
					mobile,
					viewport: mobile ? PHONE : { width, height: height ?? 600 },
					fullPage: height === undefined,
				});
			}
		}
	}
	return shots;
}

/** A seeded Math.random (mulberry32), installed before any script of the page runs. */
function seedRandom() {
	let seed = 0x2026_1126;
	Math.random = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Opens the screenshot page at `url` in `browser` with everything that could vary pinned,
 * and waits until the demo vault is indexed and the fonts are loaded. Console errors and page
 * errors are pushed to `errors`.
 */
export async function openPage(browser, url, errors) {
	const page = await browser.newPage({
		viewport: { width: 380, height: 600 },
		deviceScaleFactor: 1,
		locale: "en-US",
		timezoneId: TIME_ZONE,
		reducedMotion: "reduce",
		colorScheme: "light",
	});
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(`console error: ${message.text()}`);
	});
	page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
	await page.clock.install({ time: new Date(FIXED_NOW) });
	await page.addInitScript(seedRandom);
	await page.goto(url);
	await page.evaluate(() => window.__topOfMind.ready);
	return page;
}

/** Shows `scene` at `viewport` and returns what the page's layout check found. */
export async function showScene(page, { scene, theme, mobile, viewport }) {
	await page.setViewportSize(viewport);
	await page.evaluate(([scene, theme, mobile]) => window.__topOfMind.show(scene, { theme, mobile }), [scene, theme, mobile]);
	return page.evaluate(() => window.__topOfMind.layoutProblems());
}

/** Shows a published picture's scene; returns its PNG and what the layout check found. */
export async function capture(page, shot) {
	const problems = await showScene(page, shot);
	const png = await page.screenshot({ fullPage: shot.fullPage, animations: "disabled", caret: "hide", scale: "css" });
	return { png, problems };
}

/**
 * The share (0 to 1) of pixels that differ between two PNGs: every pixel whose colour differs
 * at all counts (pixelmatch with threshold 0, anti-aliased pixels included); pictures of
 * different sizes, or an unreadable one, differ entirely.
 */
export function diffShare(a, b) {
	let left;
	let right;
	try {
		left = PNG.sync.read(a);
		right = PNG.sync.read(b);
	} catch {
		return 1;
	}
	if (left.width !== right.width || left.height !== right.height) return 1;
	const differing = pixelmatch(left.data, right.data, null, left.width, left.height, { threshold: 0, includeAA: true });
	return differing / (left.width * left.height);
}

/** The committed picture docs/<name>.png, or null when there is none. */
export function readPublished(root, name) {
	try {
		return readFileSync(join(root, "docs", `${name}.png`));
	} catch {
		return null;
	}
}

/** A share as a percentage for messages: "0.042%". */
export function percent(share) {
	return `${(share * 100).toFixed(3)}%`;
}
