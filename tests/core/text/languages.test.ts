import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { unspacedWords, type WordSegmenter } from "../../../src/core/text/cjk";
import { foldCase } from "../../../src/core/text/fold";
import { guessLanguage, scriptCounts, setNoteLanguage } from "../../../src/core/text/language-guess";
import { phraseTerms, topicKey } from "../../../src/core/text/phrases";
import { stopWordsOf } from "../../../src/core/text/stop-lists";
import { surfaceWords, termRun } from "../../../src/core/text/terms";

const terms = (text: string, setting?: Parameters<typeof termRun>[1]): string[] => termRun(text, setting).filter((t): t is string => t !== null);

afterEach(() => setNoteLanguage("auto"));

describe("guessLanguage", () => {
	it.each([
		["The customers asked about the price of the new plan, and we said it would not change this year.", "eng"],
		["Die Kunden haben nach dem Preis gefragt, und wir haben gesagt, dass er sich in diesem Jahr nicht ändert.", "deu"],
		["Les clients ont demandé le prix du nouveau plan, et nous avons dit qu'il ne changerait pas cette année.", "fra"],
		["Los clientes preguntaron por el precio del plan, y les dijimos que no cambiaría este año.", "spa"],
		["I clienti hanno chiesto il prezzo del nuovo piano e abbiamo detto che non cambierà quest'anno.", "ita"],
		["De klanten vroegen naar de prijs van het nieuwe plan, en we zeiden dat die dit jaar niet verandert.", "nld"],
		["Kunderna frågade om priset på den nya planen, och vi sa att det inte ändras i år.", "swe"],
		["Клиенты спросили о цене нового плана, и мы сказали, что она не изменится в этом году.", "rus"],
		["東京で会議がありました。価格について話しました。", "jpn"],
		["我们在北京开会讨论价格策略。", "zho"],
		// Too little to tell: English.
		["Preisgestaltung", "eng"],
		["Maria de la Cruz", "eng"],
		["", "eng"],
		// English with a few words that are stop words elsewhere too ("a", "in", "so", "also").
		["So we met in a cafe in Berlin, also to talk about a plan.", "eng"],
	])("%s → %s", (text, language) => {
		expect(guessLanguage(text)).toBe(language);
	});

	it("reads a folded text as its original", () => {
		const text = "Die Verträge für die Kunden sind über das Jahr nicht günstiger geworden.";
		expect(guessLanguage(foldCase(text))).toBe(guessLanguage(text));
	});
});

describe("stop words by language", () => {
	it.each([
		["eng", "the", "pricing"],
		["deu", "und", "preise"],
		["fra", "avec", "prix"],
		["spa", "los", "precio"],
		["rus", "что", "цена"],
		["jpn", "これ", "会議"],
		["zho", "的", "价格"],
	] as const)("%s drops %s, keeps %s", (language, stop, content) => {
		expect(stopWordsOf(language).has(foldCase(stop))).toBe(true);
		expect(stopWordsOf(language).has(foldCase(content))).toBe(false);
	});

	it("folds the lists as words are folded (für → fur, être → etre)", () => {
		expect(terms("für über", "deu")).toEqual([]);
		expect(terms("être avec", "fra")).toEqual([]);
	});

	it("drops the stop words of the text's language only", () => {
		// "die" is a German article but an English verb.
		expect(terms("Die Preise und die Kunden sind das Thema", "deu")).toEqual(["preise", "kunden", "thema"]);
		expect(terms("Die Preise und die Kunden sind das Thema", "eng")).toContain("die");
	});
});

describe("no English stemming for other languages", () => {
	it.each([
		["Die Verträge der Kunden wurden gekündigt, weil die Preise stiegen und die Lieferungen ausblieben.", ["vertrage", "kunden", "gekundigt", "preise", "stiegen", "lieferungen", "ausblieben"]],
		["Les clients de l'équipe ne veulent pas payer les prix annoncés.", ["clients", "equipe", "veulent", "payer", "prix", "annonces"]],
	])("%s", (text, expected) => {
		expect(terms(text)).toEqual(expected);
	});

	it("stems English as before", () => {
		expect(terms("The pricing of usage-based plans")).toEqual(["price", "usag", "base", "plan"]);
	});

	it("reads ASCII words in a Japanese, Chinese or Russian note as English", () => {
		expect(terms("Kubernetesの導入は難しい")).toEqual(["kubernet", "導入", "難しい"]);
		expect(terms("Kubernetes clusters")).toEqual(["kubernet", "cluster"]);
	});

	it("a fixed language reads every text in it", () => {
		expect(terms("Preise", "deu")).toEqual(["preise"]);
		expect(terms("Preise", "eng")).toEqual(["preis"]);
		setNoteLanguage("deu");
		expect(terms("Preise")).toEqual(["preise"]);
		expect(phraseTerms("Verträge und Preise")).toEqual(["vertrage", "preise"]);
		expect(topicKey("Verträge")).toBe("vertrage");
		setNoteLanguage("auto");
		expect(phraseTerms("Verträge und Preise")).toEqual(["vertrag", "und", "preis"]);
	});
});

