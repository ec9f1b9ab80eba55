import { afterEach, describe, expect, it, vi } from "vitest";
// A plugin class is written as in src/: against "obsidian" (the stub at run time, the real typings for tsc).
import { Plugin, type TAbstractFile as ObsidianAbstractFile } from "obsidian";
import {
	App,
	Component,
	Events,
	Notice,
	TFile,
	debounce,
	getAllTags,
	loadPlugin,
	normalizePath,
	parseFrontMatterAliases,
	parseFrontMatterTags,
} from "../obsidian";

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`missing ${path}`);
	return file;
}

describe("FileManager.processFrontMatter", () => {
	const note = [
		"---",
		"# who this is",
		"type: person # keep me",
		"aliases: [Ana, AD]",
		"topics:",
		"  - pricing",
		"  - hiring",
		'email: "ana@example.com"',
		"last_contact: 2026-01-02",
		"---",
		"# Ana Diaz",
		"",
		"- 2026-01-02 Coffee",
		"",
	].join("\n");

	// As in the app: the block is parsed and written back whole with the yaml package's defaults.
	it("re-serialises the whole block: comments go, flow lists become block lists, quotes are dropped", async () => {
		const app = new App({ "People/Ana Diaz.md": note });
		await app.fileManager.processFrontMatter(fileAt(app, "People/Ana Diaz.md"), (fm) => {
			fm.last_contact = "2026-03-04";
		});
		expect(app.vault.contentOf("People/Ana Diaz.md")).toBe(
			[
				"---",
				"type: person",
				"aliases:",
				"  - Ana",
				"  - AD",
				"topics:",
				"  - pricing",
				"  - hiring",
				"email: ana@example.com",
				"last_contact: 2026-03-04",
				"---",
				"# Ana Diaz",
				"",
				"- 2026-01-02 Coffee",
				"",
			].join("\n"),
		);
	});

	it("turns an unquoted [[link]] into a nested list, writes CRLF frontmatter with LF and folds long values", async () => {
		const long = "a".repeat(30) + " " + "b".repeat(30) + " " + "c".repeat(30);
		const crlf = `---\r\nshared_with: [[Bo Li]]\r\nnote: ${long}\r\n---\r\nBody line 1\r\n`;
		const app = new App({ "Post.md": crlf });
		await app.fileManager.processFrontMatter(fileAt(app, "Post.md"), (fm) => {
			fm.title = "New";
		});
		const text = app.vault.contentOf("Post.md");
		expect(text).toBe(`---\nshared_with:\n  - - Bo Li\nnote: ${"a".repeat(30)} ${"b".repeat(30)}\n  ${"c".repeat(30)}\ntitle: New\n---\r\nBody line 1\r\n`);
	});

	it("creates frontmatter when the note has none", async () => {
		const app = new App({ "Plain.md": "Just text\n" }, { cache: { start: "warm" } });
		const file = fileAt(app, "Plain.md");
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm.type = "person";
		});
		expect(app.vault.contentOf("Plain.md")).toBe("---\ntype: person\n---\nJust text\n");
		// The cache reads the note again a moment later, not within the write.
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toBeUndefined();
		await app.metadataCache.settled();
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ type: "person" });
	});

	it("is atomic: concurrent edits of one note all survive", async () => {
		const app = new App({ "Post.md": "---\nshared_with: []\n---\n" });
		const post = fileAt(app, "Post.md");
		await Promise.all(
			["[[Ana]]", "[[Bo]]"].map((link) =>
				app.fileManager.processFrontMatter(post, (fm) => {
					(fm.shared_with as string[]).push(link);
				}),
			),
		);
		await app.metadataCache.settled();
		expect(app.metadataCache.getFileCache(post)?.frontmatter).toEqual({ shared_with: ["[[Ana]]", "[[Bo]]"] });
	});

	it("throws without writing when the frontmatter is not valid YAML", async () => {
		const broken = "---\ntopics: [a, b\n---\nbody";
		const app = new App({ "Bad.md": broken });
		await expect(
			app.fileManager.processFrontMatter(fileAt(app, "Bad.md"), (fm) => {
				fm.x = 1;
			}),
		).rejects.toThrow();
		expect(app.vault.contentOf("Bad.md")).toBe(broken);
	});
});

