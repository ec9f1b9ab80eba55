import { describe, expect, it } from "vitest";
import { App } from "../obsidian";
import { LINK_ALIASES, LINK_CASES, LINK_VAULT } from "../core/links/link-cases";

describe("the stand-in's getFirstLinkpathDest", () => {
	const files = Object.fromEntries(
		LINK_VAULT.map((path) => {
			const aliases = LINK_ALIASES[path];
			return [path, aliases ? `---\naliases: [${aliases.join(", ")}]\n---\n` : "note\n"];
		}),
	);
	const app = new App(files, { cache: { start: "warm" } });
	it.each(LINK_CASES)("$name: $target", ({ target, source, expected }) => {
		expect(app.metadataCache.getFirstLinkpathDest(target, source ?? "Index.md")?.path ?? null).toBe(expected);
	});
});
