/** How long work may run before it hands the main thread back to Obsidian. */
const SLICE_MS = 12;

/** Work done in slices of at most SLICE_MS between which Obsidian gets the main thread back. */
export class Slices {
	private _start = performance.now();

	/** Hands the main thread back when the current slice is used up. */
	async pause(): Promise<void> {
		if (performance.now() - this._start <= SLICE_MS) return;
		await yieldToUi();
		this._start = performance.now();
	}
}

/** One turn of the event loop, so input and rendering run before the work goes on. */
export function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