describe("MetadataCache", () => {
	const text = [
		"---",
		"type: person",
		"tags: [person, client]",
		"aliases: Ana, A. Diaz",
		"company: [[Acme]]",
		"---",
		"# Ana #not-a-heading-tag",
		"Met at #conference about [[Pricing#Tiers|tiers]] and [notes](Notes/Call%20notes.md).",
		"Not a tag: `#code` or issue#12 or #123; see ![[diagram.png]] and [site](https://example.com).",
		"```",
		"#hidden [[Hidden]]",
		"```",
		"- [ ] call [[Ana Diaz]]",
		"- [x] send deck",
		"  - plain child",
		"- item",
		"",
		"## Log",
	].join("\n");
	const app = new App({ "People/Ana.md": text, "Pricing.md": "", "Notes/Call notes.md": "" }, { cache: { start: "warm" } });
	const cache = app.metadataCache.getCache("People/Ana.md");

	it("parses frontmatter with the YAML 1.2 core schema (dates stay strings)", () => {
		const withDate = new App({ "a.md": "---\nlast_contact: 2026-01-02\nn: 3\n---\n" }, { cache: { start: "warm" } });
		expect(withDate.metadataCache.getCache("a.md")?.frontmatter).toEqual({ last_contact: "2026-01-02", n: 3 });
		expect(cache?.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 5, col: 3, offset: text.indexOf("---", 4) + 3 } });
		expect(new App({ "b.md": "---\na: [\n---\nx" }, { cache: { start: "warm" } }).metadataCache.getCache("b.md")?.frontmatter).toBeUndefined();
	});

	it("finds inline tags outside code, with positions", () => {
		expect(cache?.tags?.map((tag) => tag.tag)).toEqual(["#not-a-heading-tag", "#conference"]);
		const conference = cache?.tags?.[1];
		expect(text.slice(conference?.position.start.offset, conference?.position.end.offset)).toBe("#conference");
		expect(cache && getAllTags(cache)).toEqual(["#person", "#client", "#not-a-heading-tag", "#conference"]);
		expect(parseFrontMatterTags({ tags: "a, b c" })).toEqual(["#a", "#b", "#c"]);
		expect(parseFrontMatterAliases(cache?.frontmatter)).toEqual(["Ana", "A. Diaz"]);
	});

	it("finds wikilinks, markdown links and embeds", () => {
		expect(cache?.links?.map(({ link, original, displayText }) => ({ link, original, displayText }))).toEqual([
			{ link: "Pricing#Tiers", original: "[[Pricing#Tiers|tiers]]", displayText: "tiers" },
			{ link: "Notes/Call notes.md", original: "[notes](Notes/Call%20notes.md)", displayText: "notes" },
			{ link: "Ana Diaz", original: "[[Ana Diaz]]", displayText: "Ana Diaz" },
		]);
		const first = cache?.links?.[0];
		expect(text.slice(first?.position.start.offset, first?.position.end.offset)).toBe("[[Pricing#Tiers|tiers]]");
		expect(cache?.embeds?.map((embed) => embed.link)).toEqual(["diagram.png"]);
		expect(cache?.frontmatterLinks).toBeUndefined();
	});

	it("reports headings and list items with task status and parents", () => {
		expect(cache?.headings?.map(({ heading, level }) => [heading, level])).toEqual([
			["Ana #not-a-heading-tag", 1],
			["Log", 2],
		]);
		expect(cache?.listItems?.map((item) => [item.position.start.line, item.task, item.parent])).toEqual([
			[12, " ", -12],
			[13, "x", -12],
			[14, undefined, 13],
			[15, undefined, -12],
		]);
		expect(cache?.sections?.map((section) => section.type)).toEqual(["yaml", "heading", "paragraph", "code", "list", "heading"]);
	});

	it("resolves links like Obsidian and counts them in resolvedLinks", () => {
		const vault = new App({
			"Daily/2026-01-05.md": "Met [[Ana Diaz]], [[People/Bo]], [[Ghost]] and [x](../Topics/Pricing.md)",
			"People/Ana Diaz.md": "",
			"Archive/Old/Ana Diaz.md": "",
			"People/Bo.md": "",
			"Topics/Pricing.md": "",
			"Post.md": '---\nshared_with: ["[[Bo]]"]\n---\n',
		}, { cache: { start: "warm" } });
		const cacheOf = vault.metadataCache;
		expect(cacheOf.getFirstLinkpathDest("Ana Diaz", "Daily/2026-01-05.md")?.path).toBe("People/Ana Diaz.md");
		expect(cacheOf.getFirstLinkpathDest("archive/old/ana diaz", "")?.path).toBe("Archive/Old/Ana Diaz.md");
		expect(cacheOf.getFirstLinkpathDest("Old/Ana Diaz.md", "")?.path).toBe("Archive/Old/Ana Diaz.md");
		expect(cacheOf.getFirstLinkpathDest("../Topics/Pricing.md", "Daily/2026-01-05.md")?.path).toBe("Topics/Pricing.md");
		expect(cacheOf.resolvedLinks["Daily/2026-01-05.md"]).toEqual({ "People/Ana Diaz.md": 1, "People/Bo.md": 1, "Topics/Pricing.md": 1 });
		expect(cacheOf.unresolvedLinks["Daily/2026-01-05.md"]).toEqual({ Ghost: 1 });
		expect(cacheOf.resolvedLinks["Post.md"]).toEqual({ "People/Bo.md": 1 });
		expect(cacheOf.getCache("Post.md")?.frontmatterLinks).toEqual([{ key: "shared_with.0", link: "Bo", original: "[[Bo]]", displayText: "Bo" }]);
	});

	it("reports links in properties as the app does: keyed by their path in the properties, none for an unquoted [[x]]", () => {
		const text = '---\nauthor: "[[Ana Diaz|Ana]]"\nattendees:\n  - Bo\n  - "[[Bo]]"\nmeeting:\n  host: "[[Cy]]"\npeople: [[Dee]]\ncount: 3\n---\n';
		const vault = new App({ "Meeting.md": text }, { cache: { start: "warm" } });
		expect(vault.metadataCache.getCache("Meeting.md")?.frontmatterLinks).toEqual([
			{ key: "author", link: "Ana Diaz", original: "[[Ana Diaz|Ana]]", displayText: "Ana" },
			{ key: "attendees.1", link: "Bo", original: "[[Bo]]", displayText: "Bo" },
			{ key: "meeting.host", link: "Cy", original: "[[Cy]]", displayText: "Cy" },
		]);
	});

	it("makes links by name, or by path when the name is ambiguous", () => {
		const vault = new App({ "People/Ana Diaz.md": "", "Archive/Ana Diaz.md": "", "People/Bo.md": "" }, { cache: { start: "warm" } });
		const files = vault.fileManager;
		expect(files.generateMarkdownLink(fileAt(vault, "People/Bo.md"), "x.md")).toBe("[[Bo]]");
		expect(files.generateMarkdownLink(fileAt(vault, "People/Ana Diaz.md"), "x.md")).toBe("[[People/Ana Diaz]]");
		expect(files.generateMarkdownLink(fileAt(vault, "People/Bo.md"), "x.md", "#Log", "Bo B")).toBe("[[Bo#Log|Bo B]]");
		files.linkSettings.useMarkdownLinks = true;
		expect(files.generateMarkdownLink(fileAt(vault, "People/Ana Diaz.md"), "x.md")).toBe("[Ana Diaz](People/Ana%20Diaz.md)");
	});

	it("keeps the cache object while the text is unchanged", () => {
		expect(app.metadataCache.getCache("People/Ana.md")).toBe(cache);
	});
});

