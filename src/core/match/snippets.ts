/**
 * The sentence of a note a reason comes from, so a reader can see the words in place. Only
 * the shown results ask, and a note's sentences are read once per query.
 */
import { splitSentences } from "../text/sentences";
import { foldCase } from "../text/terms";

/** A reason in words, and the sentence of this note it cites (null when it cites none: a property, a sent post). */
export interface Reason {
	reason: string;
	snippet: string | null;
}

/** A snippet longer than this is cut around the words it shows. */
const MAX_SNIPPET = 200;

interface Sentence {
	text: string;
	/** Folded, with every run of non-word characters one space, padded: ` usage based pricing `. */
	key: string;
}

const sentencesOf = new WeakMap<object, Sentence[]>();

/** Words as sentences are compared: folded, punctuation and markup gone. */
export function wordKey(text: string): string {
	return ` ${foldCase(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}

function sentences(owner: object, prose: string): Sentence[] {
	let found = sentencesOf.get(owner);
	if (found === undefined) {
		found = [];
		for (const line of prose.split("\n")) {
			if (line.trim() === "") continue;
			for (const text of splitSentences(line)) {
				const trimmed = text.replace(/\s+/g, " ").trim();
				if (trimmed !== "") found.push({ text: trimmed, key: wordKey(trimmed) });
			}
		}
		sentencesOf.set(owner, found);
	}
	return found;
}

/** Cut to MAX_SNIPPET characters around where `words` first stands in it. */
function around(text: string, words: string): string {
	if (text.length <= MAX_SNIPPET) return text;
	const at = Math.max(0, foldCase(text).indexOf(words.trim().split(" ")[0] ?? ""));
	const start = Math.max(0, Math.min(at - 60, text.length - MAX_SNIPPET));
	const cut = text.slice(start, start + MAX_SNIPPET).trim();
	return `${start > 0 ? "…" : ""}${cut}${start + MAX_SNIPPET < text.length ? "…" : ""}`;
}

/**
 * The first sentence of `prose` (the query note's visible text, `owner` its query) that says
 * all of `words` together, or null.
 */
export function snippetFor(owner: object, prose: string, words: string): string | null {
	const key = wordKey(words);
	if (key.trim() === "") return null;
	// Chinese and Japanese put no spaces between words: there a word is any run that holds it.
	const unspaced = UNSPACED_SCRIPT.test(key);
	const wanted = unspaced ? key.replace(/ /g, "") : key;
	for (const sentence of sentences(owner, prose)) {
		if ((unspaced ? sentence.key.replace(/ /g, "") : sentence.key).includes(wanted)) return around(sentence.text, key);
	}
	return null;
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Line `line` of `prose`, as a snippet (cut to MAX_SNIPPET), or null when it shows no words. */
export function lineSnippet(prose: string, line: number): string | null {
	let start = 0;
	for (let i = 0; i < line; i++) {
		start = prose.indexOf("\n", start) + 1;
		if (start === 0) return null;
	}
	const end = prose.indexOf("\n", start);
	const text = prose.slice(start, end < 0 ? prose.length : end).replace(/\s+/g, " ").trim();
	if (text === "") return null;
	return text.length <= MAX_SNIPPET ? text : `${text.slice(0, MAX_SNIPPET - 1)}…`;
}
