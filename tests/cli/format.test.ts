/**
 * The pieces of the command line that need no vault: argument parsing, the plugin
 * settings file, human formatting and colour. The built command line itself (colour in a
 * real terminal included) is tested in cli.test.ts.
 */
import { describe, expect, it } from "vitest";
import { mainHelp, parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";
import { cadenceText } from "../../src/core/values/cadence";
import { createStyle, dueText, formatFollowups, lastContactText, wantsColor, wrapReasons } from "../../src/cli/format";
import { settingsFromData } from "../../src/cli/settings-file";
import { defaultCoreConfig } from "../../src/core/model/config";

function usageError(argv: string[]): CliError {
	try {
		parseArgs(argv);
	} catch (error) {
		if (error instanceof CliError) return error;
		throw error;
	}
	throw new Error(`no error for ${argv.join(" ")}`);
}

describe("parseArgs", () => {
	it("reads options in any order, with = or a separate value", () => {
		expect(parseArgs(["--vault", "v", "who-cares", "--limit=3", "Posts/A.md", "--json", "--today", "2026-11-26"])).toEqual({
			kind: "run",
			args: { command: "who-cares", note: "Posts/A.md", vault: "v", limit: 3, today: "2026-11-26", json: true, due: false, all: false },
		});
		expect(parseArgs(["people", "--vault=v", "--due"])).toEqual({
			kind: "run",
			args: { command: "people", vault: "v", json: false, due: true, all: false },
		});
		expect(parseArgs(["posts-for", "--all", "People/Ana.md", "--vault=v"])).toEqual({
			kind: "run",
			args: { command: "posts-for", note: "People/Ana.md", vault: "v", json: false, due: false, all: true },
		});
		expect(() => parseArgs(["people", "--vault=v", "--all"])).toThrow(/--all/);
	});

	it("takes arguments after -- literally, so notes may start with a dash", () => {
		const parsed = parseArgs(["who-cares", "--vault", "v", "--", "-odd name.md"]);
		expect(parsed.kind === "run" && parsed.args.note).toBe("-odd name.md");
	});

	it("returns help for the command named, or the main help", () => {
		expect(parseArgs(["--help"])).toEqual({ kind: "help", text: mainHelp() });
		const help = parseArgs(["stats", "-h"]);
		expect(help.kind === "help" && help.text.startsWith("top-of-mind stats: ")).toBe(true);
		expect(parseArgs(["--version"])).toEqual({ kind: "version" });
	});

	it("marks every mistake as a usage error (exit code 2)", () => {
		for (const argv of [[], ["x"], ["stats"], ["stats", "--vault", "v", "--limit", "2"], ["people", "--vault", "v", "--today", "2026-13-01"]]) {
			expect(usageError(argv).exitCode).toBe(2);
		}
	});
});

describe("settingsFromData", () => {
	it("merges the stored core over the defaults, fields key by key", () => {
		const settings = settingsFromData({
			core: { defaultCadence: "30d", fields: { lastContact: "last_seen" }, person: { folders: ["People"] } },
			notForThem: ["People/A.md::Posts/B.md", 4, "no separator"],
			resultLimit: 5,
		});
		const expected = defaultCoreConfig();
		expected.defaultCadence = "30d";
		expected.fields.lastContact = "last_seen";
		expected.person.folders = ["People"];
		expect(settings.core).toEqual(expected);
		expect([...settings.notForThem]).toEqual(["People/A.md::Posts/B.md"]);
		expect(settings.resultLimit).toBe(5);
		expect(settings.problems).toEqual([]);
	});

	it("keeps defaults for values of the wrong type and says which key", () => {
		const settings = settingsFromData({ core: { person: "People", fields: { topics: "topics" }, excludedFolders: "Archive" }, resultLimit: 0 });
		expect(settings.core).toEqual(defaultCoreConfig());
		expect(settings.resultLimit).toBe(10);
		expect(settings.problems.map((p) => p.key)).toEqual(["core.person", "core.fields.topics", "core.excludedFolders", "resultLimit"]);
		expect(settings.problems[0]?.path).toBe(".obsidian/plugins/top-of-mind/data.json");
	});

	it("treats a file that is not an object as defaults plus a problem", () => {
		for (const data of [null, [], "x", 3]) {
			const settings = settingsFromData(data);
			expect(settings.core).toEqual(defaultCoreConfig());
			expect(settings.problems).toHaveLength(1);
		}
	});
});

describe("human formatting", () => {
	it("says cadences in the largest unit that fits", () => {
		expect([7, 14, 30, 42, 90, 365, 730, 10, 1].map(cadenceText)).toEqual([
			"every week",
			"every 2 weeks",
			"every month",
			"every 6 weeks",
			"every 3 months",
			"every year",
			"every 2 years",
			"every 10 days",
			"every day",
		]);
		expect(cadenceText(null)).toBe("no cadence");
	});

	it("says dates relative to today", () => {
		expect(lastContactText("2026-11-05", "2026-11-26")).toBe("last contact 3 weeks ago");
		expect(lastContactText(null, "2026-11-26")).toBe("never contacted");
		expect(dueText({ due: true, nextDue: "2026-11-20", overdueDays: 6 }, "2026-11-26")).toBe("overdue 6 days");
		expect(dueText({ due: true, nextDue: "2026-11-25", overdueDays: 1 }, "2026-11-26")).toBe("overdue 1 day");
		expect(dueText({ due: true, nextDue: "2026-11-26", overdueDays: 0 }, "2026-11-26")).toBe("due today");
		expect(dueText({ due: false, nextDue: "2026-12-10", overdueDays: 0 }, "2026-11-26")).toBe("due in 2 weeks");
		expect(dueText({ due: false, nextDue: null, overdueDays: 0 }, "2026-11-26")).toBe("no cadence");
		expect(dueText({ due: false, nextDue: null, overdueDays: 0, archived: true }, "2026-11-26")).toBe("archived");
	});

	it("wraps reasons between reasons, and long ones between words", () => {
		expect(wrapReasons(["topic: a", "topic: b"], "  ", 40)).toEqual(["  topic: a; topic: b"]);
		expect(wrapReasons(["aaaa bbbb", "cccc dddd"], "  ", 14)).toEqual(["  aaaa bbbb;", "  cccc dddd"]);
		expect(wrapReasons(["one two three four"], "  ", 12)).toEqual(["  one two", "  three four"]);
	});

	it("keeps columns aligned when colour codes are added", () => {
		const view = {
			vault: "v",
			today: "2026-11-26",
			totalDue: 2,
			snoozed: [],
			problems: 0,
			due: [
				{ path: "A.md", name: "Al", lastContact: null, cadenceDays: 90, nextDue: "2026-11-26", overdueDays: 0, suggestedPosts: [] },
				{ path: "B.md", name: "Bartholomew", lastContact: "2026-10-01", cadenceDays: 14, nextDue: "2026-10-15", overdueDays: 42, suggestedPosts: [] },
			],
		};
		const plain = formatFollowups(view, createStyle(false));
		const coloured = formatFollowups(view, createStyle(true));
		expect(coloured).not.toBe(plain);
		// eslint-disable-next-line no-control-regex -- stripping ANSI colour codes is the point
		expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(plain);
		expect(plain).toContain("\n  Al           due today        never contacted           every 3 months\n");
		expect(plain).toContain("\n  Bartholomew  overdue 42 days  last contact 8 weeks ago  every 2 weeks\n");
	});
});

describe("colour", () => {
	it("is on only for a terminal without NO_COLOR", () => {
		expect(wantsColor({ isTTY: true }, {})).toBe(true);
		expect(wantsColor({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
		expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
		expect(wantsColor({ isTTY: false }, {})).toBe(false);
		expect(wantsColor({}, {})).toBe(false);
	});
});
