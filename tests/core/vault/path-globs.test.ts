import { describe, expect, it } from "vitest";
import { matchesGlobs } from "../../../src/core/vault/path-globs";

describe("excluded path globs", () => {
	it.each<[string, string, boolean]>([
		["*.excalidraw.md", "Drawing.excalidraw.md", true],
		["*.excalidraw.md", "Deep/Folder/Drawing.excalidraw.md", true],
		["*.excalidraw.md", "Drawing.md", false],
		["Archive/**", "Archive/2020/Old.md", true],
		["Archive/**", "Archive/Old.md", true],
		["Archive/**", "Archives/Old.md", false],
		["Archive/*", "Archive/2020/Old.md", false],
		["**/drafts/*", "Posts/drafts/One.md", true],
		["**/drafts/*", "drafts/One.md", true],
		["**/drafts/*", "Posts/drafting/One.md", false],
		["Daily/????-??-??.md", "Daily/2026-01-02.md", true],
		["Daily/????-??-??.md", "Daily/2026-1-2.md", false],
		["/Inbox/*", "Inbox/Note.md", true],
		["Notes (old)/*.md", "Notes (old)/A.md", true],
		["a+b.md", "aab.md", false],
		["", "Anything.md", false],
	])("%s on %s: %s", (glob, path, expected) => {
		expect(matchesGlobs(path, [glob])).toBe(expected);
	});
});
