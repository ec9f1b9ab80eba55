/**
 * The command line on a vault written here as a newcomer leaves it: settings saved by an older
 * version (`peopleFolder`), `publish: true`, `top-of-mind: ignore`, a Templates folder set in
 * `.obsidian/templates.json`, a person created today, `tags: #person` and log headings.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { readPluginSettings } from "../../src/cli/settings-file";

const TODAY = "2026-06-01";
const FILES: Record<string, string> = {
	".obsidian/plugins/top-of-mind/data.json": JSON.stringify({ peopleFolder: "Contacts", core: { person: { folders: [] }, defaultCadence: "30d", excludedPaths: ["*.excalidraw.md", "Archive/**"] } }),
	".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
	"Contacts/Ana Diaz.md": "---\ncompany: Acme\ncreated: 2026-06-01\n---\nAna cares about pricing.\n",
	"Contacts/Bo Li.md": "---\ntopics: [pricing]\n---\nBo.\n\n## Log\n### 2026-05-20 Lunch\nTalked pricing.\n",
	"Contacts/Cy Quiet.md": "---\ntop-of-mind: ignore\n---\nCy.\n",
	"Notes/Dee.md": "---\ntags: #person\n---\nDee.\n",
	"Posts/Pricing.md": "---\ntype: post\ntopics: [pricing]\npublish: true\n---\nPricing without fear.\n",
	"Posts/Secret.md": "---\ntype: post\ntopics: [pricing]\npublished: true\ntop-of-mind: ignore\n---\nPricing.\n",
	"Templates/Person.md": "---\ntype: person\ntopics: [pricing]\n---\n",
	"Templates/Journal.md": "## How did the garden look this morning?\n<% tp.date.now() %>\n",
	"Contacts/Gus Green.md": "---\ntopics: [gardening]\n---\nGus looks after the garden every morning.\n",
	"Journal/Monday.md": "## How did the garden look this morning?\nPricing call went well.\n",
	".obsidian/plugins/templater-obsidian/data.json": JSON.stringify({ templates_folder: "Meta/Templater" }),
	"Meta/Templater/Meeting.md": "---\ntype: person\ntopics: [pricing]\n---\n<% tp.file.title %>\n",
	"Drafts/Old.excalidraw.md": "---\ntype: person\n---\nA drawing.\n",
	"Archive/2020/Gone.md": "---\ntype: person\n---\nGone.\n",
};
let vault = "";

beforeAll(() => {
	vault = mkdtempSync(join(tmpdir(), "tom-newcomer-vault-"));
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(vault, path)), { recursive: true });
		writeFileSync(join(vault, path), text);
	}
});

afterAll(() => {
	rmSync(vault, { recursive: true, force: true });
});

async function json(argv: string[]): Promise<Record<string, unknown>> {
	const parsed = parseArgs([...argv, "--vault", vault, "--json", "--today", TODAY]);
	if (parsed.kind !== "run") throw new Error("not a command");
	return (await runCommand(parsed.args)).json as Record<string, unknown>;
}

type Row = Record<string, unknown>;

describe("a newcomer's vault", () => {
	it("reads an old peopleFolder as the first person folder", async () => {
		expect((await readPluginSettings(vault)).core.person.folders).toEqual(["Contacts"]);
	});

	it("lists the people of the person folders, not the opted-out one, the templates folders nor excluded paths", async () => {
		const { people } = (await json(["people"])) as { people: Row[] };
		expect(people.map((p) => p.name)).toEqual(["Ana Diaz", "Bo Li", "Gus Green"]);
		// Ana was created today: due one cadence later. Bo's log heading is his last contact.
		expect(people[0]).toMatchObject({ due: false, nextDue: "2026-07-01", lastContact: null });
		expect(people[1]).toMatchObject({ due: false, lastContact: "2026-05-20", nextDue: "2026-06-19" });
	});

	it("counts publish: true as published and never reads the opted-out post", async () => {
		const { posts } = (await json(["posts-for", "Contacts/Bo Li.md"])) as { posts: Row[] };
		expect(posts.map((p) => p.path)).toEqual(["Posts/Pricing.md"]);
	});

	it("reports tags: #person with its fix", async () => {
		const { problems } = (await json(["stats"])) as { problems: Row[] };
		expect(problems).toContainEqual({ path: "Notes/Dee.md", key: "tags", kind: "tags", message: '"tags: #person" is a YAML comment, so the note has no tags; write tags: [person] or tags: person' });
	});

	it("reads a template's sentences as boilerplate: a note made from it is not about them", async () => {
		const { people } = (await json(["who-cares", "Journal/Monday.md"])) as { people: Row[] };
		expect(people.map((p) => p.name)).not.toContain("Gus Green");
	});

	it("names why a note is not read", async () => {
		await expect(json(["who-cares", "Templates/Person.md"])).rejects.toThrow("The note is in the Templates folder, which is never read: Templates/Person.md");
		await expect(json(["who-cares", "Meta/Templater/Meeting.md"])).rejects.toThrow("The note is in the Templates folder, which is never read: Meta/Templater/Meeting.md");
		await expect(json(["who-cares", "Posts/Secret.md"])).rejects.toThrow('The note opts out with "top-of-mind: ignore": Posts/Secret.md');
	});
});
