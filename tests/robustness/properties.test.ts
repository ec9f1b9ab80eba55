/**
 * Property-based tests (fast-check): whatever a note holds, the readers of values, dates,
 * cadences, tags and links never throw and always return what their types promise; valid
 * forms round-trip; and an index kept up to date one change at a time always equals one
 * built from scratch (with shrinking to the shortest failing sequence of changes).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCadence } from "../../src/core/values/cadence";
import { coerceStringList, coerceText, foldCase, type LinkMode } from "../../src/core/values/coerce";
import { toPerson, toPost } from "../../src/core/vault/people-and-posts";
import { defaultCoreConfig } from "../../src/core/model/config";
import { addDaysIso, coerceDate, daysInMonth, diffDaysIso, isIsoDate, isoFromParts } from "../../src/core/values/dates";
import { extractLinks } from "../../src/core/markdown/links";
import { extractTags } from "../../src/core/markdown/tags";
import { splitFrontmatter } from "../../src/core/markdown/frontmatter";
import { parseLogSection } from "../../src/core/contact/log-section";
import { appendToSection, replaceSection } from "../../src/core/edits/note-edits";
import { NetworkIndex } from "../../src/core/index/network-index";
import type { NoteRecord, Problem } from "../../src/core/model/types";
import { note } from "../builders/note-builder";
import { answers, indexOptions } from "../builders/random-vault";
import { propertyRuns } from "../helpers/property-runs";

const RUNS = propertyRuns();

// ---------------------------------------------------------------------------------------------
// Values as YAML parsers hand them over
// ---------------------------------------------------------------------------------------------

const TRICKY_STRINGS = [
	"",
	"   ",
	"[[Ana Diaz]]",
	"[[People/Ana Diaz|Ana]]",
	"[[]]",
	"[[|]]",
	"[Ana](People/Ana%20Diaz.md)",
	"[x](%E0%A4%A)",
	"<https://x.example>",
	"<img src=x onerror=alert(1)>",
	"#pricing",
	"##",
	"a, b, [[c, d]]",
	",,,",
	"2026-11-05",
	"2026-02-30",
	"31/02/2026",
	"0000-00-00",
	"10000-01-01",
	"2w",
	"-5d",
	"0",
	"soon",
	"every 2 weeks",
	"mailto:ana@example.com",
	"yes",
	"__proto__",
	"\u0000\uFFFD\uD800",
	"Zoe\u0308",
];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
	fc.string(),
	fc.string({ unit: "binary" }),
	fc.constantFrom(...TRICKY_STRINGS),
	fc.integer(),
	fc.double(),
	fc.bigInt(),
	fc.boolean(),
	fc.constant(null),
	fc.constant(undefined),
	fc.date({ noInvalidDate: false }),
);

/** Lists (nested, as YAML reads an unquoted `[[x]]`), objects and scalars. */
const { value: yamlValue } = fc.letrec<{ value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		scalar,
		fc.array(tie("value"), { maxLength: 4 }),
		fc.array(fc.tuple(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "toString")), tie("value")), { maxLength: 3 }).map((entries) => Object.fromEntries(entries)),
	),
}));

const KEYS = ["type", "topics", "interests", "tags", "aliases", "alias", "company", "role", "email", "url", "last_contact", "Last Contact", "cadence", "snooze_until", "status", "archived", "shared_with", "published", "title", "__proto__", "constructor", "hasOwnProperty"];

/** A frontmatter object: known keys (in any spelling) and others, with any values. */
const frontmatter: fc.Arbitrary<Record<string, unknown>> = fc
	.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), yamlValue), { maxLength: 12 })
	.map((entries) => Object.fromEntries(entries) as Record<string, unknown>);

function expectProblems(problems: Problem[], path: string, keys: readonly string[]): void {
	for (const problem of problems) {
		expect(problem.path).toBe(path);
		expect(keys).toContain(problem.key);
		expect(typeof problem.message).toBe("string");
		expect(problem.message.trim().length).toBeGreaterThan(0);
	}
}

const isStringList = (values: unknown): boolean => Array.isArray(values) && values.every((v) => typeof v === "string");

