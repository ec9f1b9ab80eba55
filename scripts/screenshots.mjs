// npm run screenshots: renders the plugin's views in headless Chromium (Debian's, driven by
// playwright-core) against the in-memory Obsidian stand-in and the demo vault, "today"
// fixed to 2026-11-26, and writes PNGs to docs/: light and dark, a 380 px sidebar (or a
// desktop note/modal/settings width) and a 390 px phone. A picture is rewritten only when it
// differs from the one in docs/ in more than 0.1% of its pixels (shots.mjs says what is held
// fixed so that runs agree), so running it again leaves `git status` clean. Before each
// screenshot, and for a set of stress layouts (long names, many reasons, 0 / 1 / 50
// results), it checks that nothing overflows sideways and that no boxes of a card overlap;
// any problem fails the run.
//
//   npm run screenshots                       # docs/*.png
//   npm run screenshots -- --stress-out=/tmp/shots   # also save the stress layouts there
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { buildPage, CHROMIUM_ARGS, CHROMIUM_INSTALL, CHROMIUM_PATH, root } from "./screenshot-page/build.mjs";
import { capture, diffShare, MAX_DIFF, openPage, PHONE, percent, publishedShots, readPublished, showScene } from "./screenshot-page/shots.mjs";

const STRESS = ["stress-0", "stress-1", "stress-50", "stress-long", "stress-person", "stress-followups"];
const STRESS_VIEWPORTS = [[false, { width: 380, height: 600 }], [true, PHONE], [false, { width: 720, height: 600 }]];

const stressOut = process.argv.find((arg) => arg.startsWith("--stress-out="))?.slice("--stress-out=".length);
mkdirSync(join(root, "docs"), { recursive: true });
if (stressOut) mkdirSync(stressOut, { recursive: true });

const work = mkdtempSync(join(tmpdir(), "top-of-mind-page-"));
if (!existsSync(CHROMIUM_PATH)) {
	console.error(`npm run screenshots needs Chromium at ${CHROMIUM_PATH} (install it with: ${CHROMIUM_INSTALL}, or point TOP_OF_MIND_CHROMIUM at one).`);
	process.exit(1);
}

const problems = [];
const report = [];
let written = 0;
let browser;
try {
	const url = await buildPage(work);
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const page = await openPage(browser, url, problems);
	const where = (shot) => `${shot.scene} (${shot.theme}, ${shot.viewport.width} px${shot.mobile ? ", phone" : ""})`;

	for (const shot of publishedShots()) {
		const { png, problems: found } = await capture(page, shot);
		for (const problem of found) problems.push(`${where(shot)}: ${problem}`);
		const committed = readPublished(root, shot.name);
		const share = committed ? diffShare(committed, png) : 1;
		const changed = share > MAX_DIFF;
		if (changed) {
			writeFileSync(join(root, "docs", `${shot.name}.png`), png);
			written++;
		}
		const what = committed ? `${percent(share)} of pixels differ` : "new";
		report.push(`docs/${shot.name}.png  ${changed ? "written" : "kept"} (${what})`);
	}

	for (const scene of STRESS) {
		for (const [mobile, viewport] of STRESS_VIEWPORTS) {
			const shot = { scene, theme: "light", mobile, viewport };
			for (const problem of await showScene(page, shot)) problems.push(`${where(shot)}: ${problem}`);
			if (stressOut) await page.screenshot({ path: join(stressOut, `${scene}-${viewport.width}.png`), fullPage: true, animations: "disabled", caret: "hide" });
		}
	}
} finally {
	await browser?.close();
	rmSync(work, { recursive: true, force: true });
}

process.stdout.write(`${report.join("\n")}\n`);
if (problems.length > 0) {
	process.stderr.write(`\n${problems.length} layout problem(s):\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
	process.exit(1);
}
const kept = report.length - written;
process.stdout.write(`\n${report.length} screenshots: ${written} written, ${kept} kept (at most ${percent(MAX_DIFF)} of pixels differ); no layout problems (${STRESS.length} stress layouts checked at 380, 390 and 720 px).\n`);
