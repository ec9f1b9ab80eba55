import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { personInOrder, personWordFor } from "../../../src/core/match/person-words";
import { setNoteLanguage } from "../../../src/core/text/language-guess";
import { asciiSurfaceWordAt, surfaceWords, surfaceWordsOfRun, termRun } from "../../../src/core/text/terms";
import { buildIndex, person, post, recordsOf } from "../../builders/index-builder";

const index = buildIndex({
	"People/Anke Brandt.md": person({}, "Anke audits Druckluft systems. She writes about display chillers and one chiller."),
	...Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`People/P${i}.md`, person({}, `Person ${i} bakes bread number ${i}.`)])),
});
const anke = index.person("People/Anke Brandt.md");
const term = (word: string): string => termRun(word)[0] as string;

describe("personWordFor", () => {
	it("quotes the first word the person's note writes for a term, as surfaceWords gives it", () => {
		expect(anke).toBeDefined();
		if (anke === undefined) return;
		expect(personWordFor(anke, term("druckluft"))).toBe("druckluft");
		// "chillers" and "chiller" share a term: the first one written is quoted.
		expect(personWordFor(anke, term("chiller"))).toBe("chillers");
		expect(personWordFor(anke, term("kubernetes"))).toBeUndefined();
	});

	it("quotes an accented note's word with its accents, an ASCII note's in lower case", () => {
		const accented = buildIndex({ "People/Jürgen.md": person({}, "Jürgen prüft Verträge. Die Prüfung dauert.") });
		const jurgen = accented.person("People/Jürgen.md");
		expect(jurgen && personWordFor(jurgen, termRun("prüfung")[0] as string)).toBe("prüfung");
		if (anke === undefined) return;
		expect(personWordFor(anke, term("audits"))).toBe("audits");
		expect(personWordFor(anke, term("anke"))).toBe("anke");
	});

	it("gives the same answer after more people were read than it keeps", () => {
		if (anke === undefined) return;
		for (const other of index.allPeople()) personWordFor(other, term("bread"));
		expect(personWordFor(anke, term("chiller"))).toBe("chillers");
		expect(personWordFor(index.person("People/P79.md") ?? anke, term("bakes"))).toBe("bakes");
	});
});

describe("personWordFor, kept", () => {
	afterEach(() => setNoteLanguage("auto"));

	it("keeps a person's words while other notes change, and reads an edited person anew", () => {
		const vault = { "People/Mia.md": person({}, "Mia audits chillers."), "Posts/Cold.md": post({ title: "Cold" }, "Chillers.") };
		const own = buildIndex(vault);
		const mia = own.person("People/Mia.md");
		if (mia === undefined) throw new Error("no person");
		expect(personWordFor(mia, term("chiller"))).toBe("chillers");
		const revision = own.textRevision;
		for (const record of recordsOf({ "Posts/Cold.md": post({ title: "Cold" }, "Chillers and more chillers.") })) own.upsert(record);
		expect(own.textRevision).not.toBe(revision);
		expect(own.person("People/Mia.md")).toBe(mia);
		expect(personWordFor(mia, term("chiller"))).toBe("chillers");
		for (const record of recordsOf({ "People/Mia.md": person({}, "Mia services a chiller.") })) own.upsert(record);
		const edited = own.person("People/Mia.md");
		expect(edited).not.toBe(mia);
		expect(edited && personWordFor(edited, term("chiller"))).toBe("chiller");
	});

	it("reads a person anew under another language setting", () => {
		if (anke === undefined) return;
		// English stems "audits" to the term "audit"; read as German, no word of hers is "audit".
		expect(personWordFor(anke, "audit")).toBe("audits");
		setNoteLanguage("deu");
		expect(personWordFor(anke, "audit")).toBeUndefined();
		expect(personWordFor(anke, "audits")).toBe("audits");
		setNoteLanguage("auto");
		expect(personWordFor(anke, "audit")).toBe("audits");
	});
});

describe("asciiSurfaceWordAt", () => {
	it.each([
		["Pricing, churn; and HIRING. Don't stop", "breaks, capitals and an apostrophe"],
		["one two\n\nthree (four) [five]", "line breaks and brackets"],
		["", "no words"],
		["...", "breaks only"],
		["a-b c/d e|f", "a hyphen joins, a slash and a bar end a phrase"],
	])("gives surfaceWords at every position of %j (%s)", (text) => {
		const words = surfaceWords(text);
		for (let i = 0; i <= words.length; i++) expect(asciiSurfaceWordAt(text, i)).toBe(words[i]);
	});

	it("agrees with surfaceWords on any ASCII text", () => {
		const piece = fc.constantFrom("Pricing", "the", "don't", "k8s", "42", " ", ".", ",", "\n", "-", "'", "(", ")", "/", "|", "Team's", "a");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
				const text = pieces.join(" ");
				const words = surfaceWords(text);
				for (let i = 0; i <= words.length; i++) expect(asciiSurfaceWordAt(text, i)).toBe(words[i]);
			}),
			{ numRuns: 200 },
		);
	});
});

