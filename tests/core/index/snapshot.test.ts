import type MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analysisKey, joinSnapshot, oneByte, restoreIndex, settingsKey, SNAPSHOT_FORMAT, snapshotLines, splitSnapshot, staleNotes } from "../../../src/core/index/snapshot";
import { NetworkIndex } from "../../../src/core/index/network-index";
import type { PackedTerms } from "../../../src/core/index/search-engine";
import { unpackTerms } from "../../../src/core/index/search-unpack";
import { numbersToText, textToNumbers } from "../../../src/core/index/number-text";
import type { NoteRecord } from "../../../src/core/model/types";
import { buildIndex, emptyIndex, person, post, type VaultSpec } from "../../builders/index-builder";
import { mulberry32 } from "../../builders/random";
import { answers, derived, indexOptions, RandomVault } from "../../builders/random-vault";
import { propertyRuns } from "../../helpers/property-runs";

function restored(index: NetworkIndex): NetworkIndex {
	const result = restoreIndex(indexOptions(), splitSnapshot(joinSnapshot(snapshotLines(index))));
	if ("rejected" in result) throw new Error(`snapshot rejected: ${result.rejected}`);
	return result.index;
}

function vaultOf(seed: number, changes: number): { vault: RandomVault; index: NetworkIndex } {
	const vault = new RandomVault(mulberry32(seed));
	const index = new NetworkIndex(indexOptions());
	for (let i = 0; i < changes; i++) vault.step(index);
	return { vault, index };
}