describe("Chinese and Japanese words", () => {
	it("splits Japanese into words, keeping words with a voicing mark whole", () => {
		const words = surfaceWords("東京で会議がありました");
		expect(words).toEqual(expect.arrayContaining(["東京", "会議"]));
		expect(terms("東京で会議がありました")).toEqual(expect.arrayContaining(["東京", "会議"]));
		// が, ぎ, ぶ, ど decompose into a kana and U+3099 and must come back whole.
		expect(terms("議論がぎりぎりまで続いた")).toEqual(expect.arrayContaining(["議論"]));
		for (const word of surfaceWords("ぎりぎり どうぶつ ガバナンス")) expect(word).not.toMatch(/\u3099|\u309a/);
		expect(surfaceWords("ガバナンス")).toEqual(["ガバナンス"]);
		expect(surfaceWords("ｶﾞﾊﾞﾅﾝｽ")).toEqual(["ガバナンス"]);
	});

	it("splits Chinese into words", () => {
		expect(terms("我们在北京开会讨论价格策略")).toEqual(expect.arrayContaining(["北京", "价格", "策略"]));
	});

	it("breaks phrases at the CJK full stop and comma", () => {
		expect(termRun("東京。会議")).toEqual(["東京", null, "会議"]);
		expect(termRun("東京、会議")).toEqual(["東京", null, "会議"]);
	});

	it("keeps surface words in the positions of the terms", () => {
		for (const text of ["東京で会議がありました。Kubernetesの導入", "Die Preise, und die Kunden.", "The price of plans"]) {
			expect(surfaceWords(text)).toHaveLength(termRun(text).length);
		}
	});

	it("without Intl.Segmenter falls back to pairs of characters", () => {
		expect(unspacedWords("東京で会議", null)).toEqual(["東京", "京で", "で会", "会議"]);
		expect(unspacedWords("kubernetesの導入", null)).toEqual(["kubernetes", "の導", "導入"]);
		expect(unspacedWords("株", null)).toEqual(["株"]);
	});

	it("joins katakana the segmenter cut into pieces", () => {
		const segmenter: WordSegmenter = { segment: () => ["サブ", "スク", "の", "価格"].map((segment) => ({ segment, isWordLike: true })) };
		expect(unspacedWords("サブスクの価格", segmenter)).toEqual(["サブスク", "の", "価格"]);
		expect(terms("サブスクリプションの価格")).toEqual(["サブスクリプション", "価格"]);
	});

	it("surface words keep accents when they read the same words", () => {
		expect(surfaceWords("Die Prüfung der Lieferanten")).toEqual(["die", "prüfung", "der", "lieferanten"]);
		expect(surfaceWords("ﬁle café")).toEqual(["file", "café"]);
	});

	it("takes only the word-like segments of a segmenter", () => {
		const segmenter: WordSegmenter = { segment: () => [{ segment: "東京", isWordLike: true }, { segment: "・", isWordLike: false }] };
		expect(unspacedWords("東京・", segmenter)).toEqual(["東京"]);
	});
});

describe("index and query agree", () => {
	it.each(["Die Preise für die Kunden sind nicht das Problem.", "東京で会議がありました。", "The pricing of usage-based plans", "Les prix de l'équipe", "Mixed: die Preise and the prices"])("%s reads the same however it is asked for", (text) => {
		expect(termRun(text)).toEqual(termRun(text, guessLanguage(text)));
		expect(termRun(text)).toEqual(termRun(text));
	});

	it("a long English ASCII text reads as English even past the sample", () => {
		const text = `${"We talked about pricing with the team. ".repeat(200)}Die Preise und die Kunden und die Verträge.`;
		expect(guessLanguage(text)).toBe("eng");
		expect(termRun(text)).toEqual(termRun(text, "eng"));
	});

	it("a German ASCII text is guessed by termRun's fast reading as guessLanguage guesses it", () => {
		const text = "Die Kunden wollen mehr, aber die Preise sind nicht das Problem, sagt er, und das ist auch so.";
		expect(guessLanguage(text)).toBe("deu");
		expect(termRun(text)).toEqual(termRun(text, "deu"));
	});
});

describe("scriptCounts", () => {
	const matches = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
	/** Each script's matches counted with a global regex: what scriptCounts must give. */
	const reference = (text: string) => ({
		latin: matches(text, /\p{Script=Latin}/gu),
		kana: matches(text, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu),
		han: matches(text, /\p{Script=Han}/gu),
		cyrillic: matches(text, /\p{Script=Cyrillic}/gu),
	});

	it.each([
		["plain ASCII words 123", "ASCII"],
		["Straße café ªº ǅ", "Latin beyond ASCII"],
		["東京で会議がありました", "kana and Han"],
		["𠀀𠀁 𝐀", "Han and a letter outside the basic plane"],
		["Привет мир", "Cyrillic"],
		["\ud840 lone \udc00 surrogates", "lone surrogates"],
		["ｶﾀｶﾅ ＡＢＣ", "half-width kana, full-width Latin"],
	])("%s (%s)", (text) => {
		expect(scriptCounts(text)).toEqual(reference(text));
	});

	it("counts any text as the regexes do", () => {
		const unit = fc.constantFrom("a", "Z", "é", "ß", "東", "で", "カ", "ｶ", "П", "ж", "𠀀", "𝐀", "\ud840", "\udc00", " ", "1", "—", "Σ", "Ａ");
		fc.assert(
			fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
				const text = units.join("");
				expect(scriptCounts(text)).toEqual(reference(text));
			}),
			{ numRuns: 200 },
		);
	});
});
