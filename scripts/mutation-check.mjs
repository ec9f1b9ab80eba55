/**
 * Mutation check for the write paths: `npm run test:mutants`.
 *
 * Each mutant is a small, plausible bug in code that writes users' notes (a new key first in
 * the block, log text that keeps its line breaks, a read-then-modify instead of one atomic
 * `vault.process`, …). The check copies the repository's tracked files to a temporary folder
 * (node_modules linked, the working tree never touched), applies one mutant at a time, runs
 * the tests named for it and expects them to FAIL. A mutant whose tests still pass "survived":
 * the suite could not tell that bug from the real code, and the check exits 1.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const WRITE_TESTS = ["tests/robustness/write-safety.test.ts", "tests/core/edits"];

/** `find` must occur exactly once in `file`; the mutant replaces it with `replace`. */
const MUTANTS = [
	{
		name: "key order: a new key is written first in the block, not last",
		file: "src/core/edits/frontmatter-text.ts",
		find: "return splice(text, close.start, close.start,",
		replace: "return splice(text, (block.lines[1] as Line).start, (block.lines[1] as Line).start,",
		tests: WRITE_TESTS,
	},
	{
		name: "newline flattening: log text keeps its line breaks",
		file: "src/core/edits/note-edits.ts",
		find: 'return text.replace(/\\s*[\\p{Cc}\\u2028\\u2029][\\s\\p{Cc}\\u2028\\u2029]*/gu, " ").trim();',
		replace: "return text.trim();",
		tests: WRITE_TESTS,
	},
	{
		name: "non-atomic write: read the note, then modify it",
		file: "src/obsidian/undo.ts",
		find: "\tawait app.vault.process(file, (text) => {\n\t\tbefore = text;\n\t\tafter = edit(text);\n\t\treturn after;\n\t});",
		replace: "\tconst text = await app.vault.read(file);\n\tbefore = text;\n\tafter = edit(text);\n\tif (after !== text) await app.vault.modify(file, after);",
		tests: ["tests/robustness/write-safety.test.ts"],
	},
	{
		name: "follow-up merge: a ticked follow-up counts as the plugin's own line",
		file: "src/core/edits/followup-section.ts",
		find: "return line === NOBODY_DUE_LINE || FOLLOWUP_LINE.test(line);",
		replace: 'return line === NOBODY_DUE_LINE || FOLLOWUP_LINE.test(line.replace("- [x] ", "- [ ] "));',
		tests: WRITE_TESTS,
	},
	{
		name: "line endings: new lines always end in LF",
		file: "src/core/edits/note-edits.ts",
		find: '\tif (crlf > lf && crlf >= cr) return "\\r\\n";\n\tif (cr > lf && cr > crlf) return "\\r";\n\treturn "\\n";',
		replace: '\treturn "\\n";',
		tests: WRITE_TESTS,
	},
];

function copyRepository() {
	const work = mkdtempSync(join(tmpdir(), "top-of-mind-mutants-"));
	const listed = spawnSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
	for (const path of listed.stdout.split("\0").filter((p) => p !== "")) {
		mkdirSync(dirname(join(work, path)), { recursive: true });
		cpSync(join(root, path), join(work, path));
	}
	symlinkSync(join(root, "node_modules"), join(work, "node_modules"), "dir");
	return work;
}

function runTests(work, tests) {
	const run = spawnSync(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", ...tests], { cwd: work, encoding: "utf8", env: { ...process.env, TOP_OF_MIND_PROPERTY_RUNS: "100" } });
	const failed = /Tests\s+(?:\x1b\[[0-9;]*m)*\s*(?:\x1b\[[0-9;]*m)*(\d+) failed/.exec(run.stdout)?.[1];
	return { passed: run.status === 0, failed: failed === undefined ? 0 : Number(failed), output: run.stdout + run.stderr };
}

const work = copyRepository();
let survived = 0;
try {
	const clean = runTests(work, [...new Set(MUTANTS.flatMap((m) => m.tests))]);
	if (!clean.passed) {
		process.stdout.write(clean.output);
		throw new Error("the tests fail without any mutant; fix them first");
	}
	console.log("| mutant | tests run | result |\n|---|---|---|");
	for (const mutant of MUTANTS) {
		const path = join(work, mutant.file);
		const original = readFileSync(path, "utf8");
		const at = original.indexOf(mutant.find);
		if (at < 0 || original.indexOf(mutant.find, at + 1) >= 0) throw new Error(`${mutant.name}: the code to mutate is not found exactly once in ${mutant.file}; update the mutant`);
		writeFileSync(path, original.slice(0, at) + mutant.replace + original.slice(at + mutant.find.length));
		const result = runTests(work, mutant.tests);
		writeFileSync(path, original);
		if (result.passed) survived++;
		console.log(`| ${mutant.name} | ${mutant.tests.join(", ")} | ${result.passed ? "SURVIVED" : `killed (${result.failed} failing)`} |`);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
console.log(survived === 0 ? `\nAll ${MUTANTS.length} mutants killed.` : `\n${survived} of ${MUTANTS.length} mutants survived.`);
process.exit(survived === 0 ? 0 : 1);
