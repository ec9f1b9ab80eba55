// @vitest-environment happy-dom
/**
 * Settings that point outside the vault, and names that are someone already known, through the
 * real plugin on the stand-in: insert follow-ups with hostile daily-note settings (the plugin's
 * own and the Daily notes plugin's), New person note with a hostile people folder or a name
 * that is the same person as an existing one. Nothing is created outside the vault, and the
 * notice names the setting to fix or the person who already has a note. Notes open by file.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pathRefusal } from "../../src/core/edits/note-paths";
import { TextPromptModal } from "../../src/obsidian/modals";
import { getOpenModal, Notice, type App } from "../obsidian";
import { actionsOf, clickButton, startPlugin, waitFor } from "../helpers/plugin-harness";
import { ANA, ANA_NOTE, sampleVault, TODAY } from "../helpers/sample-vault";

const id = (command: string): string => `top-of-mind:${command}`;

afterEach(() => {
	vi.restoreAllMocks();
});

/** Every file and folder in the vault, each checked to be inside it and shown. */
function outsiders(app: App): string[] {
	return app.vault
		.getAllLoadedFiles()
		.map((item) => item.path)
		.filter((path) => path !== "/" && !path.startsWith(".obsidian/") && path !== ".obsidian" && pathRefusal(path) !== null);
}

/** Spies on every way a note or folder is created. */
function watchCreates(app: App): { created: () => string[] } {
	const create = vi.spyOn(app.vault, "create");
	const folder = vi.spyOn(app.vault, "createFolder");
	return { created: () => [...create.mock.calls.map((call) => call[0]), ...folder.mock.calls.map((call) => call[0])] };
}

async function insertFollowups(app: App): Promise<string> {
	await app.commands.run(id("insert-follow-ups"));
	await waitFor(() => Notice.messages.length > 0, "the notice");
	return Notice.messages.join("\n");
}

describe("insert follow-ups never creates a daily note outside the vault", () => {
	const OURS_FOLDER = `"Daily notes folder" in Top of Mind's settings`;
	const OURS_FORMAT = `"Daily note format" in Top of Mind's settings`;
	const CORE_FOLDER = `"New file location" in the Daily notes settings`;
	const CORE_FORMAT = `"Date format" in the Daily notes settings`;

	it.each([
		["our folder ../../outside", { dailyNotesFolder: "../../outside" }, {}, 'leads out of the vault with ".."', OURS_FOLDER],
		["our folder /etc", { dailyNotesFolder: "/etc" }, {}, "is an absolute path", OURS_FOLDER],
		["our folder \\etc", { dailyNotesFolder: "\\etc" }, {}, "is an absolute path", OURS_FOLDER],
		["our folder C:\\x", { dailyNotesFolder: "C:\\x" }, {}, "starts with a drive letter", OURS_FOLDER],
		["our folder .obsidian", { dailyNotesFolder: ".obsidian" }, {}, "hidden", OURS_FOLDER],
		["our format ../YYYY-MM-DD", { dailyNotesFormat: "../YYYY-MM-DD" }, {}, 'leads out of the vault with ".."', OURS_FORMAT],
		["our format [../../]YYYY-MM-DD", { dailyNotesFormat: "[../../]YYYY-MM-DD" }, {}, 'leads out of the vault with ".."', OURS_FORMAT],
		["our format [..\\]YYYY", { dailyNotesFormat: "[..\\]YYYY" }, {}, 'leads out of the vault with ".."', OURS_FORMAT],
		["Daily notes folder ../../outside", {}, { folder: "../../outside" }, 'leads out of the vault with ".."', CORE_FOLDER],
		["Daily notes folder /etc", {}, { folder: "/etc" }, "is an absolute path", CORE_FOLDER],
		["Daily notes folder C:\\x", {}, { folder: "C:\\x" }, "starts with a drive letter", CORE_FOLDER],
		["Daily notes format ../YYYY", {}, { folder: "Daily", format: "../YYYY" }, 'leads out of the vault with ".."', CORE_FORMAT],
	])("%s: refused with a notice naming the setting, nothing created", async (_name, data, daily, why, setting) => {
		const { app } = await startPlugin(sampleVault({ ".obsidian/daily-notes.json": JSON.stringify(daily) }), { data });
		const writes = watchCreates(app);
		const message = await insertFollowups(app);
		expect(message).toMatch(/^Could not write follow-ups: the daily note/);
		expect(message).toContain(why);
		expect(message).toContain(`change ${setting}.`);
		expect(writes.created()).toEqual([]);
		expect(outsiders(app)).toEqual([]);
	});

	it("the vault root written as / is still the root", async () => {
		const { app } = await startPlugin(sampleVault({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "/" }) }));
		await insertFollowups(app);
		expect(app.vault.getFileByPath(`${TODAY}.md`)).not.toBeNull();
		expect(outsiders(app)).toEqual([]);
	});

	it("hostile person and post folders classify nothing and create nothing outside", async () => {
		const data = { core: { person: { folders: ["../../outside", "C:\\x"] }, post: { folders: ["/etc", "..\\.."] } } };
		const { app, plugin } = await startPlugin(sampleVault(), { data });
		await insertFollowups(app);
		expect(app.vault.getFileByPath(`Daily/${TODAY}.md`)).not.toBeNull();
		// New people go to the first person folder: refused, with a notice.
		await actionsOf(plugin).createPerson("Eve Adams");
		expect(Notice.messages.at(-1)?.startsWith('Could not create the person note: the people folder "../../outside" ')).toBe(true);
		expect(outsiders(app)).toEqual([]);
	});
});

