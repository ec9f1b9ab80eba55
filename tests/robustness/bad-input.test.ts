/**
 * The bad-input corpus (tests/fixtures/bad-input, see corpus.ts) through the engine and the
 * command line: nothing throws or logs, every bad value is reported with its note and key,
 * and the good people and posts in the same vault are still found.
 */
import { readdirSync } from "node:fs";
import moment from "moment";
import { problemKind } from "../../src/core/model/problems";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { followupsCommand, peopleCommand, postsForCommand, statsCommand, whoCaresCommand, type CommandOutput } from "../../src/cli/commands";
import { openVault } from "../../src/cli/load-vault";
import { createStyle } from "../../src/cli/format";
import { readVault, type VaultContents } from "../../src/cli/vault-reader";
import type { CommandArgs } from "../../src/cli/args";
import { defaultCoreConfig } from "../../src/core/model/config";
import { statusOf } from "../../src/core/index/contact-status";
import { makeDailyNoteParser } from "../../src/core/contact/daily-notes";
import { followups } from "../../src/core/overview/followups";
import { NetworkIndex } from "../../src/core/index/network-index";
import { postsFor } from "../../src/core/match/posts-for";
import type { NoteRecord } from "../../src/core/model/types";
import { whoCares } from "../../src/core/match/who-cares";
import {
	ALREADY_SHARED,
	BINARY_JUNK,
	buildCli,
	CORPUS,
	CORPUS_TODAY,
	corpusCopy,
	EXPECTED_PROBLEMS,
	GOOD_PEOPLE,
	GOOD_POST,
	HUGE_POST,
	LONG_PERSON,
	NFD_PERSON,
	problemKeys,
	removeCopy,
	runCli,
	vaultFiles,
} from "./corpus";

const NFC_PERSON = NFD_PERSON.normalize("NFC");
let vault = "";
let contents: VaultContents;
let index: NetworkIndex;
let records: Map<string, NoteRecord>;
let cli = "";

beforeAll(async () => {
	vault = corpusCopy();
	contents = await readVault(vault);
	index = new NetworkIndex({
		config: defaultCoreConfig(),
		dailyNotes: contents.dailyNotes,
		parseDailyDate: makeDailyNoteParser(moment, contents.dailyNotes.format),
	});
	records = new Map(contents.records.map((record) => [record.path, record]));
	for (const record of contents.records) index.upsert(record);
	cli = await buildCli();
}, 60_000);

afterAll(() => {
	removeCopy(vault);
	if (cli !== "") removeCopy(cli.replace(/[\\/]cli\.cjs$/, ""));
});

let consoleSpies: MockInstance[] = [];

beforeEach(() => {
	consoleSpies = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")];
});

afterEach(() => {
	for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
	vi.restoreAllMocks();
});

function record(path: string): NoteRecord {
	const found = records.get(path);
	if (!found) throw new Error(`no record for ${path}`);
	return found;
}

describe("the corpus", () => {
	it("has at least 40 notes on disk, and every one of them is read", () => {
		const committed = vaultFiles(CORPUS);
		expect(Object.keys(committed).filter((path) => path.endsWith(".md")).length).toBeGreaterThanOrEqual(40);
		expect(readdirSync(CORPUS)).toContain(".obsidian");
		// Read, in NFC, or (the binary junk) reported as not text.
		const onDisk = Object.keys(vaultFiles(vault)).filter((p) => p.endsWith(".md"));
		expect(contents.records.map((r) => r.path).sort()).toEqual(onDisk.filter((p) => p !== BINARY_JUNK).map((p) => p.normalize("NFC")).sort());
		expect(problemKeys(contents.problems)).toEqual([`${BINARY_JUNK} | file`]);
		expect(contents.dailyNotes).toEqual({ folder: "Daily", format: "YYYY-MM-DD" });
	});
});

