import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
	resolve: {
		// Tests run the plugin against a typed in-memory stand-in for the Obsidian API.
		alias: { obsidian: fileURLToPath(new URL("./tests/obsidian/index.ts", import.meta.url)) },
	},
	test: {
		include: ["tests/**/*.test.ts"],
		// The hostile corpus at full size runs with `npm run test:deep`.
		exclude: ["tests/deep/**", "**/node_modules/**"],
		setupFiles: ["tests/setup.ts", "tests/setup-worker.ts"],
		environment: "node",
		testTimeout: 30_000,
		pool: "forks",
		// Vitest leaves one core to its main process, which on a 2-core machine means one test
		// file at a time; the main process is mostly idle, so both cores run files.
		maxWorkers: 2,
		// After the default reporter: a boxed notice at the very end when browser tests were skipped.
		reporters: ["default", "./tests/browser/skip-reporter.ts"],
	},
});
