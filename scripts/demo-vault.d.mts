/** Types of scripts/demo-vault.mjs, for the tests and tools written in TypeScript. */
export declare const DEMO_BASE_DAY: string;
export declare const DEMO_TEMPLATE: string;
export declare function shiftDates(text: string, days: number): string;
export declare function localToday(now?: Date): string;
export declare function demoFiles(today?: string): Record<string, string>;
export declare function writeDemoVault(dir: string, today?: string): void;
export declare function copyTemplate(dir: string): void;