describe("index snapshots", () => {
	it.each([1, 2, 3, 4, 5, 6])("restore, then changes, agree with a fresh build (seed %i)", (seed) => {
		const { vault, index } = vaultOf(seed, 80);
		const copy = restored(index);
		expect(answers(copy, vault.records)).toEqual(answers(index, vault.records));
		for (let i = 0; i < 60; i++) vault.step(copy);
		expect(answers(copy, vault.records), `seed ${seed}`).toEqual(answers(vault.freshIndex(), vault.records));
	});

	it("keeps the vault's boilerplate sentences, which then follow later changes as a build's do", () => {
		const footer = "Subscribe to the newsletter for more notes.";
		const notes = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`People/P${i}.md`, person({}, `Works on pricing ${i}.\n${footer}`)]));
		const index = buildIndex(notes);
		const text = `Pricing review.\n${footer}`;
		expect(index.commons.withoutBoilerplate(text)).toBe("Pricing review.\n");
		const lines = [...snapshotLines(index)];
		expect(lines.join("\n")).toContain('"sentences"');
		const result = restoreIndex(emptyIndex().options, lines);
		if ("rejected" in result) throw new Error(result.rejected);
		const copy = result.index;
		expect(copy.commons.withoutBoilerplate(text)).toBe("Pricing review.\n");
		// Two of the five gone: three notes share the footer, under the four that make boilerplate.
		copy.remove("People/P0.md");
		copy.remove("People/P1.md");
		expect(copy.commons.withoutBoilerplate(text)).toBe(text);
	});

	it("writes every line at one byte a character, whatever the notes' script, and restores what the notes say", () => {
		const notes: VaultSpec = {
			"People/Ελένη Παπαδοπούλου.md": person({ company: "Αθήνα Σύμβουλοι", topics: ["τιμολόγηση"] }, "Μιλήσαμε για την τιμολόγηση και τα συμβόλαια. 😀"),
			"People/田中 花子.md": person({ topics: ["価格設定"] }, "東京で価格設定について話しました。"),
			"Posts/Τιμολόγηση.md": post({ topics: ["τιμολόγηση"] }, "Η τιμολόγηση με βάση τη χρήση, και τα συμβόλαια. 価格設定も。"),
		};
		const index = buildIndex(notes);
		const lines = [...snapshotLines(index)];
		for (const line of lines) expect(line).toMatch(/^[\0-\xff]*$/);
		const result = restoreIndex(emptyIndex().options, lines);
		if ("rejected" in result) throw new Error(result.rejected);
		const copy = result.index;
		expect(copy.allPeople().map((p) => [p.name, p.company, p.body])).toEqual(index.allPeople().map((p) => [p.name, p.company, p.body]));
		expect([...snapshotLines(copy)]).toEqual(lines);
	});

	it.each([
		["ascii only", '{"a":"plain"}', '{"a":"plain"}'],
		["Latin-1 kept as it is", '{"a":"café ñ ß"}', '{"a":"café ñ ß"}'],
		["Greek escaped", '{"a":"Ελ"}', '{"a":"\\u0395\\u03bb"}'],
		["a pair as two escapes", '{"a":"😀"}', '{"a":"\\ud83d\\ude00"}'],
		["in keys too", '{"東":1}', '{"\\u6771":1}'],
	])("oneByte: %s", (_, json, expected) => {
		expect(oneByte(json)).toBe(expected);
		expect(JSON.parse(oneByte(json))).toEqual(JSON.parse(json));
	});

	it("oneByte gives JSON that parses to the same value, one byte a character, for any value", () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
				for (const json of [JSON.stringify(value), JSON.stringify({ text })]) {
					const written = oneByte(json);
					expect(written).toMatch(/^[\0-\xff]*$/);
					expect(JSON.parse(written)).toEqual(JSON.parse(json));
				}
			}),
			propertyRuns(),
		);
	});

	it("restores a vault with people and no posts, or posts and no people", () => {
		const vaults: VaultSpec[] = [{ "People/Ana.md": person({}, "Pricing.") }, { "Posts/Pricing.md": post({}, "Pricing.") }];
		for (const notes of vaults) {
			const index = buildIndex(notes);
			const result = restoreIndex(emptyIndex().options, [...snapshotLines(index)]);
			expect("index" in result ? result.index.noteCount : result.rejected).toBe(1);
		}
	});

	it("stores packed bodies as they are held and gives them back unchanged, to the snapshot's last byte", () => {
		const typographic = "Don’t “price” by the seat — price by usage 🚀. The team’s churn fell. ".repeat(4);
		const index = buildIndex({
			"People/Ana.md": person({ topics: ["pricing"] }, typographic),
			"People/Ben.md": person({}, "Plain ASCII about pricing and churn, long enough to pack if it needed to."),
			"Posts/Pricing.md": post({ topics: ["pricing"] }, `${typographic}\n東京で話した。`),
		});
		const lines = [...snapshotLines(index)];
		const notes = lines.map((line) => JSON.parse(line) as { notes?: Array<{ path: string; packedBody?: true }> }).flatMap((line) => line.notes ?? []);
		expect(notes.filter((note) => note.packedBody).map((note) => note.path).sort()).toEqual(["People/Ana.md", "Posts/Pricing.md"]);
		const result = restoreIndex(emptyIndex().options, lines);
		if ("rejected" in result) throw new Error(result.rejected);
		expect(result.index.person("People/Ana.md")?.body).toBe(index.person("People/Ana.md")?.body);
		expect(result.index.post("Posts/Pricing.md")?.body).toContain("price by usage 🚀");
		expect([...snapshotLines(result.index)]).toEqual(lines);
	});

	it("works a packed body's sentences out from its text when a snapshot has none, and refuses a packed body that is not bytes", () => {
		const typographic = "Don’t “price” by the seat — price by usage 🚀. The team’s churn fell. ".repeat(4);
		const index = buildIndex({ "People/Ana.md": person({}, typographic), "Posts/Pricing.md": post({}, `${typographic}\nMore on pricing.`) });
		const lines = [...snapshotLines(index)];
		type Line = { notes?: Array<{ sentences?: string; packedBody?: true; person?: { body: string } }> };
		const edited = (edit: (note: NonNullable<Line["notes"]>[number]) => void): string[] =>
			lines.map((line) => {
				const value = JSON.parse(line) as Line;
				if (!Array.isArray(value.notes)) return line;
				value.notes.forEach(edit);
				return JSON.stringify(value);
			});
		const withoutSentences = restoreIndex(emptyIndex().options, edited((note) => delete note.sentences));
		if ("rejected" in withoutSentences) throw new Error(withoutSentences.rejected);
		expect([...snapshotLines(withoutSentences.index)]).toEqual(lines);
		const garbled = restoreIndex(
			emptyIndex().options,
			edited((note) => {
				if (note.packedBody && note.person) note.person.body = `${note.person.body}’`;
			}),
		);
		expect("rejected" in garbled ? garbled.rejected : "restored").toBe("damaged");
	});

	it("is a JSON array, one element per line", () => {
		const { index } = vaultOf(7, 40);
		const text = joinSnapshot(snapshotLines(index));
		const parsed = JSON.parse(text) as unknown[];
		expect(parsed.length).toBe(splitSnapshot(text).length);
		expect(parsed[0]).toMatchObject({ kind: "top-of-mind-index", format: SNAPSHOT_FORMAT, settings: settingsKey(indexOptions()) });
	});

	it("is rejected when built with other settings, in another format, cut short or damaged", () => {
		const { index } = vaultOf(8, 40);
		const lines = splitSnapshot(joinSnapshot(snapshotLines(index)));
		const other = indexOptions();
		other.config.defaultCadence = "30d";
		expect(restoreIndex(other, lines)).toEqual({ rejected: "other settings" });
		const dailyElsewhere = { ...indexOptions(), dailyNotes: { folder: "Journal", format: "YYYY-MM-DD" } };
		expect(restoreIndex(dailyElsewhere, lines)).toEqual({ rejected: "other settings" });
		const header = JSON.parse(lines[0] as string) as Record<string, unknown>;
		expect(restoreIndex(indexOptions(), [JSON.stringify({ ...header, format: SNAPSHOT_FORMAT + 1 }), ...lines.slice(1)])).toEqual({ rejected: "another format" });
		// Notes analysed by another version of the analyser, the format left as it was.
		const otherAnalysis = settingsKey(indexOptions(), `${analysisKey()}-changed`);
		expect(otherAnalysis).not.toBe(header.settings);
		expect(restoreIndex(indexOptions(), [JSON.stringify({ ...header, settings: otherAnalysis }), ...lines.slice(1)])).toEqual({ rejected: "other settings" });
		expect(restoreIndex(indexOptions(), lines.slice(0, -1))).toEqual({ rejected: "cut short" });
		expect(restoreIndex(indexOptions(), [...lines.slice(0, 2), "{not json", ...lines.slice(2)])).toEqual({ rejected: "damaged" });
		expect(restoreIndex(indexOptions(), ["[1,2]"])).toEqual({ rejected: "not a snapshot" });
		// Notes of one vault with the search index of another: refused, not found out on the next edit.
		const otherVault = splitSnapshot(joinSnapshot(snapshotLines(vaultOf(9, 40).index)));
		const searchLines = (all: string[]) => all.filter((line) => line.startsWith('{"search"'));
		const mixed = [...lines.filter((line) => !line.startsWith('{"search"')).slice(0, -1), ...searchLines(otherVault), lines[lines.length - 1] as string];
		expect(restoreIndex(indexOptions(), mixed)).toEqual({ rejected: "damaged" });
		const noAverages = lines.map((line) => (line.startsWith('{"search":"people","meta"') ? line.replace(/"averageFieldLength":\[[^\]]*\],/, "") : line));
		expect(noAverages).not.toEqual(lines);
		expect(restoreIndex(indexOptions(), noAverages)).toEqual({ rejected: "damaged" });
		expect(restoreIndex(indexOptions(), [])).toEqual({ rejected: "not a snapshot" });
		// The posts' document frequencies: a count short, a count that is not one, a term that is not a string.
		const frequencies = lines.findIndex((line) => line.startsWith('{"frequencies"') && !line.includes('"terms":[]'));
		expect(frequencies).toBeGreaterThan(0);
		const table = JSON.parse(lines[frequencies] as string) as { terms: unknown[]; counts: string };
		const withTable = (changed: object): string[] => lines.map((line, i) => (i === frequencies ? JSON.stringify({ ...table, ...changed }) : line));
		expect(restoreIndex(indexOptions(), withTable({}))).not.toHaveProperty("rejected");
		expect(restoreIndex(indexOptions(), withTable({ counts: table.counts.slice(0, -1) }))).toEqual({ rejected: "damaged" });
		expect(restoreIndex(indexOptions(), withTable({ counts: `${table.counts}!` }))).toEqual({ rejected: "damaged" });
		expect(restoreIndex(indexOptions(), withTable({ terms: [7, ...table.terms.slice(1)] }))).toEqual({ rejected: "damaged" });
		expect(restoreIndex(indexOptions(), withTable({ frequencies: "people" }))).toEqual({ rejected: "damaged" });
	});

	it("finds the notes changed, added and removed since the snapshot", () => {
		const { vault, index } = vaultOf(9, 40);
		const before = new Map([...vault.records.values()].map((record) => [record.path, record.mtime]));
		const copy = restored(index);
		for (let i = 0; i < 20; i++) vault.step(index);
		const files = [...vault.records.values()].map((record) => ({ path: record.path, mtime: record.mtime }));
		const { changed, removed } = staleNotes(copy, files);
		expect(changed.sort()).toEqual(files.filter((file) => before.get(file.path) !== file.mtime).map((file) => file.path).sort());
		expect(removed.sort()).toEqual([...before.keys()].filter((path) => !vault.records.has(path)).sort());
		// Applying exactly those brings the restored index up to date.
		for (const path of removed) copy.remove(path);
		for (const path of changed) copy.upsert(vault.records.get(path) as NoteRecord);
		expect(answers(copy, vault.records)).toEqual(answers(vault.freshIndex(), vault.records));
	});
});

