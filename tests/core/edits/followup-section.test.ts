import { describe, expect, it } from "vitest";
import { FOLLOWUP_LINE, followupLine, isOwnLine, mergeFollowupSection, NOBODY_DUE_LINE, type FollowupEntry } from "../../../src/core/edits/followup-section";
import { followupsMarkdown } from "../../../src/ui/followup-markdown";

/** Writes "\n" line endings as CRLF or CR, so those cases read like the LF ones. */
const crlf = (text: string): string => text.replace(/\n/g, "\r\n");
const cr = (text: string): string => text.replace(/\n/g, "\r");

const PEOPLE = ["Ana Diaz", "Bo Berg", "Cy Chen"];

/** Link targets to people as Obsidian resolves them here: by file name, with or without folder and `.md`. */
function personOf(target: string): string | null {
	const name = (target.split("/").pop() ?? "").replace(/\.md$/i, "");
	return PEOPLE.includes(name) ? `People/${name}.md` : null;
}

const ANA = "- [ ] [[Ana Diaz]] — overdue 7 days (last contact 2026-10-02) · send [[Pricing page]]";
const CY = "- [ ] [[Cy Chen]] — due today (never contacted) · send [[Pricing page]]";
const BO_OLD = "- [ ] [[Bo Berg]] — overdue 1 day (last contact 2026-10-19)";
const DUE: FollowupEntry[] = [
	{ person: "People/Ana Diaz.md", line: ANA },
	{ person: "People/Cy Chen.md", line: CY },
];
const CY_ONLY: FollowupEntry[] = [{ person: "People/Cy Chen.md", line: CY }];
const LIST = `${ANA}\n${CY}`;

interface MergeCase {
	name: string;
	before: string;
	due?: FollowupEntry[];
	heading?: string;
	after: string;
}

const merge = (text: string, due: FollowupEntry[] = DUE, heading = "Follow-ups"): string => mergeFollowupSection(text, heading, due, personOf);

