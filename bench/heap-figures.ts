/**
 * The heap after a build, read from a process of its own (bench/heap-process.ts), for the
 * vault bench: the bench's own process holds its results, samples and earlier vaults' caches.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface HeapFigures {
	/** Before the vault is opened: Node and the modules loaded. */
	baseMb: number;
	/** With the command line's context: the notes' records and the index. */
	withRecordsMb: number;
	/** With the index alone, the records let go. */
	indexOnlyMb: number;
	/** Outside the heap: typed arrays' memory (phrase hashes, word caches), with the index alone. */
	arrayBuffersMb: number;
}

const HEAP_PROCESS = "dist/tools/heap-process.mjs";

/** The heap after a build of the vault at `dir` in a process of its own, or why it was not measured. */
export function measureHeapProcess(dir: string, log: (line: string) => void): HeapFigures | { skipped: string } {
	if (!existsSync(HEAP_PROCESS)) return { skipped: `${HEAP_PROCESS} not built (run without --no-build)` };
	const result = spawnSync(process.execPath, ["--expose-gc", HEAP_PROCESS, dir], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 20 });
	if (result.status !== 0) return { skipped: `heap process exited with ${String(result.status)}: ${result.stderr.toString().split("\n")[0] ?? ""}` };
	const figures = JSON.parse(result.stdout.toString()) as HeapFigures;
	log(`  heap in a process of its own: ${figures.indexOnlyMb.toFixed(0)} MB with the index (base ${figures.baseMb.toFixed(0)} MB; typed arrays ${figures.arrayBuffersMb.toFixed(0)} MB beside it)`);
	return figures;
}