describe("NetworkIndex keeps derived data only while it is valid", () => {
	it.each([11, 12, 13, 14, 15, 16, 17, 18])("after every change, as a fresh build (seed %i)", (seed) => {
		const vault = new RandomVault(mulberry32(seed));
		const index = new NetworkIndex(indexOptions());
		for (let i = 0; i < 150; i++) {
			vault.step(index);
			// Asking after every change fills the caches, so the next change must keep or drop them right.
			expect(derived(index), `seed ${seed}, change ${i}`).toEqual(derived(vault.freshIndex()));
		}
	});
});

describe("MiniSearch serialised in parts", () => {
	it("comes back as exactly the index MiniSearch had, by its toJSON", () => {
		const { index } = vaultOf(21, 120);
		const result = restoreIndex(indexOptions(), [...snapshotLines(index)]);
		if ("rejected" in result) throw new Error(result.rejected);
		// The engines are private to the index; only this test reaches them, to compare with MiniSearch itself.
		const engines = (of: NetworkIndex) => (of as unknown as { _search: Record<"_people" | "_posts", { engine: MiniSearch<unknown> }> })._search;
		// The order of terms follows the radix tree's history, as with MiniSearch's own loadJS.
		const serialised = (engine: MiniSearch<unknown>) => {
			const json = engine.toJSON();
			return { ...json, index: json.index.sort(([a], [b]) => (a < b ? -1 : 1)) };
		};
		for (const search of ["_people", "_posts"] as const) {
			expect(serialised(engines(result.index)[search].engine)).toEqual(serialised(engines(index)[search].engine));
			expect(engines(index)[search].engine.termCount).toBeGreaterThan(7);
		}
	});

	it("packs terms into numbers that unpack to the same postings, and refuses numbers it did not write", () => {
		const { index } = vaultOf(22, 150);
		const groups = [...index.packedTerms("posts", 30)];
		expect(groups.length).toBeGreaterThan(1);
		for (const group of groups) {
			expect(group.postings).toMatch(/^[#-B\]-|]+$/);
			expect(unpackTerms(group).map(([term]) => term)).toEqual(group.terms);
		}
		const first = groups[0] as PackedTerms;
		// One number fewer, one more, a digit from neither range, a number cut short.
		const numbers = textToNumbers(first.postings);
		expect(() => unpackTerms({ terms: first.terms, postings: numbersToText(numbers.slice(0, -1)) })).toThrow();
		expect(() => unpackTerms({ terms: first.terms, postings: numbersToText([...numbers, 1]) })).toThrow();
		expect(() => unpackTerms({ terms: first.terms, postings: `${first.postings.slice(0, -1)}"` })).toThrow();
		expect(() => unpackTerms({ terms: first.terms, postings: `${first.postings}]` })).toThrow();
		expect(() => unpackTerms({ terms: first.terms, postings: numbers as unknown as string })).toThrow();
	});

	it("writes each posting list's ids as steps, so a list in id order reads back in that order", () => {
		const { index } = vaultOf(22, 150);
		for (const search of ["people", "posts"] as const) {
			for (const group of index.packedTerms(search, 200)) {
				for (const [, data] of unpackTerms(group)) {
					for (const documents of data.values()) {
						const ids = [...documents.keys()];
						expect(ids).toEqual([...ids].sort((a, b) => a - b));
					}
				}
			}
		}
	});
});
