/**
 * Boilerplate learned from the vault: sentences that recur in many notes (a template's
 * prompts, a footer, a navigation line) say nothing about any one note, and nor does a
 * sentence of one of the vault's templates. Each person and post
 * adds its sentences' hashes once; a sentence in at least `threshold()` notes is boilerplate,
 * and a query reads a note without it. Counts follow every upsert and removal, so the
 * threshold and the sentences it picks are always those of the vault as it is now.
 */
import { CodePointTable } from "../text/code-points";
import { splitSentences } from "../text/sentences";
import { NumberCounts } from "./number-counts";
import { PathCounts } from "./path-counts";

/** A sentence shared by this many notes is boilerplate even in a small vault. */
const MIN_NOTES = 4;
/** ...and in a large vault, when this share of the notes has it. */
const SHARE = 0.01;
/** Sentences of fewer words are not counted: "Log", "Notes" are headings, not boilerplate. */
const MIN_WORDS = 2;


const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
const ZERO = 0x30;

/** Whether a code unit is white space as `\s` and trim() read it. */
function isSpace(code: number): boolean {
	if (code < 0x80) return code === SPACE || (code >= 0x09 && code <= 0x0d);
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** 1 a letter or number, 2 not. */
const lettersOrNumbers = new CodePointTable((char) => (LETTER_OR_NUMBER.test(char) ? 1 : 2));

function isLetterOrNumber(text: string, at: number, code: number): boolean {
	if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
	return lettersOrNumbers.at(text, at) === 1;
}

/**
 * A sentence's hash as compared (lower case, each run of digits one "0" since a footer's
 * date changes, spaces collapsed, trimmed: FNV-1a of that text), or null for a sentence of
 * fewer than MIN_WORDS words (words with a letter or number). One pass over the sentence:
 * this runs for every sentence of every person and post at each build.
 */
export function sentenceHash(sentence: string): number | null {
	const text = sentence.toLowerCase();
	let hash = FNV_OFFSET;
	let started = false;
	let space = false;
	let digits = false;
	let wordHasLetter = false;
	let words = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isSpace(code)) {
			space = started;
			digits = false;
			if (wordHasLetter) words++;
			wordHasLetter = false;
			continue;
		}
		if (space) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
		space = false;
		started = true;
		if (code >= 0x30 && code <= 0x39) {
			wordHasLetter = true;
			if (!digits) hash = Math.imul(hash ^ ZERO, FNV_PRIME);
			digits = true;
			continue;
		}
		digits = false;
		hash = Math.imul(hash ^ code, FNV_PRIME);
		if (!wordHasLetter && isLetterOrNumber(text, i, code)) wordHasLetter = true;
	}
	if (wordHasLetter) words++;
	return words >= MIN_WORDS ? hash >>> 0 : null;
}

/** A line's sentences, each with its hash, or null for one too short to count. */
function sentencesOf(line: string): Array<{ text: string; hash: number | null }> {
	return splitSentences(line).map((text) => ({ text, hash: sentenceHash(text) }));
}

/** A long text's sentence hashes worked out ahead (prepareSentences), taken by the next sentenceHashes of it. */
let prepared: { text: string; hashes: Uint32Array } | null = null;

/** Works out sentenceHashes(text) now, for the next call to take (see prepareForIndex in text/phrases.ts). */
export function prepareSentences(text: string): void {
	prepared = { text, hashes: hashesOf(text) };
}

/** The distinct sentence hashes of a text (a line break ends a sentence too). */
export function sentenceHashes(text: string): Uint32Array {
	const ready = prepared;
	if (ready !== null && ready.text === text) {
		prepared = null;
		return ready.hashes;
	}
	return hashesOf(text);
}

function hashesOf(text: string): Uint32Array {
	const hashes = new Set<number>();
	for (const line of text.split("\n")) {
		if (line.trim() === "") continue;
		for (const { hash } of sentencesOf(line)) if (hash !== null) hashes.add(hash);
	}
	return Uint32Array.from(hashes);
}

export class BoilerplateTable {
	private readonly _counts = new PathCounts<number>(new NumberCounts());
	/** Sentences of the vault's templates: boilerplate however few notes were made from them yet. */
	private _templates = new Set<number>();

	/** The visible text of each template (Templates and Templater folders), in place of those set before. */
	setTemplates(texts: readonly string[]): void {
		this._templates = new Set(texts.flatMap((text) => [...sentenceHashes(text)]));
	}

	/** Counts a note's sentences (its visible text), in place of what it had. */
	add(path: string, prose: string): void {
		this._counts.setDistinct(path, sentenceHashes(prose));
	}

	/** Counts sentence hashes a snapshot kept of a note (see countedHashes), in place of what it had. */
	restore(path: string, hashes: Uint32Array): void {
		this._counts.setDistinct(path, hashes);
	}

	/** The sentence hashes counted for a note, for a snapshot to keep (working them out again is most of a restore). */
	countedHashes(path: string): ArrayLike<number> | undefined {
		return this._counts.keysOf(path);
	}

	remove(path: string): void {
		this._counts.remove(path);
	}

	/** How many notes must share a sentence for it to be boilerplate. */
	threshold(): number {
		return Math.max(MIN_NOTES, Math.ceil(SHARE * this._counts.notes));
	}

	/** True when the sentence recurs in enough notes to be boilerplate. */
	isBoilerplate(sentence: string): boolean {
		const hash = sentenceHash(sentence);
		return hash !== null && this._recurs(hash, this.threshold());
	}

	private _recurs(hash: number, threshold: number): boolean {
		return this._templates.has(hash) || this._counts.count(hash) >= threshold;
	}

	/** The text without its boilerplate sentences; lines stay lines, so line numbers still hold. */
	strip(text: string): string {
		if (this._counts.notes === 0 && this._templates.size === 0) return text;
		const threshold = this.threshold();
		return text
			.split("\n")
			.map((line) => {
				if (line.trim() === "") return line;
				const kept = sentencesOf(line).filter(({ hash }) => hash === null || !this._recurs(hash, threshold));
				return kept.map(({ text }) => text).join(" ");
			})
			.join("\n");
	}
}
