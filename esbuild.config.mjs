import esbuild from "esbuild";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";

// Usage: node esbuild.config.mjs [production|dev|cli]
const mode = process.argv[2] ?? "dev";
const production = mode === "production";

const banner = "/* Top of Mind — bundled with esbuild. Source: src/ */";

if (mode === "tool") {
	// Development tools (evaluation, benchmarks): Node bundles in dist/, never shipped.
	const entry = process.argv[3];
	await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outdir: "dist/tools",
		outExtension: { ".js": ".mjs" },
		packages: "external",
		logLevel: "warning",
		sourcemap: "inline",
	});
} else if (mode === "cli") {
	// The command line is a separate Node bundle; it never ships inside main.js. It is
	// written to a temporary file and renamed, so a test running the old bundle while
	// another rebuilds it never reads half a file.
	const result = await esbuild.build({
		entryPoints: ["src/cli/main.ts"],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		outfile: "dist/cli.cjs",
		banner: { js: "#!/usr/bin/env node\n" + banner },
		logLevel: "info",
		legalComments: "none",
		write: false,
	});
	mkdirSync("dist", { recursive: true });
	for (const file of result.outputFiles) {
		const temporary = `${file.path}.${process.pid}.tmp`;
		writeFileSync(temporary, file.contents, { mode: 0o755 });
		renameSync(temporary, file.path);
	}
} else {
	const context = await esbuild.context({
		banner: { js: banner },
		entryPoints: ["src/main.ts"],
		bundle: true,
		external: [
			"obsidian",
			"electron",
			"@codemirror/autocomplete",
			"@codemirror/collab",
			"@codemirror/commands",
			"@codemirror/language",
			"@codemirror/lint",
			"@codemirror/search",
			"@codemirror/state",
			"@codemirror/view",
			"@lezer/common",
			"@lezer/highlight",
			"@lezer/lr",
			...builtinModules,
			...builtinModules.map((name) => `node:${name}`),
		],
		format: "cjs",
		target: "es2022",
		charset: "utf8",
		logLevel: "info",
		sourcemap: production ? false : "inline",
		treeShaking: true,
		minify: production,
		// Properties named with a leading underscore are private state of plain classes
		// (MiniSearch's, and the engine's): shortening them keeps main.js within its size
		// budget. Nothing reads them by name or stores them in JSON, and no class that
		// extends one of Obsidian's uses such names, where they could meet Obsidian's own
		// (tests/obsidian/bundle.test.ts checks both, and runs the production build).
		// Classes that extend Obsidian's keep their state in `#private` members instead,
		// which the minifier shortens too and which can never meet Obsidian's properties.
		mangleProps: production ? /^_/ : undefined,
		outfile: "main.js",
	});
	if (production) {
		await context.rebuild();
		await context.dispose();
	} else {
		await context.watch();
	}
}
