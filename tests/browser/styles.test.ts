/**
 * styles.css stays a good Obsidian citizen: only Obsidian's CSS variables (every one the
 * screenshot page defines, so the screenshots show what users get), no literal colours, no
 * !important, every selector scoped to a `top-of-mind-` class, no rule for a class the code
 * never uses, and no inline styles in the views.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cssVariablesDefined, cssVariablesUsed, root } from "../../scripts/screenshot-page/build.mjs";

const css = readFileSync(join(root, "styles.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
const theme = readFileSync(join(root, "scripts", "screenshot-page", "obsidian-theme.css"), "utf8");

function sources(dir: string): string {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
		.map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"))
		.join("\n");
}

const src = sources(join(root, "src"));

/** Obsidian's own classes the stylesheet may refine, always together with a plugin class. */
const OBSIDIAN_CLASSES = new Set(["is-mobile", "setting-item-info", "setting-item-control"]);

describe("styles.css", () => {
	it("reads only Obsidian variables, all of which the screenshot page defines", () => {
		const defined = new Set(cssVariablesDefined(theme));
		expect(cssVariablesUsed(css).filter((name) => !defined.has(name))).toEqual([]);
		expect(cssVariablesDefined(css)).toEqual([]);
	});

	it("has no literal colours and no !important", () => {
		expect(css.match(/#[0-9a-f]{3,8}\b/gi) ?? []).toEqual([]);
		expect((css.match(/(?:rgba?|hsla?)\([^)]*\)/gi) ?? []).filter((call) => !call.includes("var(--"))).toEqual([]);
		expect(css).not.toContain("!important");
	});

	it("scopes every rule to a top-of-mind- class", () => {
		const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap((m) => (m[1] ?? "").split(",")).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("@"));
		expect(selectors.filter((selector) => !selector.includes(".top-of-mind-"))).toEqual([]);
		const foreign = selectors.flatMap((selector) => [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? "")).filter((cls) => !cls.startsWith("top-of-mind-") && !OBSIDIAN_CLASSES.has(cls));
		expect([...new Set(foreign)]).toEqual([]);
	});

	it("styles only classes the views use", () => {
		const styled = [...new Set([...css.matchAll(/\.(top-of-mind-[\w-]+)/g)].map((m) => m[1] ?? ""))];
		// Views write a class whole, or without its prefix through panel-render's CLS and div:
		// `div(card, "meta")`, `CLS + "meta"`, `${CLS}meta`.
		const named = (name: string): boolean => src.includes(`top-of-mind-${name}`) || src.includes(`"${name}"`) || src.includes(`\${CLS}${name}`);
		const unused = styled.filter((cls) => {
			const name = cls.slice("top-of-mind-".length);
			if (named(name)) return false;
			const tone = /^badge-(\w+)$/.exec(name)?.[1];
			return !(tone && named("badge-${") && src.includes(`"${tone}"`));
		});
		expect(unused).toEqual([]);
	});

	it("gives the views' structural classes a rule", () => {
		const structural = ["panel", "header", "title", "subtitle", "section-title", "list", "card", "card-top", "name", "badge", "meta", "reasons", "actions", "footer", "empty", "loading", "error", "block", "followups", "suggestion", "status", "done", "problems"];
		for (const name of structural) expect(css, `.top-of-mind-${name}`).toMatch(new RegExp(`\\.top-of-mind-${name}(?![\\w-])`));
		for (const tone of ["overdue", "due", "snoozed", "ok", "none"]) expect(css).toContain(`.top-of-mind-badge-${tone}`);
	});
});

describe("views", () => {
	it("set no inline styles (styling lives in styles.css)", () => {
		const views = sources(join(root, "src", "obsidian")) + sources(join(root, "src", "ui"));
		expect(views.match(/\.style\.|setCssStyles|setCssProps|attr:\s*\{[^}]*\bstyle\b/g) ?? []).toEqual([]);
	});
});
