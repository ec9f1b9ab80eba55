// npm run screenshots: renders the plugin's views in headless Chromium (Debian's, driven by
// playwright-core) against the in-memory Obsidian stand-in and the demo vault, "today"
// fixed to 2026-11-26, and writes PNGs to docs/: light and dark, a 380 px sidebar (or a
// desktop note/modal/settings width) and a 390 px phone. Before each screenshot, and for a
// set of stress layouts (long names, many reasons, 0 / 1 / 50 results), it checks that
// nothing overflows sideways and that no boxes of a card overlap; any problem fails the run.
//
//   npm run screenshots                       # docs/*.png
//   npm run screenshots -- --stress-out=/tmp/shots   # also save the stress layouts there
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { buildPage, CHROMIUM_ARGS, CHROMIUM_PATH, root } from "./screenshot-page/build.mjs";

/** Published scenes: desktop width, and a fixed viewport height for overlays (else the full page). */
const SHOTS = [
	{ scene: "panel-post", width: 380 },
	{ scene: "panel-person", width: 380 },
	{ scene: "panel-states", width: 380 },
	{ scene: "followup-block", width: 720 },
	{ scene: "due-modal", width: 720, height: 760 },
	{ scene: "settings", width: 720 },
];
const STRESS = ["stress-0", "stress-1", "stress-50", "stress-long", "stress-person", "stress-followups"];
const PHONE = { width: 390, height: 844 };
const THEMES = ["light", "dark"];

const stressOut = process.argv.find((arg) => arg.startsWith("--stress-out="))?.slice("--stress-out=".length);
const docs = join(root, "docs");
mkdirSync(docs, { recursive: true });
if (stressOut) mkdirSync(stressOut, { recursive: true });

const work = mkdtempSync(join(tmpdir(), "top-of-mind-page-"));
const problems = [];
const written = [];
let browser;
try {
	const url = await buildPage(work);
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width: 380, height: 600 }, deviceScaleFactor: 1 });
	page.on("console", (message) => {
		if (message.type() === "error") problems.push(`console error: ${message.text()}`);
	});
	page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
	await page.goto(url);
	await page.evaluate(() => window.__topOfMind.ready);

	const show = async (scene, theme, mobile, viewport) => {
		await page.setViewportSize(viewport);
		await page.evaluate(([scene, theme, mobile]) => window.__topOfMind.show(scene, { theme, mobile }), [scene, theme, mobile]);
		const found = await page.evaluate(() => window.__topOfMind.layoutProblems());
		const where = `${scene} (${theme}, ${viewport.width} px${mobile ? ", phone" : ""})`;
		for (const problem of found) problems.push(`${where}: ${problem}`);
	};

	for (const theme of THEMES) {
		for (const mobile of [false, true]) {
			for (const shot of SHOTS) {
				const viewport = mobile ? PHONE : { width: shot.width, height: shot.height ?? 600 };
				await show(shot.scene, theme, mobile, viewport);
				const file = join(docs, `${shot.scene}${mobile ? "-mobile" : ""}-${theme}.png`);
				await page.screenshot({ path: file, fullPage: shot.height === undefined });
				written.push(file);
			}
		}
	}

	for (const scene of STRESS) {
		for (const [mobile, viewport] of [[false, { width: 380, height: 600 }], [true, PHONE], [false, { width: 720, height: 600 }]]) {
			await show(scene, "light", mobile, viewport);
			if (stressOut) await page.screenshot({ path: join(stressOut, `${scene}-${viewport.width}.png`), fullPage: true });
		}
	}
} finally {
	await browser?.close();
	rmSync(work, { recursive: true, force: true });
}

for (const file of written) process.stdout.write(`${file.slice(root.length + 1)}  ${Math.round(statSync(file).size / 1024)} kB\n`);
if (problems.length > 0) {
	process.stderr.write(`\n${problems.length} layout problem(s):\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
	process.exit(1);
}
process.stdout.write(`\n${written.length} screenshots, no layout problems (${STRESS.length} stress layouts checked at 380, 390 and 720 px).\n`);
