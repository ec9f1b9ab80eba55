/**
 * The built command line (dist/cli.cjs), run as a subprocess on the hand-made fixture
 * vault (tests/fixtures/cli-vault) and on the demo vault, exactly as a user runs it.
 *
 * The fixture, on 2026-11-26:
 *   Ana Diaz   pricing, packaging; 2w; last_contact 2026-10-01, log 2026-10-20 → 23 days overdue
 *   Bo Li      #family, no type (tag person); 90d default; 2026-10-15 → not due (14d with the family rule)
 *   Cy Okafor  no topics key; never contacted → due today
 *   Dee Archer archived (topics pricing, packaging: would match, never listed)
 *   Eve Stone  weekly; daily note 2026-11-20 links her on a checked task, 2026-11-24 on an
 *              unchecked one (does not count) → next due 2026-11-27
 *   Fay Grant  tag #person in the body; 1m; 2026-09-01 → 56 days overdue
 *   Gus Old    in Archive/ (excluded only when the plugin's settings say so); never contacted
 *   Notes/Broken.md has malformed YAML; Templates/ is excluded in Obsidian's settings.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(ROOT, "dist", "cli.cjs");
const FIXTURE = "tests/fixtures/cli-vault";
/** The demo vault as committed: written around 2026-11-26, which npm run demo moves to today. */
const DEMO = "demo/vault";
const TODAY = "2026-11-26";
const SETTINGS = ".obsidian/plugins/top-of-mind/data.json";

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** The built binary in a child process: for what only a process shows (its time zone, its exit). */
function runBinary(args: string[], env: Record<string, string> = {}): Run {
	const result = spawnSync(process.execPath, [CLI, ...args], {
		cwd: ROOT,
		encoding: "utf8",
		env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same command line in this process, with streams that keep what is written: a child
 * process per call made this file the slowest of the suite. With `env`, the binary runs.
 */
async function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
	if (Object.keys(env).length > 0) return runBinary(args, env);
	let stdout = "";
	let stderr = "";
	const status = await runCli(args, {
		stdout: { write: (text: string) => (stdout += text) },
		stderr: { write: (text: string) => (stderr += text) },
		env: { NO_COLOR: "", FORCE_COLOR: "" },
	});
	return { status, stdout, stderr };
}

/** Runs a command that must succeed and returns its parsed JSON. */
async function json<T = Record<string, unknown>>(args: string[], env: Record<string, string> = {}): Promise<T> {
	const result = await run([...args, "--json"], env);
	expect(result.stderr).toBe("");
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout) as T;
}

/** Runs a command that must fail; checks it printed exactly one line on stderr and nothing else. */
async function fails(args: string[], code: number): Promise<string> {
	const result = await run(args);
	expect(result.stdout).toBe("");
	expect(result.status).toBe(code);
	expect(result.stderr.endsWith("\n")).toBe(true);
	const lines = result.stderr.slice(0, -1).split("\n");
	expect(lines).toHaveLength(1);
	return lines[0] as string;
}

const made: string[] = [];

/** A copy of the fixture vault with extra files (e.g. the plugin's settings) written into it. */
function vaultWith(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), "tom-cli-"));
	made.push(dir);
	cpSync(join(ROOT, FIXTURE), dir, { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		const full = join(dir, ...path.split("/"));
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
	return dir;
}

/** An empty folder with just these files. */
function vaultOf(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), "tom-cli-"));
	made.push(dir);
	for (const [path, text] of Object.entries(files)) {
		const full = join(dir, ...path.split("/"));
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
	return dir;
}

beforeAll(() => {
	// Always build: a stale dist/cli.cjs would test yesterday's code.
	const build = spawnSync(process.execPath, ["esbuild.config.mjs", "cli"], { cwd: ROOT, encoding: "utf8" });
	if (build.status !== 0) throw new Error(`Building the command line failed:\n${build.stderr}`);
}, 60_000);

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

interface PersonJson {
	path: string;
	name: string;
	score: number;
	reasons: string[];
	evidence: Array<{ reason: string; snippet: string | null }>;
	lastContact: string | null;
	due: boolean;
}

interface WhoCaresJson {
	note: string;
	people: PersonJson[];
	alreadyShared: PersonJson[];
}

interface FollowUpJson {
	path: string;
	name: string;
	lastContact: string | null;
	cadenceDays: number;
	overdueDays: number;
	suggestedPosts: Array<{ path: string; title: string; score: number }>;
}

interface PeopleJson {
	people: Array<{
		path: string;
		name: string;
		lastContact: string | null;
		cadenceDays: number | null;
		nextDue: string | null;
		due: boolean;
		archived: boolean;
	}>;
}

interface PostsForJson {
	person: string;
	posts: Array<{ path: string; title: string; score: number; reasons: string[] }>;
}

interface StatsJson {
	notes: number;
	people: number;
	posts: number;
	dailyNotesRead: number;
	due: number;
	snoozed: number;
	contactedLast7Days: number;
	problemsByKind: Record<string, number>;
	problems: Array<{ path: string; key: string; kind: string; message: string }>;
}

const PERSON_KEYS = ["due", "evidence", "lastContact", "name", "pairScore", "path", "reasons", "score"];

