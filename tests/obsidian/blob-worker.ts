/**
 * The browser's `Worker`, as far as the plugin uses it, for tests and benchmarks in Node
 * (Obsidian has it; Node has none): a worker made from a blob URL, whose script runs in a
 * Node worker thread with `self.onmessage` and `self.postMessage` as in a browser. Messages
 * are copied (structured clone) and transferred as a browser does. The thread never keeps
 * Node running, and its script is fetched after the constructor returns, as a browser's is.
 * Test helper: installed as the global `Worker` by tests/setup-worker.ts and the plugin bench; not
 * exported from index.ts, which the screenshot page bundles for the browser.
 */
import { resolveObjectURL } from "node:buffer";
import { Worker as NodeWorker, type Transferable } from "node:worker_threads";

const PRELUDE = `"use strict";
const { parentPort } = require("node:worker_threads");
globalThis.self = globalThis;
self.postMessage = (data, transfer) => parentPort.postMessage(data, transfer);
parentPort.on("message", (data) => { if (typeof self.onmessage === "function") self.onmessage({ data }); });
`;

interface WorkerEvents {
	onmessage: ((event: { data: unknown }) => void) | null;
	onerror: ((event: { message: string; preventDefault(): void }) => void) | null;
}

export class BlobWorker implements WorkerEvents {
	onmessage: WorkerEvents["onmessage"] = null;
	onerror: WorkerEvents["onerror"] = null;
	private _thread: NodeWorker | null = null;
	private readonly _queue: Array<{ data: unknown; transfer: Transferable[] }> = [];
	private _terminated = false;

	constructor(url: string | URL) {
		const blob = resolveObjectURL(String(url));
		if (blob === undefined) throw new Error(`not a blob URL: ${String(url)}`);
		void blob.text().then((script) => {
			if (this._terminated) return;
			const thread = new NodeWorker(PRELUDE + script, { eval: true });
			thread.unref();
			thread.on("message", (data: unknown) => this.onmessage?.({ data }));
			thread.on("error", (error: Error) => this.onerror?.({ message: error.message, preventDefault: () => undefined }));
			this._thread = thread;
			for (const { data, transfer } of this._queue.splice(0)) thread.postMessage(data, transfer);
		});
	}

	postMessage(data: unknown, transfer: Transferable[] = []): void {
		if (this._terminated) return;
		if (this._thread === null) this._queue.push({ data, transfer });
		else this._thread.postMessage(data, transfer);
	}

	terminate(): void {
		this._terminated = true;
		void this._thread?.terminate();
	}
}

/** Makes BlobWorker the global `Worker` (when there is none), as Obsidian's window has one. */
export function installBlobWorker(): void {
	const global = globalThis as { Worker?: unknown };
	global.Worker ??= BlobWorker;
}