describe("New person note never creates a note outside the vault", () => {
	it.each([
		["../../outside", 'leads out of the vault with ".."'],
		["People/../..", 'leads out of the vault with ".."'],
		["/etc", "is an absolute path"],
		["\\\\server\\share", "is an absolute path"],
		["C:\\x", "starts with a drive letter"],
		[".obsidian/plugins", "hidden"],
	])("people folder %j (an old peopleFolder, now the first person folder): refused with a notice naming the setting", async (peopleFolder, why) => {
		const { app, plugin } = await startPlugin(sampleVault(), { data: { peopleFolder } });
		const writes = watchCreates(app);
		await actionsOf(plugin).createPerson("Eve Adams");
		expect(Notice.messages).toHaveLength(1);
		expect(Notice.messages[0]?.startsWith(`Could not create the person note: the people folder "${peopleFolder}" `)).toBe(true);
		expect(Notice.messages[0]?.endsWith(`; change the first of "Person folders" in Top of Mind's settings.`)).toBe(true);
		expect(Notice.messages[0]).toContain(why);
		expect(writes.created()).toEqual([]);
		expect(outsiders(app)).toEqual([]);
	});

	it.each(["../../x", "..", "/etc/passwd", "C:\\x", ".hidden", "a/../../b", "\u202e../x"])("a name %j stays one note inside the people folder, or none", async (name) => {
		const { app, plugin } = await startPlugin(sampleVault());
		await actionsOf(plugin).createPerson(name);
		expect(outsiders(app)).toEqual([]);
		const made = app.vault.getMarkdownFiles().filter((file) => !(file.path in sampleVault()));
		for (const file of made) expect(file.parent?.path).toBe("People");
	});
});

