import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BoilerplateTable, sentenceHash, sentenceHashes } from "../../../src/core/index/boilerplate";
import { TopicCounts } from "../../../src/core/index/topic-counts";
import { defaultCoreConfig } from "../../../src/core/model/config";

const FOOTER = "Download this vault from the community site. Edit this page on GitHub.";

describe("boilerplate learned from the vault", () => {
	it("drops a sentence once enough notes share it, and only then", () => {
		const table = new BoilerplateTable();
		const subjects = ["pricing", "churn", "hiring", "billing", "security", "onboarding", "retention", "support", "sales", "travel"];
		const note = (i: number): string => `This note is about ${subjects[i] ?? "x"}.\n${FOOTER}`;
		for (let i = 0; i < 3; i++) table.add(`n${i}.md`, note(i));
		expect(table.strip(note(9))).toContain("Download this vault");
		table.add("n3.md", note(3));
		const stripped = table.strip(note(9));
		expect(stripped).not.toContain("Download this vault");
		expect(stripped).not.toContain("Edit this page");
		expect(stripped).toContain("This note is about travel.");
		// Lines stay lines, so a line of the result is still the line of the note.
		expect(stripped.split("\n")).toHaveLength(2);
	});

	it("follows removals: a sentence fewer notes share is prose again", () => {
		const table = new BoilerplateTable();
		for (let i = 0; i < 4; i++) table.add(`n${i}.md`, FOOTER);
		expect(table.isBoilerplate("Edit this page on GitHub.")).toBe(true);
		table.remove("n0.md");
		expect(table.isBoilerplate("Edit this page on GitHub.")).toBe(false);
		// Re-adding a note replaces what it had instead of counting twice.
		table.add("n1.md", FOOTER);
		expect(table.isBoilerplate("Edit this page on GitHub.")).toBe(false);
	});

	it("needs a share of a large vault, not a fixed count", () => {
		const table = new BoilerplateTable();
		for (let i = 0; i < 1000; i++) table.add(`n${i}.md`, `Unique words number ${"x".repeat(i % 50)} here${i}.`);
		for (let i = 0; i < 6; i++) table.add(`t${i}.md`, "A shared template prompt.");
		expect(table.threshold()).toBe(11);
		expect(table.isBoilerplate("A shared template prompt.")).toBe(false);
	});

	it("counts a template's sentences as boilerplate before any note was made from it", () => {
		const table = new BoilerplateTable();
		table.setTemplates(["What went well today?\nWhat will I do tomorrow?"]);
		expect(table.strip("What went well today? Shipped the pricing page.")).toBe("Shipped the pricing page.");
		table.setTemplates([]);
		expect(table.strip("What went well today?")).toBe("What went well today?");
	});

	it("reads numbers alike, so a dated footer is one sentence", () => {
		expect(sentenceHashes("Last updated 2024-01-02 by the team.")).toEqual(sentenceHashes("Last updated 2025-11-30 by the team."));
		expect(sentenceHashes("Log")).toHaveLength(0);
	});
});

describe("topics and tags by rarity", () => {
	const config = defaultCoreConfig();

	it("never treats workflow tags or the kind tags as topics", () => {
		const counts = new TopicCounts(config);
		counts.add("a.md", ["seedling", "pricing"]);
		expect(counts.weight("seedling")).toBe(0);
		expect(counts.weight("#Evergreen")).toBe(0);
		expect(counts.weight("person")).toBe(0);
		expect(counts.weight("pricing")).toBe(1);
	});

	it("drops a tag on more than a tenth of the notes and at least fifty", () => {
		const counts = new TopicCounts(config);
		for (let i = 0; i < 400; i++) counts.add(`n${i}.md`, i < 60 ? ["status-x"] : [`t${i}`]);
		expect(counts.weight("status-x")).toBe(0);
		counts.remove("n0.md");
		for (let i = 1; i < 20; i++) counts.remove(`n${i}.md`);
		expect(counts.weight("status-x")).toBeGreaterThan(0);
	});

	it("lets a common topic weigh less in a small vault, never nothing", () => {
		const counts = new TopicCounts(config);
		for (let i = 0; i < 20; i++) counts.add(`n${i}.md`, i < 10 ? ["pricing"] : ["rare"]);
		counts.add("x.md", ["unique"]);
		expect(counts.weight("unique")).toBe(1);
		expect(counts.weight("pricing")).toBeGreaterThan(0.5);
		expect(counts.weight("pricing")).toBeLessThan(1);
	});
});

/** The sentence key as first written (lower case, digit runs as "0", spaces collapsed, trimmed; FNV-1a; two words with a letter or number): the specification sentenceHash keeps in one pass. */
function reference(sentence: string): number | null {
	const key = sentence.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
	const words = key.split(" ").filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	if (words < 2) return null;
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

describe("sentenceHash", () => {
	it.each([
		["Edit this page on GitHub.", "two or more words"],
		["  Edit   this\tpage  ", "spaces collapsed and trimmed"],
		["Updated 2026-11-01 by the team", "digit runs alike"],
		["Updated 1999-01-02 by the team", "the same as another date"],
		["Log", "one word: not counted"],
		["- [ ]", "no letter: not counted"],
		["42 7", "numbers are words"],
		["Straße café São Paulo", "accents"],
		["ΣΟΦΊΑ ΚΑΙ ΛΌΓΟΣ", "Greek capitals, final sigma"],
		["東京で 会議", "Chinese and Japanese"],
		["𝐀𝐁 𝐂", "letters outside the basic plane"],
		["İstanbul office", "a capital that lowers to two code units"],
		["٣ ٤", "digits of another script"],
		["a\u00a0b\u3000c\ufeff", "Unicode spaces"],
		["\ud800 lone surrogate", "a lone surrogate"],
		["", "empty"],
	])("%s (%s) hashes as the reference does", (sentence) => {
		expect(sentenceHash(sentence)).toBe(reference(sentence));
	});

	it("hashes any text as the reference does", () => {
		const unit = fc.constantFrom("a", "Z", "0", "9", " ", "\t", "\u00a0", "\u3000", "é", "Σ", "東", "٣", "𝐀", "\ud800", ".", "-", "İ");
		fc.assert(
			fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
				const text = units.join("");
				expect(sentenceHash(text)).toBe(reference(text));
			}),
			{ numRuns: 200 },
		);
	});
});
