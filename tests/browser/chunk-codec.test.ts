/**
 * The index cache's worker codec (src/obsidian/chunk-codec.ts) in Chromium, where Obsidian
 * runs it: the worker is made from a blob URL and deflates and inflates with the browser's
 * own CompressionStream (what it costs the main thread is measured apart: README,
 * Performance). Skipped like the other
 * browser tests (see chromium.ts) when Chromium is missing.
 */
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/screenshot-page/build.mjs";
import { requireBrowser, skipBrowserTests } from "./chromium";

interface CodecProbe {
	same: boolean;
	textChars: number;
	deflatedBytes: number;
	damagedRejected: boolean;
}

describe.skipIf(skipBrowserTests)("the cache's worker codec in Chromium", () => {
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		requireBrowser();
		const bundled = await build({ entryPoints: ["src/obsidian/chunk-codec.ts"], bundle: true, format: "iife", globalName: "codecModule", write: false, logLevel: "silent" });
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage();
		await page.setContent("<!doctype html><p>codec</p>");
		await page.addScriptTag({ content: bundled.outputFiles[0]?.text ?? "" });
	}, 30_000);

	afterAll(async () => {
		await browser?.close();
	});

	it("gives back the very lines it deflated, in a fraction of their size, and refuses bytes it did not write", async () => {
		const probe = await page.evaluate(async (): Promise<CodecProbe> => {
			const codec = (globalThis as unknown as { codecModule: typeof import("../../src/obsidian/chunk-codec") }).codecModule.workerCodec();
			if (codec === null) throw new Error("no worker codec in Chromium");
			const lines = Array.from({ length: 6_000 }, (_, i) => JSON.stringify({ n: i, text: `usage-based pricing for developer tools, note ${i % 97}, caf\u00e9 \\u03b5` }));
			const text = lines.join("\n");
			const bytes = await codec.pack(text);
			const back = await codec.unpack(bytes);
			const damagedRejected = await codec.unpack(new Uint8Array([7, 7, 7]).buffer).then(
				() => false,
				() => true,
			);
			codec.close();
			return { same: back === text, textChars: text.length, deflatedBytes: bytes.byteLength, damagedRejected };
		});
		expect(probe.same).toBe(true);
		expect(probe.deflatedBytes).toBeLessThan(probe.textChars / 5);
		expect(probe.damagedRejected).toBe(true);
	});
});
