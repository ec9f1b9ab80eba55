// Bundles the benchmark (bench/bench.ts) for Node into dist/tools/bench.mjs, the floor it
// times whole processes against (bench/floor-process.ts) into dist/tools/floor-process.mjs,
// and the heap after a build in a process of its own (bench/heap-process.ts);
// `node bench/build.mjs <entry> <outfile>` bundles one other entry. The plugin's code imports
// "obsidian": here, as in the tests, that is the in-memory stand-in.
import esbuild from "esbuild";
import { fileURLToPath } from "node:url";

const entries = process.argv[2]
	? [[process.argv[2], process.argv[3] ?? "dist/tools/bench.mjs"]]
	: [
			["bench/bench.ts", "dist/tools/bench.mjs"],
			["bench/floor-process.ts", "dist/tools/floor-process.mjs"],
			["bench/heap-process.ts", "dist/tools/heap-process.mjs"],
		];

for (const [entry, outfile] of entries) {
	await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outfile,
		packages: "external",
		alias: { obsidian: fileURLToPath(new URL("../tests/obsidian/index.ts", import.meta.url)) },
		logLevel: "warning",
		sourcemap: "inline",
	});
}
