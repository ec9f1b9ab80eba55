/**
 * Property tests (fast-check) of the follow-up merge: over random daily notes (a byte-order
 * mark, frontmatter, text before and after the section, a later section with the same heading,
 * any line endings, with or without a final newline) whose follow-up section a user has
 * worked in (ticked lines, edited lines, deleted ones, prose, blank lines, other tasks, deeper
 * headings and code blocks anywhere in it), a re-run with a random due list loses or changes
 * no line of the user's, lists every due person exactly once, changes nothing outside the
 * section, and changes nothing more when run again.
 *
 * The expected note is built from what the generator knows (which lines are the plugin's own),
 * never by asking the code under test.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { followupLine, mergeFollowupSection, NOBODY_DUE_LINE, type FollowupEntry } from "../../../src/core/edits/followup-section";
import { FenceTracker } from "../../../src/core/markdown/fences";
import { splitFrontmatter } from "../../../src/core/markdown/frontmatter";
import { extractLinks } from "../../../src/core/markdown/links";
import { propertyRuns } from "../../helpers/property-runs";

/** Within `npm test`'s time: every property below runs this many notes. */
const RUNS = propertyRuns();

const PEOPLE = ["Ana Diaz", "Bo Berg", "Cy Chen", "Dee Fox", "Eve Gray", "Finn Ho"];
const path = (name: string): string => `People/${name}.md`;

function personOf(target: string): string | null {
	const name = (target.split("/").pop() ?? "").replace(/\.md$/i, "");
	return PEOPLE.includes(name) ? path(name) : null;
}

/** The person links on a line (a note's people, resolved as the adapter does). */
function peopleOn(line: string): string[] {
	return extractLinks(line, 0)
		.map((link) => personOf(link.target))
		.filter((person): person is string => person !== null);
}

// ---------------------------------------------------------------------------------------------
// Due lists: the command's own lines, in every link style the user's settings may give
// ---------------------------------------------------------------------------------------------

const linkTo = (name: string, style: number): string =>
	style === 0 ? `[[${name}]]` : style === 1 ? `[[People/${name}|${name}]]` : `[${name}](${encodeURI(path(name))})`;

const dueList: fc.Arbitrary<FollowupEntry[]> = fc
	.tuple(
		fc.uniqueArray(fc.constantFrom(...PEOPLE), { maxLength: PEOPLE.length }),
		fc.nat({ max: 2 }),
		fc.array(fc.tuple(fc.nat({ max: 400 }), fc.boolean(), fc.boolean()), { minLength: PEOPLE.length, maxLength: PEOPLE.length }),
	)
	.map(([names, style, details]) =>
		names.map((name, i) => {
			const [overdueDays, contacted, send] = details[i] ?? [0, false, false];
			const line = followupLine({ person: linkTo(name, style), overdueDays, lastContact: contacted ? "2026-10-02" : null, send: send ? linkTo("Pricing page", style) : null });
			return { person: path(name), line };
		}),
	);

// ---------------------------------------------------------------------------------------------
// A daily note, as lines that know whose they are
// ---------------------------------------------------------------------------------------------

type Role = "outside" | "heading" | "own" | "user";

interface GenLine {
	text: string;
	role: Role;
	/** For a user line outside code: the person it names (a ticked or edited own line). */
	person?: string;
}

/** What a user does to one of the plugin's lines. */
const editOf: fc.Arbitrary<"keep" | "tick" | "edit" | "indent" | "delete"> = fc.constantFrom("keep", "keep", "tick", "tick", "edit", "indent", "delete");

/** Prose of the user's: never a heading, a fence, an own line or a link to a person. */
const prose: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom("Ana said: send the pricing deck by Friday.", "  indented thought", "> a quote", "Met [[Zed Who]] at lunch.", "%% a comment %%", "| a | table |"),
	// No `%%` left open: a comment running to the end of the note hides what follows it.
	fc.string({ maxLength: 24 }).map((s) => `note: ${s.replace(/[\r\n]/g, " ").replace(/%/g, "")}`),
);

const otherTask: fc.Arbitrary<string> = fc.constantFrom("- [ ] buy milk", "- [x] send [[Pricing page]] to the team", "- [ ] ask [[Zed Who]] — due today", "* [ ] [[Zed Who]] — due today (never contacted)", "1. [ ] plan");

const userLines = (...texts: string[]): GenLine[] => texts.map((text) => ({ text, role: "user" }));

