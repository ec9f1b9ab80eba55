/** Timing helpers and summaries for the benchmark. */

export interface Summary {
	median: number;
	p95: number;
	min: number;
	max: number;
	runs: number;
	/** Every measurement, in the order taken. */
	samples: number[];
}

/** The value at quantile q (0–1) of the samples, by linear interpolation between ranks. */
export function quantile(samples: readonly number[], q: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = (sorted.length - 1) * q;
	const low = Math.floor(rank);
	const high = Math.ceil(rank);
	const lowValue = sorted[low] as number;
	return lowValue + ((sorted[high] as number) - lowValue) * (rank - low);
}

export function summarize(samples: readonly number[]): Summary {
	return {
		median: quantile(samples, 0.5),
		p95: quantile(samples, 0.95),
		min: Math.min(...samples),
		max: Math.max(...samples),
		runs: samples.length,
		samples: samples.map((s) => Math.round(s * 1000) / 1000),
	};
}

/** Milliseconds `task` takes. */
export function timeSync(task: () => unknown): number {
	const start = performance.now();
	task();
	return performance.now() - start;
}

export async function timeAsync(task: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await task();
	return performance.now() - start;
}

/** Runs `task` `runs` times after `warmup` unmeasured runs; `task` gets the run number. */
export function repeat(runs: number, task: (run: number) => unknown, warmup = 0): Summary {
	for (let i = 0; i < warmup; i++) task(-1 - i);
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) samples.push(timeSync(() => task(i)));
	return summarize(samples);
}

/** Collects garbage (when node runs with --expose-gc) and returns the heap in use, in MB. */
export function heapUsedMb(): number {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (gc) {
		gc();
		gc();
	}
	return process.memoryUsage().heapUsed / 1_048_576;
}

export function hasGc(): boolean {
	return typeof (globalThis as { gc?: unknown }).gc === "function";
}

/**
 * Watches the event loop while async work runs: the longest stretch between two turns is
 * the longest block that would freeze a UI. Start before the work, stop after it.
 *
 * The watch is a chain of `setTimeout(0)`, the way the plugin hands the main thread back: in
 * Node, timers that fall due in one timers phase run back to back, so a `setImmediate` watch
 * would count a run of separate turns as one block, where a browser lets input and rendering
 * in between its tasks; queued beside the plugin's own timers, the watch gets its turn where
 * the app's events would.
 */
export function startLoopWatch(): () => number {
	let last = performance.now();
	let longest = 0;
	let running = true;
	const tick = (): void => {
		const now = performance.now();
		longest = Math.max(longest, now - last);
		last = now;
		if (running) setTimeout(tick, 0);
	};
	setTimeout(tick, 0);
	return () => {
		running = false;
		longest = Math.max(longest, performance.now() - last);
		return longest;
	};
}