describe("the engine on the corpus", () => {
	it("reports every bad value with the note's path and the key, and nothing else", () => {
		expect(problemKeys([...contents.problems, ...index.problems()])).toEqual(EXPECTED_PROBLEMS);
		for (const problem of index.problems()) {
			expect(problem.message.length).toBeGreaterThan(20);
			// A value problem starts with the key as the note writes it.
			if (problemKind(problem) === "value") expect(problem.message.startsWith(`${problem.key} `)).toBe(true);
		}
	});

	it("still finds the good people for the good post", () => {
		const result = whoCares(index, record(GOOD_POST), CORPUS_TODAY, { limit: 100 });
		const found = result.people.map((p) => p.path);
		for (const path of GOOD_PEOPLE) expect(found.slice(0, 5)).toContain(path);
		expect(result.alreadyShared.map((p) => p.path)).toEqual([ALREADY_SHARED]);
		expect(result.people.find((p) => p.path === "People/Ana Diaz.md")?.lastContact).toBe("2026-11-20");
	});

	it("answers who-cares for every note, posts-for for every person, follow-ups and statuses", () => {
		const started = Date.now();
		for (const note of contents.records) {
			const result = whoCares(index, note, CORPUS_TODAY, { limit: 100 });
			expect(result.note).toBe(note.path);
			for (const match of [...result.people, ...result.alreadyShared]) {
				expect(Number.isFinite(match.score)).toBe(true);
				expect(match.reasons.every((reason) => typeof reason === "string" && reason !== "")).toBe(true);
			}
		}
		for (const person of index.allPeople()) {
			expect(Array.isArray(postsFor(index, person, { limit: 100 }))).toBe(true);
			const status = statusOf(index, person, CORPUS_TODAY);
			expect(status.cadenceDays === null || status.cadenceDays > 0).toBe(true);
		}
		const due = followups(index, CORPUS_TODAY, { limit: 1000 });
		expect(due.length).toBeGreaterThan(20);
		expect(due.every((item) => item.overdueDays >= 0)).toBe(true);
		expect(Date.now() - started).toBeLessThan(20_000);
	});

	it("reads what can be read of each bad note", () => {
		// Lines inside code blocks are not log lines; a fence that never closes hides the rest.
		expect(index.person("People/Code block log.md")?.log.map((e) => e.date)).toEqual(["2026-09-09"]);
		expect(index.person("People/Unclosed fence.md")?.log).toEqual([]);
		expect(index.person("People/Bad log.md")?.log.map((e) => e.date)).toEqual(["2026-11-02"]);
		expect(index.person("People/Time date.md")?.lastContactField).toBe("2026-11-05");
		expect(index.person("People/Deep nesting.md")).toMatchObject({ topics: ["pricing"], aliases: ["Deep"] });
		expect(index.person("People/Numbers.md")).toMatchObject({ topics: ["42"], aliases: ["7"], company: "3.14", role: "12", cadenceDays: null });
		expect(index.person("People/Html payload.md")).toMatchObject({
			topics: ["<img src=x onerror=alert(1)>", "pricing"],
			role: "<script>alert(1)</script>",
		});
		expect(index.person("People/Tab values.md")).toMatchObject({ role: "Head\tof sales", topics: ["pricing"] });
		expect(index.person("People/Crlf person.md")).toMatchObject({ topics: ["pricing", "churn"], lastContactField: null });
		expect(index.person("People/Crlf person.md")?.log.map((e) => e.text)).toEqual(["Call about churn"]);
		expect(index.person("People/مريم العلي.md")).toMatchObject({ aliases: ["مريم"], topics: ["التسعير", "pricing"] });
		expect(index.person("People/🦄 Uni Corn.md")?.topics).toEqual(["🦄", "pricing"]);
		expect(index.post("Posts/Title object.md")).toMatchObject({ title: "Title object", topics: ["2026"], url: null });
		expect(index.post("Posts/Shared object.md")?.sharedWith).toEqual(["Ana Diaz"]);
		expect(index.post("Posts/Dangling.md")?.sharedWith).toEqual(["Nobody Here", "Ghost/Person"]);
	});

	it("keeps keys named like JavaScript internals as plain data", () => {
		const proto = record("People/Proto.md");
		expect(Object.getPrototypeOf(proto.frontmatter)).toBe(Object.prototype);
		expect(Object.keys(proto.frontmatter ?? {})).toEqual(["__proto__", "constructor", "hasOwnProperty", "toString", "topics", "type"]);
		// `__proto__: {tags: [post], aliases: [Ana Diaz]}` must not lend this note tags or aliases.
		expect(proto.tags).toEqual([]);
		expect(index.kindOf(proto.path)).toBe("person");
		expect(index.person(proto.path)).toMatchObject({ topics: ["pricing"], aliases: [] });
		expect(index.resolve("Ana Diaz", "Daily/2026-11-20.md")).toBe("People/Ana Diaz.md");
	});

	it("tells apart two people with the same name, and an alias that is another person's name", () => {
		expect(index.allPeople().filter((p) => p.name === "Sam Lee").map((p) => p.path).sort()).toEqual(["Clients/Sam Lee.md", "People/Sam Lee.md"]);
		// Bare [[Sam Lee]] goes to the shortest path, as in Obsidian.
		expect(index.contactDates("People/Sam Lee.md")).toEqual(["2026-11-24"]);
		expect(index.contactDates("Clients/Sam Lee.md")).toEqual([]);
		// [[Ana Diaz]] is Ana, not the person who has her name as an alias.
		expect(index.contactDates("People/Ana Diaz.md")).toEqual(["2026-11-20"]);
		expect(index.contactDates("People/Impostor.md")).toEqual([]);
		// An unchecked task is a plan, not a contact.
		expect(index.contactDates("People/Cy Okafor.md")).toEqual([]);
		// A daily note with broken frontmatter still counts; a day that does not exist is no daily note.
		expect(index.kindOf("Daily/2026-11-21.md")).toBe("daily");
		expect(index.kindOf("Daily/2026-02-30.md")).toBe("other");
		expect(index.contactDates("People/Bo Li.md")).toEqual(["2026-11-21"]);
	});

	it("reads the generated notes: 2.5 MB, 5,000 lines, binary junk, combining marks", () => {
		expect(index.post(HUGE_POST)).toMatchObject({ title: "Huge post", topics: ["pricing"], status: null });
		// Over the default size limit: its beginning is read, and the record says how much there was.
		expect(record(HUGE_POST).body.length).toBeGreaterThan(400_000);
		expect(record(HUGE_POST).cutAt?.sizeBytes).toBeGreaterThan(1_000_000);
		const long = index.person(LONG_PERSON);
		expect(long?.log.length).toBe(4993 - 100);
		expect(statusOf(index, long ?? (undefined as never), CORPUS_TODAY).lastContact).toBe("2025-12-28");
		expect(records.has(BINARY_JUNK)).toBe(false);
		expect(contents.problems[0]?.message).toMatch(/^Could not read the file as text/);
		expect(index.person(NFC_PERSON)?.name).toBe("Zo\u00EB \u00C5ngstr\u00F6m");
		const started = Date.now();
		whoCares(index, record(HUGE_POST), CORPUS_TODAY);
		expect(Date.now() - started).toBeLessThan(5_000);
	});
});

