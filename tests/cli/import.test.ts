/**
 * `top-of-mind import` on a vault written here: a dry run writes nothing and prints the plan;
 * `--write` creates and updates notes; a second run reports everything unchanged and leaves
 * the vault byte-identical; `--json` has exactly the documented shape.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";

const TODAY = "2026-11-20";
const FIXTURES = join(__dirname, "../fixtures/import");
const dirs: string[] = [];

afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function vaultWith(files: Record<string, string>): string {
	const vault = mkdtempSync(join(tmpdir(), "tom-import-"));
	dirs.push(vault);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(vault, path)), { recursive: true });
		writeFileSync(join(vault, path), text);
	}
	return vault;
}

/** Every file of the vault and its bytes. */
function snapshot(root: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else out[relative(root, path)] = readFileSync(path, "utf8");
		}
	};
	walk(root);
	return out;
}

async function importJson(vault: string, argv: string[]): Promise<Record<string, unknown>> {
	const parsed = parseArgs(["import", ...argv, "--vault", vault, "--json", "--today", TODAY]);
	if (parsed.kind !== "run") throw new Error("not a command");
	return (await runCommand(parsed.args)).json as Record<string, unknown>;
}

const ANA = "---\ntype: person\ncompany: Acme   # since 2021\n---\nAna.\n\n## Log\n- 2026-10-02 Coffee\n";

describe("top-of-mind import", () => {
	it("plans without --write, writes with it, and a second run changes nothing", async () => {
		const vault = vaultWith({ "People/Ana Diaz.md": ANA, "Posts/Pricing.md": "---\ntype: post\n---\nPricing.\n" });
		const before = snapshot(vault);
		const csv = join(FIXTURES, "Connections.csv");
		const dry = await importJson(vault, ["linkedin", csv]);
		expect(Object.keys(dry)).toEqual(["source", "written", "created", "updated", "unchanged", "skipped"]);
		expect(dry).toMatchObject({ source: "linkedin", written: false, unchanged: 0, skipped: [{ item: 4 }] });
		expect(dry.created).toEqual([
			{ path: "People/Bo Li.md", name: "Bo Li" },
			{ path: "People/Chloé Müller.md", name: "Chloé Müller" },
			{ path: "People/Dan Park.md", name: "Dan Park" },
		]);
		expect(dry.updated).toEqual([{ path: "People/Ana Diaz.md", name: "Ana Diaz", changes: expect.arrayContaining(["email", "role", "url", "connected"]) as unknown }]);
		expect(snapshot(vault)).toEqual(before);

		const written = await importJson(vault, ["linkedin", csv, "--write"]);
		expect(written).toMatchObject({ written: true });
		const after = snapshot(vault);
		expect(after["People/Ana Diaz.md"]).toContain("company: Acme   # since 2021\n");
		expect(after["People/Bo Li.md"]).toContain("company: Northwind");

		const again = await importJson(vault, ["linkedin", csv, "--write"]);
		expect(again).toMatchObject({ created: [], updated: [], unchanged: 4 });
		expect(snapshot(vault)).toEqual(after);
	});

	it("logs past meetings from a calendar on the people who took part, once", async () => {
		const vault = vaultWith({ "People/Ana Diaz.md": ANA.replace("company:", "email: ana@example.com\ncompany:"), "People/Cy Okafor.md": "---\ntype: person\n---\n" });
		const ics = join(FIXTURES, "calendar.ics");
		const first = await importJson(vault, ["ics", ics, "--write", "--my-email", "me@example.com"]);
		expect(first).toMatchObject({ source: "ics", created: [] });
		const ana = readFileSync(join(vault, "People/Ana Diaz.md"), "utf8");
		expect(ana).toContain("- 2026-11-05 Meeting: Pricing review\n");
		expect(readFileSync(join(vault, "People/Cy Okafor.md"), "utf8")).toContain("- 2026-11-18 Meeting: Coffee with cy okafor");
		const after = snapshot(vault);
		const again = await importJson(vault, ["ics", ics, "--write", "--my-email", "me@example.com"]);
		expect(again).toMatchObject({ created: [], updated: [] });
		expect(snapshot(vault)).toEqual(after);
	});

	it("takes My email addresses from the plugin's settings when --my-email is not given", async () => {
		const settings = JSON.stringify({ importMyEmails: ["me@example.com"] });
		const files = { "People/Ana Diaz.md": ANA.replace("company:", "email: ana@example.com\ncompany:"), ".obsidian/plugins/top-of-mind/data.json": settings };
		const ics = join(FIXTURES, "calendar.ics");
		const withSetting = vaultWith(files);
		await importJson(withSetting, ["ics", ics, "--write"]);
		expect(readFileSync(join(withSetting, "People/Ana Diaz.md"), "utf8")).not.toContain("All hands");
		const without = vaultWith({ "People/Ana Diaz.md": files["People/Ana Diaz.md"] });
		await importJson(without, ["ics", ics, "--write"]);
		expect(readFileSync(join(without, "People/Ana Diaz.md"), "utf8")).toContain("- 2026-11-12 Meeting: All hands\n");
	});
});
