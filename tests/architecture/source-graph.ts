/**
 * The source tree as a graph: every file under src/ with the modules it imports, the folder
 * ("room") each belongs to, and the rules the layout promises (README "Code map" and each
 * src/core room's README.md). Pure functions over file texts, so the rules are tested on
 * made-up trees too and a broken rule is shown failing, not only passing.
 */
import { builtinModules } from "node:module";
import * as path from "node:path";

export interface SourceFile {
	/** Path relative to the project root, with forward slashes: `src/core/match/who-cares.ts`. */
	path: string;
	text: string;
}

export interface ImportEdge {
	from: string;
	/** A resolved project path (`src/...` without extension) or a package name. */
	to: string;
	local: boolean;
}

const IMPORT = /^\s*(?:import|export)\s(?:[^;"']*?\sfrom\s+)?["']([^"']+)["']/gm;

/** The modules a file imports (static `import`/`export … from`), resolved against its folder. */
export function importsOf(file: SourceFile): ImportEdge[] {
	const edges: ImportEdge[] = [];
	for (const match of file.text.matchAll(IMPORT)) {
		const specifier = match[1] ?? "";
		if (specifier.startsWith(".")) {
			const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier)).replace(/\.ts$/, "");
			edges.push({ from: file.path, to: resolved, local: true });
		} else {
			edges.push({ from: file.path, to: specifier, local: false });
		}
	}
	return edges;
}

/** The room of a source path: `core/<folder>` inside the core, else the top-level folder of src/ (`obsidian`, `cli`, `ui`, `settings`), or `root` for src/main.ts. */
export function roomOf(projectPath: string): string {
	const parts = projectPath.split("/");
	if (parts[0] !== "src") return `outside:${parts[0] ?? ""}`;
	if (parts[1] === "core") return parts.length > 3 ? `core/${parts[2] ?? ""}` : "core";
	return parts.length > 2 ? (parts[1] ?? "root") : "root";
}

/** Which rooms each room may import from (its own always allowed). */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
	"core/model": [],
	"core/markdown": ["core/model"],
	"core/values": ["core/model", "core/markdown"],
	"core/text": ["core/model", "core/markdown"],
	"core/contact": ["core/model", "core/markdown", "core/values"],
	"core/vault": ["core/model", "core/markdown", "core/values", "core/contact", "core/text"],
	"core/links": ["core/model", "core/markdown", "core/text"],
	"core/edits": ["core/model", "core/markdown", "core/values"],
	"core/index": ["core/model", "core/markdown", "core/values", "core/text", "core/contact", "core/vault", "core/links"],
	"core/match": ["core/model", "core/markdown", "core/values", "core/text", "core/contact", "core/links", "core/index"],
	"core/overview": ["core/model", "core/values", "core/contact", "core/index", "core/match"],
	"core/import": ["core/model", "core/markdown", "core/values", "core/edits", "core/links"],
	settings: ["core/*"],
	ui: ["core/*"],
	cli: ["core/*", "ui", "settings"],
	obsidian: ["core/*", "ui", "settings"],
	root: ["core/*", "ui", "obsidian", "settings"],
};

/** npm packages the pure core may use: no Obsidian, no Node, nothing with side effects on the app. */
export const CORE_PACKAGES: readonly string[] = ["minisearch", "stemmer", "stopword", "papaparse", "ical.js"];

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

function allowed(from: string, to: string): boolean {
	if (from === to) return true;
	const rules = ALLOWED[from];
	if (rules === undefined) return false;
	return rules.some((rule) => rule === to || (rule === "core/*" && to.startsWith("core/")));
}

/** Every import that breaks a rule of the layout, as a sentence naming the file and what it imports. */
export function ruleViolations(files: readonly SourceFile[]): string[] {
	const out: string[] = [];
	for (const file of files) {
		const from = roomOf(file.path);
		if (!(from in ALLOWED)) out.push(`${file.path}: in no known room (${from}); add the folder to ALLOWED and to the code map`);
		for (const edge of importsOf(file)) {
			if (edge.local) {
				const to = roomOf(edge.to);
				if (to.startsWith("outside:") && edge.to.endsWith(".json")) continue;
				if (!allowed(from, to)) out.push(`${file.path}: ${from} may not import ${to} (${edge.to})`);
				continue;
			}
			const isCore = from.startsWith("core/");
			if ((isCore || from === "ui") && edge.to === "obsidian") out.push(`${file.path}: ${from} may not import obsidian`);
			if (isCore && !CORE_PACKAGES.includes(edge.to)) out.push(`${file.path}: the core may not import the package ${edge.to}`);
			if ((isCore || from === "ui" || from === "obsidian" || from === "root") && NODE_BUILTINS.has(edge.to)) {
				out.push(`${file.path}: ${edge.to} is a Node module; only the command line runs under Node`);
			}
		}
	}
	return out;
}

/** Cycles between rooms, each as `a -> b -> a`; an empty list when the room graph is acyclic. */
export function roomCycles(files: readonly SourceFile[]): string[] {
	const graph = new Map<string, Set<string>>();
	for (const file of files) {
		const from = roomOf(file.path);
		for (const edge of importsOf(file)) {
			if (!edge.local) continue;
			const to = roomOf(edge.to);
			if (to === from || to.startsWith("outside:")) continue;
			const set = graph.get(from) ?? new Set<string>();
			set.add(to);
			graph.set(from, set);
		}
	}
	const cycles: string[] = [];
	const state = new Map<string, "open" | "done">();
	const stack: string[] = [];
	const visit = (room: string): void => {
		state.set(room, "open");
		stack.push(room);
		for (const next of [...(graph.get(room) ?? [])].sort()) {
			if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].join(" -> "));
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(room, "done");
	};
	for (const room of [...graph.keys()].sort()) if (!state.has(room)) visit(room);
	return cycles;
}
