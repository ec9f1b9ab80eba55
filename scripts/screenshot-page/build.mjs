// Builds the screenshot page: scripts/screenshot-page/page.ts bundled with esbuild for the
// browser, the `obsidian` module replaced by the in-memory stand-in (tests/obsidian/),
// the demo vault read from disk into the bundle, and the plugin's real styles.css next to a
// stand-in for Obsidian's own theme variables. Used by scripts/screenshots.mjs and the
// browser tests (tests/browser/).
import { DEMO_BASE_DAY, demoFiles } from "../demo-vault.mjs";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
export const root = dirname(dirname(here));

/** Debian's Chromium; Playwright drives it, nothing is downloaded. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Flags for a quiet, reproducible headless Chromium running as root. Playwright's
 * `chromium.launch` gives every run a fresh temporary profile (--user-data-dir) itself.
 */
export const CHROMIUM_ARGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--font-render-hinting=none",
];

/**
 * Every file of the demo vault as `{path: text}`, as written for its base day (2026-11-26,
 * the screenshots' "today"), without any installed plugin: generated from demo/vault/, so
 * the pictures never depend on when or where they are taken.
 */
export function readDemoVault() {
	const files = {};
	for (const [path, text] of Object.entries(demoFiles(DEMO_BASE_DAY))) {
		if (path.startsWith(".obsidian/plugins/") || !/\.(md|json|canvas)$/i.test(path)) continue;
		files[path] = text;
	}
	return files;
}

/** The demo vault's plugin settings (data.json), or null when absent. */
function readDemoSettings() {
	const text = demoFiles(DEMO_BASE_DAY)[".obsidian/plugins/top-of-mind/data.json"];
	return text === undefined ? null : JSON.parse(text);
}

/**
 * Bundles the page into `outDir` (index.html, page.js, styles.css, obsidian-theme.css) and
 * returns its file:// URL.
 */
export async function buildPage(outDir) {
	mkdirSync(outDir, { recursive: true });
	await esbuild.build({
		entryPoints: [join(here, "page.ts")],
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "chrome110",
		outfile: join(outDir, "page.js"),
		alias: {
			obsidian: join(root, "tests", "obsidian", "index.ts"),
			vitest: join(here, "vitest-shim.ts"),
		},
		define: {
			__DEMO_VAULT__: JSON.stringify(readDemoVault()),
			__DEMO_SETTINGS__: JSON.stringify(readDemoSettings()),
		},
		sourcemap: "inline",
		logLevel: "warning",
	});
	copyFileSync(join(root, "styles.css"), join(outDir, "styles.css"));
	copyFileSync(join(here, "obsidian-theme.css"), join(outDir, "obsidian-theme.css"));
	writeFileSync(
		join(outDir, "index.html"),
		`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Top of Mind: screenshot page</title>
<link rel="stylesheet" href="obsidian-theme.css">
<link rel="stylesheet" href="styles.css">
</head>
<body class="theme-light">
<div id="stage"></div>
<script src="page.js"></script>
</body>
</html>
`,
	);
	return pathToFileURL(join(outDir, "index.html")).href;
}

/** CSS custom properties a stylesheet reads with var(--name). */
export function cssVariablesUsed(css) {
	return [...new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]))].sort();
}

/** CSS custom properties a stylesheet defines (`--name:`). */
export function cssVariablesDefined(css) {
	return [...new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]))].sort();
}
