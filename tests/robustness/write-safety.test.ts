// @vitest-environment happy-dom
/**
 * Every way the plugin writes (mark as shared, log contact, the follow-up section, a new
 * person note), on notes written to trip it up, through the stand-in's real
 * `processFrontMatter` and `vault.process`: only the intended part changes; a note renamed or
 * deleted between the click and the write gives a clear notice; writes started together all
 * land. Everything below the frontmatter is compared byte for byte. The frontmatter itself
 * is re-written by processFrontMatter (Obsidian re-serialises the YAML too), so there the
 * other properties are compared by value, and comments are checked to survive.
 */
import { parse } from "yaml";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeFollowups } from "../../src/obsidian/writes";
import { asObsidian, Notice, type App } from "../obsidian";
import { actionsOf, cardOf, clickButton, openPanel, startPlugin, waitFor } from "../helpers/plugin-harness";

const TODAY = "2026-11-26";
const id = (command: string): string => `top-of-mind:${command}`;

afterEach(() => {
	vi.restoreAllMocks();
});

/** The frontmatter block (both `---` lines and the line break after them) and the rest. */
function parts(text: string): { frontmatter: string; body: string } {
	const match = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	return { frontmatter: match?.[0] ?? "", body: text.slice(match?.[0].length ?? 0) };
}

function properties(text: string): Record<string, unknown> {
	const yaml = parts(text).frontmatter.replace(/^---[ \t]*\r?\n/, "").replace(/---[ \t]*(?:\r?\n)?$/, "");
	return (parse(yaml, { schema: "core" }) ?? {}) as Record<string, unknown>;
}

/** Every property but `key` holds what it held. */
function expectOtherProperties(before: string, after: string, key: string): void {
	const { [key]: _old, ...rest } = properties(before);
	const { [key]: _new, ...restAfter } = properties(after);
	expect(restAfter).toEqual(rest);
}

function file(app: App, path: string) {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`no file at ${path}`);
	return found;
}

const PERSON = "People/Ana Diaz.md";
const POST = "Posts/Pricing.md";

const POST_NOTE = `---
type: post
status: published
topics: [pricing]
---
Pricing pages and value metrics.
`;

interface LogCase {
	name: string;
	/** The person note before. */
	before: string;
	/** The body after logging a contact "Called" today. */
	bodyAfter: string;
}

const HUGE = "Filler line about pricing and packaging, repeated to make a huge note.\n".repeat(15_000);

