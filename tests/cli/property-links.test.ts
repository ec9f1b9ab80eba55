/**
 * The command line on a vault whose links sit in properties (tests/fixtures/property-links-vault),
 * on 2026-11-26:
 *   Ana Diaz   2w; last_contact 2026-10-01; in the attendees of Meetings/Kickoff.md (date 2026-11-20)
 *   Ben Okafor monthly; last_contact 2026-09-01; the author of the meeting (no contact property)
 *              and in the unquoted `people: [[Ben Okafor]]` of the daily note 2026-11-22
 *   Cy Lo      never contacted; linked in the meeting's body (a mention, no contact) and the
 *              author of Posts/Quarter in review.md, which is shared with Ana
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";

const FIXTURE = "tests/fixtures/property-links-vault";
const TODAY = "2026-11-26";
const made: string[] = [];

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;

async function json(vault: string, argv: string[]): Promise<Record<string, unknown>> {
	const parsed = parseArgs([...argv, "--vault", vault, "--json", "--today", TODAY]);
	if (parsed.kind !== "run") throw new Error("not a command");
	return (await runCommand(parsed.args)).json as Record<string, unknown>;
}

async function lastContacts(vault: string): Promise<Record<string, unknown>> {
	const { people } = (await json(vault, ["people"])) as { people: Row[] };
	return Object.fromEntries(people.map((p): [string, unknown] => [String(p.name), p.lastContact]));
}

/** A copy of the fixture with the plugin's settings saved in it. */
function withSettings(data: unknown): string {
	const dir = mkdtempSync(join(tmpdir(), "prop-links-vault-"));
	made.push(dir);
	cpSync(FIXTURE, dir, { recursive: true });
	const path = join(dir, ".obsidian", "plugins", "top-of-mind", "data.json");
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(data));
	return dir;
}

describe("links in properties, on the command line", () => {
	it("counts contact properties of dated and daily notes as contacts, and nothing else", async () => {
		expect(await lastContacts(FIXTURE)).toEqual({ "Ana Diaz": "2026-11-20", "Ben Okafor": "2026-11-22", "Cy Lo": null });
	});

	it("reads a property link to a person as a mention", async () => {
		const { people, alreadyShared } = (await json(FIXTURE, ["who-cares", "Posts/Quarter in review.md"])) as { people: Row[]; alreadyShared: Row[] };
		expect(people.map((p) => [p.name, p.reasons])).toEqual([["Cy Lo", ["mentioned in this note as [[Cy Lo]]"]]]);
		// shared_with says whom it was sent to, not whom it is about.
		expect(alreadyShared.map((p) => p.name)).toEqual(["Ana Diaz"]);
		const { posts } = (await json(FIXTURE, ["posts-for", "People/Cy Lo.md"])) as { posts: Row[] };
		expect(posts.map((p) => [p.title, p.reasons])).toEqual([["Quarter in review", ["mentions them"]]]);
	});

	it("counts every person the meeting note links, in properties or body, as a mention there", async () => {
		const { people } = (await json(FIXTURE, ["who-cares", "Meetings/Kickoff.md"])) as { people: Row[] };
		expect(people.map((p) => p.name).sort()).toEqual(["Ana Diaz", "Ben Okafor", "Cy Lo"]);
		for (const p of people) expect((p.reasons as string[]).some((reason) => reason.startsWith("mentioned in this note")), String(p.name)).toBe(true);
	});

	it("follows the contact properties in the plugin's settings", async () => {
		const vault = withSettings({ core: { contactProperties: ["author"] } });
		expect(await lastContacts(vault)).toEqual({ "Ana Diaz": "2026-10-01", "Ben Okafor": "2026-11-20", "Cy Lo": null });
		expect(await lastContacts(withSettings({ core: { contactProperties: [] } }))).toEqual({ "Ana Diaz": "2026-10-01", "Ben Okafor": "2026-09-01", "Cy Lo": null });
	});

	it("follows the date key in the plugin's settings", async () => {
		const vault = withSettings({ core: { fields: { date: "when" } } });
		expect(await lastContacts(vault)).toEqual({ "Ana Diaz": "2026-10-01", "Ben Okafor": "2026-11-22", "Cy Lo": null });
	});
});
