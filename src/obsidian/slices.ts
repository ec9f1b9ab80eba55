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

/**
 * One turn of the event loop, so input and rendering run before the work goes on.
 *
 * Not a timer where a message channel exists: a browser holds a timer set from within a
 * timer task nested more than five deep for at least 4 ms (HTML's timer steps; a chain of
 * `setTimeout(0)` took 4.09 ms a turn in Chromium), so every 12 ms slice of a build would
 * be followed by 4 ms of nothing. A message is a task of its own with no such floor (0.07 ms
 * a turn there); the channel is made for the one message and closed by it.
 */
export function yieldToUi(): Promise<void> {
	if (typeof MessageChannel !== "function") return new Promise((resolve) => window.setTimeout(resolve, 0));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
