/**
 * A long person note as the separate documents it often is: a profile, then what they wrote
 * or read, one piece after another. Related words (feedback.ts) are read from the part that
 * is most like the note, so one closest person's other subjects do not flood its query.
 */
import { hasHash } from "../index/phrase-index";
import { phraseHash } from "../text/phrases";

/** A part holds at least this many words: paragraphs are joined until it does. */
export const PART_WORDS = 150;

function wordCount(text: string): number {
	let count = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000;
		if (!space && !inWord) count++;
		inWord = !space;
	}
	return count;
}

/**
 * A text's parts: its paragraphs (split at blank lines) in order, each joined to the next
 * until it holds PART_WORDS words; the last may hold fewer. A short note is one part, the
 * text itself.
 */
export function textParts(text: string): string[] {
	if (wordCount(text) < 2 * PART_WORDS) return [text];
	const parts: string[] = [];
	let words = 0;
	for (const paragraph of text.split(/\n[ \t]*\n/)) {
		const last = parts.length - 1;
		if (last >= 0 && words < PART_WORDS) {
			parts[last] += `\n\n${paragraph}`;
			words += wordCount(paragraph);
		} else {
			parts.push(paragraph);
			words = wordCount(paragraph);
		}
	}
	return parts;
}

/** A part's distinct terms as sorted hashes (phraseHash): kept for every long note read, so small. */
export function termHashes(terms: Iterable<string>): Uint32Array {
	const hashes = Uint32Array.from(new Set(terms), phraseHash).sort();
	let distinct = 0;
	for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i] as number;
	return hashes.slice(0, distinct);
}

/**
 * The part (its termHashes) whose terms weigh most in a query, each once (the first of
 * equals), or -1 when no part says a term of it.
 */
export function bestPart(parts: readonly Uint32Array[], weights: ReadonlyMap<string, number>): number {
	const hashes: number[] = [];
	const values: number[] = [];
	for (const [term, weight] of weights) {
		if (weight <= 0) continue;
		hashes.push(phraseHash(term));
		values.push(weight);
	}
	let best = -1;
	let bestWeight = 0;
	parts.forEach((part, i) => {
		let weight = 0;
		for (let t = 0; t < hashes.length; t++) if (hasHash(part, hashes[t] as number)) weight += values[t] as number;
		if (weight > bestWeight) {
			bestWeight = weight;
			best = i;
		}
	});
	return best;
}
