/**
 * Stop words by language: the project's own short English list (tuned against the labeled
 * set), and the `stopword` package's lists for the other languages. Only these languages
 * are imported: the package's full set is 216 KB and would all land in the plugin.
 */
import { dan, deu, fin, fra, ita, jpn, nld, nob, pol, por, rus, spa, swe, zho } from "stopword";
import { LANGUAGES, type Language } from "../model/languages";
import { foldCase } from "./fold";
import { STOPWORDS } from "./stopwords";

const LISTS: Readonly<Record<Language, readonly string[]>> = {
	eng: [],
	deu,
	fra,
	spa,
	ita,
	por,
	nld,
	swe,
	dan,
	nob,
	fin,
	pol,
	rus,
	jpn,
	zho,
};

let sets: Map<Language, ReadonlySet<string>> | undefined;
let languagesOfWord: Map<string, number> | undefined;

/**
 * The lists folded as words of notes are ("für" → "fur"), built on first use: folding some
 * 3,000 words is work an English vault with plain ASCII text may never need.
 */
function allSets(): Map<Language, ReadonlySet<string>> {
	if (sets === undefined) {
		sets = new Map<Language, ReadonlySet<string>>([["eng", STOPWORDS]]);
		for (const language of LANGUAGES) {
			if (language !== "eng") sets.set(language, new Set(LISTS[language].map((word) => foldCase(word.replace(/[,\s]+$/, "")))));
		}
	}
	return sets;
}

/** The folded stop words of a language. */
export function stopWordsOf(language: Language): ReadonlySet<string> {
	return allSets().get(language) ?? STOPWORDS;
}

/** Bit of a language in the masks of languagesOf. */
export function languageBit(language: Language): number {
	return 1 << LANGUAGES.indexOf(language);
}

/** The languages (as bits, see languageBit) whose stop words include a folded word; 0 for none. */
export function languagesOf(word: string): number {
	if (languagesOfWord === undefined) {
		languagesOfWord = new Map<string, number>();
		for (const [language, words] of allSets()) {
			const bit = languageBit(language);
			for (const w of words) languagesOfWord.set(w, (languagesOfWord.get(w) ?? 0) | bit);
		}
	}
	return languagesOfWord.get(word) ?? 0;
}