function commandArgs(command: CommandArgs["command"], note?: string): CommandArgs {
	return { command, vault, json: true, due: false, all: false, today: CORPUS_TODAY, limit: 100, ...(note === undefined ? {} : { note }) };
}

/** Both outputs of a command, as the command line would print them. */
function printed(output: CommandOutput): { json: unknown; text: string } {
	return { json: JSON.parse(JSON.stringify(output.json)) as unknown, text: output.text(createStyle(false)) };
}

describe("the command line's commands, in process, on every note", () => {
	it("runs who-cares on every note and posts-for on every person", async () => {
		const context = await openVault(vault);
		for (const note of contents.records) {
			const result = printed(whoCaresCommand(context, commandArgs("who-cares", note.path)));
			expect(result.json).toMatchObject({ note: note.path });
			expect(result.text).not.toMatch(/undefined|NaN|\[object Object\]/);
			if (index.person(note.path)) {
				const posts = printed(postsForCommand(context, commandArgs("posts-for", note.path)));
				expect(posts.json).toMatchObject({ person: note.path });
				expect(posts.text).not.toMatch(/undefined|NaN|\[object Object\]/);
			}
		}
		for (const command of [followupsCommand, peopleCommand, statsCommand]) {
			const result = printed(command(context, commandArgs("stats")));
			expect(result.text).not.toMatch(/undefined|NaN|\[object Object\]/);
		}
	}, 60_000);
});