describe("help and version", () => {
	/** The usage lines in the README section "Command line", its first code block. */
	const README_USAGE = (/^## Command line\n[\s\S]*?^```\n([\s\S]*?)^```/m.exec(readFileSync(join(ROOT, "README.md"), "utf8"))?.[1] ?? "").split("\n").filter(Boolean);

	it("finds the seven commands in the README section Command line", async () => {
		expect(README_USAGE.map((line) => line.split(" ")[1])).toEqual(["who-cares", "followups", "people", "posts-for", "report", "stats", "import"]);
	});

	it("prints the commands exactly as the README's Command line section writes them, with --help and -h", async () => {
		for (const flag of ["--help", "-h"]) {
			const result = await run([flag]);
			expect(result.status).toBe(0);
			expect(result.stderr).toBe("");
			for (const line of README_USAGE) expect(result.stdout).toContain(`  ${line}\n`);
			for (const option of ["--vault <dir>", "--limit N", "--today YYYY-MM-DD", "--json", "-h, --help", "--version"]) {
				expect(result.stdout).toContain(option);
			}
		}
	});

	it.each(README_USAGE.map((line) => [line.split(" ")[1] as string, line]))("explains %s with --help and -h", async (command, usage) => {
		for (const flag of ["--help", "-h"]) {
			const result = await run([command, flag]);
			expect(result.status).toBe(0);
			expect(result.stderr).toBe("");
			expect(result.stdout.startsWith(`top-of-mind ${command}: `)).toBe(true);
			expect(result.stdout).toContain(`Usage:\n  ${usage}\n`);
			expect(result.stdout).toContain("Example:\n  top-of-mind " + command);
			for (const option of usage.match(/--[a-z]+/g) ?? []) expect(result.stdout).toContain(`  ${option}`);
			if (command !== "people") expect(result.stdout).not.toContain("--due");
		}
	});

	it("gives help even when the rest of the line is wrong", async () => {
		expect((await run(["who-cares", "--help"])).status).toBe(0);
		expect((await run(["people", "--bogus", "--help"])).status).toBe(0);
		expect((await run(["nonsense", "--help"])).stdout).toContain("Commands:");
	});

	it("also answers to help [command]", async () => {
		expect((await run(["help"])).stdout).toBe((await run(["--help"])).stdout);
		expect((await run(["help", "people"])).stdout).toBe((await run(["people", "--help"])).stdout);
	});

	it("prints the package version", async () => {
		const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
		const result = await run(["--version"]);
		expect(result).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: "" });
	});

	it("npx top-of-mind in the project folder runs this command line, as the README says", async () => {
		const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
		const npx = spawnSync("npx", ["--offline", "top-of-mind", "--version"], { cwd: ROOT, encoding: "utf8" });
		expect({ status: npx.status, stdout: npx.stdout }).toEqual({ status: 0, stdout: `${pkg.version}\n` });
	});
});

