import nodeFs, { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CliError } from "../../src/cli/errors";
import { parseFrontmatterYaml, readVault, resolveNotePath } from "../../src/cli/vault-reader";
import { createIgnoreMatcher } from "../../src/core/vault/ignore-filters";

const made: string[] = [];

function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}

function write(root: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		const full = join(root, ...path.split("/"));
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
}

afterAll(() => {
	for (const dir of made) {
		try {
			chmodSync(join(dir, "Locked.md"), 0o644);
		} catch {
			// Not every folder has one.
		}
		rmSync(dir, { recursive: true, force: true });
	}
});

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("readVault", () => {
	let vault: string;
	let outside: string;

	beforeAll(() => {
		vault = tempDir("tom-vault-");
		outside = tempDir("tom-outside-");
		write(outside, { "Secret.md": "---\ntype: person\n---\nnot in the vault", "Folder/Deep.md": "deep" });
		write(vault, {
			".obsidian/app.json": JSON.stringify({ userIgnoreFilters: ["Archive/", "/\\.excalidraw\\.md$/", "/[unclosed/"] }),
			".obsidian/daily-notes.json": JSON.stringify({ folder: "/Journal/", format: "YYYY/MM/DD" }),
			".obsidian/Config note.md": "config",
			".trash/Deleted.md": "deleted",
			".git/x.md": "git",
			"node_modules/pkg/README.md": "readme",
			".hidden.md": "hidden file",
			"People/Ana Diaz.md": "---\ntype: person\nlast_contact: 2026-11-05\ntopics: [pricing]\n---\nLikes #pricing\n",
			"People/Bo Li.md": "\uFEFF---\r\ntype: person\r\ntags: [client]\r\n---\r\nMet [[Ana Diaz]]\r\n",
			"Posts/Broken.md": "---\ntopics: [a, b\nrole: x\n---\nStill has #body-tag",
			"Posts/Dup.md": "---\na: 1\na: 2\n---\n",
			"Archive/Old.md": "old",
			"Drawings/Plan.excalidraw.md": "drawing",
			"Journal/2026/11/05.md": "- [ ] call [[Ana Diaz]]",
			"Root.md": "no frontmatter",
			"image.png": "not markdown",
			"Notes.txt": "not markdown",
		});
		symlinkSync(join(outside, "Secret.md"), join(vault, "Secret link.md"));
		symlinkSync(join(outside, "Folder"), join(vault, "Outside folder"));
		symlinkSync(join(vault, "People"), join(vault, "People link"));
		symlinkSync(vault, join(vault, "People", "Loop"));
		symlinkSync(join(vault, "missing.md"), join(vault, "Dangling.md"));
		utimesSync(join(vault, "Root.md"), new Date(1_700_000_000_000), new Date(1_700_000_000_000));
	});

	it("reads every Markdown note except skipped folders, excluded files and links outside", async () => {
		const { records } = await readVault(vault);
		expect(records.map((r) => r.path)).toEqual([
			"Journal/2026/11/05.md",
			"People link/Ana Diaz.md",
			"People link/Bo Li.md",
			"People/Ana Diaz.md",
			"People/Bo Li.md",
			"Posts/Broken.md",
			"Posts/Dup.md",
			"Root.md",
		]);
	});

	it("counts excluded files and links that lead outside", async () => {
		const { ignored } = await readVault(vault);
		// Archive/Old.md, Plan.excalidraw.md, Secret link.md, Outside folder
		expect(ignored).toBe(4);
	});

	it("keeps dates as strings and reads frontmatter, tags and links", async () => {
		const { records } = await readVault(vault);
		const ana = records.find((r) => r.path === "People/Ana Diaz.md");
		expect(ana?.frontmatter).toEqual({ type: "person", last_contact: "2026-11-05", topics: ["pricing"] });
		expect(ana?.tags).toEqual(["pricing"]);
		expect(ana?.basename).toBe("Ana Diaz");
		const journal = records.find((r) => r.path === "Journal/2026/11/05.md");
		expect(journal?.links).toEqual([{ target: "Ana Diaz", embed: false, line: 0, inUncheckedTask: true }]);
	});

	it("reads a note with a byte-order mark and CRLF line endings", async () => {
		const { records } = await readVault(vault);
		const bo = records.find((r) => r.path === "People/Bo Li.md");
		expect(bo?.frontmatter).toEqual({ type: "person", tags: ["client"] });
		expect(bo?.tags).toEqual(["client"]);
		expect(bo?.body).toBe("Met [[Ana Diaz]]\n");
		expect(bo?.links).toEqual([{ target: "Ana Diaz", embed: false, line: 4, inUncheckedTask: false }]);
	});

	it("returns malformed frontmatter as a record with an error", async () => {
		const { records } = await readVault(vault);
		const broken = records.find((r) => r.path === "Posts/Broken.md");
		expect(broken?.frontmatter).toBeNull();
		expect(broken?.frontmatterError).toMatch(/not valid YAML/);
		expect(broken?.tags).toEqual(["body-tag"]);
		const dup = records.find((r) => r.path === "Posts/Dup.md");
		expect(dup?.frontmatterError).toMatch(/unique/i);
	});

	it("takes mtime from the file", async () => {
		const { records } = await readVault(vault);
		expect(records.find((r) => r.path === "Root.md")?.mtime).toBe(1_700_000_000_000);
	});

	it("reads the daily notes settings", async () => {
		const { dailyNotes } = await readVault(vault);
		expect(dailyNotes).toEqual({ folder: "Journal", format: "YYYY/MM/DD" });
	});

	it("reports a broken link and an invalid filter as problems", async () => {
		const { problems } = await readVault(vault);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ path: "Dangling.md", key: "file" }),
				expect.objectContaining({ path: ".obsidian/app.json", key: "file", message: expect.stringContaining("/[unclosed/") as unknown }),
			]),
		);
		expect(problems).toHaveLength(2);
	});

	it("gives the same result with a concurrency of one", async () => {
		const wide = await readVault(vault);
		const narrow = await readVault(vault, { concurrency: 1 });
		expect(narrow.records).toEqual(wide.records);
	});

	it("skips a different config folder when told", async () => {
		const dir = tempDir("tom-configdir-");
		write(dir, {
			"config/app.json": JSON.stringify({ userIgnoreFilters: ["Skip"] }),
			"config/x.md": "config note",
			"Skip me.md": "skipped",
			"Keep.md": "kept",
		});
		const { records, ignored } = await readVault(dir, { configDir: "config" });
		expect(records.map((r) => r.path)).toEqual(["Keep.md"]);
		expect(ignored).toBe(1);
	});

	it("uses defaults when the settings files are missing or wrong", async () => {
		const bare = tempDir("tom-bare-");
		write(bare, { "A.md": "a" });
		expect((await readVault(bare)).dailyNotes).toEqual({ folder: "", format: "YYYY-MM-DD" });
		expect((await readVault(bare)).problems).toEqual([]);

		const wrong = tempDir("tom-wrong-");
		write(wrong, {
			".obsidian/daily-notes.json": "{ not json",
			".obsidian/app.json": JSON.stringify(["not", "an", "object"]),
			"A.md": "a",
		});
		const result = await readVault(wrong);
		expect(result.dailyNotes).toEqual({ folder: "", format: "YYYY-MM-DD" });
		expect(result.problems).toEqual([expect.objectContaining({ path: ".obsidian/daily-notes.json", key: "file" })]);
		expect(result.records.map((r) => r.path)).toEqual(["A.md"]);

		const odd = tempDir("tom-odd-");
		write(odd, { ".obsidian/daily-notes.json": JSON.stringify({ folder: 3, format: "" }) });
		expect((await readVault(odd)).dailyNotes).toEqual({ folder: "", format: "YYYY-MM-DD" });
	});

	it.skipIf(isRoot || process.platform === "win32")("reports an unreadable file and goes on", async () => {
		const dir = tempDir("tom-locked-");
		write(dir, { "Locked.md": "secret", "Open.md": "open" });
		chmodSync(join(dir, "Locked.md"), 0o000);
		const { records, problems } = await readVault(dir);
		expect(records.map((r) => r.path)).toEqual(["Open.md"]);
		expect(problems).toEqual([{ path: "Locked.md", key: "file", message: "Could not read the file (permission denied, EACCES); the note was skipped." }]);
	});

	it("reports a file that fails to read and goes on (simulated, works as root too)", async () => {
		const dir = tempDir("tom-failing-");
		write(dir, { "Bad.md": "bad", "Good.md": "good" });
		const realOpen = nodeFs.openSync.bind(nodeFs);
		const spy = vi.spyOn(nodeFs, "openSync").mockImplementation(((file: string, flags: string) => {
			if (String(file).endsWith("Bad.md")) throw Object.assign(new Error("denied"), { code: "EACCES" });
			return realOpen(file, flags);
		}) as typeof nodeFs.openSync);
		try {
			const { records, problems } = await readVault(dir);
			expect(records.map((r) => r.path)).toEqual(["Good.md"]);
			expect(problems).toEqual([{ path: "Bad.md", key: "file", message: "Could not read the file (permission denied, EACCES); the note was skipped." }]);
		} finally {
			spy.mockRestore();
		}
	});

	it("throws a CliError for a missing vault", async () => {
		await expect(readVault(join(tmpdir(), "tom-does-not-exist-xyz"))).rejects.toThrow(CliError);
		await expect(readVault(join(tmpdir(), "tom-does-not-exist-xyz"))).rejects.toThrow(/Vault folder not found/);
	});

	it("throws a CliError when the vault is a file", async () => {
		const dir = tempDir("tom-file-");
		write(dir, { "file.md": "x" });
		await expect(readVault(join(dir, "file.md"))).rejects.toThrow(/not a folder/);
	});

	it("reads many files with bounded concurrency", async () => {
		const dir = tempDir("tom-many-");
		const files: Record<string, string> = {};
		for (let i = 0; i < 300; i++) files[`F${i % 7}/N${String(i).padStart(3, "0")}.md`] = `---\nn: ${i}\n---\n#t${i}`;
		write(dir, files);
		const { records } = await readVault(dir, { concurrency: 8 });
		expect(records).toHaveLength(300);
		expect(records.find((r) => r.path === "F3/N150.md")?.frontmatter).toEqual({ n: 150 });
		expect(records.find((r) => r.path === "F3/N150.md")?.tags).toEqual(["t150"]);
	});
});

