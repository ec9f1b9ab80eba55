/**
 * Compression of the index cache's chunks, off the main thread: a worker made from a few
 * lines of script (a blob URL, so nothing is loaded from elsewhere) deflates a chunk's text
 * with the platform's CompressionStream and inflates it back. Deflating a snapshot on the
 * main thread took 2.4 s at 10k notes in Chromium, in blocks of up to 150 ms; in a worker the
 * main thread only hands the text over and gets the bytes back. Where a worker or
 * CompressionStream is missing, or the worker cannot be made, there is no codec and the
 * chunks are stored as their lines (index-store.ts reads both).
 */

/** The format a deflated chunk is in: raw DEFLATE of the lines joined by "\n" as UTF-8. */
export const CHUNK_FORMAT = "deflate-raw";

export interface ChunkCodec {
	/** The text deflated; rejects when the worker fails or is gone. */
	pack(text: string): Promise<ArrayBuffer>;
	/** The text of bytes pack wrote; rejects on any other bytes. */
	unpack(bytes: ArrayBuffer): Promise<string>;
	/** Stops the worker: what is pending rejects. */
	close(): void;
}

/**
 * What the worker runs. It keeps nothing between messages, so a message it cannot take
 * (damaged bytes) costs only that chunk.
 */
const WORKER_SCRIPT = `"use strict";
self.onmessage = async (event) => {
	const { id, pack, data } = event.data;
	try {
		const format = ${JSON.stringify(CHUNK_FORMAT)};
		const stream = new Blob([data]).stream().pipeThrough(pack ? new CompressionStream(format) : new DecompressionStream(format));
		const response = new Response(stream);
		if (pack) {
			const bytes = await response.arrayBuffer();
			self.postMessage({ id, value: bytes }, [bytes]);
		} else {
			self.postMessage({ id, value: await response.text() });
		}
	} catch (error) {
		self.postMessage({ id, error: String(error) });
	}
};`;

/**
 * A request the worker has not answered by then fails, and stops the worker: one that never
 * starts or never answers (a WebView that refuses a blob URL without an error) must not hold
 * up a start, which then reads the notes instead. Inflating a 1 MB chunk takes tens of ms.
 */
const REQUEST_TIMEOUT_MS = 10_000;

interface Reply {
	id: number;
	value?: unknown;
	error?: string;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: number };

/** The platform pieces the codec needs, where they are (a phone's WebView may lack some). */
function available(): boolean {
	return typeof Worker === "function" && typeof Blob === "function" && typeof URL.createObjectURL === "function" && typeof CompressionStream === "function" && typeof DecompressionStream === "function";
}

class WorkerCodec implements ChunkCodec {
	private readonly _pending = new Map<number, Pending>();
	private _next = 0;
	private _closed = false;

	constructor(
		private readonly _worker: Worker,
		/** The script's blob URL, let go when the worker stops (a worker may fetch its script after it is made). */
		private readonly _url: string,
	) {
		_worker.onmessage = (event: MessageEvent<Reply>) => this._answer(event.data);
		// A worker that fails (it could not start, or died) fails everything pending and after.
		_worker.onerror = (event: ErrorEvent) => {
			event.preventDefault();
			this._fail(new Error(event.message || "the compression worker failed"));
		};
	}

	pack(text: string): Promise<ArrayBuffer> {
		return this._ask(true, text).then((value) => {
			if (!(value instanceof ArrayBuffer)) throw new Error("not bytes");
			return value;
		});
	}

	unpack(bytes: ArrayBuffer): Promise<string> {
		return this._ask(false, bytes).then((value) => {
			if (typeof value !== "string") throw new Error("not text");
			return value;
		});
	}

	close(): void {
		this._fail(new Error("the compression worker was stopped"));
	}

	private _ask(pack: boolean, data: string | ArrayBuffer): Promise<unknown> {
		if (this._closed) return Promise.reject(new Error("the compression worker was stopped"));
		const id = this._next++;
		return new Promise((resolve, reject) => {
			const timer = window.setTimeout(() => this._fail(new Error("the compression worker did not answer")), REQUEST_TIMEOUT_MS);
			this._pending.set(id, { resolve, reject, timer });
			// The bytes are copied, not moved: the caller may still hold them (a chunk read from IndexedDB).
			this._worker.postMessage({ id, pack, data });
		});
	}

	private _answer(reply: Reply): void {
		const pending = this._pending.get(reply.id);
		if (pending === undefined) return;
		this._pending.delete(reply.id);
		window.clearTimeout(pending.timer);
		if (reply.error !== undefined) pending.reject(new Error(reply.error));
		else pending.resolve(reply.value);
	}

	private _fail(error: Error): void {
		if (!this._closed) {
			this._closed = true;
			this._worker.terminate();
			URL.revokeObjectURL(this._url);
		}
		for (const pending of this._pending.values()) {
			window.clearTimeout(pending.timer);
			pending.reject(error);
		}
		this._pending.clear();
	}
}

/** A codec whose work runs in a worker; null where the platform has no way to make one. */
export function workerCodec(): ChunkCodec | null {
	if (!available()) return null;
	try {
		const url = URL.createObjectURL(new Blob([WORKER_SCRIPT], { type: "text/javascript" }));
		try {
			return new WorkerCodec(new Worker(url), url);
		} catch {
			URL.revokeObjectURL(url);
			return null;
		}
	} catch {
		return null;
	}
}