describe("Vault", () => {
	it("fires events for create, process, rename and delete, with metadata changes after each write", async () => {
		const app = new App({ "People/Ana.md": "---\ntopics: [a]\n---\nHi" }, { cache: { start: "warm" } });
		const seen: string[] = [];
		const record =
			(name: string) =>
			(file: ObsidianAbstractFile, oldPath?: string): void => {
				seen.push(`${name} ${file.path}${oldPath ? ` from ${oldPath}` : ""}`);
			};
		app.vault.on("create", record("create"));
		app.vault.on("modify", record("modify"));
		app.vault.on("rename", record("rename"));
		app.vault.on("delete", record("delete"));
		app.metadataCache.on("changed", (file, data, cache) => seen.push(`changed ${file.path} ${data.length} ${cache.frontmatter ? "fm" : "-"}`));
		app.metadataCache.on("deleted", (file, prev) => seen.push(`deleted ${file.path} ${prev ? "prev" : "-"}`));

		const ana = fileAt(app, "People/Ana.md");
		const mtime = ana.stat.mtime;
		const result = await app.vault.process(ana, (text) => `${text}!`);
		expect(result).toBe("---\ntopics: [a]\n---\nHi!");
		expect(ana.stat.mtime).toBeGreaterThan(mtime);
		await app.vault.process(ana, (text) => text);
		await app.vault.createFolder("Archive");
		await app.vault.rename(ana, "Archive/Ana.md");
		expect(ana.path).toBe("Archive/Ana.md");
		expect(app.vault.getFileByPath("People/Ana.md")).toBeNull();
		expect(app.metadataCache.getFileCache(ana)?.frontmatter).toEqual({ topics: ["a"] });
		const created = await app.vault.create("Archive/Bo.md", "x");
		await app.fileManager.trashFile(ana);

		await app.metadataCache.settled();
		// The vault's events come with each operation; the cache's a turn later, once it has read
		// the notes again (Ana's edit, deleted since, is never reported).
		expect(seen).toEqual([
			"modify People/Ana.md",
			"create Archive",
			"rename Archive/Ana.md from People/Ana.md",
			"create Archive/Bo.md",
			"delete Archive/Ana.md",
			"changed Archive/Bo.md 1 -",
			"deleted Archive/Ana.md prev",
		]);
		expect(created.parent?.path).toBe("Archive");
		expect(app.vault.getMarkdownFiles().map((file) => file.path)).toEqual(["Archive/Bo.md"]);
	});

	it("refuses to create over an existing file or into a missing folder", async () => {
		const app = new App({ "a.md": "" });
		await expect(app.vault.create("a.md", "")).rejects.toThrow("already exists");
		await expect(app.vault.create("Missing/b.md", "")).rejects.toThrow("Folder does not exist");
		await expect(app.vault.create("bad:name.md", "")).rejects.toThrow("cannot contain");
	});

	it("keeps dot paths in the adapter, outside the vault tree", async () => {
		const app = new App({ ".obsidian/daily-notes.json": '{"folder":"Daily"}', "Daily/x.md": "" });
		expect(await app.vault.adapter.read(".obsidian/daily-notes.json")).toBe('{"folder":"Daily"}');
		expect(await app.vault.adapter.exists(".obsidian")).toBe(true);
		expect(app.vault.getAbstractFileByPath(".obsidian/daily-notes.json")).toBeNull();
		await app.vault.adapter.write("New/y.md", "made");
		expect(app.vault.getFileByPath("New/y.md")?.stat.size).toBe(4);
		expect((await app.vault.adapter.list("/")).folders.sort()).toEqual([".obsidian", "Daily", "New"]);
	});
});

