/**
 * The bad-input corpus (tests/fixtures/bad-input): a small vault of notes written wrong on
 * purpose, next to a few good people and posts. `corpusCopy()` copies it to a temporary
 * folder and adds what is not committed: a 1 MB post, a 5,000-line person note, binary junk
 * named `.md` and a person whose file name is written with combining marks (NFD).
 *
 * {@link EXPECTED_PROBLEMS} is every problem the command line must report for it, as
 * `path | key` pairs; {@link PLUGIN_UNSEEN} says which of them the plugin cannot see.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { mulberry32 } from "../builders/random";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CORPUS = join(ROOT, "tests", "fixtures", "bad-input");
/** "Today" for every test on the corpus. */
export const CORPUS_TODAY = "2026-11-26";

export const GOOD_POST = "Posts/Pricing without fear.md";
export const GOOD_PEOPLE = ["People/Ana Diaz.md", "People/Cy Okafor.md"];
/** In the good post's `shared_with`. */
export const ALREADY_SHARED = "People/Bo Li.md";

/** Generated into the copy, not committed. */
export const HUGE_POST = "Posts/Huge post.md";
export const LONG_PERSON = "People/Long log.md";
export const BINARY_JUNK = "Notes/Binary junk.md";
/** `Zoë Ångström` with decomposed letters (e + U+0308, A + U+030A, o + U+0308). */
export const NFD_PERSON = "People/Zoe\u0308 A\u030Angstro\u0308m.md";

// Over the default "Largest note read" (2 MB), so its beginning is what is read.
const HUGE_BYTES = 2_500_000;
const LONG_LINES = 5000;

function hugePost(): string {
	const head = "---\ntype: post\nstatus: done\ntopics: [pricing]\n---\n# Huge post\n\n";
	const sentence = "Pricing pages, packaging tiers and discount policy, said again and again. ";
	let body = "";
	while (head.length + body.length < HUGE_BYTES) body += sentence + (body.length % 7000 < sentence.length ? "\n\n" : "");
	return head + body + "\n";
}

function longPerson(): string {
	const lines = ["---", "type: person", "topics: [churn]", "cadence: fortnightly-ish", "---", "", "## Log"];
	for (let i = 0; lines.length < LONG_LINES; i++) {
		const day = (i % 28) + 1;
		// Every 50th line is a day that does not exist; it is skipped, never fatal.
		lines.push(i % 50 === 0 ? `- 2025-02-30 Not a day ${i}` : `- 2025-${String((i % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")} Call number ${i}`);
	}
	return lines.join("\n") + "\n";
}

/** Random bytes (not valid UTF-8, NULs included) that never start like frontmatter. */
export function binaryJunk(seed = 1234, length = 4096): Uint8Array {
	const random = mulberry32(seed);
	const bytes = new Uint8Array(length);
	for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
	bytes[0] = 0xff;
	return bytes;
}

/** The generated files, as written to disk. */
export function generatedFiles(): Record<string, string | Uint8Array> {
	return {
		[HUGE_POST]: hugePost(),
		[LONG_PERSON]: longPerson(),
		[BINARY_JUNK]: binaryJunk(),
		[NFD_PERSON]: "---\ntype: person\ntopics: [pricing]\nlast_contact: 2026-13-01\n---\nBAD: month 13. The file name is written with combining marks.\n",
	};
}

/** A temporary copy of the corpus with the generated files; remove it with {@link removeCopy}. */
export function corpusCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), "tom-bad-input-"));
	cpSync(CORPUS, dir, { recursive: true });
	for (const [path, data] of Object.entries(generatedFiles())) writeFileSync(join(dir, ...path.split("/")), data);
	return dir;
}

