// Builds the screenshot page: scripts/screenshot-page/page.ts bundled with esbuild for the
// browser, the `obsidian` module replaced by the in-memory stand-in (tests/obsidian/),
// the demo vault read from disk into the bundle, and the plugin's real styles.css next to a
// stand-in for Obsidian's own theme variables and the Inter font (from @fontsource/inter,
// so no system font decides what the pictures look like). Used by scripts/screenshots.mjs
// and the browser tests (tests/browser/).
import { DEMO_BASE_DAY, demoFiles } from "../demo-vault.mjs";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
export const root = dirname(dirname(here));

/**
 * Debian's Chromium; Playwright drives it, nothing is downloaded. TOP_OF_MIND_CHROMIUM names
 * another binary (a missing one shows what the browser tests do without a browser).
 */
export const CHROMIUM_PATH = process.env.TOP_OF_MIND_CHROMIUM || "/usr/bin/chromium";

/** How to get CHROMIUM_PATH on Debian or Ubuntu, for messages. */
export const CHROMIUM_INSTALL = "sudo apt-get install chromium";

/** The Inter faces the page uses (Obsidian's interface font), by weight. */
const FONT_DIR = join(root, "node_modules", "@fontsource", "inter", "files");
export const FONT_WEIGHTS = [400, 500, 600, 700];

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
	// Sorted: the order a directory lists its files in differs between file systems.
	const entries = Object.entries(demoFiles(DEMO_BASE_DAY)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	for (const [path, text] of entries) {
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

/** Copies the Inter faces into `outDir` and writes fonts.css declaring them. */
function writeFonts(outDir) {
	const faces = FONT_WEIGHTS.map((weight) => {
		const file = `inter-latin-${weight}-normal.woff2`;
		copyFileSync(join(FONT_DIR, file), join(outDir, file));
		return `@font-face {\n\tfont-family: "Inter";\n\tfont-style: normal;\n\tfont-weight: ${weight};\n\tfont-display: block;\n\tsrc: url("${file}") format("woff2");\n}\n`;
	});
	// The loading line is italic: one italic face, so the browser does not slant the upright one.
	const italic = "inter-latin-400-italic.woff2";
	copyFileSync(join(FONT_DIR, italic), join(outDir, italic));
	faces.push(`@font-face {\n\tfont-family: "Inter";\n\tfont-style: italic;\n\tfont-weight: 400;\n\tfont-display: block;\n\tsrc: url("${italic}") format("woff2");\n}\n`);
	writeFileSync(join(outDir, "fonts.css"), faces.join(""));
}

/**
 * Bundles the page into `outDir` (index.html, page.js, styles.css, obsidian-theme.css,
 * fonts.css and its font files) and returns its file:// URL.
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
			__FONT_WEIGHTS__: JSON.stringify(FONT_WEIGHTS),
			__DEMO_VAULT__: JSON.stringify(readDemoVault()),
			__DEMO_SETTINGS__: JSON.stringify(readDemoSettings()),
		},
		sourcemap: "inline",
		logLevel: "warning",
	});
	copyFileSync(join(root, "styles.css"), join(outDir, "styles.css"));
	copyFileSync(join(here, "obsidian-theme.css"), join(outDir, "obsidian-theme.css"));
	writeFonts(outDir);
	writeFileSync(
		join(outDir, "index.html"),
		`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Top of Mind: screenshot page</title>
<link rel="stylesheet" href="fonts.css">
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
