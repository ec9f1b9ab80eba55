/**
 * tests/setup.ts installs Obsidian's DOM helpers and registers a `beforeEach` with vitest.
 * The screenshot page reuses it in a browser, where this stands in for vitest.
 */
export function beforeEach(callback: () => void): void {
	callback();
}
