import { describe, expect, it } from "vitest";
import { browserTimers, type BrowserTimers } from "../../bench/browser-tasks";

/** Each delay Node's setTimeout is asked for while `task` runs (the timers then fire at once). */
async function delaysAsked(task: () => Promise<unknown>): Promise<number[]> {
	const asked: number[] = [];
	const original = globalThis.setTimeout;
	globalThis.setTimeout = ((handler: () => void, ms?: number) => {
		asked.push(ms ?? 0);
		return original(handler, 0);
	}) as typeof setTimeout;
	try {
		await task();
	} finally {
		globalThis.setTimeout = original;
	}
	return asked;
}

/** A chain of `links` timers, each set from a promise continuation of the one before, as `await` in a slice does. */
function chain(timers: BrowserTimers, links: number): Promise<void> {
	return new Promise<void>((done) => {
		let left = links;
		const next = (): void => {
			if (--left === 0) done();
			else void Promise.resolve().then(() => timers.setTimeout(next, 0));
		};
		timers.setTimeout(next, 0);
	});
}

describe("browserTimers: HTML's floor on nested timers", () => {
	it("waits at least 4 ms from the sixth nested timer on, as a browser does", async () => {
		const timers = browserTimers();
		expect(await delaysAsked(() => chain(timers, 8))).toEqual([0, 0, 0, 0, 0, 4, 4, 4]);
	});

	it("starts again from the first level once a turn of the loop passes with no timer", async () => {
		const timers = browserTimers();
		await chain(timers, 8);
		await new Promise((done) => setImmediate(done));
		expect(await delaysAsked(() => chain(timers, 2))).toEqual([0, 0]);
	});

	it("keeps a longer delay as asked, nested or not", async () => {
		const timers = browserTimers();
		expect(await delaysAsked(() => new Promise((done) => timers.setTimeout(done, 20)))).toEqual([20]);
	});
});

describe("MessageChannel in Node, as the plugin yields (slices.ts)", () => {
	it("lets a due timer run between the messages of a chain", async () => {
		const order: string[] = [];
		setTimeout(() => order.push("timer"), 1);
		for (let turn = 0; turn < 20; turn++) {
			await new Promise<void>((done) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => {
					channel.port1.close();
					// Half a millisecond of work a message: the timer is due before the chain ends.
					const until = performance.now() + 0.5;
					while (performance.now() < until);
					order.push("message");
					done();
				};
				channel.port2.postMessage(null);
			});
		}
		expect(order.indexOf("timer")).toBeGreaterThan(0);
		expect(order.indexOf("timer")).toBeLessThan(order.length - 1);
	});
});
