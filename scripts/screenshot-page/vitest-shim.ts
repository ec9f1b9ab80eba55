/**
 * tests/setup.ts installs Obsidian's DOM helpers and registers a `beforeEach` and an
 * `afterEach` with vitest. The screenshot page reuses it in a browser, where this stands in
 * for vitest: the page is one long "test", so setup runs once and teardown never.
 */
export function beforeEach(callback: () => void): void {
	callback();
}

export function afterEach(callback: () => void): void {
	void callback;
}