describe("mergeFollowupSection: what the user did to the list stays", () => {
	const cases: MergeCase[] = [
		{
			name: "the audit: a ticked line and a sentence under the list survive a re-run; Ana, now contacted, is not due",
			before: `## Follow-ups\n${ANA.replace("- [ ]", "- [x]")}\n${CY}\nAna said: send the pricing deck by Friday.\n`,
			due: CY_ONLY,
			after: `## Follow-ups\n${ANA.replace("- [ ]", "- [x]")}\n${CY}\nAna said: send the pricing deck by Friday.\n`,
		},
		{
			name: "the audit, before the index knows of the tick: Ana has a kept line, so no second one",
			before: `## Follow-ups\n${ANA.replace("- [ ]", "- [x]")}\n${CY}\nAna said: send the pricing deck by Friday.\n`,
			after: `## Follow-ups\n${ANA.replace("- [ ]", "- [x]")}\n${CY}\nAna said: send the pricing deck by Friday.\n`,
		},
		{
			name: "own lines are replaced in place; the next section and its blank line stay",
			before: `## Follow-ups\n${BO_OLD}\n\n## Journal\nGood day.\n`,
			after: `## Follow-ups\n${LIST}\n\n## Journal\nGood day.\n`,
		},
		{
			name: "the new lines go where the first own line was, between the user's lines",
			before: `## Follow-ups\nCall before noon:\n${BO_OLD}\n${ANA}\nThen lunch.\n`,
			after: `## Follow-ups\nCall before noon:\n${LIST}\nThen lunch.\n`,
		},
		{
			name: "blank lines the user put between own lines stay, after the new list",
			before: `## Follow-ups\n${BO_OLD}\n\n${ANA}\n\n## Journal\n`,
			after: `## Follow-ups\n${LIST}\n\n\n## Journal\n`,
		},
		{
			name: "without own lines, the list goes after the section's last non-blank line",
			before: "## Follow-ups\n- [ ] old item\n- [x] done item\n\n\n## Journal\nMet [[Bo Berg]].\n",
			after: `## Follow-ups\n- [ ] old item\n- [x] done item\n${LIST}\n\n\n## Journal\nMet [[Bo Berg]].\n`,
		},
		{
			name: "an empty section gets the list right under its heading",
			before: "## Follow-ups\n\n## Journal\n",
			after: `## Follow-ups\n${LIST}\n\n## Journal\n`,
		},
		{
			name: "an edited line is the user's: kept, and its person gets no second line",
			before: `## Follow-ups\n${ANA} — called, voicemail\n${BO_OLD}\n`,
			after: `## Follow-ups\n${ANA} — called, voicemail\n${CY}\n`,
		},
		{
			name: "a ticked line in another link style still names its person",
			before: "## Follow-ups\n- [x] [Ana](People/Ana%20Diaz.md) called\n- [x] [[People/Cy Chen|Cy]]\n",
			after: "## Follow-ups\n- [x] [Ana](People/Ana%20Diaz.md) called\n- [x] [[People/Cy Chen|Cy]]\n",
		},
		{
			name: "a task of the user's that links a due person: no second line for them",
			before: "## Follow-ups\n- [ ] call [[Cy Chen]] about the deck\n",
			after: `## Follow-ups\n- [ ] call [[Cy Chen]] about the deck\n${ANA}\n`,
		},
		{
			name: "a link to a post on a kept line keeps no one from the list",
			before: "## Follow-ups\n- [x] reread [[Pricing page]]\n",
			after: `## Follow-ups\n- [x] reread [[Pricing page]]\n${LIST}\n`,
		},
		{
			name: "an indented or otherwise altered own-looking line is the user's",
			before: `## Follow-ups\n  ${BO_OLD}\n${BO_OLD} \n* [ ] [[Bo Berg]] — due today (never contacted)\n`,
			after: `## Follow-ups\n  ${BO_OLD}\n${BO_OLD} \n* [ ] [[Bo Berg]] — due today (never contacted)\n${LIST}\n`,
		},
		{
			name: "own-looking lines in a code block are the user's, and name no one",
			before: `## Follow-ups\n\`\`\`md\n${ANA}\n## Follow-ups\n\`\`\`\n`,
			after: `## Follow-ups\n\`\`\`md\n${ANA}\n## Follow-ups\n\`\`\`\n${LIST}\n`,
		},
		{
			name: "deeper headings belong to the section; the list stays where its own lines were",
			before: `## Follow-ups\n${BO_OLD}\n### Notes\nFrom the call.\n## Journal\n`,
			after: `## Follow-ups\n${LIST}\n### Notes\nFrom the call.\n## Journal\n`,
		},
		{
			name: "of two matching sections only the first is merged",
			before: `## Follow-ups\n${BO_OLD}\n\n## Follow-ups\n${BO_OLD}\n`,
			after: `## Follow-ups\n${LIST}\n\n## Follow-ups\n${BO_OLD}\n`,
		},
		{
			name: "a higher-level heading ends the section",
			before: `### Follow-ups\n${BO_OLD}\n## Journal\n${BO_OLD}\n`,
			after: `### Follow-ups\n${LIST}\n## Journal\n${BO_OLD}\n`,
		},
		{
			name: "nobody due: the own lines give way to the nobody-due line; the user's lines stay",
			before: `## Follow-ups\n${ANA}\n- [x] [[Bo Berg]]\n${CY}\n`,
			due: [],
			after: `## Follow-ups\n${NOBODY_DUE_LINE}\n- [x] [[Bo Berg]]\n`,
		},
		{
			name: "the nobody-due line is the plugin's own: the next list replaces it",
			before: `## Follow-ups\n${NOBODY_DUE_LINE}\n`,
			after: `## Follow-ups\n${LIST}\n`,
		},
		{
			name: "everyone due already has a kept line: the own lines go, none come",
			before: `## Follow-ups\n- [x] [[Ana Diaz]]\n${BO_OLD}\n- [ ] [[Cy Chen]] tomorrow\n`,
			after: "## Follow-ups\n- [x] [[Ana Diaz]]\n- [ ] [[Cy Chen]] tomorrow\n",
		},
		{
			name: "a person twice in the list gets one line",
			before: "## Follow-ups\n",
			due: [...DUE, { person: "People/Ana Diaz.md", line: ANA }],
			after: `## Follow-ups\n${LIST}\n`,
		},
		{
			name: "a section that ends in a code block left open: the fence is closed before the list",
			before: "## Follow-ups\nScratch:\n```\nlet x = 1;",
			after: `## Follow-ups\nScratch:\n\`\`\`\nlet x = 1;\n\`\`\`\n${LIST}`,
		},
	];

	it.each(cases)("$name", ({ before, due, heading, after }) => {
		expect(merge(before, due, heading)).toBe(after);
	});

	it.each(cases)("a second run with the same list changes nothing: $name", ({ before, due, heading }) => {
		const once = merge(before, due, heading);
		expect(merge(once, due, heading)).toBe(once);
	});
});

