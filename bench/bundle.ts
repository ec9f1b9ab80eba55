/**
 * What `main.js` is made of: the production build (esbuild.config.mjs) for its size, and the
 * same build again with a metafile, for the bytes each package and src/ put in it. The second
 * build copies the production options below; when its output differs in size from main.js,
 * the breakdown says so (the options here fell out of step with esbuild.config.mjs).
 */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { builtinModules } from "node:module";
import esbuild from "esbuild";
import { bytesByPackage } from "./sample";

export const MAIN_JS_LIMIT = 400_000;

export interface BundleReport {
	/** main.js after `node esbuild.config.mjs production`. */
	bytes: number;
	/** Size of the metafile build's output; equal to `bytes` when the options match. */
	metafileBytes: number;
	byPackage: Array<{ name: string; bytes: number }>;
}

export async function bundleReport(): Promise<BundleReport | { skipped: string }> {
	try {
		execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "ignore" });
		const bytes = statSync("main.js").size;
		const result = await esbuild.build({
			banner: { js: "/* Top of Mind — bundled with esbuild. Source: src/ */" },
			entryPoints: ["src/main.ts"],
			bundle: true,
			external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
			format: "cjs",
			target: "es2022",
			charset: "utf8",
			logLevel: "silent",
			sourcemap: false,
			treeShaking: true,
			minify: true,
			mangleProps: /^_/,
			outfile: "main.js",
			write: false,
			metafile: true,
		});
		const output = Object.values(result.metafile.outputs)[0];
		const metafileBytes = result.outputFiles[0]?.contents.byteLength ?? 0;
		return { bytes, metafileBytes, byPackage: output ? bytesByPackage(output.inputs) : [] };
	} catch (error) {
		return { skipped: error instanceof Error ? (error.message.split("\n")[0] ?? "build failed") : String(error) };
	}
}

/** The report as lines of text. */
export function bundleLines(report: BundleReport | { skipped: string }): string[] {
	if ("skipped" in report) return [`main.js: skipped (${report.skipped})`];
	const lines = [
		`main.js after a production build: ${report.bytes.toLocaleString("en-US")} bytes (target ≤ ${MAIN_JS_LIMIT.toLocaleString("en-US")}) ${report.bytes <= MAIN_JS_LIMIT ? "ok" : "MISS"}`,
	];
	if (report.metafileBytes !== report.bytes) lines.push(`  (the breakdown's build made ${report.metafileBytes.toLocaleString("en-US")} bytes: bench/bundle.ts's options differ from esbuild.config.mjs's)`);
	const total = report.byPackage.reduce((sum, entry) => sum + entry.bytes, 0);
	for (const entry of report.byPackage) {
		lines.push(`  ${entry.name.padEnd(24)} ${entry.bytes.toLocaleString("en-US").padStart(9)} bytes  ${((100 * entry.bytes) / Math.max(1, total)).toFixed(1).padStart(5)}%`);
	}
	return lines;
}