describe("New person note: a name that is someone already known opens them", () => {
	async function createVia(app: App, name: string): Promise<void> {
		await app.commands.run(id("new-person-note"));
		const modal = getOpenModal(TextPromptModal);
		const field = modal.contentEl.querySelector("input");
		if (!field) throw new Error("no name input");
		field.value = name;
		field.dispatchEvent(new Event("input"));
		clickButton(modal.contentEl, "Create");
	}

	it.each(["ana diaz", "ANA DIAZ", "Ána Díaz", "  ana   díaz ", "ana\u0000 diaz\r\n", "\u202eAna Diaz"])("%j is Ana Diaz: no second note, hers opens", async (typed) => {
		const { app } = await startPlugin(sampleVault());
		const writes = watchCreates(app);
		await createVia(app, typed);
		await waitFor(() => app.workspace.getActiveFile()?.path === ANA, "Ana's note to open");
		expect(Notice.messages).toHaveLength(1);
		expect(Notice.messages[0]).toMatch(/^Ana Diaz already has a note/);
		expect(writes.created()).toEqual([]);
		expect(app.vault.contentOf(ANA)).toBe(ANA_NOTE);
		expect(app.vault.getMarkdownFiles().filter((file) => file.path.startsWith("People/")).map((file) => file.basename).sort()).toEqual(["Ana Diaz", "Bo Berg", "Cy Chen", "Dee Archived"]);
	});

	it("names the existing person and the name typed", async () => {
		const { plugin } = await startPlugin(sampleVault());
		await actionsOf(plugin).createPerson("Ána Díaz");
		expect(Notice.messages).toEqual(['Ana Diaz already has a note ("Ána Díaz" is the same person).']);
	});

	it("a person in another folder, or known by an alias, is found too", async () => {
		const vault = sampleVault({ "Clients/Jürgen Groß.md": "---\ntype: person\naliases: [Jay Gross]\n---\n" });
		const { app, plugin } = await startPlugin(vault);
		const actions = actionsOf(plugin);
		await actions.createPerson("jurgen gross");
		expect(app.workspace.getActiveFile()?.path).toBe("Clients/Jürgen Groß.md");
		await actions.createPerson("JAY GROSS");
		expect(Notice.messages).toEqual(['Jürgen Groß already has a note ("jurgen gross" is the same person).', 'Jürgen Groß already has a note ("JAY GROSS" is the same person).']);
		expect(app.vault.getFileByPath("People/jurgen gross.md")).toBeNull();
		expect(app.vault.getFileByPath("People/JAY GROSS.md")).toBeNull();
	});

	it("a note in the people folder the index has not read yet is found by its file", async () => {
		const { app, plugin } = await startPlugin(sampleVault({ "People/Işık Yılmaz.md": "No properties yet.\n" }));
		await actionsOf(plugin).createPerson("isik yilmaz");
		expect(app.workspace.getActiveFile()?.path).toBe("People/Işık Yılmaz.md");
		expect(app.vault.getMarkdownFiles().filter((file) => /yilmaz|yılmaz/i.test(file.path))).toHaveLength(1);
	});

	it.each([
		["Eve Adams", "People/Eve Adams.md"],
		["Işık Yılmaz", "People/Işık Yılmaz.md"],
		["Jürgen Groß", "People/Jürgen Groß.md"],
		["山田 太郎", "People/山田 太郎.md"],
		["Ana Diaz 👩‍💻", "People/Ana Diaz 👩‍💻.md"],
		["Ana Dias", "People/Ana Dias.md"],
	])("a new name still works: %j → %j", async (typed, path) => {
		const { app } = await startPlugin(sampleVault());
		await createVia(app, typed);
		await waitFor(() => app.workspace.getActiveFile()?.path === path, `${path} to open`);
		expect(Notice.messages).toEqual([]);
	});
});

describe("New person note: a pasted name", () => {
	it("with a line break, NUL and a bidi control is cleaned into one valid name", async () => {
		// The modal's one-line field drops line breaks itself; a paste into the API keeps them.
		const { app, plugin } = await startPlugin(sampleVault());
		await actionsOf(plugin).createPerson("\u202eEve\r\nAdams\u0000\t");
		expect(app.workspace.getActiveFile()?.path).toBe("People/Eve Adams.md");
		expect(Notice.messages).toEqual([]);
	});
});

describe("notes open by their file, never by a link text made from a path", () => {
	it("Posts/C# tips.md opens itself, and no Posts/C.md is created", async () => {
		const vault = sampleVault({ "Posts/C# tips.md": "---\ntype: post\n---\nTips.\n", "Posts/Q^1 [draft] | v2.md": "---\ntype: post\n---\n" });
		const { app, plugin } = await startPlugin(vault);
		const actions = actionsOf(plugin);
		await actions.openNote("Posts/C# tips.md", false);
		expect(app.workspace.getActiveFile()?.path).toBe("Posts/C# tips.md");
		actions.dueActions(TODAY).open("Posts/Q^1 [draft] | v2.md");
		await waitFor(() => app.workspace.getActiveFile()?.path === "Posts/Q^1 [draft] | v2.md", "the note to open");
		await actions.openNote("Posts/Gone.md", true);
		expect(Notice.messages).toEqual(['"Gone" no longer exists; it may have been renamed or deleted.']);
		expect(app.vault.getMarkdownFiles().map((file) => file.path).sort()).toEqual(Object.keys(vault).filter((path) => path.endsWith(".md")).sort());
	});

	it("nothing in src opens a note by link text", () => {
		const sources = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? sources(join(dir, name)) : [join(dir, name)]));
		const callers = sources(join(__dirname, "../../src")).filter((file) => /\.ts$/.test(file) && /openLinkText\s*\(/.test(readFileSync(file, "utf8")));
		expect(callers).toEqual([]);
	});
});