describe("mergeFollowupSection: the note around the section", () => {
	const cases: MergeCase[] = [
		{ name: "a missing section is added at the end after a blank line", before: "# Friday\n\n## Plan\nShip it.\n", after: `# Friday\n\n## Plan\nShip it.\n\n## Follow-ups\n${LIST}\n` },
		{ name: "an empty note", before: "", after: `## Follow-ups\n${LIST}\n` },
		{ name: "nobody due in a new section", before: "Plan.\n", due: [], after: `Plan.\n\n## Follow-ups\n${NOBODY_DUE_LINE}\n` },
		{ name: "a missing section in a note without a final newline", before: "# Friday", after: `# Friday\n\n## Follow-ups\n${LIST}\n` },
		{ name: "a heading that is the last line, without a final newline", before: "Intro\n## Follow-ups", after: `Intro\n## Follow-ups\n${LIST}` },
		{ name: "a section at the end without a final newline, own line last", before: `Intro\n\n## Follow-ups\n- [x] done\n${BO_OLD}`, after: `Intro\n\n## Follow-ups\n- [x] done\n${LIST}` },
		{ name: "a section at the end without a final newline, a kept line last", before: `## Follow-ups\n${BO_OLD}\n- [x] done`, after: `## Follow-ups\n${LIST}\n- [x] done` },
		{ name: "own lines go, none come, and the note still ends without a newline", before: `## Follow-ups\n- [x] [[Ana Diaz]]\n${BO_OLD}`, due: [{ person: "People/Ana Diaz.md", line: ANA }], after: "## Follow-ups\n- [x] [[Ana Diaz]]" },
		{ name: "CRLF stays CRLF", before: crlf(`Intro\n\n## Follow-ups\n- [x] done\n${BO_OLD}\n\n## Journal\n`), after: crlf(`Intro\n\n## Follow-ups\n- [x] done\n${LIST}\n\n## Journal\n`) },
		{ name: "CR only stays CR only", before: cr(`Intro\n\n## Follow-ups\n${BO_OLD}\nNotes.\n\n## Journal\n`), after: cr(`Intro\n\n## Follow-ups\n${LIST}\nNotes.\n\n## Journal\n`) },
		{ name: "CR only, section created", before: cr("Intro\n"), after: cr(`Intro\n\n## Follow-ups\n${LIST}\n`) },
		{
			name: "mixed endings, no own lines: each kept line keeps its own, new lines take the dominant one",
			before: "a\r\nb\r\n## Follow-ups\nkept\r",
			after: `a\r\nb\r\n## Follow-ups\nkept\r${ANA}\r\n${CY}\r\n`,
		},
		{
			name: "mixed endings: new lines take the ending of the own line they replace",
			before: `a\r\nb\r\n## Follow-ups\n${BO_OLD}\nkept\r`,
			after: `a\r\nb\r\n## Follow-ups\n${ANA}\n${CY}\nkept\r`,
		},
		{
			name: "CR, then LF, with the new list between: every ending stays",
			before: `## Follow-ups\rkept\r${BO_OLD}\n\n## Journal\n`,
			due: [],
			after: `## Follow-ups\rkept\r${NOBODY_DUE_LINE}\n\n## Journal\n`,
		},
		{
			name: "CR, then a blank line in LF, once the own line between goes: the blank line ends in CR, not merged into a CRLF",
			before: `## Follow-ups\r- [x] [[Ana Diaz]]\r${BO_OLD}\n\n## Journal\n`,
			due: [{ person: "People/Ana Diaz.md", line: ANA }],
			after: "## Follow-ups\r- [x] [[Ana Diaz]]\r\r## Journal\n",
		},
		{ name: "a heading in a code block is not the section", before: "```\n## Follow-ups\nexample\n```\n", after: `\`\`\`\n## Follow-ups\nexample\n\`\`\`\n\n## Follow-ups\n${LIST}\n` },
		{ name: "a code block left open: closed before the new section", before: "Plan.\n~~~~js\n## Follow-ups\n", after: `Plan.\n~~~~js\n## Follow-ups\n~~~~\n\n## Follow-ups\n${LIST}\n` },
		{ name: "a byte-order mark and a code block left open", before: "\uFEFF```\ncode", after: `\uFEFF\`\`\`\ncode\n\`\`\`\n\n## Follow-ups\n${LIST}\n` },
		{ name: "frontmatter, then a code block left open", before: "---\ntags: [daily]\n---\n```\ncode\n", after: `---\ntags: [daily]\n---\n\`\`\`\ncode\n\`\`\`\n\n## Follow-ups\n${LIST}\n` },
		{ name: "a byte-order mark, frontmatter, then a code block left open", before: "\uFEFF---\ntags: [daily]\n---\n```\n## Follow-ups\n", after: `\uFEFF---\ntags: [daily]\n---\n\`\`\`\n## Follow-ups\n\`\`\`\n\n## Follow-ups\n${LIST}\n` },
		{ name: "a byte-order mark before the heading does not hide it", before: `\uFEFF## Follow-ups\n${BO_OLD}\n`, after: `\uFEFF## Follow-ups\n${LIST}\n` },
		{ name: "a byte-order mark before frontmatter that mentions the heading", before: "\uFEFF---\n## Follow-ups\n---\nPlan.\n", after: `\uFEFF---\n## Follow-ups\n---\nPlan.\n\n## Follow-ups\n${LIST}\n` },
		{ name: "a heading of another level is reused at its level", before: `# Follow-ups\n${BO_OLD}\n# Journal\n`, after: `# Follow-ups\n${LIST}\n# Journal\n` },
		{ name: "a configured heading written with its hashes", heading: "## Follow-ups", before: `## Follow-ups\n${BO_OLD}\n`, after: `## Follow-ups\n${LIST}\n` },
	];

	it.each(cases)("$name", ({ before, due, heading, after }) => {
		expect(merge(before, due, heading)).toBe(after);
	});

	it.each(cases)("a second run with the same list changes nothing: $name", ({ before, due, heading }) => {
		const once = merge(before, due, heading);
		expect(merge(once, due, heading)).toBe(once);
	});

	it("never changes a byte outside the section", () => {
		const before = "---\nmood:   good  \n---\n\tTabbed  \n## Plan\r\n- [ ] write\n\n## Follow-ups\n- [x] [[Bo Berg]]\n\n## Journal\ntrailing   \n";
		const after = merge(before);
		expect(after).toBe(before.replace("- [x] [[Bo Berg]]\n", `- [x] [[Bo Berg]]\n${LIST}\n`));
	});
});