describe("Component", () => {
	it("unloads children, then registered cleanups (last first), then itself", () => {
		const order: string[] = [];
		class Child extends Component {
			override onload(): void {
				order.push("child load");
			}
			override onunload(): void {
				order.push("child unload");
			}
		}
		const events = new Events();
		const parent = new Component();
		parent.register(() => order.push("first cleanup"));
		parent.addChild(new Child());
		parent.load();
		parent.registerEvent(events.on("ping", () => order.push("ping")));
		parent.register(() => order.push("last cleanup"));
		events.trigger("ping");
		parent.unload();
		events.trigger("ping");
		parent.unload();
		expect(order).toEqual(["child load", "ping", "child unload", "last cleanup", "first cleanup"]);
	});

	it("loads a child added after load straight away", () => {
		const child = new (class extends Component {
			loaded = 0;
			override onload(): void {
				this.loaded++;
			}
		})();
		const parent = new Component();
		parent.load();
		parent.addChild(child);
		parent.load();
		expect(child.loaded).toBe(1);
	});
});

describe("Plugin and workspace", () => {
	class TestPlugin extends Plugin {
		ready = false;
		opened: (string | null)[] = [];
		override async onload(): Promise<void> {
			const data = (await this.loadData()) as { count?: number } | null;
			this.addCommand({ id: "count", name: "Count", callback: () => this.saveData({ count: (data?.count ?? 0) + 1 }) });
			this.addCommand({ id: "only-with-file", name: "Only with a file", checkCallback: (checking) => (checking ? this.app.workspace.getActiveFile() !== null : undefined) });
			this.app.workspace.onLayoutReady(() => {
				this.ready = true;
			});
			this.registerEvent(this.app.workspace.on("file-open", (file) => this.opened.push(file?.path ?? null)));
		}
	}

	it("queues onLayoutReady until the layout is ready, then runs callbacks at once", async () => {
		const app = new App();
		const plugin = await loadPlugin(TestPlugin, app);
		expect(plugin.ready).toBe(false);
		await app.workspace.triggerLayoutReady();
		expect(plugin.ready).toBe(true);
		let late = false;
		app.workspace.onLayoutReady(() => (late = true));
		expect(late).toBe(true);
	});

	it("registers prefixed commands, runs them, and removes them on unload", async () => {
		const app = new App({ "a.md": "" });
		const plugin = await loadPlugin(TestPlugin, app, { data: { count: 41 } });
		expect(app.commands.listCommands().map((command) => command.id)).toEqual(["top-of-mind:count", "top-of-mind:only-with-file"]);
		await app.commands.run("count");
		expect(JSON.parse(await app.vault.adapter.read(".obsidian/plugins/top-of-mind/data.json"))).toEqual({ count: 42 });
		expect(app.commands.isAvailable("only-with-file")).toBe(false);
		await app.workspace.setActiveFile("a.md");
		expect(app.commands.executeCommandById("top-of-mind:only-with-file")).toBe(true);
		expect(plugin.opened).toEqual(["a.md"]);
		plugin.unload();
		expect(app.commands.listCommands()).toEqual([]);
		await app.workspace.setActiveFile(null);
		expect(plugin.opened).toEqual(["a.md"]);
	});

	it("returns fresh copies from loadData", async () => {
		const app = new App();
		const plugin = await loadPlugin(TestPlugin, app, { data: { list: [1] } });
		const first = (await plugin.loadData()) as { list: number[] };
		first.list.push(2);
		expect(await plugin.loadData()).toEqual({ list: [1] });
	});

	it("empties the tab when the open note is deleted", async () => {
		const app = new App({ "a.md": "" });
		const opened: (string | null)[] = [];
		app.workspace.on("file-open", (file) => opened.push(file?.path ?? null));
		await app.workspace.setActiveFile("a.md");
		await app.fileManager.trashFile(fileAt(app, "a.md"));
		expect(opened).toEqual(["a.md", null]);
		expect(app.workspace.getActiveFile()).toBeNull();
	});

	it("opens link text, creating a missing note like a click on an unresolved link", async () => {
		const app = new App({ "People/Ana.md": "" });
		const changes: (string | null)[] = [];
		app.workspace.on("active-leaf-change", (leaf) => changes.push(leaf ? leaf.view.getViewType() : null));
		await app.workspace.openLinkText("Ana", "");
		expect(app.workspace.getActiveFile()?.path).toBe("People/Ana.md");
		await app.workspace.openLinkText("New idea", "");
		expect(app.workspace.getActiveFile()?.path).toBe("New idea.md");
		expect(changes).toEqual(["markdown"]);
		expect(app.workspace.getLastOpenFiles()).toEqual(["New idea.md", "People/Ana.md"]);
	});
});