const LOG_CASES: LogCase[] = [
	{
		name: "frontmatter with comments and unusual quoting",
		before: `---
# who she is
type: person   # a person
aliases: ['Ana', "A. D.", 'it''s']
topics: [pricing,   churn]
quoted: "colon: inside, and a # hash"
multi: |
  line one
  line two
last_contact: '2026-01-01' # quoted date
---
Body line.

## Log
- 2026-01-01 Met
`,
		bodyAfter: `Body line.

## Log
- 2026-01-01 Met
- ${TODAY} Called
`,
	},
	{
		name: "flow and block lists, no log section yet",
		before: `---
type: person
topics: [pricing, "usage-based billing"]
aliases:
  - Ana
  - A. D.
tags:
- client
- vip
---
She cares about pricing.
`,
		bodyAfter: `She cares about pricing.

## Log
- ${TODAY} Called
`,
	},
	{
		name: "no trailing newline, log section last",
		before: "---\ntype: person\n---\nText.\n\n## Log\n- 2026-01-01 Met",
		bodyAfter: `Text.\n\n## Log\n- 2026-01-01 Met\n- ${TODAY} Called`,
	},
	{
		name: "no trailing newline, no log section",
		before: "---\ntype: person\n---\nText without a final newline",
		bodyAfter: `Text without a final newline\n\n## Log\n- ${TODAY} Called\n`,
	},
	{
		name: "the log heading is the very last line",
		before: "---\ntype: person\n---\n## Log",
		bodyAfter: `## Log\n- ${TODAY} Called`,
	},
	{
		name: "CRLF line endings",
		before: "---\r\ntype: person\r\nlast_contact: 2026-01-01\r\n---\r\nText.\r\n\r\n## Log\r\n- 2026-01-01 Met\r\n\r\n## Family\r\nTwo kids.\r\n",
		bodyAfter: `Text.\r\n\r\n## Log\r\n- 2026-01-01 Met\r\n- ${TODAY} Called\r\n\r\n## Family\r\nTwo kids.\r\n`,
	},
	{
		name: "a huge body with the log in the middle",
		before: `---\ntype: person\n---\n${HUGE}\n## Log\n- 2026-01-01 Met\n\n## Notes\n${HUGE}`,
		bodyAfter: `${HUGE}\n## Log\n- 2026-01-01 Met\n- ${TODAY} Called\n\n## Notes\n${HUGE}`,
	},
	{
		name: "a log heading inside a code block",
		before: "---\ntype: person\n---\nHow I write logs:\n\n```markdown\n## Log\n- 2026-01-01 An example\n```\n",
		bodyAfter: `How I write logs:\n\n\`\`\`markdown\n## Log\n- 2026-01-01 An example\n\`\`\`\n\n## Log\n- ${TODAY} Called\n`,
	},
	{
		name: "a code block left open at the end",
		before: "---\ntype: person\n---\nSome code:\n\n~~~~python\nprint('never closed')\n",
		bodyAfter: `Some code:\n\n~~~~python\nprint('never closed')\n~~~~\n\n## Log\n- ${TODAY} Called\n`,
	},
	{
		name: "a log section that ends in a code block left open",
		before: "---\ntype: person\n---\n## Log\n- 2026-01-01 Met\n```\nscratch",
		bodyAfter: `## Log\n- 2026-01-01 Met\n\`\`\`\nscratch\n\`\`\`\n- ${TODAY} Called\n`,
	},
	{
		name: "frontmatter closed with trailing spaces, and a horizontal rule below the log",
		before: "---  \ntype: person\n---   \n## Log\n- 2026-01-01 Met\n\n## Notes\nMore.\n\n---\n\nEven more.\n",
		bodyAfter: `## Log\n- 2026-01-01 Met\n- ${TODAY} Called\n\n## Notes\nMore.\n\n---\n\nEven more.\n`,
	},
	{
		name: "two log sections",
		before: "---\ntype: person\n---\n## Log\n- 2026-01-01 Met\n\n## Log\n- 2026-02-01 Again\n",
		bodyAfter: `## Log\n- 2026-01-01 Met\n- ${TODAY} Called\n\n## Log\n- 2026-02-01 Again\n`,
	},
	{
		name: "a log heading with markup, deeper headings inside it",
		before: "---\ntype: person\n---\n### **Log:** ###\n#### 2025\n- 2025-05-05 Old\n\n## Next\n",
		bodyAfter: `### **Log:** ###\n#### 2025\n- 2025-05-05 Old\n- ${TODAY} Called\n\n## Next\n`,
	},
];

