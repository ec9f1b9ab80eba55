/**
 * The heap after a build, in a process of its own: `node --expose-gc
 * dist/tools/heap-process.mjs <vault>` opens the vault as the command line does, analyses
 * every person's and post's text (bench/cli-bench.ts openIndexed), lets the notes' records
 * go, and prints one JSON line of megabytes after GC. The bench's own process holds its
 * results, samples and earlier vaults' caches (15–30 MB); here only what the index costs
 * is on top of Node's own start.
 */
import { openIndexed } from "./cli-bench";
import { hasGc, heapUsedMb } from "./stats";
import type { NetworkIndex } from "../src/core/index/network-index";
import type { HeapFigures } from "./heap-figures";

/** The records live in this function's frame alone, so once it returns nothing holds them. */
async function indexOnly(dir: string): Promise<{ index: NetworkIndex; withRecordsMb: number }> {
	const context = await openIndexed(dir);
	return { index: context.index, withRecordsMb: heapUsedMb() };
}

async function measure(dir: string): Promise<HeapFigures> {
	const baseMb = heapUsedMb();
	const { index, withRecordsMb } = await indexOnly(dir);
	const indexOnlyMb = heapUsedMb();
	const arrayBuffersMb = process.memoryUsage().arrayBuffers / 1_048_576;
	// Read once more so the index is alive at the measurement above, whatever the optimiser does.
	if (index.noteCount < 0) throw new Error("unreachable");
	return { baseMb, withRecordsMb, indexOnlyMb, arrayBuffersMb };
}

const dir = process.argv[2];
if (dir === undefined || !hasGc()) {
	process.stderr.write("usage: node --expose-gc heap-process.mjs <vault>\n");
	process.exitCode = 2;
} else {
	measure(dir).then(
		(figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
		(error: unknown) => {
			process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
			process.exitCode = 1;
		},
	);
}