describe("standalone functions", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it("normalizes paths like Obsidian", () => {
		expect(normalizePath("//People\\\\Ana  Diaz.md/")).toBe("People/Ana  Diaz.md");
		expect(normalizePath("/")).toBe("/");
		expect(normalizePath("Cafe\u0301\u00A0notes")).toBe("Café notes");
	});

	it("debounces with the latest arguments, and supports run and cancel", () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const later = debounce((n: number) => calls.push(n), 100);
		later(1);
		vi.advanceTimersByTime(60);
		later(2);
		vi.advanceTimersByTime(40);
		expect(calls).toEqual([2]);
		const reset = debounce((n: number) => calls.push(n), 100, true);
		reset(3);
		vi.advanceTimersByTime(60);
		reset(4);
		vi.advanceTimersByTime(60);
		expect(calls).toEqual([2]);
		vi.advanceTimersByTime(40);
		expect(calls).toEqual([2, 4]);
		reset(5).cancel();
		vi.advanceTimersByTime(200);
		reset(6);
		expect(reset.run()).toBe(3);
		expect(calls).toEqual([2, 4, 6]);
	});

	it("records notices, cleared before each test (1/2)", () => {
		new Notice("Shared with Ana").setMessage("Shared with Ana and Bo");
		expect(Notice.messages).toEqual(["Shared with Ana", "Shared with Ana and Bo"]);
	});

	it("records notices, cleared before each test (2/2)", () => {
		expect(Notice.messages).toEqual([]);
	});
});