describe("parseFrontmatterYaml", () => {
	it.each([
		["a: 2026-11-05", { a: "2026-11-05" }],
		["a: 2026-11-05T10:00:00Z", { a: "2026-11-05T10:00:00Z" }],
		["a: yes", { a: "yes" }],
		["a: 012", { a: 12 }],
		["a: ~", { a: null }],
		["base: &b {x: 1}\nc:\n  <<: *b\n  y: 2", { base: { x: 1 }, c: { x: 1, y: 2 } }],
	])("%s", (yaml, expected) => {
		expect(parseFrontmatterYaml(yaml)).toEqual(expected);
	});

	it("turns a Date from an explicit tag back into text", () => {
		// The core schema has no timestamps; an explicit tag is only a warning and stays text.
		expect(parseFrontmatterYaml("a: !!timestamp 2026-11-05")).toEqual({ a: "2026-11-05" });
	});

	it("throws on invalid YAML", () => {
		expect(() => parseFrontmatterYaml("a: [1\nb: 2")).toThrow();
	});
});

describe("createIgnoreMatcher", () => {
	it.each([
		{ filters: ["Archive/"], path: "Archive/a.md", ignored: true },
		{ filters: ["Archive/"], path: "Archived/a.md", ignored: false },
		{ filters: ["Archive"], path: "Archived/a.md", ignored: true },
		{ filters: ["/^Templates\\//"], path: "Templates/x.md", ignored: true },
		{ filters: ["/\\.excalidraw\\.md$/"], path: "a/b.excalidraw.md", ignored: true },
		{ filters: ["/\\.excalidraw\\.md$/"], path: "a/b.md", ignored: false },
		{ filters: ["Daily/2020-01-01.md"], path: "Daily/2020-01-01.md", ignored: true },
		{ filters: "Archive/", path: "Archive/a.md", ignored: false },
		{ filters: [3, null, ""], path: "a.md", ignored: false },
	])("$filters on $path → $ignored", ({ filters, path, ignored }) => {
		expect(createIgnoreMatcher(filters).isIgnored(path)).toBe(ignored);
	});

	it("lists invalid regular expressions", () => {
		expect(createIgnoreMatcher(["/(/", "ok/"]).invalid).toEqual(["/(/"]);
	});
});

