/** Types for shots.mjs (plain JavaScript so `npm run screenshots` runs without a TypeScript step). */
import type { Browser, Page } from "playwright-core";
import type { SceneName, Theme } from "./handle";

export interface Viewport {
	width: number;
	height: number;
}

export interface Shot {
	/** The file name in docs/, without .png. */
	name: string;
	scene: SceneName;
	theme: Theme;
	mobile: boolean;
	viewport: Viewport;
	fullPage: boolean;
}

export const SHOTS: { scene: SceneName; width: number; height?: number }[];
export const PHONE: Viewport;
export const THEMES: Theme[];
export const MAX_DIFF: number;
export const FIXED_NOW: string;
export const TIME_ZONE: string;
export function publishedShots(): Shot[];
export function openPage(browser: Browser, url: string, errors: string[]): Promise<Page>;
export function showScene(page: Page, shot: Omit<Shot, "name" | "fullPage">): Promise<string[]>;
export function capture(page: Page, shot: Shot): Promise<{ png: Uint8Array; problems: string[] }>;
export function diffShare(a: Uint8Array, b: Uint8Array): number;
export function readPublished(root: string, name: string): Uint8Array | null;
export function percent(share: number): string;
