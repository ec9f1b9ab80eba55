import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "demo-vault/", "coverage/", "docs/", "**/*.mjs"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The pure core is shared with the command line: it must never reach for Obsidian.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core is pure: no obsidian imports (adapters live in src/obsidian)." }],
					patterns: [{ group: ["**/obsidian/**", "**/cli/**", "**/ui/**", "**/settings/**"], message: "src/core must not depend on an adapter." }],
				},
			],
		},
	},
	{
		// View models are plain data for render(container, viewModel): testable without Obsidian.
		files: ["src/ui/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/ui holds view models over plain data; Obsidian's DOM work lives in src/obsidian." }],
					patterns: [{ group: ["**/obsidian/**", "**/cli/**"], message: "src/ui must not depend on an adapter." }],
				},
			],
		},
	},
	{
		// moment is a dev dependency only: the command line and tests must parse daily-note
		// names with the same moment semantics as the moment Obsidian ships to the plugin.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { allowed: ["moment"] }] },
	},
	{
		// The command line, tests, benchmarks and scripts run under Node, not inside Obsidian.
		files: ["src/cli/**/*.ts", "tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts", "vitest.config.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/ui/sentence-case": "off",
			"obsidianmd/rule-custom-message": "off",
			"@typescript-eslint/no-restricted-imports": "off",
			"no-undef": "off",
			"no-console": "off",
		},
	},
]);
