/**
 * The command line on a vault of edge cases (tests/fixtures/hostile-vault, plus the files
 * git cannot hold portably, written here): dates at the ends of the calendar, names in NFD,
 * UTF-16 and undecodable files, a note over the size limit, and file system errors named
 * for what they are.
 */
import nodeFs, { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { fsErrorText } from "../../src/cli/errors";
import { readVault } from "../../src/cli/vault-reader";

const FIXTURE = "tests/fixtures/hostile-vault";
const NFD_NAME = "José Nuñez".normalize("NFD");
let vault = "";

beforeAll(() => {
	vault = mkdtempSync(join(tmpdir(), "tom-hostile-vault-"));
	cpSync(FIXTURE, vault, { recursive: true });
	writeFileSync(join(vault, "People", `${NFD_NAME}.md`), "---\ntype: person\ncadence: 2w\n---\nPricing.\n");
	// A daily note linking the NFD-named person by their NFC name: a contact that day.
	mkdirSync(join(vault, "Daily"), { recursive: true });
	// The plugin's settings (data.json files are not in git): a 10 KB note size limit.
	mkdirSync(join(vault, ".obsidian", "plugins", "top-of-mind"), { recursive: true });
	writeFileSync(join(vault, ".obsidian", "plugins", "top-of-mind", "data.json"), JSON.stringify({ maxNoteBytes: 10_000 }));
	writeFileSync(join(vault, "Daily", "2026-05-20.md"), "Lunch with [[José Nuñez]].\n");
	const text = "---\ntype: post\ntopics: [pricing]\n---\nAbout pricing, #pricing.\n";
	writeFileSync(join(vault, "UTF-16 LE.md"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
	writeFileSync(join(vault, "UTF-16 BE.md"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]));
	writeFileSync(join(vault, "No BOM.md"), Buffer.from(text, "utf16le"));
	writeFileSync(join(vault, "Latin-1.md"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
	writeFileSync(join(vault, "Big.md"), `---\ntype: post\n---\n${"A line about pricing.\n".repeat(1000)}`);
	symlinkSync("Loop B.md", join(vault, "Loop A.md"));
	symlinkSync("Loop A.md", join(vault, "Loop B.md"));
});

afterAll(() => {
	rmSync(vault, { recursive: true, force: true });
});

async function json(argv: string[]): Promise<Record<string, unknown>> {
	const parsed = parseArgs([...argv, "--vault", vault, "--json", "--today", "2026-06-01"]);
	if (parsed.kind !== "run") throw new Error("not a command");
	return (await runCommand(parsed.args)).json as Record<string, unknown>;
}

type Row = Record<string, unknown>;
const byPath = (rows: unknown, path: string): Row | undefined => (rows as Row[]).find((row) => row.path === path);

describe("dates at the ends of the calendar", () => {
	it("lists people whose dates are at the first and last days an IsoDate names, without crashing", async () => {
		const { people } = await json(["people"]);
		expect(byPath(people, "People/Far Past.md")).toMatchObject({ lastContact: "0001-01-01", nextDue: "0002-01-01", due: true });
		expect(byPath(people, "People/Huge Cadence.md")).toMatchObject({ cadenceDays: 90, nextDue: "2026-04-01" });
		const { problems } = await json(["stats"]);
		expect(byPath(problems, "People/Huge Cadence.md")?.message).toMatch(/too long for a cadence/);
	});

	it("holds a due date past 9999-12-31 to that day, with --today at the end of the calendar", async () => {
		const parsed = parseArgs(["people", "--vault", vault, "--json", "--today", "9999-12-31"]);
		if (parsed.kind !== "run") throw new Error("not a command");
		const { people } = (await runCommand(parsed.args)).json as { people: Row[] };
		expect(byPath(people, "People/Far Future.md")).toMatchObject({ lastContact: "9999-12-30", nextDue: "9999-12-31", due: true });
	});
});

describe("names and paths in NFC", () => {
	it("gives a file stored in NFD its NFC path, finds it by that path, and counts an NFC link to it as contact", async () => {
		const nfc = "People/José Nuñez.md";
		const { people } = await json(["people"]);
		expect(byPath(people, nfc)).toMatchObject({ name: "José Nuñez", lastContact: "2026-05-20" });
		expect((await json(["posts-for", nfc])).person).toBe(nfc);
		expect((await json(["posts-for", nfc.normalize("NFD")])).person).toBe(nfc);
	});
});

describe("what a file holds and how it is read", () => {
	it("decodes UTF-16 by its byte-order mark and reports what it cannot decode", async () => {
		const { records, problems } = await readVault(vault, { maxNoteBytes: 10_000 });
		const paths = records.map((record) => record.path);
		for (const path of ["UTF-16 LE.md", "UTF-16 BE.md"]) {
			const record = records.find((r) => r.path === path);
			expect(record?.frontmatter).toEqual({ type: "post", topics: ["pricing"] });
			expect(record?.tags).toEqual(["pricing"]);
		}
		expect(paths).not.toContain("No BOM.md");
		expect(byPath(problems, "No BOM.md")?.message).toMatch(/^Could not read the file as text \(it holds NUL bytes/);
		expect(records.find((r) => r.path === "Latin-1.md")?.body).toBe("Caf�\n");
		expect(byPath(problems, "Latin-1.md")?.message).toBe("The file has bytes that are not valid UTF-8 text; they were read as �.");
	});

	it("reads a note over the size limit by its beginning and reports it", async () => {
		const { problems } = await json(["stats"]);
		expect(byPath(problems, "Big.md")).toEqual({
			path: "Big.md",
			key: "file",
			kind: "size",
			message: 'The note is 22 KB, over the 10 KB limit of "Largest note read"; only its first 10 KB were read.',
		});
		const { records } = await readVault(vault, { maxNoteBytes: 10_000 });
		const big = records.find((r) => r.path === "Big.md");
		expect(big?.cutAt).toEqual({ sizeBytes: 22_019, maxBytes: 10_000 });
		expect(big?.body.endsWith("A line about pricing.")).toBe(true);
	});

	it("names a symbolic link loop for what it is", async () => {
		const { problems } = await readVault(vault);
		expect(byPath(problems, "Loop A.md")?.message).toBe("Broken symbolic link (too many symbolic links: a link leads back to itself, ELOOP); the note was skipped.");
	});
});

describe("file system errors", () => {
	it.each([
		["EACCES", "permission denied, EACCES"],
		["ENOENT", "no such file or folder, ENOENT"],
		["EISDIR", "it is a folder, not a file, EISDIR"],
		["ELOOP", "too many symbolic links: a link leads back to itself, ELOOP"],
		["EWHATEVER", "EWHATEVER"],
	])("%s reads as %j", (code, text) => {
		expect(fsErrorText(Object.assign(new Error("x"), { code }))).toBe(text);
	});

	it("says a note in a folder that cannot be read could not be read, and why (simulated, works as root too)", async () => {
		mkdirSync(join(vault, "Locked"), { recursive: true });
		writeFileSync(join(vault, "Locked", "Secret.md"), "secret");
		const realReaddir = nodeFs.promises.readdir.bind(nodeFs.promises);
		const spy = vi.spyOn(nodeFs.promises, "readdir").mockImplementation((async (dir: string, options: { withFileTypes: true }) => {
			if (String(dir).endsWith("Locked")) throw Object.assign(new Error("denied"), { code: "EACCES" });
			return realReaddir(dir, options);
		}) as typeof nodeFs.promises.readdir);
		try {
			const { problems } = await json(["stats"]);
			expect(byPath(problems, "Locked")?.message).toBe("Could not read this folder (permission denied, EACCES); the notes in it were skipped.");
			await expect(json(["who-cares", "Locked/Secret.md"])).rejects.toThrow("Could not read the note (permission denied, EACCES): Locked/Secret.md");
		} finally {
			spy.mockRestore();
			rmSync(join(vault, "Locked"), { recursive: true, force: true });
		}
	});
});