describe("who-cares", () => {
	const note = "Posts/Pricing without fear.md";

	it("ranks people with reasons, splits off those already sent the note, never lists archived people", async () => {
		const result = await json<WhoCaresJson>(["who-cares", note, "--vault", FIXTURE, "--today", TODAY]);
		expect(Object.keys(result).sort()).toEqual(["alreadyShared", "note", "people"]);
		expect(result.note).toBe(note);
		for (const person of [...result.people, ...result.alreadyShared]) expect(Object.keys(person).sort()).toEqual(PERSON_KEYS);
		const people = result.people.map((p) => p.path);
		expect(people[0]).toBe("People/Ana Diaz.md");
		expect(people).not.toContain("People/Dee Archer.md");
		expect(people).not.toContain("People/Eve Stone.md");
		expect(result.alreadyShared.map((p) => p.path)).toEqual(["People/Eve Stone.md"]);
		const ana = result.people[0] as PersonJson;
		expect(ana.reasons).toEqual(expect.arrayContaining(["topic: pricing", "topic: packaging"]));
		expect(ana.lastContact).toBe("2026-10-20");
		expect(ana.due).toBe(true);
		expect(result.alreadyShared[0]?.lastContact).toBe("2026-11-20");
		for (const person of [...result.people, ...result.alreadyShared]) {
			// The same reasons, in the same order, each with the sentence it cites or null.
			expect(person.evidence.map((found) => found.reason)).toEqual(person.reasons);
			for (const { snippet } of person.evidence) if (snippet !== null) expect(snippet.length).toBeGreaterThan(0);
		}
		for (const person of result.people) {
			expect(person.reasons.length).toBeGreaterThan(0);
			expect(person.score).toBeGreaterThan(0);
			expect(person.score).toBeLessThanOrEqual(1);
		}
		const scores = result.people.map((p) => p.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it("finds people with no topics key by the words of their note", async () => {
		const result = await json<WhoCaresJson>(["who-cares", "Posts/Retention is a packaging problem.md", "--vault", FIXTURE, "--today", TODAY]);
		expect(result.people[0]?.path).toBe("People/Cy Okafor.md");
		expect(result.people[0]?.lastContact).toBeNull();
		expect(result.alreadyShared.map((p) => p.path)).toEqual(["People/Ana Diaz.md"]);
	});

	it("accepts the note without .md and as an absolute path inside the vault", async () => {
		const expected = (await run(["who-cares", note, "--vault", FIXTURE, "--today", TODAY, "--json"])).stdout;
		expect((await run(["who-cares", "Posts/Pricing without fear", "--vault", FIXTURE, "--today", TODAY, "--json"])).stdout).toBe(expected);
		expect((await run(["who-cares", join(ROOT, FIXTURE, note), "--vault", FIXTURE, "--today", TODAY, "--json"])).stdout).toBe(expected);
		expect((await run(["--json", "--today", TODAY, "who-cares", "--vault", FIXTURE, note])).stdout).toBe(expected);
	});

	it("limits the ranked people but never the already-shared list", async () => {
		const result = await json<WhoCaresJson>(["who-cares", note, "--vault", FIXTURE, "--today", TODAY, "--limit", "1"]);
		expect(result.people.map((p) => p.path)).toEqual(["People/Ana Diaz.md"]);
		expect(result.alreadyShared).toHaveLength(1);
		expect(await json<WhoCaresJson>(["who-cares", note, "--vault", FIXTURE, "--today", TODAY, "--limit=1"])).toEqual(result);
	});

	it("lists every scored person with --all, past --limit and the floor, the shown list first", async () => {
		const shown = await json<WhoCaresJson>(["who-cares", note, "--vault", FIXTURE, "--today", TODAY]);
		const every = await json<WhoCaresJson>(["who-cares", note, "--vault", FIXTURE, "--today", TODAY, "--all", "--limit", "1"]);
		expect(every.people.length).toBeGreaterThan(1);
		expect(every.people.slice(0, shown.people.length)).toEqual(shown.people);
		expect(every.alreadyShared).toEqual(shown.alreadyShared);
		for (const person of every.people) expect(Object.keys(person).sort()).toEqual(PERSON_KEYS);
		const scores = every.people.map((p) => p.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it("works on any note, not only posts", async () => {
		expect((await run(["who-cares", "Welcome.md", "--vault", FIXTURE, "--today", TODAY])).status).toBe(0);
		const daily = await json<WhoCaresJson>(["who-cares", "Daily/2026-11-24.md", "--vault", FIXTURE, "--today", TODAY]);
		expect(daily.note).toBe("Daily/2026-11-24.md");
	});

	it("reads as aligned text with relative dates, reasons and due markers", async () => {
		const result = await run(["who-cares", note, "--vault", FIXTURE, "--today", TODAY]);
		expect(result.status).toBe(0);
		const lines = result.stdout.split("\n");
		expect(lines[0]).toBe('Who cares about "Pricing without fear"');
		expect(lines[1]).toBe(`${note} · ${TODAY}`);
		expect(result.stdout).toMatch(/^ {2}1\. {2}Ana Diaz +[01]\.\d\d {2}last contact 5 weeks ago {2}overdue 23 days$/m);
		expect(result.stdout).toMatch(/^ {6}topic: pricing; topic: packaging;/m);
		expect(result.stdout).toContain("\nAlready shared with (1)\n  Eve Stone");
		expect(result.stdout).toContain("last contact 6 days ago  due tomorrow");
		expect(result.stdout).not.toContain("Dee Archer");
		expect(result.stdout).toContain("1 problem found in the vault; run top-of-mind stats --vault tests/fixtures/cli-vault to see them.");
		// Not a terminal: no colour codes.
		expect(result.stdout).not.toContain("\u001b[");
	});

	it("says so in words when no one matches, and when there are no people", async () => {
		const lonely = vaultOf({ "People/Al.md": "---\ntype: person\ntopics: [gardening]\n---\nTomatoes.", "Post.md": "Quantum chromodynamics." });
		const none = await run(["who-cares", "Post.md", "--vault", lonely, "--today", TODAY]);
		expect(none.stdout).toContain("No one looks likely to care about this note yet");
		const empty = vaultOf({ "Post.md": "Quantum chromodynamics." });
		expect((await run(["who-cares", "Post.md", "--vault", empty, "--today", TODAY])).stdout).toContain("No people yet.");
		expect(await json<WhoCaresJson>(["who-cares", "Post.md", "--vault", empty, "--today", TODAY])).toEqual({ note: "Post.md", people: [], alreadyShared: [] });
	});
});

describe("followups", () => {
	it("lists due people most overdue first, never contacted as 0 days, ties by name", async () => {
		const result = await json<{ today: string; due: FollowUpJson[] }>(["followups", "--vault", FIXTURE, "--today", TODAY]);
		expect(Object.keys(result).sort()).toEqual(["due", "moreDue", "snoozed", "today"]);
		expect(result.today).toBe(TODAY);
		expect(result.due.map((d) => [d.name, d.overdueDays])).toEqual([
			["Fay Grant", 56],
			["Ana Diaz", 23],
			["Cy Okafor", 0],
			["Gus Old", 0],
		]);
		for (const entry of result.due) {
			expect(Object.keys(entry).sort()).toEqual(["cadenceDays", "lastContact", "name", "overdueDays", "path", "suggestedPosts"]);
			for (const post of entry.suggestedPosts) expect(Object.keys(post).sort()).toEqual(["pairScore", "path", "score", "title"]);
		}
		const ana = result.due[1] as FollowUpJson;
		expect(ana).toMatchObject({ path: "People/Ana Diaz.md", lastContact: "2026-10-20", cadenceDays: 14 });
		// Posts already sent to her are never suggested.
		expect(ana.suggestedPosts.map((p) => p.path)).toContain("Posts/Pricing without fear.md");
		expect(ana.suggestedPosts.map((p) => p.path)).not.toContain("Posts/Retention is a packaging problem.md");
		// Drafts are not sent.
		const fay = result.due[0] as FollowUpJson;
		expect(fay.suggestedPosts.map((p) => p.path)).not.toContain("Posts/Notes on fundraising.md");
		expect(fay.cadenceDays).toBe(30);
	});

	it("a cut list says how many more are due, and snoozed people are listed with the day they come back", async () => {
		const vault = vaultOf({
			"People/Ana Diaz.md": "---\ntype: person\ncadence: 2w\n---\n",
			"People/Bo Li.md": "---\ntype: person\ncadence: 2w\n---\n",
			"People/Cy Chen.md": "---\ntype: person\ncadence: 2w\n---\n",
			"People/Di Ray.md": "---\ntype: person\ncadence: 2w\nsnooze_until: 2026-12-10\n---\n",
			"People/Ed Old.md": "---\ntype: person\nsnooze_until: 2026-01-01\n---\n",
		});
		const result = await json<{ due: FollowUpJson[]; moreDue: number; snoozed: unknown[] }>(["followups", "--vault", vault, "--today", TODAY, "--limit", "2"]);
		expect(result.due.map((d) => d.name)).toEqual(["Ana Diaz", "Bo Li"]);
		expect(result.moreDue).toBe(2);
		expect(result.snoozed).toEqual([{ path: "People/Di Ray.md", name: "Di Ray", snoozedUntil: "2026-12-10" }]);
		const text = (await run(["followups", "--vault", vault, "--today", TODAY, "--limit", "2"])).stdout;
		expect(text).toContain("2 more due; --limit 4 lists everyone.");
		expect(text).toContain("Snoozed: Di Ray until 2026-12-10.");
		const people = await json<{ people: Array<{ name: string; snoozedUntil: string | null; due: boolean }> }>(["people", "--vault", vault, "--today", TODAY]);
		expect(people.people.find((p) => p.name === "Di Ray")).toMatchObject({ snoozedUntil: "2026-12-10", due: false });
		// A snooze that has ended is no snooze.
		expect(people.people.find((p) => p.name === "Ed Old")).toMatchObject({ snoozedUntil: null, due: true });
		expect((await run(["people", "--vault", vault, "--today", TODAY])).stdout).toContain("snoozed until 2026-12-10");
	});

	it("who-cares says a snoozed person is snoozed until when", async () => {
		const vault = vaultOf({
			"People/Di Ray.md": "---\ntype: person\ntopics: [pricing]\ncadence: 2w\nsnooze_until: 2026-12-10\n---\n",
			"Posts/Pricing.md": "---\ntype: post\ntopics: [pricing]\n---\nOn pricing.\n",
		});
		expect((await run(["who-cares", "Posts/Pricing.md", "--vault", vault, "--today", TODAY])).stdout).toContain("snoozed until 2026-12-10");
	});

	it("counts a link on a checked task in a daily note as contact, not one on an unchecked task", async () => {
		const later = await json<{ due: FollowUpJson[] }>(["followups", "--vault", FIXTURE, "--today", "2026-11-27"]);
		const eve = later.due.find((d) => d.name === "Eve Stone");
		expect(eve).toMatchObject({ lastContact: "2026-11-20", cadenceDays: 7, overdueDays: 0 });
		const fay = later.due.find((d) => d.name === "Fay Grant");
		expect(fay?.lastContact).toBe("2026-09-01");
	});

	it("honours --limit", async () => {
		const result = await json<{ due: FollowUpJson[] }>(["followups", "--vault", FIXTURE, "--today", TODAY, "--limit", "2"]);
		expect(result.due.map((d) => d.name)).toEqual(["Fay Grant", "Ana Diaz"]);
		expect((await run(["followups", "--vault", FIXTURE, "--today", TODAY, "--limit", "2"])).stdout).toContain(
			"Follow-ups for 2026-11-26: 4 people due, 2 shown",
		);
	});

	it("reads as text with overdue markers and suggested posts", async () => {
		const result = await run(["followups", "--vault", FIXTURE, "--today", TODAY]);
		expect(result.status).toBe(0);
		expect(result.stdout.split("\n")[0]).toBe("Follow-ups for 2026-11-26: 4 people due");
		expect(result.stdout).toMatch(/^ {2}Fay Grant +overdue 56 days +last contact 2 months ago +every month$/m);
		expect(result.stdout).toMatch(/^ {2}Cy Okafor +due today +never contacted +every 3 months$/m);
		expect(result.stdout).toMatch(/^ {4}→ Pricing without fear \([01]\.\d\d\)$/m);
	});

	it("says when no one is due", async () => {
		const calm = vaultOf({ "Al.md": "---\ntype: person\ncadence: 30\nlast_contact: 2026-11-20\n---\n" });
		expect((await run(["followups", "--vault", calm, "--today", TODAY])).stdout).toBe("No one is due for a follow-up on 2026-11-26.\n");
		expect(await json(["followups", "--vault", calm, "--today", TODAY])).toEqual({ today: TODAY, due: [], moreDue: 0, snoozed: [] });
	});
});

describe("people", () => {
	it("lists everyone by name, archived people marked and never due", async () => {
		const result = await json<PeopleJson>(["people", "--vault", FIXTURE, "--today", TODAY]);
		expect(Object.keys(result)).toEqual(["people"]);
		expect(result.people.map((p) => p.name)).toEqual(["Ana Diaz", "Bo Li", "Cy Okafor", "Dee Archer", "Eve Stone", "Fay Grant", "Gus Old"]);
		for (const person of result.people) {
			expect(Object.keys(person).sort()).toEqual(["archived", "cadenceDays", "due", "lastContact", "name", "nextDue", "path", "snoozedUntil"]);
		}
		const byName = new Map(result.people.map((p) => [p.name, p]));
		expect(byName.get("Dee Archer")).toMatchObject({ archived: true, due: false, nextDue: null, lastContact: "2025-03-01" });
		expect(byName.get("Ana Diaz")).toMatchObject({ archived: false, due: true, nextDue: "2026-11-03", cadenceDays: 14 });
		expect(byName.get("Bo Li")).toMatchObject({ due: false, cadenceDays: 90, nextDue: "2027-01-13", lastContact: "2026-10-15" });
		expect(byName.get("Eve Stone")).toMatchObject({ due: false, nextDue: "2026-11-27", lastContact: "2026-11-20" });
		expect(byName.get("Cy Okafor")).toMatchObject({ due: true, nextDue: TODAY, lastContact: null });
		expect(byName.has("Broken")).toBe(false);
	});

	it("keeps only the people who are due with --due", async () => {
		const result = await json<PeopleJson>(["people", "--vault", FIXTURE, "--today", TODAY, "--due"]);
		expect(result.people.map((p) => p.name)).toEqual(["Ana Diaz", "Cy Okafor", "Fay Grant", "Gus Old"]);
		expect(result.people.every((p) => p.due && !p.archived)).toBe(true);
	});

	it("reads as a table with a header", async () => {
		const result = await run(["people", "--vault", FIXTURE, "--today", TODAY]);
		const lines = result.stdout.split("\n");
		expect(lines[0]).toBe("People on 2026-11-26: 7 (4 due, 1 archived)");
		expect(lines[2]).toMatch(/^ {2}Name +Last contact +Cadence +Next due +Status$/);
		expect(result.stdout).toMatch(/^ {2}Ana Diaz +2026-10-20 \(5 weeks ago\) +every 2 weeks +2026-11-03 +overdue 23 days$/m);
		expect(result.stdout).toMatch(/^ {2}Dee Archer +2025-03-01 \(1 year ago\) +every 3 months +— +archived$/m);
		expect(result.stdout).toMatch(/^ {2}Cy Okafor +never +every 3 months +2026-11-26 +due today$/m);
		// Columns line up: every row starts its "Last contact" cell at the same place.
		const at = lines.slice(2, 10).map((line) => line.indexOf(line.includes("Name") ? "Last contact" : line.match(/(20\d\d-|never)/)?.[0] ?? "?"));
		expect(new Set(at).size).toBe(1);
		const due = await run(["people", "--vault", FIXTURE, "--today", TODAY, "--due"]);
		expect(due.stdout.split("\n")[0]).toBe("People due for a follow-up on 2026-11-26: 4");
	});
});

describe("posts-for", () => {
	it("ranks published posts not yet sent to the person, with reasons", async () => {
		const result = await json<PostsForJson>(["posts-for", "People/Ana Diaz.md", "--vault", FIXTURE, "--today", TODAY]);
		expect(Object.keys(result).sort()).toEqual(["person", "posts"]);
		expect(result.person).toBe("People/Ana Diaz.md");
		expect(result.posts[0]?.path).toBe("Posts/Pricing without fear.md");
		expect(result.posts[0]?.reasons).toEqual(expect.arrayContaining(["topic: pricing"]));
		for (const post of result.posts) expect(Object.keys(post).sort()).toEqual(["evidence", "pairScore", "path", "reasons", "score", "title"]);
		const paths = result.posts.map((p) => p.path);
		expect(paths).not.toContain("Posts/Retention is a packaging problem.md");
		expect(paths).not.toContain("Posts/Notes on fundraising.md");
	});

	it("leaves out what was shared with them and drafts", async () => {
		const eve = await json<PostsForJson>(["posts-for", "People/Eve Stone", "--vault", FIXTURE, "--today", TODAY]);
		expect(eve.posts.map((p) => p.path)).not.toContain("Posts/Pricing without fear.md");
		const fay = await json<PostsForJson>(["posts-for", "People/Fay Grant.md", "--vault", FIXTURE, "--today", TODAY]);
		expect(fay.posts.map((p) => p.path)).not.toContain("Posts/Notes on fundraising.md");
		expect((await run(["posts-for", "People/Fay Grant.md", "--vault", FIXTURE, "--today", TODAY])).stdout).toContain(
			"No published post that Fay Grant has not been sent suits them yet.",
		);
	});

	it("shows the person's contact status above the posts", async () => {
		const result = await run(["posts-for", "People/Ana Diaz.md", "--vault", FIXTURE, "--today", TODAY]);
		const lines = result.stdout.split("\n");
		expect(lines.slice(0, 3)).toEqual([
			"Posts for Ana Diaz",
			`People/Ana Diaz.md · ${TODAY}`,
			"last contact 5 weeks ago · every 2 weeks · overdue 23 days",
		]);
		expect(result.stdout).toMatch(/^ {2}1\. {2}Pricing without fear {2}[01]\.\d\d$/m);
	});
});

describe("report", () => {
	it("prints exactly the README's JSON, twelve months back by default, and the same figures as text", async () => {
		const report = await json<Record<string, unknown> & { periods: Array<Record<string, unknown>>; posts: Array<Record<string, unknown>> }>(["report", "--vault", FIXTURE, "--today", TODAY, "--json"]);
		expect(Object.keys(report)).toEqual(["from", "to", "period", "periods", "inCadence", "posts", "neverContacted"]);
		expect(report).toMatchObject({ from: "2025-12-01", to: TODAY, period: "month" });
		expect(report.periods).toHaveLength(12);
		for (const period of report.periods) expect(Object.keys(period)).toEqual(["start", "postsPublished", "shares", "replies", "contacts", "peopleContacted", "inCadenceRatio"]);
		for (const post of report.posts) expect(Object.keys(post)).toEqual(["path", "title", "published", "shares", "replies"]);
		expect(Object.keys(report.inCadence as object)).toEqual(["people", "within", "ratio"]);
		const text = (await run(["report", "--vault", FIXTURE, "--today", TODAY])).stdout;
		const { within, people } = report.inCadence as { within: number; people: number };
		expect(text).toContain(`${within} of ${people} people within cadence on ${TODAY}`);
		expect(text).toContain("2026-11");
	});

	it("reads --from, --to and --period, and refuses what makes no report", async () => {
		const week = await json<{ from: string; to: string; periods: Array<{ start: string }> }>(["report", "--vault", FIXTURE, "--today", TODAY, "--from", "2026-11-04", "--to", "2026-11-20", "--period", "week", "--json"]);
		expect(week.periods.map((p) => p.start)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"]);
		expect(await fails(["report", "--vault", FIXTURE, "--period", "year"], 2)).toBe('top-of-mind: --period must be week or month, not "year".');
		expect(await fails(["report", "--vault", FIXTURE, "--from", "2026-11-30", "--to", "2026-11-01"], 2)).toBe("top-of-mind: --from (2026-11-30) is after --to (2026-11-01).");
		expect(await fails(["report", "--vault", FIXTURE, "--from", "2026-02-30"], 2)).toBe('top-of-mind: --from must be a real calendar day written YYYY-MM-DD, not "2026-02-30".');
		expect(await fails(["report", "--vault", FIXTURE, "--today", TODAY, "--from", "2026-12-01"], 1)).toBe("top-of-mind: The report's first day (2026-12-01) is after its last (2026-11-26).");
	});
});

describe("stats", () => {
	it("counts notes, people and posts and lists problems with path and key", async () => {
		const result = await json<StatsJson>(["stats", "--vault", FIXTURE, "--today", TODAY]);
		expect(Object.keys(result).sort()).toEqual(["contactedLast7Days", "dailyNotesRead", "due", "notes", "people", "posts", "problems", "problemsByKind", "snoozed"]);
		expect(result).toMatchObject({ notes: 15, people: 7, posts: 4, dailyNotesRead: 2, due: 4, snoozed: 0 });
		// The same figures as the text, and as people --json says them one by one.
		const people = (await json<{ people: Array<{ due: boolean; lastContact: string | null }> }>(["people", "--vault", FIXTURE, "--today", TODAY])).people;
		expect(result.due).toBe(people.filter((p) => p.due).length);
		expect(result.contactedLast7Days).toBe(people.filter((p) => p.lastContact !== null && p.lastContact >= "2026-11-20" && p.lastContact <= TODAY).length);
		expect(result.problemsByKind).toEqual({ frontmatter: 1, value: 0, tags: 0, file: 0, size: 0, settings: 0 });
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ path: "Notes/Broken.md", key: "frontmatter", kind: "frontmatter" });
		expect(result.problems[0]?.message).toMatch(/not valid YAML/);
		expect(Object.keys(result.problems[0] ?? {}).sort()).toEqual(["key", "kind", "message", "path"]);
	});

	it("reads as text", async () => {
		const result = await run(["stats", "--vault", FIXTURE, "--today", TODAY]);
		expect(result.stdout).toMatch(/^ {2}Notes +15 +\(1 more left out by Obsidian's excluded files\)$/m);
		expect(result.stdout).toMatch(/^ {2}People +7 +\(4 due, 1 archived\)$/m);
		expect(result.stdout).toMatch(/^ {2}Posts +4$/m);
		expect(result.stdout).toMatch(/^ {2}Daily notes +2$/m);
		expect(result.stdout).toContain("1 problem:\n  Notes/Broken.md (frontmatter)\n    The frontmatter is not valid YAML");
		const clean = vaultOf({ "Al.md": "---\ntype: person\n---\n" });
		expect((await run(["stats", "--vault", clean, "--today", TODAY])).stdout).toContain("No problems found.");
	});
});

describe("notes in other languages", () => {
	const GERMAN = "tests/fixtures/de-vault";
	const JAPANESE = "tests/fixtures/ja-vault";
	const GERMAN_STOP_WORDS = /\b(die|der|und|nicht|sie|wer|weil)\b/;

	it("German: who-cares ranks the person of the note's topic first, with German words as written", async () => {
		const result = await json<WhoCaresJson>(["who-cares", "Posts/Preise für Abonnements.md", "--vault", GERMAN, "--today", TODAY]);
		expect(result.people.map((p) => p.path)[0]).toBe("People/Anna Becker.md");
		const reasons = (result.people[0] as PersonJson).reasons;
		expect(reasons).toContain("topic: Abonnements");
		const words = reasons.find((reason) => reason.startsWith("their note mentions")) ?? "";
		// Not stemmed (English would make "preis", "kundig"), no German stop words, umlauts kept.
		expect(words).toContain('"preise"');
		expect(words).toContain("kündigen");
		expect(words).not.toMatch(GERMAN_STOP_WORDS);
	});

	it("German: the other post goes to the buyer, through a topic and the words of his note", async () => {
		const result = await json<WhoCaresJson>(["who-cares", "Posts/Lieferanten prüfen.md", "--vault", GERMAN, "--today", TODAY]);
		expect(result.people.map((p) => p.path)[0]).toBe("People/Jonas Weber.md");
		expect((result.people[0] as PersonJson).reasons).toEqual(expect.arrayContaining(["topic: Lieferketten", expect.stringContaining("prüfung")]));
	});

	it("Japanese: who-cares ranks the person of the note's topic first, with Japanese words whole", async () => {
		const result = await json<WhoCaresJson>(["who-cares", "Posts/サブスクリプションの価格.md", "--vault", JAPANESE, "--today", TODAY]);
		expect(result.people.map((p) => p.path)[0]).toBe("People/田中花子.md");
		const reasons = (result.people[0] as PersonJson).reasons;
		expect(reasons).toContain("topic: 価格設定");
		expect(reasons.join(" ")).toContain("値引き");
		// Katakana loanwords are one word, not the dictionary's pieces.
		expect(reasons.join(" ")).toContain("サブスクリプション");
		expect(reasons.join(" ")).not.toContain("サブ スク");
	});

	it("Japanese: the stock post goes to the buyer", async () => {
		const result = await json<WhoCaresJson>(["who-cares", "Posts/在庫を減らす.md", "--vault", JAPANESE, "--today", TODAY]);
		expect(result.people.map((p) => p.path)[0]).toBe("People/佐藤健.md");
		expect((result.people[0] as PersonJson).reasons).toContain("topic: 在庫管理");
	});

	it("--language and the plugin's setting fix the language; a wrong one is a usage error", async () => {
		const fixed = await json<WhoCaresJson>(["who-cares", "Posts/Preise für Abonnements.md", "--vault", GERMAN, "--today", TODAY, "--language", "deu"]);
		expect(fixed.people.map((p) => p.path)[0]).toBe("People/Anna Becker.md");
		const vault = mkdtempSync(join(tmpdir(), "tom-cli-"));
		made.push(vault);
		cpSync(join(ROOT, GERMAN), vault, { recursive: true });
		mkdirSync(join(vault, dirname(SETTINGS)), { recursive: true });
		writeFileSync(join(vault, SETTINGS), JSON.stringify({ core: { noteLanguage: "deu" } }));
		expect(await json<WhoCaresJson>(["who-cares", "Posts/Preise für Abonnements.md", "--vault", vault, "--today", TODAY])).toEqual(fixed);
		expect(await fails(["who-cares", "Posts/Preise für Abonnements.md", "--vault", GERMAN, "--language", "klingon"], 2)).toMatch(/^top-of-mind: --language must be auto or one of eng, deu, /);
	});
});

describe("the plugin's settings in the vault", () => {
	const settings = (value: unknown): Record<string, string> => ({ [SETTINGS]: JSON.stringify(value) });

	it("uses cadence rules by tag", async () => {
		const vault = vaultWith(settings({ core: { cadenceByTag: [{ tag: "family", cadence: "14d" }] } }));
		const bo = (await json<PeopleJson>(["people", "--vault", vault, "--today", TODAY])).people.find((p) => p.name === "Bo Li");
		expect(bo).toMatchObject({ cadenceDays: 14, nextDue: "2026-10-29", due: true });
		const due = (await json<{ due: FollowUpJson[] }>(["followups", "--vault", vault, "--today", TODAY])).due;
		expect(due.map((d) => d.name)).toEqual(["Fay Grant", "Bo Li", "Ana Diaz", "Cy Okafor", "Gus Old"]);
	});

	it("leaves out excluded folders", async () => {
		const vault = vaultWith(settings({ core: { excludedFolders: ["Archive"] } }));
		expect((await json<PeopleJson>(["people", "--vault", vault, "--today", TODAY])).people.map((p) => p.name)).not.toContain("Gus Old");
		expect(await fails(["who-cares", "Archive/Gus Old.md", "--vault", vault], 1)).toBe(
			"top-of-mind: The note is in a folder excluded in Top of Mind's settings: Archive/Gus Old.md",
		);
	});

	it("never suggests a person/post pair marked not for them", async () => {
		const pair = "People/Ana Diaz.md::Posts/Pricing without fear.md";
		const vault = vaultWith(settings({ notForThem: [pair] }));
		const who = await json<WhoCaresJson>(["who-cares", "Posts/Pricing without fear.md", "--vault", vault, "--today", TODAY]);
		expect(who.people.map((p) => p.path)).not.toContain("People/Ana Diaz.md");
		const posts = await json<PostsForJson>(["posts-for", "People/Ana Diaz.md", "--vault", vault, "--today", TODAY]);
		expect(posts.posts.map((p) => p.path)).not.toContain("Posts/Pricing without fear.md");
		const ana = (await json<{ due: FollowUpJson[] }>(["followups", "--vault", vault, "--today", TODAY])).due.find((d) => d.name === "Ana Diaz");
		expect(ana?.suggestedPosts.map((p) => p.path)).not.toContain("Posts/Pricing without fear.md");
	});

	it("uses the result limit as the default --limit", async () => {
		const vault = vaultWith(settings({ resultLimit: 1 }));
		expect((await json<WhoCaresJson>(["who-cares", "Posts/Pricing without fear.md", "--vault", vault, "--today", TODAY])).people).toHaveLength(1);
	});

	it("reports a settings file that is not JSON, and uses the defaults", async () => {
		const vault = vaultWith({ [SETTINGS]: "{ not json" });
		const stats = await json<StatsJson>(["stats", "--vault", vault, "--today", TODAY]);
		expect(stats.problems).toContainEqual({
			path: SETTINGS,
			key: "file",
			kind: "settings",
			message: "The plugin's settings file is not valid JSON; the defaults were used.",
		});
		expect(stats.people).toBe(7);
		const people = ["people", "--today", TODAY];
		expect(await json([...people, "--vault", vault])).toEqual(await json([...people, "--vault", FIXTURE]));
	});

	it("reports values of the wrong type and keeps the rest", async () => {
		const vault = vaultWith(settings({ core: { defaultCadence: 5, cadenceByTag: [{ tag: "family", cadence: "14d" }, "oops"] } }));
		const stats = await json<StatsJson>(["stats", "--vault", vault, "--today", TODAY]);
		expect(stats.problems.map((p) => [p.path, p.key])).toEqual(
			expect.arrayContaining([
				[SETTINGS, "core.defaultCadence"],
				[SETTINGS, "core.cadenceByTag.1"],
			]),
		);
		const bo = (await json<PeopleJson>(["people", "--vault", vault, "--today", TODAY])).people.find((p) => p.name === "Bo Li");
		expect(bo?.cadenceDays).toBe(14);
	});
});

describe("errors: one line on stderr, exit 2 for usage and 1 for the rest", () => {
	it.each([
		[["foo"], 'top-of-mind: Unknown command "foo"; run "top-of-mind --help" for the commands.'],
		[[], 'top-of-mind: No command given; run "top-of-mind --help" for the commands.'],
		[["stats", "--vault", FIXTURE, "--bogus"], 'top-of-mind: Unknown option --bogus for stats; run "top-of-mind stats --help" for its options.'],
		[["who-cares", "x.md", "--vault", FIXTURE, "--due"], 'top-of-mind: Unknown option --due for who-cares; run "top-of-mind who-cares --help" for its options.'],
		[["stats", "--vault", FIXTURE, "-x"], 'top-of-mind: Unknown option -x for stats; run "top-of-mind stats --help" for its options.'],
		[["stats"], "top-of-mind: Missing --vault <dir>: the vault folder to read."],
		[["stats", "--vault"], "top-of-mind: --vault needs a value: --vault <dir>."],
		[["stats", "--vault", "--json"], "top-of-mind: --vault needs a value: --vault <dir>."],
		[["who-cares", "--vault", FIXTURE], "top-of-mind: Missing <note>: top-of-mind who-cares <note> --vault <dir> [--limit N] [--all] [--today YYYY-MM-DD] [--json] [--language <code>]"],
		[["posts-for", "--vault", FIXTURE], "top-of-mind: Missing <person-note>: top-of-mind posts-for <person-note> --vault <dir> [--limit N] [--all] [--today YYYY-MM-DD] [--json] [--language <code>]"],
		[["stats", "extra", "--vault", FIXTURE], 'top-of-mind: Unexpected argument "extra" for stats; run "top-of-mind stats --help" for its options.'],
		[["people", "--vault", FIXTURE, "--json=yes"], 'top-of-mind: --json takes no value; run "top-of-mind people --help" for its options.'],
		[["stats", "--vault", FIXTURE, "--today", "2026-02-30"], 'top-of-mind: --today must be a real calendar day written YYYY-MM-DD, not "2026-02-30".'],
		[["stats", "--vault", FIXTURE, "--today", "26-11-2026"], 'top-of-mind: --today must be a real calendar day written YYYY-MM-DD, not "26-11-2026".'],
		[["stats", "--vault", FIXTURE, "--today", "2026-11-26T10:00"], 'top-of-mind: --today must be a real calendar day written YYYY-MM-DD, not "2026-11-26T10:00".'],
		[["stats", "--vault", FIXTURE, "--today=tomorrow"], 'top-of-mind: --today must be a real calendar day written YYYY-MM-DD, not "tomorrow".'],
		[["followups", "--vault", FIXTURE, "--limit", "0"], 'top-of-mind: --limit must be a whole number of at least 1, not "0".'],
		[["followups", "--vault", FIXTURE, "--limit", "-3"], 'top-of-mind: --limit must be a whole number of at least 1, not "-3".'],
		[["followups", "--vault", FIXTURE, "--limit", "2.5"], 'top-of-mind: --limit must be a whole number of at least 1, not "2.5".'],
		[["followups", "--vault", FIXTURE, "--limit", "ten"], 'top-of-mind: --limit must be a whole number of at least 1, not "ten".'],
	])("usage error %j", async (args, message) => {
		expect(await fails(args, 2)).toBe(message);
	});

	it.each([
		[["stats", "--vault", "no/such/vault"], "top-of-mind: Vault folder not found: no/such/vault"],
		[["stats", "--vault", "package.json"], "top-of-mind: The vault is not a folder: package.json"],
		[["who-cares", "x.md", "--vault", "no/such/vault"], "top-of-mind: Vault folder not found: no/such/vault"],
		[["who-cares", "Nope.md", "--vault", FIXTURE], "top-of-mind: Note not found in the vault: Nope.md"],
		[["who-cares", "../../../package.json", "--vault", FIXTURE], "top-of-mind: The note is outside the vault: ../../../package.json"],
		[["who-cares", "/etc/hostname", "--vault", FIXTURE], "top-of-mind: The note is outside the vault: /etc/hostname"],
		[["who-cares", "Templates/Person.md", "--vault", FIXTURE], 'top-of-mind: The note is left out by Obsidian\'s "Excluded files" setting: Templates/Person.md'],
		[["posts-for", "Welcome.md", "--vault", FIXTURE], "top-of-mind: Not a person note: Welcome.md (person notes have type: person, the tag #person, or sit in a people folder set in the plugin's settings)"],
		[["posts-for", "Notes/Broken.md", "--vault", FIXTURE], "top-of-mind: Not a person note: Notes/Broken.md (person notes have type: person, the tag #person, or sit in a people folder set in the plugin's settings)"],
		[["posts-for", "Posts/Pricing without fear.md", "--vault", FIXTURE], "top-of-mind: Not a person note: Posts/Pricing without fear.md (person notes have type: person, the tag #person, or sit in a people folder set in the plugin's settings)"],
	])("error %j", async (args, message) => {
		expect(await fails(args, 1)).toBe(message);
	});

	it("never prints a stack trace", async () => {
		for (const args of [["who-cares", "Nope.md", "--vault", FIXTURE], ["stats", "--vault", "no/such/vault"], ["foo"]]) {
			expect((await run(args)).stderr).not.toMatch(/\n\s+at /);
		}
	});

	it("skips a malformed note and counts it, never failing on it", async () => {
		const result = await run(["followups", "--vault", FIXTURE, "--today", TODAY]);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe("");
		expect((await run(["who-cares", "Notes/Broken.md", "--vault", FIXTURE, "--today", TODAY])).status).toBe(0);
	});
});

describe("colour", () => {
	const canUsePty = process.platform === "linux" && existsSync("/usr/bin/script");

	it.skipIf(!canUsePty)("shows in a real terminal, and NO_COLOR turns it off", async () => {
		const command = `"${process.execPath}" dist/cli.cjs followups --vault tests/fixtures/cli-vault --today 2026-11-26`;
		const inTerminal = (env: Record<string, string>): string =>
			spawnSync("/usr/bin/script", ["-qec", command, "/dev/null"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } }).stdout;
		expect(inTerminal({ NO_COLOR: "" })).toContain("\u001b[31moverdue 56 days\u001b[39m");
		const plain = inTerminal({ NO_COLOR: "1" });
		expect(plain).toContain("overdue 56 days");
		expect(plain).not.toContain("\u001b[");
	});
});

describe("the built binary", () => {
	it("prints what the in-process run prints, and exits 2 on a usage error and 1 on others, with one line on stderr", async () => {
		for (const args of [["--version"], ["followups", "--vault", FIXTURE, "--today", TODAY, "--json"], ["posts-for", "People/Ana Diaz.md", "--vault", FIXTURE, "--today", TODAY]]) {
			expect(runBinary(args)).toEqual(await run(args));
		}
		for (const [args, code] of [[["stats", "--bogus"], 2], [["stats", "--vault", "no/such/vault"], 1]] as const) {
			const result = runBinary([...args]);
			expect(result).toEqual(await run([...args]));
			expect(result.status).toBe(code);
			expect(result.stderr.split("\n")).toHaveLength(2);
		}
	});
});

describe("time zones", () => {
	const commands = [
		["who-cares", "Posts/Pricing without fear.md"],
		["followups"],
		["people"],
		["posts-for", "People/Ana Diaz.md"],
		["stats"],
	];

	it.each(commands)("%s prints the same with --today at both ends of the world", async (...command) => {
		for (const format of [[], ["--json"]]) {
			for (const vault of [FIXTURE, DEMO]) {
				const args = [...command, "--vault", vault, "--today", TODAY, ...format];
				if (vault === DEMO && command[0] === "who-cares") args[1] = "Posts/Pick the value metric before the price.md";
				if (vault === DEMO && command[0] === "posts-for") args[1] = "People/Ben Carraway.md";
				const east = await run(args, { TZ: "Pacific/Kiritimati" });
				const west = await run(args, { TZ: "America/Adak" });
				expect(east.status).toBe(0);
				expect(east.stdout.length).toBeGreaterThan(0);
				expect(west).toEqual(east);
			}
		}
	});

	it("defaults --today to the calendar day of the machine's zone", async () => {
		for (const zone of ["Pacific/Kiritimati", "America/Adak"]) {
			const day = (): string => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
			const before = day();
			const result = await json<{ today: string }>(["followups", "--vault", FIXTURE], { TZ: zone });
			expect([before, day()]).toContain(result.today);
		}
	});
});

describe("the demo vault", () => {
	it("reads all of it without problems", async () => {
		const stats = await json<StatsJson>(["stats", "--vault", DEMO, "--today", TODAY]);
		expect(stats).toMatchObject({ people: 25, posts: 15, problems: [] });
	});

	it("uses its settings: family every 14 days", async () => {
		const people = (await json<PeopleJson>(["people", "--vault", DEMO, "--today", TODAY])).people;
		expect(people.filter((p) => p.name.endsWith("Ellery")).map((p) => p.cadenceDays)).toEqual([14, 14]);
		expect(people.filter((p) => p.archived).length).toBeGreaterThan(0);
	});

	it("ranks the people who care about the newest post", async () => {
		const result = await json<WhoCaresJson>(["who-cares", "Posts/Pick the value metric before the price.md", "--vault", DEMO, "--today", TODAY]);
		expect(result.people.slice(0, 2).map((p) => p.name).sort()).toEqual(["Maya Castellanos", "Priya Nandakumar"]);
		expect(result.alreadyShared.map((p) => p.name)).toEqual(["Arjun Mehta"]);
		const archived = (await json<PeopleJson>(["people", "--vault", DEMO, "--today", TODAY])).people.filter((p) => p.archived).map((p) => p.path);
		expect(result.people.map((p) => p.path).filter((path) => archived.includes(path))).toEqual([]);
	});

	it("lists today's follow-ups most overdue first", async () => {
		const due = (await json<{ due: FollowUpJson[] }>(["followups", "--vault", DEMO, "--today", TODAY])).due;
		expect(due[0]?.name).toBe("Nadia Petrov");
		const overdue = due.map((d) => d.overdueDays);
		expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
		expect(due.every((d) => d.suggestedPosts.length <= 3)).toBe(true);
	});
});
