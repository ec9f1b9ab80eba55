/** Types for build.mjs (plain JavaScript so `npm run screenshots` runs without a TypeScript step). */
export const root: string;
export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
export function readDemoVault(dir?: string): Record<string, string>;
export function buildPage(outDir: string): Promise<string>;
export function cssVariablesUsed(css: string): string[];
export function cssVariablesDefined(css: string): string[];
export const CHROMIUM_INSTALL: string;
export const FONT_WEIGHTS: number[];