describe("log contact writes last_contact and one log line, nothing else", () => {
	it.each(LOG_CASES)("$name", async ({ before, bodyAfter }) => {
		const { app, plugin } = await startPlugin({ [PERSON]: before, [POST]: POST_NOTE }, { today: TODAY });
		const started = Date.now();
		expect(await actionsOf(plugin).logContact(PERSON, TODAY, "Called")).toBe(true);
		expect(Date.now() - started).toBeLessThan(5_000);
		const after = app.vault.contentOf(PERSON);
		expect(parts(after).body).toBe(bodyAfter);
		expect(properties(after).last_contact).toBe(TODAY);
		expectOtherProperties(before, after, "last_contact");
		// Comments in the frontmatter survive too.
		for (const comment of before.match(/#\s[a-z ]+$/gm) ?? []) if (parts(before).frontmatter.includes(comment)) expect(parts(after).frontmatter).toContain(comment);
		// The index reads the new line back as the last contact.
		await waitFor(() => actionsOf(plugin).service.index?.contactDates(PERSON) !== undefined, "the index");
		expect(Notice.messages).toEqual(["Logged contact with Ana Diaz."]);
	});

	it("writes the note as one line, whatever line breaks or control characters it holds", async () => {
		const before = "---\ntype: person\n---\n## Log\n- 2026-01-01 Met\n\n## Family\nTwo kids.\n";
		const { app, plugin } = await startPlugin({ [PERSON]: before }, { today: TODAY });
		expect(await actionsOf(plugin).logContact(PERSON, TODAY, " Lunch\r## Pricing\nthen\r\ncoffee\u2028and\u2029more\u0085end\t ")).toBe(true);
		const after = app.vault.contentOf(PERSON);
		expect(parts(after).body).toBe(`## Log\n- 2026-01-01 Met\n- ${TODAY} Lunch ## Pricing then coffee and more end\n\n## Family\nTwo kids.\n`);
		// No heading was injected: the note still has its two.
		expect(app.metadataCache.getFileCache(file(app, PERSON))?.headings?.map((h) => h.heading)).toEqual(["Log", "Family"]);
	});

	it("never moves last contact back, and replaces a date after today", async () => {
		const before = "---\ntype: person\nlast_contact: 2026-11-20\n---\n";
		const { app, plugin } = await startPlugin({ [PERSON]: before, "People/Bo Li.md": "---\ntype: person\nlast_contact: 2099-01-01\n---\n" }, { today: TODAY });
		await actionsOf(plugin).logContact(PERSON, "2026-11-01", "Earlier call");
		expect(properties(app.vault.contentOf(PERSON)).last_contact).toBe("2026-11-20");
		expect(parts(app.vault.contentOf(PERSON)).body).toBe("\n## Log\n- 2026-11-01 Earlier call\n");
		await actionsOf(plugin).logContact("People/Bo Li.md", "2026-11-01", "");
		expect(properties(app.vault.contentOf("People/Bo Li.md")).last_contact).toBe("2026-11-01");
	});
});

describe("Replied writes one log line and nothing else, its frontmatter byte for byte", () => {
	it.each(LOG_CASES)("$name", async ({ before, bodyAfter }) => {
		const { app, plugin } = await startPlugin({ [PERSON]: before, [POST]: POST_NOTE }, { today: TODAY });
		expect(await actionsOf(plugin).logReply(PERSON, POST, TODAY)).toBe(true);
		const after = app.vault.contentOf(PERSON);
		expect(parts(after).frontmatter).toBe(parts(before).frontmatter);
		expect(parts(after).body).toBe(bodyAfter.replace(`- ${TODAY} Called`, `- ${TODAY} Replied [[Pricing]]`));
		expect(app.vault.contentOf(POST)).toBe(POST_NOTE);
		expect(Notice.messages).toEqual(["Logged a reply from Ana Diaz."]);
	});
});

describe("mark as shared changes the person's last contact and log, and the post's shared_with only", () => {
	const cases: Array<{ name: string; post: string; sharedWith: unknown }> = [
		{ name: "a block list", post: `---\ntype: post\nshared_with:\n  - "[[Bo Li]]"\n---\nBody.\n`, sharedWith: ["[[Bo Li]]", "[[Ana Diaz]]"] },
		{ name: "a flow list", post: `---\ntype: post\nshared_with: ["[[Bo Li]]"]   # who has it\n---\nBody.\n`, sharedWith: ["[[Bo Li]]", "[[Ana Diaz]]"] },
		{ name: "a comma string", post: `---\ntype: post\nshared_with: "[[Bo Li]], [[Cy|Cy, the CTO]]"\n---\nBody.\n`, sharedWith: "[[Bo Li]], [[Cy|Cy, the CTO]], [[Ana Diaz]]" },
		{ name: "a number", post: `---\ntype: post\nshared_with: 42\n---\nBody.\n`, sharedWith: [42, "[[Ana Diaz]]"] },
		{ name: "an empty value", post: `---\ntype: post\nshared_with:\n---\nBody.\n`, sharedWith: ["[[Ana Diaz]]"] },
		{ name: "CRLF and no final newline", post: `---\r\ntype: post\r\ntopics: [pricing]\r\n---\r\nBody.`, sharedWith: ["[[Ana Diaz]]"] },
	];

	it.each(cases)("on a post whose shared_with is $name", async ({ post, sharedWith }) => {
		const person = "---\ntype: person\ntopics: [pricing]\n---\nAbout Ana.\n";
		const { app, plugin } = await startPlugin({ [PERSON]: person, [POST]: post }, { today: TODAY });
		expect(await actionsOf(plugin).markShared(PERSON, POST)).toBe(true);
		const after = app.vault.contentOf(POST);
		expect(parts(after).body).toBe(parts(post).body);
		expect(properties(after).shared_with).toEqual(sharedWith);
		expectOtherProperties(post, after, "shared_with");
		if (post.includes("\r\n")) expect(parts(after).frontmatter).not.toMatch(/[^\r]\n/);
		expect(parts(app.vault.contentOf(PERSON)).body).toBe(`About Ana.\n\n## Log\n- ${TODAY} Shared [[Pricing]]\n`);
	});

	it("adds a frontmatter block to a post without one, keeping every byte of it below", async () => {
		const post = "# Pricing\n\nNo properties at all, and no final newline";
		const { app, plugin } = await startPlugin({ [PERSON]: "---\ntype: person\n---\n", [POST]: post }, { today: TODAY });
		await actionsOf(plugin).markShared(PERSON, POST);
		expect(app.vault.contentOf(POST)).toBe(`---\nshared_with:\n  - "[[Ana Diaz]]"\n---\n${post}`);
	});

	it("leaves a post that already lists the person, by any link to them, byte for byte", async () => {
		const post = `---\ntype: post\nshared_with: ["[[People/Ana Diaz|Ana]]"]\n---\nBody.\n`;
		const { app, plugin } = await startPlugin({ [PERSON]: "---\ntype: person\n---\n", [POST]: post }, { today: TODAY });
		await actionsOf(plugin).markShared(PERSON, POST);
		expect(app.vault.contentOf(POST)).toBe(post);
	});
});

describe("the follow-up section replaces only the plugin's own lines", () => {
	const MARKDOWN = "- [ ] [[Ana Diaz]] — due today (never contacted)";
	/** A line an earlier run wrote, for someone no longer due. */
	const OLD = "- [ ] [[Bo Li]] — overdue 3 days (last contact 2026-11-01)";
	const cases: Array<{ name: string; before: string; after: string }> = [
		{
			name: "the heading twice: only the first section is merged",
			before: `# Today\n\n## Follow-ups\n${OLD}\n\n## Notes\nKeep me.\n\n## Follow-ups\n${OLD}\n`,
			after: `# Today\n\n## Follow-ups\n${MARKDOWN}\n\n## Notes\nKeep me.\n\n## Follow-ups\n${OLD}\n`,
		},
		{
			name: "the user's own tasks and prose stay; the list goes after them",
			before: "# Today\n\n## Follow-ups\n- [ ] old one\nA thought.\n\n## Notes\n",
			after: `# Today\n\n## Follow-ups\n- [ ] old one\nA thought.\n${MARKDOWN}\n\n## Notes\n`,
		},
		{
			name: "the heading inside a code block is not the section",
			before: "```\n## Follow-ups\n- [ ] example\n```\nPlan.\n",
			after: `\`\`\`\n## Follow-ups\n- [ ] example\n\`\`\`\nPlan.\n\n## Follow-ups\n${MARKDOWN}\n`,
		},
		{
			name: "CRLF and no final newline",
			before: `Plan.\r\n\r\n## Follow-ups\r\n${OLD}`,
			after: `Plan.\r\n\r\n## Follow-ups\r\n${MARKDOWN}`,
		},
		{
			name: "CR only",
			before: `Plan.\r\r## Follow-ups\r${OLD}\r- [x] done\r`,
			after: `Plan.\r\r## Follow-ups\r${MARKDOWN}\r- [x] done\r`,
		},
		{
			name: "a code block left open at the end",
			before: "Plan.\n```js\nlet x = 1;\n",
			after: `Plan.\n\`\`\`js\nlet x = 1;\n\`\`\`\n\n## Follow-ups\n${MARKDOWN}\n`,
		},
		{
			name: "a byte-order mark, then a code block left open",
			before: "\uFEFF```\n## Follow-ups\n",
			after: `\uFEFF\`\`\`\n## Follow-ups\n\`\`\`\n\n## Follow-ups\n${MARKDOWN}\n`,
		},
		{
			name: "a byte-order mark before the heading",
			before: `\uFEFF## Follow-ups\n${OLD}\n`,
			after: `\uFEFF## Follow-ups\n${MARKDOWN}\n`,
		},
		{
			name: "frontmatter that mentions the heading",
			before: "---\n# Follow-ups\ntags: [daily]\n---\nPlan.\n",
			after: `---\n# Follow-ups\ntags: [daily]\n---\nPlan.\n\n## Follow-ups\n${MARKDOWN}\n`,
		},
	];

	it.each(cases)("$name", async ({ before, after }) => {
		const { app } = await startPlugin({ "Daily/2026-11-26.md": before }, { today: TODAY });
		const daily = file(app, "Daily/2026-11-26.md");
		const entries = [{ person: PERSON, line: MARKDOWN }];
		await writeFollowups(asObsidian(app), daily, "Follow-ups", entries);
		expect(app.vault.contentOf(daily.path)).toBe(after);
		// Again: the same text, never a second section or a second line.
		await writeFollowups(asObsidian(app), daily, "Follow-ups", entries);
		expect(app.vault.contentOf(daily.path)).toBe(after);
	});

	it("the command writes under its heading in today's note, leaving the rest alone", async () => {
		const before = "---\nmood: good\n---\n# Thursday\n\n## Plan\n- [ ] write\n";
		const { app } = await startPlugin(
			{ "Daily/2026-11-26.md": before, [PERSON]: "---\ntype: person\ncadence: 2w\n---\n", ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily" }) },
			{ today: TODAY },
		);
		await app.commands.run(id("insert-follow-ups"));
		await waitFor(() => Notice.messages.length > 0, "the notice");
		expect(Notice.messages).toEqual(["Added 1 follow-ups to 2026-11-26."]);
		expect(app.vault.contentOf("Daily/2026-11-26.md")).toBe(`${before}\n## Follow-ups\n- [ ] [[Ana Diaz]] — due today (never contacted)\n`);
	});
});

describe("new person note", () => {
	it("creates the note from the template, and never overwrites one that exists", async () => {
		const existing = "---\ntype: person\n---\nMine, do not touch.\n";
		const { app, plugin } = await startPlugin({ [PERSON]: existing }, { today: TODAY });
		const actions = actionsOf(plugin);
		await actions.createPerson("  Bo   Li  ");
		expect(app.vault.contentOf("People/Bo Li.md")).toBe(`---\ntype: person\ntopics: []\ncompany: \nrole: \nemail: \nlast_contact: \ncadence: \ncreated: ${TODAY}\n---\n\n\n## Log\n`);
		await actions.createPerson("Ana Diaz");
		expect(app.vault.contentOf(PERSON)).toBe(existing);
		expect(Notice.messages).toContain("Ana Diaz already has a note.");
		await actions.createPerson("../..");
		expect(Notice.messages).toContain("A person note needs a name.");
		await Promise.all([actions.createPerson("Cy Okafor"), actions.createPerson("Cy Okafor")]);
		expect(app.vault.getMarkdownFiles().filter((f) => f.basename.startsWith("Cy Okafor"))).toHaveLength(1);
		expect(Notice.messages.filter((m) => /could not|exists\.$/i.test(m))).toEqual([]);
	});
});

describe("a note renamed or deleted between the click and the write", () => {
	const vault = (): Record<string, string> => ({
		[PERSON]: "---\ntype: person\ntopics: [pricing]\n---\nAna cares about pricing pages.\n",
		[POST]: POST_NOTE,
	});

	it("renamed before the click: a clear notice, nothing written, nothing created at the old path", async () => {
		const { app } = await startPlugin(vault(), { today: TODAY });
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(POST);
		await waitFor(() => cardOf(panel.el, PERSON) !== null, "Ana's card");
		const card = cardOf(panel.el, PERSON) as HTMLElement;
		await app.fileManager.renameFile(file(app, PERSON), "People/Ana D.md");
		clickButton(card, "Mark as shared");
		await waitFor(() => Notice.messages.length > 0, "a notice");
		expect(Notice.messages).toEqual([`"${PERSON}" no longer exists; it may have been renamed or deleted.`]);
		expect(app.vault.contentOf(POST)).toBe(POST_NOTE);
		expect(app.vault.getFileByPath(PERSON)).toBeNull();
		expect(app.vault.contentOf("People/Ana D.md")).toBe(vault()[PERSON]);
	});

	it("the post deleted before the click: a clear notice, the person untouched", async () => {
		const { app, plugin } = await startPlugin(vault(), { today: TODAY });
		await app.fileManager.trashFile(file(app, POST));
		expect(await actionsOf(plugin).markShared(PERSON, POST)).toBe(false);
		expect(Notice.messages).toEqual([`"${POST}" no longer exists; it may have been renamed or deleted.`]);
		expect(app.vault.contentOf(PERSON)).toBe(vault()[PERSON]);
		expect(app.vault.getFileByPath(POST)).toBeNull();
	});

	it("the person renamed while the share is being written: the writes follow the note", async () => {
		const { app, plugin } = await startPlugin(vault(), { today: TODAY });
		const writing = actionsOf(plugin).markShared(PERSON, POST);
		await app.fileManager.renameFile(file(app, PERSON), "People/Ana D.md");
		expect(await writing).toBe(true);
		expect(app.vault.getFileByPath(PERSON)).toBeNull();
		expect(app.vault.contentOf("People/Ana D.md")).toBe(`---\ntype: person\ntopics: [pricing]\nlast_contact: ${TODAY}\n---\nAna cares about pricing pages.\n\n## Log\n- ${TODAY} Shared [[Pricing]]\n`);
		expect(properties(app.vault.contentOf(POST)).shared_with).toEqual(["[[Ana D]]"]);
	});

	it("the post deleted while the share is being written: the notice says what was and was not written", async () => {
		const { app, plugin } = await startPlugin(vault(), { today: TODAY });
		const writing = actionsOf(plugin).markShared(PERSON, POST);
		await app.fileManager.trashFile(file(app, POST));
		expect(await writing).toBe(false);
		expect(Notice.messages).toHaveLength(1);
		expect(Notice.messages).toEqual([`Could not add the share to the properties of "${POST}" (File not found: ${POST}); it is logged in "${PERSON}" only.`]);
		expect(app.vault.getFileByPath(POST)).toBeNull();
	});
});

describe("writes started together all land", () => {
	it("two contacts logged at once", async () => {
		const { app, plugin } = await startPlugin({ [PERSON]: "---\ntype: person\n---\n## Log\n- 2026-01-01 Met\n" }, { today: TODAY });
		const actions = actionsOf(plugin);
		expect(await Promise.all([actions.logContact(PERSON, "2026-11-20", "One"), actions.logContact(PERSON, TODAY, "Two")])).toEqual([true, true]);
		expect(app.vault.contentOf(PERSON)).toBe(`---\ntype: person\nlast_contact: ${TODAY}\n---\n## Log\n- 2026-01-01 Met\n- 2026-11-20 One\n- ${TODAY} Two\n`);
	});

	it("two shares of different posts with one person, and of one post with two people", async () => {
		const files = {
			[PERSON]: "---\ntype: person\n---\n",
			"People/Bo Li.md": "---\ntype: person\n---\n",
			[POST]: POST_NOTE,
			"Posts/Churn.md": "---\ntype: post\n---\nChurn.\n",
		};
		const { app, plugin } = await startPlugin(files, { today: TODAY });
		const actions = actionsOf(plugin);
		const results = await Promise.all([actions.markShared(PERSON, POST), actions.markShared(PERSON, "Posts/Churn.md"), actions.markShared("People/Bo Li.md", POST)]);
		expect(results).toEqual([true, true, true]);
		expect(parts(app.vault.contentOf(PERSON)).body).toBe(`\n## Log\n- ${TODAY} Shared [[Pricing]]\n- ${TODAY} Shared [[Churn]]\n`);
		expect(properties(app.vault.contentOf(POST)).shared_with).toEqual(["[[Ana Diaz]]", "[[Bo Li]]"]);
		expect(properties(app.vault.contentOf("Posts/Churn.md")).shared_with).toEqual(["[[Ana Diaz]]"]);
	});

	it("insert follow-ups run twice at once: one note, one section, no error", async () => {
		const { app } = await startPlugin({ [PERSON]: "---\ntype: person\ncadence: 2w\n---\n", ".obsidian/daily-notes.json": JSON.stringify({ folder: "Journal/Daily" }) }, { today: TODAY });
		await Promise.all([app.commands.run(id("insert-follow-ups")), app.commands.run(id("insert-follow-ups"))]);
		await waitFor(() => Notice.messages.length === 2, "two notices");
		expect(Notice.messages).toEqual(["Added 1 follow-ups to 2026-11-26.", "Added 1 follow-ups to 2026-11-26."]);
		expect(app.vault.contentOf("Journal/Daily/2026-11-26.md")).toBe("## Follow-ups\n- [ ] [[Ana Diaz]] — due today (never contacted)\n");
	});
});
