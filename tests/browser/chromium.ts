/**
 * Whether the browser tests run here: they need Debian's Chromium at CHROMIUM_PATH. On a
 * developer machine without it they are skipped, and tests/browser/skip-reporter.ts says so
 * at the end of `npm test`; in CI (`CI` set, or `TOP_OF_MIND_REQUIRE_BROWSER=1` as .ci/run
 * sets it) a missing browser fails them instead.
 */
import { existsSync } from "node:fs";
import { CHROMIUM_INSTALL, CHROMIUM_PATH } from "../../scripts/screenshot-page/build.mjs";

export const browserRequired = Boolean(process.env.CI) || process.env.TOP_OF_MIND_REQUIRE_BROWSER === "1";
export const browserMissing = !existsSync(CHROMIUM_PATH);
export const skipBrowserTests = browserMissing && !browserRequired;

/** Throws, naming the binary and how to install it, when the browser is required but missing. */
export function requireBrowser(): void {
	if (browserMissing) {
		throw new Error(`${CHROMIUM_PATH} not found, and browser tests are required here (CI or TOP_OF_MIND_REQUIRE_BROWSER=1). Install it with: ${CHROMIUM_INSTALL}`);
	}
}
