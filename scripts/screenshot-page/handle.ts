/**
 * The screenshot page's test handle, `window.__topOfMind`: what scripts/screenshots.mjs and
 * tests/browser/*.test.ts drive through Playwright's page.evaluate.
 */

export type Theme = "light" | "dark";

/** Scenes shown in docs/ (the first seven) and layout stress cases (checked, not published). */
export const SCENES = [
	"panel-post",
	"panel-person",
	"panel-states",
	"followup-block",
	"due-modal",
	"settings",
	"report-block",
	"stress-0",
	"stress-1",
	"stress-50",
	"stress-long",
	"stress-person",
	"stress-followups",
] as const;

export type SceneName = (typeof SCENES)[number];

export interface ShowOptions {
	theme: Theme;
	/** Phone layout: Obsidian's `is-mobile` body class, full-width sidebar. */
	mobile: boolean;
}

export interface PageHandle {
	/** Settles once the demo vault is loaded and indexed. */
	ready: Promise<void>;
	/** Renders a scene (closing any open modal) and resolves once it stopped changing. */
	show(scene: SceneName, options: ShowOptions): Promise<void>;
	/** Resolves once what is on screen stopped changing for `quietMs`. */
	settle(quietMs?: number): Promise<void>;
	/** A file of the demo vault, as the in-memory vault holds it now. */
	read(path: string): string;
	/** Every Notice shown so far. */
	notices(): string[];
	/** Horizontal overflow and overlapping boxes in what is on screen; empty when the layout is sound. */
	layoutProblems(): string[];
}

declare global {
	interface Window {
		__topOfMind?: PageHandle;
	}
}
