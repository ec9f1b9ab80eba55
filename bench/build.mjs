// Bundles the benchmark (bench/bench.ts) for Node into dist/tools/bench.mjs. The plugin's
// code imports "obsidian": here, as in the tests, that is the in-memory stand-in.
import esbuild from "esbuild";
import { fileURLToPath } from "node:url";

await esbuild.build({
	entryPoints: [process.argv[2] ?? "bench/bench.ts"],
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	outfile: process.argv[3] ?? "dist/tools/bench.mjs",
	packages: "external",
	alias: { obsidian: fileURLToPath(new URL("../tests/obsidian/index.ts", import.meta.url)) },
	logLevel: "warning",
	sourcemap: "inline",
});
