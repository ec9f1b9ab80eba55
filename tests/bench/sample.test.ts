import { describe, expect, it } from "vitest";
import { bytesByPackage, hasNonAscii, hasNonLatin, packageOf, seededSample, summarizeItems, timePerItem, verdictOf, type ItemTime } from "../../bench/sample";
import { accented, SyntheticVault } from "../../bench/synthetic-vault";

describe("seededSample", () => {
	const items = Array.from({ length: 50 }, (_, i) => `note ${i}`);
	const id = (item: string): string => item;

	it("draws the same sample for the same seed, whatever order the items come in", () => {
		const a = seededSample(items, 10, 1, id);
		const b = seededSample([...items].reverse(), 10, 1, id);
		expect(a).toEqual(b);
		expect(new Set(a).size).toBe(10);
		expect(seededSample(items, 10, 2, id)).not.toEqual(a);
	});

	it("takes every item, each once, when asked for more than there are", () => {
		expect(seededSample(items, 500, 1, id).sort()).toEqual([...items].sort());
		expect(seededSample([], 5, 1, id)).toEqual([]);
	});
});

describe("per-item timings", () => {
	it("takes each item's median over the passes and lists the slowest first", () => {
		let clock = 0;
		const costs: Record<string, number> = { a: 1, b: 24, c: 8 };
		const times = timePerItem(
			["a", "b", "c"],
			3,
			(item) => ({ path: item, chars: item.length }),
			(item) => {
				clock += costs[item] as number;
				const until = performance.now() + (costs[item] as number);
				while (performance.now() < until) {
					// Busy wait: a task that costs its milliseconds.
				}
			},
			0,
		);
		expect(clock).toBe(99);
		expect(times.map((time) => time.samples.length)).toEqual([3, 3, 3]);
		const summary = summarizeItems(times, 2);
		expect(summary.slowest.map((time) => time.path)).toEqual(["b", "c"]);
		expect(summary.max).toBeGreaterThanOrEqual(5);
		expect(summary.p50).toBeGreaterThanOrEqual(3);
	});

	it("summarizes fixed times by rank", () => {
		const times: ItemTime[] = [1, 2, 3, 4, 100].map((ms, i) => ({ path: `n${i}`, chars: 0, samples: [ms], ms }));
		const summary = summarizeItems(times);
		expect(summary.p50).toBe(3);
		expect(summary.max).toBe(100);
		expect(summary.p95).toBeCloseTo(80.8);
	});

	it("says ok, MISS or — against a limit", () => {
		expect(verdictOf(5, 5)).toBe("ok");
		expect(verdictOf(5.1, 5)).toBe("MISS");
		expect(verdictOf(undefined, 5)).toBe("—");
		expect(verdictOf(Number.NaN, 5)).toBe("—");
	});
});

describe("text checks", () => {
	it("tells non-ASCII text and non-Latin scripts", () => {
		expect(hasNonAscii("plain text")).toBe(false);
		expect(hasNonAscii("café")).toBe(true);
		expect(hasNonLatin("café “quoted” 🙂")).toBe(false);
		expect(hasNonLatin("привет")).toBe(true);
		expect(hasNonLatin("日本語")).toBe(true);
	});
});

describe("bundle breakdown", () => {
	it("names the package of each input", () => {
		expect(packageOf("node_modules/minisearch/dist/es/index.js")).toBe("minisearch");
		expect(packageOf("node_modules/@scope/pkg/lib/a.js")).toBe("@scope/pkg");
		expect(packageOf("node_modules/a/node_modules/b/x.js")).toBe("b");
		expect(packageOf("src/core/match/who-cares.ts")).toBe("src/");
		expect(packageOf("package.json")).toBe("package.json");
	});

	it("adds bytes per package, largest first", () => {
		expect(
			bytesByPackage({
				"src/a.ts": { bytesInOutput: 10 },
				"src/b.ts": { bytesInOutput: 15 },
				"node_modules/idb/build/index.js": { bytesInOutput: 30 },
			}),
		).toEqual([
			{ name: "idb", bytes: 30 },
			{ name: "src/", bytes: 25 },
		]);
	});
});

describe("the realistic synthetic vault", () => {
	const realistic = new SyntheticVault(1000);
	const plain = new SyntheticVault(1000, undefined, { realistic: false });

	it("has non-ASCII text in 45–90% of its notes, and none in the plain one", () => {
		const share = (vault: SyntheticVault): number => {
			let count = 0;
			for (let i = 0; i < vault.size; i++) if (hasNonAscii(vault.note(i).text)) count++;
			return count / vault.size;
		};
		expect(share(realistic)).toBeGreaterThanOrEqual(0.45);
		expect(share(realistic)).toBeLessThanOrEqual(0.9);
		expect(share(plain)).toBe(0);
	});

	it("makes notes from its templates and puts footers under posts", () => {
		const templates = realistic.templates();
		expect(templates.length).toBeGreaterThanOrEqual(5);
		expect(plain.templates()).toEqual([]);
		let templated = 0;
		let footers = 0;
		for (let i = 0; i < realistic.size; i++) {
			const text = realistic.note(i).text;
			if (templates.some((template) => text.includes(template.text.split("\n")[0] as string))) templated++;
			if (realistic.kind(i) === "post" && /Thanks for reading|img\.shields\.io|About the author/.test(text)) footers++;
		}
		expect(templated).toBeGreaterThan(realistic.size * 0.3);
		expect(footers).toBeGreaterThan(realistic.shape.posts * 0.4);
	});

	it("is deterministic, and its plain vault is the vault before realism", () => {
		expect(new SyntheticVault(1000).note(123).text).toBe(realistic.note(123).text);
		// The plain text is kept under the realistic one: the same frontmatter.
		const frontmatter = (text: string): string => text.slice(0, text.indexOf("\n---\n", 4));
		expect(frontmatter(realistic.note(5).text)).toBe(frontmatter(plain.note(5).text));
		expect(accented("Maria")).toBe("Mária");
		expect(accented("xyz")).toBe("xyz");
	});
});