/** Lines a user inserts somewhere in the section; `level` is the section's heading level. */
function insertion(level: number): fc.Arbitrary<GenLine[]> {
	const deeper = fc.integer({ min: level + 1, max: 6 }).map((l) => userLines(`${"#".repeat(l)} Notes`));
	// A code block holding what would otherwise be an own line and the section's heading.
	const code = fc.constantFrom("```", "~~~~").map((fence) => userLines(`${fence}md`, "- [ ] [[Ana Diaz]] — due today (never contacted)", "## Follow-ups", fence));
	return fc.oneof(prose.map((text) => userLines(text)), fc.constant("").map((text) => userLines(text)), otherTask.map((text) => userLines(text)), ...(level < 6 ? [deeper] : []), code);
}

const outsidePool: fc.Arbitrary<string> = fc.oneof(
	prose,
	fc.constantFrom("# Friday, 20 November 2026", "## Plan", "- [ ] write", "- [x] met [[Bo Berg]]", "", "- [ ] [[Cy Chen]] — due today (never contacted)", "### Follow-ups later"),
);

/** Text before the section: never its heading outside code, never a fence left open. */
const before: fc.Arbitrary<GenLine[]> = fc
	.tuple(fc.boolean(), fc.array(fc.oneof(outsidePool.map((t) => [t]), fc.constant(["```", "## Follow-ups", "```"])), { maxLength: 6 }))
	.map(([frontmatter, chunks]) => [...(frontmatter ? ["---", "tags: [daily]", "# Follow-ups", "---"] : []), ...chunks.flat()].map((text) => ({ text, role: "outside" as const })));

/** Text after the section: starts with a heading that ends it (maybe the same heading again). */
function after(level: number): fc.Arbitrary<GenLine[]> {
	const ender = fc.oneof(fc.integer({ min: 1, max: level }).map((l) => `${"#".repeat(l)} Journal`), fc.constant(`${"#".repeat(level)} Follow-ups`));
	const rest = fc.tuple(ender, fc.array(outsidePool, { maxLength: 4 }), fc.boolean()).map(([head, lines, openFence]) => [head, ...lines, ...(openFence ? ["```", "left open"] : [])]);
	return fc.option(rest, { nil: undefined }).map((lines) => (lines ?? []).map((text) => ({ text, role: "outside" as const })));
}

interface Shape {
	lines: GenLine[];
	bom: boolean;
	endings: "\n" | "\r\n" | "\r" | "mixed";
	mixed: string[];
	finalNewline: boolean;
}

const headingText = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom("Follow-ups", "**Follow-ups:**", "follow-ups ##"));

/** A daily note after a first run with one due list, and the user's work on its section. */
const dailyNote: fc.Arbitrary<Shape> = headingText.chain(([level, text]) =>
	fc
		.record({
			before,
			first: dueList,
			edits: fc.array(editOf, { minLength: PEOPLE.length, maxLength: PEOPLE.length }),
			inserts: fc.array(fc.tuple(fc.nat({ max: 20 }), insertion(level)), { maxLength: 5 }),
			after: after(level),
			bom: fc.boolean(),
			endings: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const, "mixed" as const),
			mixed: fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 60, maxLength: 60 }),
			finalNewline: fc.boolean(),
		})
		.map(({ before: pre, first, edits, inserts, after: post, bom, endings, mixed, finalNewline }) => {
			// Chunks, so an insertion never lands inside a code block inserted before it.
			const section: GenLine[][] = first.length === 0 ? [[{ text: NOBODY_DUE_LINE, role: "own" }]] : [];
			first.forEach((entry, i) => {
				const edit = edits[i] ?? "keep";
				if (edit === "keep") section.push([{ text: entry.line, role: "own" }]);
				else if (edit === "tick") section.push([{ text: entry.line.replace("- [ ]", "- [x]"), role: "user", person: entry.person }]);
				else if (edit === "indent") section.push([{ text: `  ${entry.line}`, role: "user", person: entry.person }]);
				else if (edit === "edit") section.push([{ text: `${entry.line} — called, left a message`, role: "user", person: entry.person }]);
			});
			for (const [at, lines] of inserts) section.splice(at % (section.length + 1), 0, lines);
			const heading: GenLine = { text: `${"#".repeat(level)} ${text}`, role: "heading" };
			const lines = [...pre, heading, ...section.flat(), ...post];
			// A last blank line without an ending is no line at all: such a note ends with a newline.
			return { lines, bom, endings, mixed, finalNewline: finalNewline || lines[lines.length - 1]?.text === "" };
		}),
);

