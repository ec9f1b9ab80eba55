import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { longFunctions } from "./function-length";
import { ALLOWED, roomCycles, ruleViolations, type SourceFile } from "./source-graph";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string, out: SourceFile[] = []): SourceFile[] {
	for (const name of readdirSync(path.join(ROOT, dir))) {
		const relative = `${dir}/${name}`;
		if (statSync(path.join(ROOT, relative)).isDirectory()) sourceFiles(relative, out);
		else if (name.endsWith(".ts")) out.push({ path: relative, text: readFileSync(path.join(ROOT, relative), "utf8") });
	}
	return out;
}

const files = sourceFiles("src");

describe("the layout of src/", () => {
	it("keeps every import within the rules of the code map", () => {
		expect(ruleViolations(files)).toEqual([]);
	});

	it("has no import cycles between rooms", () => {
		expect(roomCycles(files)).toEqual([]);
	});

	it("keeps files under 400 lines and functions under 80, unless a comment says why", () => {
		const long = files.filter((file) => file.text.split("\n").length > 400).map((file) => file.path);
		expect(long).toEqual([]);
		const longFns = files.flatMap((file) => longFunctions(file.path, file.text, 80).map((fn) => `${file.path}:${fn.line} ${fn.name} (${fn.lines} lines)`));
		expect(longFns).toEqual([]);
	});

	it("has a README in every room of the core that says what it may import, as the rules do", () => {
		const rooms = readdirSync(path.join(ROOT, "src/core")).filter((name) => statSync(path.join(ROOT, "src/core", name)).isDirectory());
		expect(rooms.sort()).toEqual(Object.keys(ALLOWED).filter((room) => room.startsWith("core/")).map((room) => room.slice(5)).sort());
		for (const room of rooms) {
			const readme = readFileSync(path.join(ROOT, "src/core", room, "README.md"), "utf8");
			const line = /^May import: (.*)$/m.exec(readme)?.[1] ?? "(no line)";
			const said = line === "nothing else in the core." ? [] : line.replace(/\.$/, "").split(", ").map((name) => `core/${name}`);
			expect({ room, imports: said.sort() }).toEqual({ room, imports: [...(ALLOWED[`core/${room}`] ?? [])].sort() });
		}
	});
});

describe("the layout rules", () => {
	const file = (p: string, text: string): SourceFile => ({ path: p, text });

	it("fail when the core imports obsidian, an adapter, Node or an unknown package", () => {
		const broken = [
			file("src/core/match/a.ts", 'import { Notice } from "obsidian";'),
			file("src/core/match/b.ts", 'import { x } from "../../obsidian/actions";'),
			file("src/core/index/c.ts", 'import { readFile } from "node:fs";'),
			file("src/core/text/d.ts", 'import leftPad from "left-pad";'),
		];
		expect(ruleViolations(broken)).toEqual([
			"src/core/match/a.ts: core/match may not import obsidian",
			"src/core/match/a.ts: the core may not import the package obsidian",
			"src/core/match/b.ts: core/match may not import obsidian (src/obsidian/actions)",
			"src/core/index/c.ts: the core may not import the package node:fs",
			"src/core/index/c.ts: node:fs is a Node module; only the command line runs under Node",
			"src/core/text/d.ts: the core may not import the package left-pad",
		]);
	});

	it("fail when the views' model imports obsidian, or a room imports one above it", () => {
		const broken = [
			file("src/ui/view.ts", 'import type { App } from "obsidian";'),
			file("src/core/values/e.ts", 'import { whoCares } from "../match/who-cares";'),
		];
		expect(ruleViolations(broken)).toEqual([
			"src/ui/view.ts: ui may not import obsidian",
			"src/core/values/e.ts: core/values may not import core/match (src/core/match/who-cares)",
		]);
	});

	it("find a cycle between rooms, multi-line and type-only imports included", () => {
		const cyclic = [
			file("src/core/text/f.ts", 'import type {\n\tA,\n\tB,\n} from "../links/names";'),
			file("src/core/links/g.ts", 'import { foldCase } from "../text/terms";'),
		];
		expect(roomCycles(cyclic)).toEqual(["core/links -> core/text -> core/links"]);
	});

	it("find a function that is too long, unless its comment says why", () => {
		const body = Array.from({ length: 85 }, (_, i) => `\tconst v${i} = ${i};`).join("\n");
		expect(longFunctions("x.ts", `function tooLong(): void {\n${body}\n}\n`, 80)).toEqual([{ name: "tooLong", line: 1, lines: 87 }]);
		expect(longFunctions("x.ts", `/** Long because it is a table. */\nfunction table(): void {\n${body}\n}\n`, 80)).toEqual([]);
	});
});
