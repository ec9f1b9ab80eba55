import { describe, expect, it } from "vitest";
import { LONG_NOTE_CHARS, preparationSteps } from "../../../src/core/index/prepare-note";
import { queryPreparationSteps } from "../../../src/core/match/query-steps";
import { snapshotLines } from "../../../src/core/index/snapshot";
import { whoCares } from "../../../src/core/match/who-cares";
import { analyzeForIndex, prepareForIndex } from "../../../src/core/text/phrases";
import { MATCHED_TEXT_CHARS, matchedText } from "../../../src/core/text/visible-text";
import { buildIndex, person, post, recordOf, type VaultSpec } from "../../builders/index-builder";

const LONG = Array.from({ length: 3000 }, (_, i) => `Line ${i} on pricing retainers, [[Ana Diaz]] and \`code ${i}\` with #tag${i % 7}.`).join("\n");

function vault(): VaultSpec {
	return {
		"People/Ana Diaz.md": person({ topics: ["pricing"] }, "Ana prices retainers."),
		"People/Bo Li.md": person({ topics: ["hiring"] }, "Bo hires engineers."),
		"Posts/Long.md": post({ status: "published", topics: ["pricing"] }, LONG),
	};
}

describe("a long note's text work in steps", () => {
	it("leaves the index exactly as a plain upsert does", () => {
		expect(LONG.length).toBeGreaterThan(LONG_NOTE_CHARS);
		const plain = buildIndex(vault());
		const stepped = buildIndex({ ...vault(), "Posts/Long.md": { body: "" } });
		const record = recordOf("Posts/Long.md", vault()["Posts/Long.md"] as never);
		const steps = preparationSteps(record);
		expect(steps.length).toBeGreaterThan(0);
		for (const step of steps) step();
		stepped.upsert(record);
		expect([...snapshotLines(stepped)].slice(1)).toEqual([...snapshotLines(plain)].slice(1));
	});

	it("a prepared analysis is taken once, and only for the same text", () => {
		const text = "Usage based pricing, usage based pricing again.";
		const fresh = analyzeForIndex(text);
		prepareForIndex(text);
		expect(analyzeForIndex("Something else entirely.")).toEqual(analyzeForIndex("Something else entirely."));
		expect(analyzeForIndex(text)).toEqual(fresh);
		prepareForIndex(text);
		const taken = analyzeForIndex(text);
		// Taken: the next call works it out again, an equal but new result.
		expect(analyzeForIndex(text)).not.toBe(taken);
		expect(analyzeForIndex(text)).toEqual(taken);
	});

	it("gives a short note no steps, and a query the same answer after its steps", () => {
		const index = buildIndex(vault());
		expect(preparationSteps(recordOf("People/Bo Li.md", person({}, "Short.")))).toEqual([]);
		const record = () => recordOf("Posts/Long.md", vault()["Posts/Long.md"] as never);
		const plain = whoCares(index, record(), "2026-06-01");
		const prepared = record();
		for (const step of queryPreparationSteps(prepared, index)) step();
		expect(whoCares(index, prepared, "2026-06-01")).toEqual(plain);
	});
});

describe("the text matching reads", () => {
	it("is the beginning of a long note, cut at a line break", () => {
		const text = `${"a".repeat(MATCHED_TEXT_CHARS - 10)}\nnext line goes on ${"b".repeat(100)}`;
		expect(matchedText(text)).toBe("a".repeat(MATCHED_TEXT_CHARS - 10));
		expect(matchedText("short\ntext")).toBe("short\ntext");
		expect(matchedText("x".repeat(MATCHED_TEXT_CHARS + 5))).toHaveLength(MATCHED_TEXT_CHARS);
	});
});