interface StatsJson {
	notes: number;
	people: number;
	posts: number;
	problems: Array<{ path: string; key: string; message: string }>;
}

interface WhoCaresJson {
	note: string;
	people: Array<{ path: string; name: string; score: number; reasons: string[]; lastContact: string | null; due: boolean }>;
	alreadyShared: Array<{ path: string }>;
}

/** Runs the built command line with --json; it must succeed silently and print one JSON object. */
function json<T>(args: string[]): T {
	const result = runCli(cli, [...args, "--vault", vault, "--today", CORPUS_TODAY, "--json"]);
	expect(result.stderr).toBe("");
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout) as T;
}

describe("the built command line on the corpus", () => {
	it("stats --json lists every problem with its path and key", () => {
		const stats = json<StatsJson>(["stats"]);
		expect(stats.notes).toBe(contents.records.length);
		expect(stats.people).toBe(index.allPeople().length);
		expect(stats.posts).toBe(index.allPosts().length);
		expect(problemKeys(stats.problems)).toEqual(EXPECTED_PROBLEMS);
		expect(stats.problems.every((p) => p.message.length > 20)).toBe(true);
	});

	it("who-cares --json on the good post lists the good people", () => {
		const result = json<WhoCaresJson>(["who-cares", GOOD_POST, "--limit", "100"]);
		expect(result.note).toBe(GOOD_POST);
		for (const path of GOOD_PEOPLE) expect(result.people.slice(0, 5).map((p) => p.path)).toContain(path);
		expect(result.alreadyShared.map((p) => p.path)).toEqual([ALREADY_SHARED]);
	});

	it("followups, people and posts-for --json succeed", () => {
		const due = json<{ today: string; due: Array<{ path: string; overdueDays: number }> }>(["followups", "--limit", "100"]);
		expect(due.today).toBe(CORPUS_TODAY);
		expect(due.due.length).toBeGreaterThan(20);
		const people = json<{ people: Array<{ path: string; due: boolean }> }>(["people"]);
		expect(people.people.map((p) => p.path)).toEqual(expect.arrayContaining([...GOOD_PEOPLE, NFC_PERSON, LONG_PERSON, "People/🦄 Uni Corn.md"]));
		expect(json<{ people: Array<{ due: boolean }> }>(["people", "--due"]).people.every((p) => p.due)).toBe(true);
		const posts = json<{ person: string; posts: Array<{ path: string }> }>(["posts-for", "People/Ana Diaz.md"]);
		expect(posts.person).toBe("People/Ana Diaz.md");
		expect(posts.posts.map((p) => p.path)).toContain(GOOD_POST);
	});

	it("who-cares on a file that is not text says it could not be read", () => {
		const result = runCli(cli, ["who-cares", BINARY_JUNK, "--vault", vault, "--today", CORPUS_TODAY, "--json"]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^top-of-mind: Could not read the note \(it holds NUL bytes/);
	});

	it.each([HUGE_POST, LONG_PERSON, NFD_PERSON, "People/🦄 Uni Corn.md", "People/مريم العلي.md", "Notes/Empty.md", "People/List frontmatter.md", "People/Unclosed.md", "Notes/Weird links.md"])(
		"who-cares --json on %s succeeds",
		(path) => {
			const result = json<WhoCaresJson>(["who-cares", path]);
			expect(result.note).toBe(path.normalize("NFC"));
		},
	);

	it.each([LONG_PERSON, NFD_PERSON, "People/Objects.md", "People/Bad yaml.md"])("posts-for --json on %s succeeds", (path) => {
		expect(json<{ person: string }>(["posts-for", path]).person).toBe(path.normalize("NFC"));
	});
});