interface Line {
	text: string;
	end: string;
}

function toText(lines: readonly Line[]): string {
	return lines.map((line) => line.text + line.end).join("");
}

/** The note's lines with their endings, as the shape says. */
function written(shape: Shape): Line[] {
	const lines = shape.lines.map((line, i) => {
		const text = i === 0 && shape.bom ? `\uFEFF${line.text}` : line.text;
		const eol = shape.endings === "mixed" ? (shape.mixed[i % shape.mixed.length] ?? "\n") : shape.endings;
		return { text, end: i === shape.lines.length - 1 && !shape.finalNewline ? "" : eol };
	});
	keepBlankLines(lines);
	return lines;
}

/** CR, then a blank line ending in LF, reads as one CRLF: such a blank line ends in CR. */
function keepBlankLines(lines: Line[]): void {
	lines.forEach((line, i) => {
		if (lines[i - 1]?.end === "\r" && line.text === "" && line.end === "\n") line.end = "\r";
	});
}

/** The dominant ending, counted here: ties go to LF, then CRLF (as the README says). */
function dominant(lines: readonly Line[]): string {
	const count = (end: string): number => lines.filter((line) => line.end === end).length;
	const [lf, crlf, cr] = [count("\n"), count("\r\n"), count("\r")];
	if (crlf > lf && crlf >= cr) return "\r\n";
	if (cr > lf && cr > crlf) return "\r";
	return "\n";
}

/** The note a re-run must give: the spec of the merge, from what the generator knows. */
function expected(shape: Shape, lines: readonly Line[], due: readonly FollowupEntry[]): { text: string; lastIsBlank: boolean } {
	const headingAt = shape.lines.findIndex((line) => line.role === "heading");
	const sectionEnd = shape.lines.findIndex((line, i) => i > headingAt && line.role === "outside");
	const end = sectionEnd < 0 ? shape.lines.length : sectionEnd;
	const roles = shape.lines.slice(headingAt + 1, end);
	const section = lines.slice(headingAt + 1, end);
	const kept = section.filter((_, i) => roles[i]?.role !== "own").map((line) => ({ ...line }));
	const keptPeople = new Set(roles.flatMap((line) => (line.person !== undefined ? [line.person] : [])));
	const firstOwn = roles.findIndex((line) => line.role === "own");
	const lastText = kept.map((line) => line.text.trim() !== "").lastIndexOf(true);
	const at = firstOwn >= 0 ? roles.slice(0, firstOwn).length : lastText + 1;
	// The ending of the first own line replaced, or the one most of the note's other lines have.
	const firstOwnEnd = firstOwn >= 0 ? (section[firstOwn]?.end ?? "") : "";
	const eol = firstOwnEnd || dominant(lines.filter((_, i) => shape.lines[i]?.role !== "own"));
	const fresh = (due.length === 0 ? [NOBODY_DUE_LINE] : due.filter((entry) => !keptPeople.has(entry.person)).map((entry) => entry.line)).map((text) => ({ text, end: eol }));
	const out = [...lines.slice(0, headingAt + 1).map((line) => ({ ...line })), ...kept.slice(0, at), ...fresh, ...kept.slice(at), ...lines.slice(end).map((line) => ({ ...line }))];
	out.forEach((line, i) => {
		if (i < out.length - 1 && line.end === "") line.end = eol;
		if (i === out.length - 1) line.end = shape.finalNewline ? line.end || eol : "";
	});
	keepBlankLines(out);
	return { text: toText(out), lastIsBlank: out[out.length - 1]?.text === "" };
}

/** Links outside unchecked tasks and code: the note's contacts that day. */
function contacts(text: string): string[] {
	return extractLinks(splitFrontmatter(text).body, 0)
		.filter((link) => !link.inUncheckedTask)
		.map((link) => link.target)
		.sort();
}

/** How many lines of the section, outside code, name each person. */
function mentions(lines: readonly Line[], from: number, to: number): Map<string, number> {
	const fences = new FenceTracker();
	const counts = new Map<string, number>();
	for (const line of lines.slice(from, to)) {
		if (fences.inFence(line.text)) continue;
		for (const person of new Set(peopleOn(line.text))) counts.set(person, (counts.get(person) ?? 0) + 1);
	}
	return counts;
}

