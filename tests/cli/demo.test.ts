import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

// The README's Quick start promises that `npm run demo` works on a fresh clone.
describe("npm run demo", () => {
	it("installs the plugin into the demo vault and prints who cares and today's follow-ups", () => {
		const output = execFileSync(process.execPath, ["scripts/demo.mjs"], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
		const pluginDir = join(root, "demo-vault", ".obsidian", "plugins", "top-of-mind");
		for (const file of ["main.js", "manifest.json", "styles.css", "data.json"]) expect(existsSync(join(pluginDir, file)), file).toBe(true);
		const enabled = JSON.parse(readFileSync(join(root, "demo-vault", ".obsidian", "community-plugins.json"), "utf8")) as unknown;
		expect(enabled).toContain("top-of-mind");
		expect(output).toContain('Who cares about "Pick the value metric before the price"');
		expect(output).toContain("Follow-ups for 2026-11-26");
		// The archived people of the demo never appear, however well they match.
		expect(output).not.toContain("Gareth Pryce");
	}, 120_000);
});

// Every `npm run <script>` the documentation tells a reader to type must exist.
describe("documented npm scripts", () => {
	it("are all defined in package.json", () => {
		const scripts = Object.keys((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts);
		const documented = new Set<string>();
		for (const doc of ["README.md", "bench/README.md", "CONTRIBUTING.md"]) {
			const path = join(root, doc);
			if (!existsSync(path)) continue;
			for (const match of readFileSync(path, "utf8").matchAll(/npm run ([\w:-]+)/g)) documented.add(match[1] as string);
		}
		expect(documented.size).toBeGreaterThan(3);
		expect([...documented].filter((name) => !scripts.includes(name))).toEqual([]);
	});
});
