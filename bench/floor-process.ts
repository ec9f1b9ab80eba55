/**
 * The whole-process floor: `node dist/tools/floor-process.mjs <vault>` reads every note with
 * `fs.promises` and parses its frontmatter with `yaml` (bench/floor.ts), then prints one line.
 * The bench times it beside `top-of-mind stats` and `who-cares`, process against process.
 */
import { readAndParse } from "./floor";

const dir = process.argv[2];
if (dir === undefined) {
	process.stderr.write("usage: floor-process <vault>\n");
	process.exitCode = 2;
} else {
	readAndParse(dir).then(
		(result) => process.stdout.write(`${result.notes} notes, ${result.withFrontmatter} with frontmatter\n`),
		(error: unknown) => {
			process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
			process.exitCode = 1;
		},
	);
}