describe("resolveNotePath", () => {
	let vault: string;
	let outside: string;

	beforeAll(() => {
		vault = tempDir("tom-resolve-");
		outside = tempDir("tom-resolve-out-");
		write(outside, { "Secret.md": "x" });
		write(vault, {
			"People/Ana Diaz.md": "a",
			"Root.md": "r",
			"Folder.md": "the note",
			"Folder/x.md": "x",
			"image.png": "png",
			".obsidian/x.md": "config",
		});
		symlinkSync(join(outside, "Secret.md"), join(vault, "Secret.md"));
		symlinkSync(outside, join(vault, "Out"));
	});

	it.each([
		["People/Ana Diaz.md", "People/Ana Diaz.md"],
		["People/Ana Diaz", "People/Ana Diaz.md"],
		["./People/../Root.md", "Root.md"],
		["Root", "Root.md"],
		["Folder", "Folder.md"],
	])("%s → %s", (arg, expected) => {
		expect(resolveNotePath(vault, arg)).toBe(expected);
	});

	it("accepts an absolute path inside the vault, also through its real path", () => {
		expect(resolveNotePath(vault, join(vault, "People", "Ana Diaz.md"))).toBe("People/Ana Diaz.md");
		expect(resolveNotePath(vault, join(realpathSync(vault), "Root"))).toBe("Root.md");
	});

	it.skipIf(process.platform !== "darwin" && process.platform !== "win32")("spells the path as on disk", () => {
		expect(resolveNotePath(vault, "people/ana diaz.md")).toBe("People/Ana Diaz.md");
	});

	it.each([
		["Nobody.md", /^Note not found in the vault: Nobody\.md$/],
		["People/Nobody", /Note not found/],
		["../Elsewhere.md", /outside the vault/],
		["People/../../x.md", /outside the vault/],
		["Secret.md", /outside the vault \(through a symbolic link\)/],
		["Out/Secret.md", /outside the vault \(through a symbolic link\)/],
		["image.png", /Not a Markdown note/],
		[".obsidian/x.md", /\.obsidian/],
		["   ", /No note given/],
		[".", /outside the vault/],
	])("%s is refused", (arg, message) => {
		expect(() => resolveNotePath(vault, arg)).toThrow(CliError);
		expect(() => resolveNotePath(vault, arg)).toThrow(message);
	});

	it("refuses an absolute path outside the vault", () => {
		expect(() => resolveNotePath(vault, join(outside, "Secret.md"))).toThrow(/outside the vault/);
	});

	it("refuses a missing vault", () => {
		expect(() => resolveNotePath(join(vault, "nope"), "Root.md")).toThrow(/Vault folder not found/);
	});

	it("gives one-line messages", () => {
		try {
			resolveNotePath(vault, "Nobody");
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(CliError);
			expect((error as Error).message).not.toContain("\n");
		}
	});
});
