import { describe, expect, it } from "vitest";
import { headingOf, normalizeHeadingText } from "../../../src/core/markdown/headings";
import { linkTargetsIn } from "../../../src/core/markdown/links";
import { parseLogLine, parseLogSection } from "../../../src/core/contact/log-section";
import type { LogEntry } from "../../../src/core/model/types";

describe("parseLogLine", () => {
	it.each<[string, LogEntry | null]>([
		["- 2026-09-14 Coffee; talked pricing", { date: "2026-09-14", text: "Coffee; talked pricing", links: [] }],
		["* 2026-09-14: text", { date: "2026-09-14", text: "text", links: [] }],
		["+ 2026-09-14 - text", { date: "2026-09-14", text: "text", links: [] }],
		["1. 2026-09-14 | text", { date: "2026-09-14", text: "text", links: [] }],
		["- [x] 2026-09-14 text", { date: "2026-09-14", text: "text", links: [] }],
		["- [X] 2026-09-14 text", { date: "2026-09-14", text: "text", links: [] }],
		["- **2026-09-14** text", { date: "2026-09-14", text: "text", links: [] }],
		["- __2026-09-14__: text", { date: "2026-09-14", text: "text", links: [] }],
		["- `2026-09-14` text", { date: "2026-09-14", text: "text", links: [] }],
		["- [[2026-09-14]] text", { date: "2026-09-14", text: "text", links: [] }],
		["- [[Daily/2026-09-14|Sep 14]] text", { date: "2026-09-14", text: "text", links: [] }],
		["- [2026-09-14](Daily/2026-09-14.md) text", { date: "2026-09-14", text: "text", links: [] }],
		["2026-09-14 — text", { date: "2026-09-14", text: "text", links: [] }],
		["2026-09-14 – text", { date: "2026-09-14", text: "text", links: [] }],
		["    - 2026-09-14 nested item", { date: "2026-09-14", text: "nested item", links: [] }],
		["- 2026-09-14", { date: "2026-09-14", text: "", links: [] }],
		[
			"- 2026-09-14 Shared [[Posts/Pricing|the pricing post]] and [[Hiring#Intro]]",
			{ date: "2026-09-14", text: "Shared [[Posts/Pricing|the pricing post]] and [[Hiring#Intro]]", links: ["Posts/Pricing", "Hiring"] },
		],
		[
			"- 2026-09-14 Shared [Pricing](Posts/Pricing%20essay.md) see [site](https://x.example)",
			{ date: "2026-09-14", text: "Shared [Pricing](Posts/Pricing%20essay.md) see [site](https://x.example)", links: ["Posts/Pricing essay.md"] },
		],
		["- [ ] 2026-09-14 call Ana", null],
		["- [-] 2026-09-14 cancelled", null],
		["- 2026-02-30 impossible", null],
		["- 2026-09-145 not a date", null],
		["- 2026-09-14abc", null],
		["- Coffee on 2026-09-14", null],
		["- **2026-09-14* mismatched", null],
		["- [[Ana Diaz]] met", null],
		["", null],
	])("%j", (line, expected) => {
		expect(parseLogLine(line)).toEqual(expected);
	});
});

describe("parseLogSection", () => {
	it("reads the lines under the log heading until the next heading of the same level", () => {
		const body = [
			"# Ana",
			"- 2026-01-01 before the log: ignored",
			"## Log",
			"- 2026-09-14 Coffee; talked pricing",
			"Some prose line without a date",
			"### 2026",
			"- 2026-10-01 still in the log (deeper heading)",
			"## Notes",
			"- 2026-11-01 after the log: ignored",
		].join("\n");
		expect(parseLogSection(body, "Log").map((e) => e.date)).toEqual(["2026-09-14", "2026-10-01"]);
	});

	it("matches the heading at any level, ignoring case, spaces, markup and a trailing colon", () => {
		expect(parseLogSection("#### log\n- 2026-01-01 a", "Log")).toHaveLength(1);
		expect(parseLogSection("#   LOG   \n- 2026-01-01 a", "Log")).toHaveLength(1);
		expect(parseLogSection("## **Log**:\n- 2026-01-01 a", "Log")).toHaveLength(1);
		expect(parseLogSection("## Log ##\n- 2026-01-01 a", "Log")).toHaveLength(1);
		expect(parseLogSection("## Log\n- 2026-01-01 a", "## Log")).toHaveLength(1);
		expect(parseLogSection("## Logbook\n- 2026-01-01 a", "Log")).toHaveLength(0);
		expect(parseLogSection("#Log\n- 2026-01-01 a", "Log")).toHaveLength(0);
	});

	it("ends at a higher-level heading", () => {
		expect(parseLogSection("### Log\n- 2026-01-01 a\n# Next\n- 2026-01-02 b", "Log")).toHaveLength(1);
	});

	it("reads several log sections", () => {
		const body = "## Log\n- 2026-01-01 a\n## Other\n- 2026-01-02 b\n## Log\n- 2026-01-03 c";
		expect(parseLogSection(body, "Log").map((e) => e.text)).toEqual(["a", "c"]);
	});

	it("ignores headings and lines in fenced code blocks", () => {
		const body = [
			"```",
			"## Log",
			"- 2026-01-01 in code before",
			"```",
			"## Log",
			"- 2026-01-02 real",
			"~~~md",
			"## Notes",
			"- 2026-01-03 in code inside the log",
			"~~~",
			"- 2026-01-04 real again",
			"````",
			"```",
			"## Notes",
			"````",
			"- 2026-01-05 after a longer fence",
		].join("\n");
		expect(parseLogSection(body, "Log").map((e) => e.date)).toEqual(["2026-01-02", "2026-01-04", "2026-01-05"]);
	});

	it("ignores fences indented in list items", () => {
		const body = "## Log\n- 2026-01-01 a\n    ```\n    - 2026-01-03 example in code\n    ```\n- 2026-01-02 b";
		expect(parseLogSection(body, "Log").map((e) => e.text)).toEqual(["a", "b"]);
	});

	it("handles Windows line endings", () => {
		expect(parseLogSection("## Log\r\n- 2026-01-01 a\r\n", "Log")).toEqual([{ date: "2026-01-01", text: "a", links: [] }]);
	});

	it("returns nothing without a heading or with an empty configured heading", () => {
		expect(parseLogSection("- 2026-01-01 a", "Log")).toEqual([]);
		expect(parseLogSection("## Log\n- 2026-01-01 a", " ")).toEqual([]);
	});
});

describe("helpers", () => {
	it("reads ATX headings", () => {
		expect(headingOf("## Log")).toEqual({ level: 2, text: "Log" });
		expect(headingOf("   # A #")).toEqual({ level: 1, text: "A" });
		expect(headingOf("#")).toEqual({ level: 1, text: "" });
		expect(headingOf("    # code")).toBeNull();
		expect(headingOf("####### seven")).toBeNull();
		expect(headingOf("#tag")).toBeNull();
	});
	it("normalizes heading text", () => {
		expect(normalizeHeadingText(" ## `Log`: ")).toBe("log");
	});
	it("finds link targets", () => {
		expect(linkTargetsIn("[[A]] ![[B.png]] [c](C.md) [[#Heading]] [d](<D E.md>) [e](mailto:x@y.z)")).toEqual([
			"A",
			"B.png",
			"C.md",
			"D E.md",
		]);
	});
});
