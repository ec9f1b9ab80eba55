// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startPlugin } from "../helpers/plugin-harness";
import { sampleVault } from "../helpers/sample-vault";

/**
 * The README and the demo vault's Welcome note name commands as the palette shows them; a
 * renamed or removed command must not leave a newcomer looking for a name that is not there.
 */
const ROOT = join(import.meta.dirname, "..", "..");

/** The names in README's "### Commands" paragraph, written "A · B · C." across lines. */
function readmeCommandNames(): string[] {
	const readme = readFileSync(join(ROOT, "README.md"), "utf8");
	const section = /^### Commands\n([\s\S]*?)\n\n/m.exec(readme)?.[1];
	if (section === undefined) throw new Error('README.md has no "### Commands" paragraph');
	const list = section.replace(/\s+/g, " ").split(". None has")[0] ?? "";
	return list.split(" · ").map((name) => name.trim().replace(/\.$/, ""));
}

/** The bold names of Welcome.md's numbered tour ("1. **Open who cares panel.** …"). */
function welcomeCommandNames(): string[] {
	const welcome = readFileSync(join(ROOT, "demo", "vault", "Welcome.md"), "utf8");
	return [...welcome.matchAll(/^\d+\. \*\*(.+?)\.?\*\*/gm)].map((match) => (match[1] ?? "").replace(/\.$/, ""));
}

describe("command names in the README and the demo vault", () => {
	it("every name written there is a command, and every command is named in both", async () => {
		const { app } = await startPlugin(sampleVault());
		// The palette shows "Top of Mind: <name>"; the docs name the command after the prefix.
		const registered = app.commands.listCommands().map((command) => command.name.replace(/^Top of Mind: /, ""));
		const readme = readmeCommandNames();
		const welcome = welcomeCommandNames();
		expect(readme.length).toBeGreaterThan(5);
		expect(readme.filter((name) => !registered.includes(name))).toEqual([]);
		expect(welcome.filter((name) => !registered.includes(name))).toEqual([]);
		expect(registered.filter((name) => !readme.includes(name))).toEqual([]);
		expect(registered.filter((name) => !welcome.includes(name))).toEqual([]);
	});
});
