import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_BASE_DAY, shiftDates, writeDemoVault } from "../../scripts/demo-vault.mjs";

const root = join(__dirname, "..", "..");
const cli = join(root, "dist", "cli.cjs");

function followups(vault: string, today: string): Array<{ name: string; overdueDays: number; lastContact: string | null }> {
	const output = execFileSync(process.execPath, [cli, "followups", "--vault", vault, "--today", today, "--json"], { cwd: root, encoding: "utf8" });
	return (JSON.parse(output) as { due: Array<{ name: string; overdueDays: number; lastContact: string | null }> }).due;
}

// The README's Quick start promises that `npm run demo` works on a fresh clone.
describe("npm run demo", () => {
	it("writes the demo vault for today, installs the plugin and prints who cares and today's follow-ups", () => {
		const output = execFileSync(process.execPath, ["scripts/demo.mjs", "--today", "2027-03-01"], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
		const pluginDir = join(root, "demo-vault", ".obsidian", "plugins", "top-of-mind");
		for (const file of ["main.js", "manifest.json", "styles.css", "data.json"]) expect(existsSync(join(pluginDir, file)), file).toBe(true);
		const enabled = JSON.parse(readFileSync(join(root, "demo-vault", ".obsidian", "community-plugins.json"), "utf8")) as unknown;
		expect(enabled).toContain("top-of-mind");
		expect(existsSync(join(root, "demo-vault", "Journal", "2027-03-01.md"))).toBe(true);
		expect(output).toContain('Who cares about "Pick the value metric before the price"');
		expect(output).toContain("Follow-ups for 2027-03-01");
		// The archived people of the demo never appear, however well they match.
		expect(output).not.toContain("Gareth Pryce");
	}, 120_000);
});

describe("the demo vault's dates", () => {
	it("move with today: the same people are due, as overdue, whatever day the demo is written for", () => {
		const dir = mkdtempSync(join(tmpdir(), "tom-demo-"));
		try {
			writeDemoVault(dir, "2027-03-01");
			const base = followups(join(root, "demo", "vault"), DEMO_BASE_DAY);
			const moved = followups(dir, "2027-03-01");
			expect(moved.map((p) => [p.name, p.overdueDays])).toEqual(base.map((p) => [p.name, p.overdueDays]));
			expect(moved.length).toBeGreaterThan(5);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("moves real calendar days only, across months and leap days", () => {
		expect(shiftDates("met 2026-11-26, again 2026-12-31; not a day: 2026-02-30", 95)).toBe("met 2027-03-01, again 2027-04-05; not a day: 2026-02-30");
		expect(shiftDates("[[2028-02-28]]", 1)).toBe("[[2028-02-29]]");
	});
});

// Every `npm run <script>` the documentation tells a reader to type must exist.
describe("documented npm scripts", () => {
	it("are all defined in package.json", () => {
		const scripts = Object.keys((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts);
		const documented = new Set<string>();
		for (const doc of ["README.md", "bench/README.md", "CONTRIBUTING.md", "eval/README.md"]) {
			const path = join(root, doc);
			if (!existsSync(path)) continue;
			for (const match of readFileSync(path, "utf8").matchAll(/npm run ([\w:-]+)/g)) documented.add(match[1] as string);
		}
		expect(documented.size).toBeGreaterThan(3);
		expect([...documented].filter((name) => !scripts.includes(name))).toEqual([]);
	});
});