export function removeCopy(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/**
 * Every file of a vault folder as text (decoded as UTF-8, as Obsidian shows binary junk),
 * for seeding the in-memory Obsidian: notes and `.obsidian/daily-notes.json`.
 */
export function vaultFiles(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (abs: string): void => {
		for (const entry of readdirSync(abs, { withFileTypes: true })) {
			const full = join(abs, entry.name);
			const path = relative(dir, full).split(sep).join("/");
			if (entry.isDirectory()) walk(full);
			else if (path.endsWith(".md") || path === ".obsidian/daily-notes.json") files[path] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return files;
}

/** Every problem in the corpus (copy), as `path | key`, sorted. */
export const EXPECTED_PROBLEMS: readonly string[] = [
	"Daily/2026-11-21.md | frontmatter",
	"Notes/Just dashes.md | frontmatter",
	"People/Archived maybe.md | archived",
	"People/Bad yaml.md | frontmatter",
	"People/Bom crlf person.md | snooze_until",
	"People/Bom person.md | cadence",
	"People/Cadence constructor.md | cadence",
	"People/Cadence list.md | cadence",
	"People/Cadence soon.md | cadence",
	"People/Cadence too long.md | cadence",
	"People/Crlf person.md | last_contact",
	"People/Date number.md | last_contact",
	"People/Duplicate keys.md | frontmatter",
	"People/Far future.md | last_contact",
	"People/Impossible dates.md | last_contact",
	"People/Impossible dates.md | snooze_until",
	"People/List frontmatter.md | frontmatter",
	`${LONG_PERSON} | cadence`,
	"People/Numbers.md | cadence",
	"People/Objects.md | aliases",
	"People/Objects.md | company",
	"People/Objects.md | email",
	"People/Objects.md | interests",
	"People/Objects.md | interests",
	"People/Objects.md | role",
	"People/Objects.md | topics",
	"People/Objects.md | url",
	"People/Sam Lee.md | cadence",
	"People/Scalar frontmatter.md | frontmatter",
	"People/Spaced keys.md | Cadence",
	"People/Spaced keys.md | Last Contact",
	"People/Tabs.md | frontmatter",
	"People/Unclosed.md | frontmatter",
	"People/Wrong types.md | cadence",
	"People/Wrong types.md | last_contact",
	"People/Wrong types.md | snooze_until",
	// The command line, like Obsidian, gives every path in NFC.
	`${NFD_PERSON.normalize("NFC")} | last_contact`,
	// Random bytes, NUL among them: not text, so skipped and reported.
	`${BINARY_JUNK} | file`,
	"People/مريم العلي.md | cadence",
	"People/🦄 Uni Corn.md | cadence",
	"Posts/Bad status.md | published",
	"Posts/Bad status.md | status",
	`${HUGE_POST} | status`,
	// 1 MB, over the default "Largest note read": read by its beginning, and said so.
	`${HUGE_POST} | file`,
	"Posts/Published number.md | published",
	"Posts/Shared number.md | shared_with",
	"Posts/Shared object.md | shared_with",
	"Posts/Shared object.md | shared_with",
	"Posts/Status list.md | status",
	"Posts/Title object.md | title",
	"Posts/Title object.md | url",
].slice().sort();

/**
 * Problems the plugin cannot report, and why. It reads the text only of people and posts:
 * - a daily note, or a note that only starts with `---`, is neither, so its broken
 *   frontmatter is never read (the metadata cache just has none);
 * - the stand-in for Obsidian does not look for frontmatter after a byte-order mark, so the
 *   BOM notes are not people there (their `type` is in that frontmatter).
 */
export const PLUGIN_UNSEEN: readonly string[] = [
	"Daily/2026-11-21.md | frontmatter",
	"Notes/Just dashes.md | frontmatter",
	"People/Bom crlf person.md | snooze_until",
	"People/Bom person.md | cadence",
	// Obsidian reads a file of random bytes as text, with replacement characters.
	`${BINARY_JUNK} | file`,
];

/** `path | key` pairs of problems, sorted, for comparing with {@link EXPECTED_PROBLEMS}. */
export function problemKeys(problems: ReadonlyArray<{ path: string; key: string }>): string[] {
	return problems.map((p) => `${p.path} | ${p.key}`).sort();
}

/**
 * Bundles the command line into a private temporary file (never dist/cli.cjs, which other
 * test files build and run at the same time) and returns its path.
 */
export async function buildCli(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), "tom-cli-build-"));
	const outfile = join(dir, "cli.cjs");
	await build({
		entryPoints: [join(ROOT, "src", "cli", "main.ts")],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		outfile,
		logLevel: "silent",
		legalComments: "none",
	});
	return outfile;
}

export interface CliRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the bundled command line as a user would. */
export function runCli(cli: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): CliRun {
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: options.cwd ?? ROOT,
		encoding: "utf8",
		env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "" },
		timeout: options.timeoutMs ?? 60_000,
		maxBuffer: 256 * 1024 * 1024,
	});
	if (result.error) throw result.error;
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
