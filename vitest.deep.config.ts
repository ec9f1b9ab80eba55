import { defineConfig } from "vitest/config";

// `npm run test:deep`: the hostile notes at the sizes the audit of issue 23 found hangs at,
// read by the built command line. Minutes when something is quadratic, seconds when not.
export default defineConfig({
	test: {
		include: ["tests/deep/**/*.test.ts"],
		setupFiles: ["tests/setup.ts", "tests/setup-worker.ts"],
		environment: "node",
		testTimeout: 120_000,
		pool: "forks",
	},
});
