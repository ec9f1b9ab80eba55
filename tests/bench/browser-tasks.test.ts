import { describe, expect, it } from "vitest";
import { browserTimers } from "../../bench/browser-tasks";

/** Each delay Node's setTimeout is asked for, through the imitation, along a chain of `links` timers each set from the one before. */
async function chainDelays(links: number): Promise<number[]> {
	const timers = browserTimers();
	const asked: number[] = [];
	const original = globalThis.setTimeout;
	globalThis.setTimeout = ((handler: () => void, ms?: number) => {
		asked.push(ms ?? 0);
		return original(handler, 0);
	}) as typeof setTimeout;
	try {
		await new Promise<void>((done) => {
			let left = links;
			const next = (): void => {
				if (--left === 0) done();
				// Set from a promise continuation of the timer task, as `await` in a slice does.
				else void Promise.resolve().then(() => timers.setTimeout(next, 0));
			};
			timers.setTimeout(next, 0);
		});
	} finally {
		globalThis.setTimeout = original;
	}
	return asked;
}

describe("browserTimers: HTML's floor on nested timers", () => {
	it("waits at least 4 ms from the sixth nested timer on, as a browser does", async () => {
		expect(await chainDelays(8)).toEqual([0, 0, 0, 0, 0, 4, 4, 4]);
	});

	it("starts again from the first level once a turn of the loop passes with no timer", async () => {
		const timers = browserTimers();
		await chainDelays(8);
		await new Promise((done) => setImmediate(done));
		const asked: number[] = [];
		const original = globalThis.setTimeout;
		globalThis.setTimeout = ((handler: () => void, ms?: number) => {
			asked.push(ms ?? 0);
			return original(handler, 0);
		}) as typeof setTimeout;
		try {
			await new Promise((done) => timers.setTimeout(done, 0));
		} finally {
			globalThis.setTimeout = original;
		}
		expect(asked).toEqual([0]);
	});

	it("keeps a longer delay as asked", async () => {
		const timers = browserTimers();
		const start = performance.now();
		await new Promise((done) => timers.setTimeout(done, 20));
		expect(performance.now() - start).toBeGreaterThanOrEqual(19);
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
