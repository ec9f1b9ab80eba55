/**
 * A browser's timers, for the plugin's benchmarks in Node, which is kinder: HTML's timer
 * steps give each timer the nesting level of the timer task that set it, plus one, and a
 * timer nested more than five deep waits at least 4 ms however short its delay (Chromium,
 * measured: 4.09 ms a turn for a chain of `setTimeout(0)`, 0.07 ms for a chain of messages
 * on fresh channels). Node has no such floor. The level of the running timer task is kept
 * until the next timer runs or until the next turn of Node's loop (setImmediate), which
 * covers the promise continuations its callback starts: in a browser those run in the same
 * task too. Message channels need no imitation: Node, like a browser, runs a due timer
 * between the messages of a chain (tests/bench/browser-tasks.test.ts).
 */
const NESTING_FLOOR_LEVEL = 5;
const NESTED_MIN_MS = 4;

export interface BrowserTimers {
	setTimeout(this: void, handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): ReturnType<typeof setTimeout>;
	clearTimeout(this: void, id: ReturnType<typeof setTimeout> | undefined): void;
}

export function browserTimers(): BrowserTimers {
	let running = 0;
	return {
		setTimeout(handler, ms = 0, ...args) {
			const level = running + 1;
			const delay = level > NESTING_FLOOR_LEVEL ? Math.max(ms, NESTED_MIN_MS) : ms;
			return setTimeout(() => {
				running = level;
				setImmediate(() => {
					if (running === level) running = 0;
				});
				handler(...args);
			}, delay);
		},
		clearTimeout(id) {
			clearTimeout(id);
		},
	};
}

/** A `window` for the plugin's code from now on: the global object, with browser timers. */
export function useBrowserTasks(): void {
	const global = globalThis as { window?: unknown };
	if (global.window !== undefined) return;
	const window = Object.create(globalThis) as typeof globalThis;
	const timers = browserTimers();
	Object.assign(window, { setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout });
	global.window = window;
}
