import { describe, expect, it } from "vitest";
import { createLinkResolver } from "../../../src/core/links/link-resolver";
import { LINK_CASES, LINK_VAULT } from "./link-cases";

describe("createLinkResolver", () => {
	const resolver = createLinkResolver(LINK_VAULT);
	it.each(LINK_CASES)("$name: $target", ({ target, source, expected }) => {
		expect(resolver.resolve(target, source ?? "Index.md")).toBe(expected);
	});

	it("an empty target is nothing", () => {
		expect(resolver.resolve("  ", "Index.md")).toBeNull();
	});

	it("../ above the vault is nothing", () => {
		expect(resolver.resolve("../../x", "a/b.md")).toBeNull();
	});

	it("prefers exact case for paths that differ only in case", () => {
		const r = createLinkResolver(["notes/a.md", "Notes/A.md"]);
		expect(r.resolve("Notes/A", "x.md")).toBe("Notes/A.md");
		expect(r.resolve("notes/a", "x.md")).toBe("notes/a.md");
	});

	it("follows additions and removals", () => {
		const r = createLinkResolver(["People/Ana Diaz.md"]);
		expect(r.resolve("Ana Diaz", "x.md")).toBe("People/Ana Diaz.md");
		r.add("Ana Diaz.md");
		expect(r.resolve("Ana Diaz", "x.md")).toBe("Ana Diaz.md");
		r.remove("Ana Diaz.md");
		expect(r.resolve("Ana Diaz", "x.md")).toBe("People/Ana Diaz.md");
		r.remove("People/Ana Diaz.md");
		expect(r.resolve("Ana Diaz", "x.md")).toBeNull();
		expect(r.resolve("People/Ana Diaz", "x.md")).toBeNull();
	});

	it("removing an unknown path changes nothing", () => {
		const r = createLinkResolver(["a.md"]);
		r.remove("b.md");
		expect(r.resolve("a", "x.md")).toBe("a.md");
	});
});