describe("coercion never throws and returns typed values", () => {
	const ctx = { path: "People/Ana Diaz.md", key: "topics" };

	it("coerceStringList: trimmed, non-empty, distinct strings; problems name the note and key", () => {
		const options = fc.record({
			link: fc.constantFrom<LinkMode>("target", "text", "none"),
			numbers: fc.constantFrom<"text" | "problem">("text", "problem"),
			splitCommas: fc.boolean(),
			stripHash: fc.boolean(),
		});
		fc.assert(
			fc.property(yamlValue, options, (value, opts) => {
				const { values, problems } = coerceStringList(value, ctx, opts);
				expect(isStringList(values)).toBe(true);
				for (const v of values) {
					expect(v).toBe(v.trim());
					expect(v).not.toBe("");
				}
				expect(new Set(values.map(foldCase)).size).toBe(values.length);
				expectProblems(problems, ctx.path, [ctx.key]);
			}),
			RUNS,
		);
	});

	it("coerceText: a non-empty trimmed string or null; problems name the note and key", () => {
		fc.assert(
			fc.property(yamlValue, fc.constantFrom<LinkMode>("target", "text", "none"), (value, link) => {
				const { value: text, problems } = coerceText(value, ctx, { link });
				if (text !== null) {
					expect(typeof text).toBe("string");
					expect(text).not.toBe("");
				}
				expectProblems(problems, ctx.path, [ctx.key]);
			}),
			RUNS,
		);
	});

	it("coerceDate: a real YYYY-MM-DD day or null, with a problem only as text", () => {
		fc.assert(
			fc.property(yamlValue, (value) => {
				const { date, problem } = coerceDate(value);
				if (date !== null) expect(isIsoDate(date)).toBe(true);
				if (problem !== undefined) expect(problem.length).toBeGreaterThan(0);
				// Nothing, or no problem: never both silent and empty for a non-empty value.
				if (date === null && problem === undefined) expect(value === null || value === undefined || (typeof value === "string" && value.trim() === "") || Array.isArray(value)).toBe(true);
			}),
			RUNS,
		);
	});

	it("toPerson and toPost: typed fields; every problem names the note and a key it has", () => {
		const config = defaultCoreConfig();
		fc.assert(
			fc.property(frontmatter, fc.string(), fc.option(fc.string(), { nil: undefined }), (fm, body, error) => {
				const record = note("People/Ana Diaz.md").fm(fm).body(body).build();
				if (error !== undefined) record.frontmatterError = error;
				const keys = [...Object.keys(fm), "frontmatter"];

				const { person, problems } = toPerson(record, config);
				expectProblems(problems, record.path, keys);
				expect(person.name).toBe("Ana Diaz");
				for (const list of [person.aliases, person.topics, person.tags]) expect(isStringList(list)).toBe(true);
				for (const text of [person.company, person.role, person.email, person.url]) expect(text === null || typeof text === "string").toBe(true);
				for (const date of [person.lastContactField, person.snoozeUntil]) expect(date === null || isIsoDate(date)).toBe(true);
				expect(person.cadenceDays === null || (Number.isInteger(person.cadenceDays) && person.cadenceDays > 0 && person.cadenceDays <= 36500)).toBe(true);
				expect(typeof person.archived).toBe("boolean");
				expect(person.log.every((entry) => isIsoDate(entry.date))).toBe(true);

				const { post, problems: postProblems } = toPost(record, config);
				expectProblems(postProblems, record.path, keys);
				expect(typeof post.title).toBe("string");
				expect(post.title).not.toBe("");
				for (const list of [post.aliases, post.topics, post.tags, post.sharedWith]) expect(isStringList(list)).toBe(true);
				expect([null, "idea", "draft", "published"]).toContain(post.status);
				expect(post.published === null || isIsoDate(post.published)).toBe(true);
				expect(post.url === null || typeof post.url === "string").toBe(true);
			}),
			RUNS,
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Cadences
// ---------------------------------------------------------------------------------------------

const UNITS: ReadonlyArray<[string, number]> = [
	["d", 1],
	["day", 1],
	["days", 1],
	["w", 7],
	["wk", 7],
	["weeks", 7],
	["m", 30],
	["mo", 30],
	["months", 30],
	["q", 90],
	["quarters", 90],
	["y", 365],
	["yr", 365],
	["years", 365],
];

describe("cadences", () => {
	it("parseCadence never throws: positive whole days up to 100 years, or a problem", () => {
		fc.assert(
			fc.property(fc.oneof(yamlValue, fc.string().map((s) => `${s}d`), fc.double().map(String)), (value) => {
				const { days, problem } = parseCadence(value);
				if (days !== null) {
					expect(Number.isInteger(days)).toBe(true);
					expect(days).toBeGreaterThan(0);
					expect(days).toBeLessThanOrEqual(36500);
					expect(problem).toBeUndefined();
				} else if (!(value === null || value === undefined || (typeof value === "string" && value.trim() === ""))) {
					expect(typeof problem).toBe("string");
				}
			}),
			RUNS,
		);
	});

	it("reads every generated `n unit` form as n times the unit, whatever the case and spacing", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 5000 }),
				fc.constantFrom(...UNITS),
				fc.constantFrom("", " ", "  "),
				fc.boolean(),
				fc.boolean(),
				(n, [unit, perUnit], gap, upper, every) => {
					const written = `${every ? "every " : ""}${n}${gap}${upper ? unit.toUpperCase() : unit}`;
					const { days, problem } = parseCadence(` ${written} `);
					if (n * perUnit <= 36500) expect({ days, problem }).toEqual({ days: n * perUnit });
					else expect(days).toBeNull();
				},
			),
			RUNS,
		);
	});

	it("reads whole numbers of days, as numbers and as text; refuses zero, negatives and fractions", () => {
		fc.assert(
			fc.property(fc.integer({ min: -100000, max: 100000 }), fc.boolean(), (n, asText) => {
				const { days } = parseCadence(asText ? String(n) : n);
				expect(days).toBe(n >= 1 && n <= 36500 ? n : null);
				expect(parseCadence(`${n}.5d`).days).toBeNull();
			}),
			RUNS,
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** A real calendar day in the years 1000–9000 (where JavaScript's Date is a fair oracle). */
const isoDay = fc
	.record({ year: fc.integer({ min: 1000, max: 9000 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
	.map(({ year, month, day }) => isoFromParts(year, month, Math.min(day, daysInMonth(year, month))));

function utcPlus(date: string, days: number): string {
	const [y, m, d] = date.split("-").map(Number) as [number, number, number];
	const t = new Date(0);
	t.setUTCFullYear(y, m - 1, d + days);
	return t.toISOString().slice(0, 10);
}

describe("dates", () => {
	it("coerceDate returns a generated day as written, alone, with a time, or as a daily-note link", () => {
		const written = fc.tuple(isoDay, fc.constantFrom("", "T09:30", " 09:30", "T09:30:00.000Z", "T23:59+02:00", "t00:00-11:00")).map(([day, time]) => [day, `${day}${time}`] as const);
		fc.assert(
			fc.property(written, fc.constantFrom("plain", "link", "aliased", "list"), ([day, text], shape) => {
				const value = shape === "plain" ? text : shape === "link" ? `[[${day}]]` : shape === "aliased" ? `[[Daily/${day}|a day]]` : [[day]];
				expect(coerceDate(value)).toEqual({ date: day });
			}),
			RUNS,
		);
	});

	it("coerceDate of a string never throws and only ever returns real days", () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,5}-\d{1,2}-\d{1,2}$/)), (text) => {
				const { date, problem } = coerceDate(text);
				if (date !== null) expect(isIsoDate(date)).toBe(true);
				else if (text.trim() !== "") expect(typeof problem).toBe("string");
			}),
			RUNS,
		);
	});

	it("addDaysIso and diffDaysIso are inverse, and agree with UTC calendar arithmetic", () => {
		fc.assert(
			fc.property(isoDay, fc.integer({ min: -300_000, max: 300_000 }), (day, n) => {
				const later = addDaysIso(day, n);
				expect(isIsoDate(later)).toBe(true);
				expect(diffDaysIso(later, day)).toBe(n);
				expect(addDaysIso(later, -n)).toBe(day);
				expect(later).toBe(utcPlus(day, n));
			}),
			RUNS,
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Tags and links
// ---------------------------------------------------------------------------------------------

const markdownish = fc.oneof(
	fc.string(),
	fc.string({ unit: "binary" }),
	fc.array(fc.constantFrom("#tag", "[[a]]", "[[", "]]", "[x](y.md)", "`", "```", "~~~", "%%", "\n", " ", "#", "!", "|", "(", ")", "<", ">", "\r\n", "\t", "é", "🦄", "a"), { maxLength: 60 }).map((parts) => parts.join("")),
);

describe("tags and links", () => {
	it("extractTags never throws; tags are lower case, non-empty, without # or white space", () => {
		fc.assert(
			fc.property(markdownish, (text) => {
				for (const tag of extractTags(text)) {
					expect(tag).not.toBe("");
					expect(tag).not.toMatch(/\s/);
					expect(tag.startsWith("#")).toBe(false);
					expect(tag).toBe(tag.toLowerCase());
				}
			}),
			RUNS,
		);
	});

	it("extractLinks and parseLogSection never throw; links have targets and lines inside the text", () => {
		fc.assert(
			fc.property(markdownish, fc.integer({ min: 0, max: 100 }), (text, offset) => {
				const lines = text.split(/\r\n|\n|\r/).length;
				for (const link of extractLinks(text, offset)) {
					expect(link.target.trim()).not.toBe("");
					expect(link.line).toBeGreaterThanOrEqual(offset);
					expect(link.line).toBeLessThan(offset + lines);
				}
				for (const entry of parseLogSection(`## Log\n${text}`, "Log")) expect(isIsoDate(entry.date)).toBe(true);
				expect(typeof splitFrontmatter(text).body).toBe("string");
			}),
			RUNS,
		);
	});

	// Text that cannot form or break a link: no brackets, parentheses, code, comments or `!`.
	const filler = fc.string({ unit: fc.constantFrom(...Array.from("abc xyz,.;:-_'\n\té🦄#/")), maxLength: 30 });
	const name = fc
		.string({ unit: fc.constantFrom(...Array.from("abcdefghij ABC-_.'éü🦄0123")), minLength: 1, maxLength: 20 })
		.filter((s) => s.trim() !== "" && s === s.trim());
	const link = fc.tuple(name, fc.constantFrom("wiki", "alias", "heading", "embed", "markdown", "angle")).map(([target, style]) => {
		const written =
			style === "wiki"
				? `[[${target}]]`
				: style === "alias"
					? `[[${target}|shown]]`
					: style === "heading"
						? `[[${target}#Part]]`
						: style === "embed"
							? `![[${target}]]`
							: style === "markdown"
								? `[shown](${encodeURI(`${target}.md`)})`
								: `[shown](<${target}.md>)`;
		return { written, target: style === "markdown" || style === "angle" ? `${target}.md` : target, embed: style === "embed" };
	});

	it("finds exactly the links embedded in random text, in order", () => {
		fc.assert(
			fc.property(filler, fc.array(fc.tuple(link, filler), { maxLength: 6 }), (first, rest) => {
				const text = first + rest.map(([l, after]) => ` ${l.written} ${after}`).join("");
				const found = extractLinks(text, 0);
				expect(found.map((l) => [l.target, l.embed])).toEqual(rest.map(([l]) => [l.target, l.embed]));
			}),
			RUNS,
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Note edits
// ---------------------------------------------------------------------------------------------

describe("note edits", () => {
	it("appendToSection and replaceSection keep every line of the note they do not own", () => {
		const lines = fc.array(fc.oneof(fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, " ")), fc.constantFrom("## Log", "## Follow-ups", "# Title", "```", "---", "- 2026-01-01 x", "")), { maxLength: 15 });
		fc.assert(
			fc.property(lines, fc.constantFrom("\n", "\r\n"), fc.boolean(), (noteLines, eol, finalNewline) => {
				const text = noteLines.join(eol) + (finalNewline && noteLines.length > 0 ? eol : "");
				const appended = appendToSection(text, "Log", "- 2026-11-26 Called");
				// The added line is a log line the reader sees (never swallowed by a code block left open)…
				const logDates = (t: string): string[] => parseLogSection(splitFrontmatter(t).body, "Log").map((e) => e.date);
				expect(logDates(appended)).toEqual(expect.arrayContaining(["2026-11-26"]));
				expect(logDates(appended).length).toBe(logDates(text).length + 1);
				// …and removing it (with the heading or closing fence it needed) gives back the note's lines.
				const kept = (t: string): string[] => t.split(/\r?\n/).filter((l) => l.trim() !== "" && l !== "- 2026-11-26 Called" && l !== "## Log");
				const before = kept(text);
				expect(kept(appended).slice(0, before.length)).toEqual(before);
				expect(kept(appended).slice(before.length).every((l) => /^(`{3,}|~{3,})$/.test(l))).toBe(true);
				// Follow-ups: written once, found again, never duplicated.
				const replaced = replaceSection(text, "Follow-ups", "- [ ] call [[Ana]]");
				expect(replaceSection(replaced, "Follow-ups", "- [ ] call [[Ana]]")).toBe(replaced);
				expect(replaceSection(replaced, "Follow-ups", "- [ ] call [[Bo]]").split("call [[").length).toBe(replaced.split("call [[").length);
			}),
			RUNS,
		);
	});
});

// ---------------------------------------------------------------------------------------------
// The index: random changes, one at a time, against a fresh build
// ---------------------------------------------------------------------------------------------

const PATHS = ["People/Ana Diaz.md", "People/Ben Ode.md", "Notes/Ana Diaz.md", "Posts/Pricing essay.md", "Posts/K8s costs.md", "2026-10-01.md", "2026-10-15.md", "Topics/Pricing.md"];
const PERSON_FM: ReadonlyArray<Record<string, unknown>> = [
	{ type: "person", topics: ["pricing"], cadence: "2w", last_contact: "2026-10-01" },
	{ type: "person", topics: "k8s, cloud cost", aliases: ["Ana"], cadence: "soon" },
	{ topics: [["pricing"]], last_contact: "31/02/2026" },
	{ type: "post", topics: ["pricing"], shared_with: ["[[Ana Diaz]]", 42] },
	{},
];
const POST_FM: ReadonlyArray<Record<string, unknown>> = [
	{ type: "post", status: "published", topics: ["pricing"], shared_with: ["[[Ana Diaz]]"] },
	{ type: "post", status: "finished", topics: ["k8s"], shared_with: "[[Ben Ode]], [[Ana]]" },
	{ type: "person", topics: ["hiring"] },
	{ title: { a: 1 }, published: 20261105 },
];
const BODIES = ["", "Usage-based pricing and the cloud bill.", "Coffee with [[Ana Diaz]] and [[Ben Ode|Ben]].", "- [ ] call [[Ben Ode]]\n- [x] met [[Ana]]", "## Log\n- 2026-10-20 Shared [[Pricing essay]]\n- 2026-02-30 no day"];

function noteVersion(path: string, variant: number, mtime: number): NoteRecord {
	const fmPool = path.startsWith("Posts/") ? POST_FM : path.startsWith("Topics/") ? [{ aliases: ["monetisation", "pricing models"] }, {}] : /^\d/.test(path) ? [{}] : PERSON_FM;
	return note(path)
		.fm(fmPool[variant % fmPool.length] ?? {})
		.body(BODIES[variant % BODIES.length] ?? "")
		.mtime(mtime)
		.build();
}

type Op = { kind: "upsert"; path: string; variant: number } | { kind: "remove"; path: string } | { kind: "rename"; from: string; to: string };

const op: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ kind: fc.constant("upsert" as const), path: fc.constantFrom(...PATHS), variant: fc.nat({ max: 19 }) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }) },
);

describe("the index", () => {
	it("after any sequence of changes answers exactly as an index built from the final notes", () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
				const index = new NetworkIndex(indexOptions());
				const records = new Map<string, NoteRecord>();
				let clock = Date.UTC(2026, 0, 1);
				for (const change of ops) {
					clock += 1000;
					if (change.kind === "upsert") {
						const record = noteVersion(change.path, change.variant, clock);
						records.set(record.path, record);
						index.upsert(record);
					} else if (change.kind === "remove") {
						records.delete(change.path);
						index.remove(change.path);
					} else {
						const old = records.get(change.from);
						if (old === undefined || change.from === change.to) continue;
						const moved = note(change.to).fm(old.frontmatter ?? {}).body(old.body).mtime(clock).build();
						records.delete(change.from);
						records.set(change.to, moved);
						index.rename(change.from, moved);
					}
				}
				const fresh = new NetworkIndex(indexOptions());
				for (const record of [...records.values()].reverse()) fresh.upsert(record);
				expect(answers(index, records)).toEqual(answers(fresh, records));
			}),
			{ numRuns: 150 },
		);
	});
});
