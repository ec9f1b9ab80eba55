// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { Slices, yieldToUi } from "../../src/obsidian/slices";

afterEach(() => {
	vi.restoreAllMocks();
});

describe("yieldToUi: one turn of the event loop", () => {
	it("hands back through a message on a fresh channel, never a timer, and closes the channel", async () => {
		const probe = new MessageChannel();
		const closes = vi.spyOn(Object.getPrototypeOf(probe.port1) as MessagePort, "close");
		probe.port1.close();
		closes.mockClear();
		const timers = vi.spyOn(window, "setTimeout");
		const channels = vi.spyOn(globalThis, "MessageChannel");
		for (let turn = 0; turn < 20; turn++) await yieldToUi();
		expect(timers).not.toHaveBeenCalled();
		expect(channels).toHaveBeenCalledTimes(20);
		// Each channel carried its one message and was closed by it (an open port keeps Node's loop alive).
		expect(closes).toHaveBeenCalledTimes(20);
	});

	it("lets a task queued before it run first (a message is a task of its own, not a microtask)", async () => {
		const order: string[] = [];
		const other = new MessageChannel();
		other.port1.onmessage = () => {
			order.push("other task");
			other.port1.close();
		};
		other.port2.postMessage(null);
		await yieldToUi();
		order.push("after the yield");
		expect(order).toEqual(["other task", "after the yield"]);
	});

	it("falls back to a timer where there is no MessageChannel", async () => {
		const original = globalThis.MessageChannel;
		const timers = vi.spyOn(window, "setTimeout");
		try {
			(globalThis as { MessageChannel?: unknown }).MessageChannel = undefined;
			await yieldToUi();
		} finally {
			globalThis.MessageChannel = original;
		}
		expect(timers.mock.calls.map(([, delay]) => delay)).toEqual([0]);
	});
});

describe("Slices: work handed back every 12 ms", () => {
	it("does not yield while the slice lasts, and yields once it is used up", async () => {
		let now = 1_000;
		vi.spyOn(performance, "now").mockImplementation(() => now);
		const channels = vi.spyOn(globalThis, "MessageChannel");
		const slices = new Slices();
		now += 5;
		await slices.pause();
		now += 7;
		await slices.pause();
		expect(channels).not.toHaveBeenCalled();
		now += 1;
		await slices.pause();
		expect(channels).toHaveBeenCalledTimes(1);
		// A new slice starts after the yield.
		now += 12;
		await slices.pause();
		expect(channels).toHaveBeenCalledTimes(1);
	});
});
