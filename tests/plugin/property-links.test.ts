// @vitest-environment happy-dom
/**
 * Links in properties in the plugin: read from Obsidian's `frontmatterLinks` (and the unquoted
 * `[[x]]` it leaves out) into the same links the command line reads from the text; a mention in
 * the panel; a contact in a meeting note's attendees and a daily note's people, as the
 * "Contact properties" setting says.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseFrontmatterYaml } from "../../src/cli/frontmatter-yaml";
import { statusOf } from "../../src/core/index/contact-status";
import { buildRecord } from "../../src/core/markdown/record";
import type TopOfMindPlugin from "../../src/main";
import { recordFromCache } from "../../src/obsidian/record-source";
import { App, displaySettingTab, findSetting } from "../obsidian";
import { cardOf, fileAt, openPanel, serviceOf, startPlugin, textOf, waitFor } from "../helpers/plugin-harness";
import { ANA, CY, sampleVault, TODAY } from "../helpers/sample-vault";

afterEach(() => {
	vi.restoreAllMocks();
});

const MEETING = "Meetings/Pricing review.md";

function lastContactOf(plugin: TopOfMindPlugin, path: string): string | null {
	const index = serviceOf(plugin).index;
	const person = index?.person(path);
	return index && person ? statusOf(index, person, TODAY).lastContact : null;
}

describe("the plugin's records", () => {
	const notes: Record<string, string> = {
		"A.md": '---\nauthor: "[[Ana Diaz]]"\n---\nBody with [[Cy Chen]].\n',
		"B.md": '---\nattendees:\n  - "[[Ana Diaz|Ana]]"\n  - Bo\n  - "[[People/Cy Chen]]"\n---\n',
		"C.md": '---\nrelated: "[[A]] and [[B]]"\npeople: [[Bo Berg]]\nmixed:\n  - [[Ana Diaz]]\n  - "[[Cy Chen]]"\n---\n- [ ] call [[Bo Berg]]\n',
		"D.md": '---\nmeeting:\n  host: "[[Ana Diaz]]"\n  guests: ["[[Bo Berg]]"]\nx.y: "[[Cy Chen]]"\ncount: 3\ndate: 2026-03-04\n---\n',
		"E.md": "---\ntitle: no links\nurl: https://example.com\n---\n[[Ana Diaz]]\n",
	};

	it.each(Object.keys(notes))("have the links the command line reads: %s", (path) => {
		const text = notes[path] ?? "";
		const app = new App({ [path]: text }, { cache: { start: "warm" } });
		const file = fileAt(app, path);
		const plugin = recordFromCache(file, app.metadataCache.getFileCache(file), text);
		const light = recordFromCache(file, app.metadataCache.getFileCache(file), null);
		const cli = buildRecord({ path, text, mtime: file.stat.mtime, parseYaml: parseFrontmatterYaml });
		expect(cli.links.length).toBeGreaterThan(0);
		expect(plugin.links).toEqual(cli.links);
		// A note read without its text (neither person nor post) has the same links.
		expect(light.links).toEqual(cli.links);
	});

	it("are keyed by top-level property, as Obsidian's list keys (attendees.0) are not", () => {
		const app = new App({ "B.md": notes["B.md"] ?? "" }, { cache: { start: "warm" } });
		const file = fileAt(app, "B.md");
		const cache = app.metadataCache.getFileCache(file);
		expect(cache?.frontmatterLinks?.map((link) => link.key)).toEqual(["attendees.0", "attendees.2"]);
		expect(recordFromCache(file, cache, null).links.map((link) => link.property)).toEqual(["attendees", "attendees"]);
	});
});

describe("links in properties in the plugin", () => {
	it("a property that links a person is a mention in the panel", async () => {
		const note = "Notes/Tea notes.md";
		const { app } = await startPlugin(sampleVault({ [note]: '---\nauthor: "[[Cy Chen]]"\n---\nRooibos and oolong.\n' }));
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(note);
		await waitFor(() => cardOf(panel.el, CY) !== null, "Cy's card");
		expect(textOf(cardOf(panel.el, CY) as HTMLElement)).toContain("mentioned in this note");
	});

	it("a meeting note's attendees are a contact on its date, kept up to date as it is edited", async () => {
		const meeting = (attendees: string): string => `---\ndate: 2026-11-18\nattendees: [${attendees}]\n---\nWe went through the numbers with [[Cy Chen]].\n`;
		const { app, plugin } = await startPlugin(sampleVault({ [MEETING]: meeting('"[[Ana Diaz]]"') }));
		expect(lastContactOf(plugin, ANA)).toBe("2026-11-18");
		// Body links of a meeting note mention people; they are no contact.
		expect(lastContactOf(plugin, CY)).toBeNull();
		await app.vault.modify(fileAt(app, MEETING), meeting('"[[Cy Chen]]"'));
		await waitFor(() => lastContactOf(plugin, CY) === "2026-11-18", "Cy's contact");
		expect(lastContactOf(plugin, ANA)).toBe("2026-10-02");
	});

	it("a daily note's people property is a contact on its day, quoted or not", async () => {
		const { plugin } = await startPlugin(sampleVault({ "Daily/2026-11-15.md": "---\npeople: [[Cy Chen]]\n---\nA quiet day.\n", "Daily/2026-11-16.md": '---\nwith: ["[[Ana Diaz]]"]\n---\n' }));
		expect(lastContactOf(plugin, CY)).toBe("2026-11-15");
		expect(lastContactOf(plugin, ANA)).toBe("2026-11-16");
	});

	it("the contact properties setting says which properties count", async () => {
		const { app, plugin } = await startPlugin(sampleVault({ [MEETING]: '---\ndate: 2026-11-18\nguests: ["[[Ana Diaz]]"]\nattendees: ["[[Cy Chen]]"]\n---\n' }));
		expect(lastContactOf(plugin, ANA)).toBe("2026-10-02");
		expect(lastContactOf(plugin, CY)).toBe("2026-11-18");
		const tab = displaySettingTab(app);
		const input = findSetting(tab.containerEl, "Contact properties")?.controlEl.querySelector("input");
		expect(input?.value).toBe("people, attendees, with, participants");
		if (!input) throw new Error("no contact properties setting");
		input.value = "guests";
		input.dispatchEvent(new Event("input"));
		await waitFor(() => lastContactOf(plugin, ANA) === "2026-11-18" && lastContactOf(plugin, CY) === null, "the contacts to follow the setting");
		expect(plugin.settings.core.contactProperties).toEqual(["guests"]);
	});
});
