/**
 * A vitest reporter (vitest.config.ts) that runs after the default one: when the browser
 * tests were skipped because Chromium is missing, it ends the run with a boxed message naming
 * the missing binary and the command that installs it, so a green run without them cannot go
 * unnoticed.
 */
import type { Reporter, TestModule } from "vitest/node";
import { CHROMIUM_INSTALL, CHROMIUM_PATH } from "../../scripts/screenshot-page/build.mjs";
import { skipBrowserTests } from "./chromium";

function box(lines: string[]): string {
	const width = Math.max(...lines.map((line) => line.length));
	const edge = "*".repeat(width + 4);
	return [edge, ...lines.map((line) => `* ${line.padEnd(width)} *`), edge].join("\n");
}

export default class BrowserSkipReporter implements Reporter {
	onTestRunEnd(testModules: readonly TestModule[]): void {
		const skipped = testModules.filter((module) => /[\\/]tests[\\/]browser[\\/]/.test(module.moduleId) && module.state() === "skipped");
		if (!skipBrowserTests || skipped.length === 0) return;
		const message = box([
			`BROWSER TESTS SKIPPED: ${CHROMIUM_PATH} not found.`,
			"The click-through test and the docs/*.png screenshot check did not run",
			`(${skipped.map((module) => module.moduleId.replace(/^.*[\\/]tests[\\/]/, "tests/")).join(", ")}).`,
			`Install the browser with: ${CHROMIUM_INSTALL}`,
			"CI never skips them: TOP_OF_MIND_REQUIRE_BROWSER=1 makes a missing browser a failure.",
		]);
		process.stdout.write(`\n${message}\n\n`);
	}
}