describe("the grammar of an own line", () => {
	it.each([
		ANA,
		CY,
		BO_OLD,
		"- [ ] [[People/Ana Diaz|Ana Diaz]] — overdue 12 days (last contact 2026-10-02)",
		"- [ ] [Ana Diaz](People/Ana%20Diaz.md) — due today (never contacted) · send [Pricing (v2)](Posts/Pricing%20(v2).md)",
		"- [ ] [Ana Diaz](<People/Ana Diaz.md>) — overdue 100 days (last contact 2026-01-01)",
		"- [ ] [[Zoë — the CFO]] — due today (never contacted)",
		NOBODY_DUE_LINE,
	])("is own: %s", (line) => {
		expect(isOwnLine(line)).toBe(true);
	});

	it.each([
		["ticked", ANA.replace("- [ ]", "- [x]")],
		["indented", `  ${ANA}`],
		["a trailing space", `${ANA} `],
		["text added at the end", `${CY} — called`],
		["text added in the middle", "- [ ] [[Cy Chen]] — due today, call (never contacted)"],
		["another list marker", CY.replace("- [ ]", "* [ ]")],
		["two spaces after the box", CY.replace("- [ ] ", "- [ ]  ")],
		["a hyphen for the dash", CY.replace(" — ", " - ")],
		["no link", "- [ ] Cy Chen — due today (never contacted)"],
		["an empty link", "- [ ] [[]] — due today (never contacted)"],
		["overdue 1 days", "- [ ] [[Cy Chen]] — overdue 1 days (never contacted)"],
		["overdue 2 day", "- [ ] [[Cy Chen]] — overdue 2 day (never contacted)"],
		["overdue 0 days", "- [ ] [[Cy Chen]] — overdue 0 days (never contacted)"],
		["a leading zero", "- [ ] [[Cy Chen]] — overdue 07 days (never contacted)"],
		["not a date", "- [ ] [[Cy Chen]] — due today (last contact soon)"],
		["send without a link", "- [ ] [[Cy Chen]] — due today (never contacted) · send the deck"],
		["the nobody-due line edited", `${NOBODY_DUE_LINE} Nice.`],
		["the nobody-due line as a task", `- [ ] ${NOBODY_DUE_LINE}`],
		["blank", ""],
	])("is the user's: %s", (_why, line) => {
		expect(isOwnLine(line)).toBe(false);
	});

	it("followupLine writes exactly the grammar, for every shape of line", () => {
		for (const overdueDays of [0, 1, 2, 9, 10, 365]) {
			for (const lastContact of [null, "2026-10-02"]) {
				for (const send of [null, "[[Pricing page]]", "[Pricing page](Posts/Pricing%20page.md)"]) {
					const line = followupLine({ person: "[[Ana Diaz]]", overdueDays, lastContact, send });
					expect(FOLLOWUP_LINE.test(line), line).toBe(true);
				}
			}
		}
		expect(followupLine({ person: "[[Ana Diaz]]", overdueDays: 1, lastContact: null, send: null })).toBe("- [ ] [[Ana Diaz]] — overdue 1 day (never contacted)");
	});

	it("the checklist the command writes is made of own lines only", () => {
		const item = { path: "People/Ana Diaz.md", name: "Ana Diaz", lastContact: "2026-10-02", cadenceDays: 42, nextDue: "2026-11-13", overdueDays: 7, suggestedPosts: [] };
		const link = (path: string): string => `[[${path.replace(/\.md$/, "")}]]`;
		for (const line of followupsMarkdown([item, { ...item, path: "People/Bo.md", overdueDays: 0, lastContact: null }], link).split("\n")) expect(isOwnLine(line), line).toBe(true);
		expect(isOwnLine(followupsMarkdown([], link))).toBe(true);
	});
});