function splitKeeping(text: string): Line[] {
	return [...text.matchAll(/([^\r\n]*)(\r\n|\n|\r|$)/g)].filter((m) => m[0] !== "" || m.index < text.length).map((m) => ({ text: m[1] ?? "", end: m[2] ?? "" }));
}

describe("re-running Insert follow-ups on a section the user worked in", () => {
	it("keeps every user line as it was, lists each due person once, touches nothing outside, and is stable", () => {
		fc.assert(
			fc.property(dailyNote, dueList, (shape, due) => {
				const lines = written(shape);
				const text = toText(lines);
				const result = mergeFollowupSection(text, "Follow-ups", due, personOf);
				const want = expected(shape, lines, due);
				expect(result).toBe(want.text);

				// The same, said property by property.
				const headingAt = shape.lines.findIndex((line) => line.role === "heading");
				const sectionEnd = shape.lines.findIndex((line, i) => i > headingAt && line.role === "outside");
				const afterCount = sectionEnd < 0 ? 0 : shape.lines.length - sectionEnd;
				const out = splitKeeping(result);
				// Nothing before the heading, the heading, or anything after the section changed.
				expect(out.slice(0, headingAt).map((l) => l.text + l.end)).toEqual(lines.slice(0, headingAt).map((l) => l.text + l.end));
				expect(out[headingAt]?.text).toBe(lines[headingAt]?.text);
				if (afterCount > 0) expect(toText(out.slice(out.length - afterCount))).toBe(toText(lines.slice(lines.length - afterCount)));
				// Every user line of the section is there, in order, text unchanged.
				// (Blank ones too, by the exact comparison above: the last of them may be the note's final line break.)
				const userLines = shape.lines.filter((line) => line.role === "user" && line.text !== "").map((line) => line.text);
				const sectionOut = out.slice(headingAt + 1, out.length - afterCount).map((line) => line.text);
				let cursor = 0;
				for (const line of sectionOut) if (line === userLines[cursor]) cursor++;
				expect(cursor).toBe(userLines.length);
				// Every due person is named exactly once in the section (kept lines and new lines).
				const named = mentions(out, headingAt + 1, out.length - afterCount);
				for (const entry of due) expect(named.get(entry.person), entry.person).toBe(1);
				// The day's contacts are the same: only unchecked own lines came and went.
				expect(contacts(result)).toEqual(contacts(text));
				// Line endings and the final newline are the note's.
				if (shape.endings === "\r") expect(result).not.toMatch(/\n/);
				if (shape.endings === "\n") expect(result).not.toMatch(/\r/);
				if (shape.endings === "\r\n") expect(result.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
				// A note that ended without one still does, unless a blank line of the user's is now
				// its last line: that line is the final line break (dropping it would lose the line).
				if (!want.lastIsBlank) expect(/[\r\n]$/.test(result)).toBe(/[\r\n]$/.test(text));
				// And a second run with the same list changes nothing.
				expect(mergeFollowupSection(result, "Follow-ups", due, personOf)).toBe(result);
			}),
			RUNS,
		);
	});

	it("a note without the section gets one its readers see, after any fence it leaves open", () => {
		const noteWithout = fc.tuple(before, fc.boolean(), fc.boolean(), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean()).map(([pre, openFence, bom, eol, finalNewline]) => {
			const lines = [...pre.map((line) => line.text), ...(openFence ? ["~~~", "## Follow-ups", "- [ ] [[Ana Diaz]] — due today (never contacted)"] : [])];
			if (bom && lines.length > 0) lines[0] = `\uFEFF${lines[0] ?? ""}`;
			return lines.join(eol) + (finalNewline && lines.length > 0 ? eol : "");
		});
		fc.assert(
			fc.property(noteWithout, dueList, (text, due) => {
				const result = mergeFollowupSection(text, "Follow-ups", due, personOf);
				expect(result.startsWith(text)).toBe(true);
				// Every due person's new line is read back as an unchecked task outside code, once.
				const planned = (t: string): number => extractLinks(splitFrontmatter(t).body, 0).filter((link) => link.inUncheckedTask && personOf(link.target) !== null).length;
				expect(planned(result) - planned(text)).toBe(due.length);
				if (due.length === 0) expect(result).toContain(NOBODY_DUE_LINE);
				expect(mergeFollowupSection(result, "Follow-ups", due, personOf)).toBe(result);
			}),
			RUNS,
		);
	});
});