describe("surfaceWordsOfRun", () => {
	it.each([
		["Jürgen prüft die Verträge. Straße und Øresund", "accents, ß and ø"],
		["東京で会議がありました。Kubernetesの導入", "Japanese with kana voicing marks"],
		["ﬁnance ｶﾀｶﾅ and ＡＢＣ", "a ligature, half-width kana, full-width Latin"],
		["n̈ and e\u0301 composed, Привет мир", "marks with no composed form, Cyrillic"],
		["“Quoted” — l’équipe 🚀 café", "quotes, a dash, an emoji"],
		["ǅemal and ǈubljana", "title-case digraphs"],
	])("gives surfaceWords of %j (%s) from termRun's length", (text) => {
		expect(surfaceWordsOfRun(text, termRun(text).length)).toEqual(surfaceWords(text));
	});

	it("gives the folded words when the cased reading has another length than termRun", () => {
		expect(surfaceWordsOfRun("Jürgen prüft", 3)).toEqual(["jurgen", "pruft"]);
		expect(surfaceWordsOfRun("Jürgen prüft", 2)).toEqual(["jürgen", "prüft"]);
	});

	it("gives surfaceWords of any mix of scripts, marks and punctuation", () => {
		const piece = fc.constantFrom("Prüfung", "straße", "ﬁ", "ｶﾞ", "が", "東京", "Привет", "e\u0301", "n\u0308", "’", "“", "—", "🚀", "\ufe0f", " ", ".", "don't", "the", "die", "Ǆ", "ŉ", "\n", "42");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
				const text = pieces.join("");
				expect(surfaceWordsOfRun(text, termRun(text).length)).toEqual(surfaceWords(text));
			}),
			{ numRuns: 200 },
		);
	});
});

describe("personInOrder", () => {
	afterEach(() => setNoteLanguage("auto"));

	/** Whether `sequence` is a run of consecutive terms of termRun(text). */
	const reference = (text: string, sequence: readonly string[]): boolean => {
		const run = termRun(text);
		return run.some((_, start) => sequence.every((term, i) => run[start + i] === term));
	};
	const sequences = [["display", "chiller"], ["chiller", "one"], ["druckluft", "system"], ["audit", "druckluft", "system"], ["system", "write"], ["refriger"], ["refriger", "anke"], ["energi", "auditor", "anke"]].map((words) => words.map(term));

	it("says what termRun of the reading's text says, each reading of a person apart", () => {
		if (anke === undefined) return;
		const topics = ["refrigeration", anke.body].join(".\n");
		const withRole = ["energy auditor", anke.body].join(".\n");
		for (let round = 0; round < 2; round++) {
			for (const sequence of sequences) {
				expect(personInOrder(anke, "topics", () => topics)(sequence), `${sequence.join(" ")} in the topics reading`).toBe(reference(topics, sequence));
				expect(personInOrder(anke, "role", () => withRole)(sequence), `${sequence.join(" ")} in the role reading`).toBe(reference(withRole, sequence));
			}
		}
		expect(personInOrder(anke, "role", () => withRole)(sequences[7] as string[])).toBe(false);
		expect(personInOrder(anke, "role", () => withRole)(["energi", "auditor"].map(term))).toBe(true);
	});

	it("reads the text anew under another language setting", () => {
		if (anke === undefined) return;
		const text = anke.body;
		const ask = (sequence: string[]): boolean => personInOrder(anke, "body", () => text)(sequence);
		const english = [term("anke"), "audit"];
		expect(ask(english)).toBe(true);
		setNoteLanguage("deu");
		// Read as German, no word is stemmed.
		expect(ask(english)).toBe(false);
		expect(ask(["anke", "audits"])).toBe(true);
		setNoteLanguage("auto");
		expect(ask(english)).toBe(true);
	});

	it("reads an edited person anew", () => {
		const own = buildIndex({ "People/Mia.md": person({}, "Mia audits display chillers.") });
		const mia = own.person("People/Mia.md");
		if (mia === undefined) throw new Error("no person");
		const pair = ["display", "chiller"].map(term);
		expect(personInOrder(mia, "topics", () => mia.body)(pair)).toBe(true);
		for (const record of recordsOf({ "People/Mia.md": person({}, "Mia audits chillers on display.") })) own.upsert(record);
		const edited = own.person("People/Mia.md");
		expect(edited && personInOrder(edited, "topics", () => edited.body)(pair)).toBe(false);
	});
});
