/**
 * A long person note as the separate documents it often is: a profile, then what they wrote
 * or read, one piece after another. Related words (feedback.ts) are read from the part that
 * is most like the note, so one closest person's other subjects do not flood its query.
 */
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

/** A query's positive terms as bestPart reads them: hashes and weights in the query's order, and that order sorted by hash. */
interface QueryHashes {
	size: number;
	hashes: Uint32Array;
	values: Float64Array;
	byHash: Uint32Array;
}

/** Per query (its weights are never changed once built): feedback reads three people's parts against the same one. */
const queryHashes = new WeakMap<ReadonlyMap<string, number>, QueryHashes>();

function hashesOfQuery(weights: ReadonlyMap<string, number>): QueryHashes {
	const known = queryHashes.get(weights);
	if (known !== undefined && known.size === weights.size) return known;
	const hashes: number[] = [];
	const values: number[] = [];
	for (const [term, weight] of weights) {
		if (weight <= 0) continue;
		hashes.push(phraseHash(term));
		values.push(weight);
	}
	const byHash = Uint32Array.from(hashes.keys()).sort((a, b) => (hashes[a] as number) - (hashes[b] as number));
	const made = { size: weights.size, hashes: Uint32Array.from(hashes), values: Float64Array.from(values), byHash };
	queryHashes.set(weights, made);
	return made;
}

/**
 * The part (its termHashes) whose terms weigh most in a query, each once (the first of
 * equals), or -1 when no part says a term of it. A part's terms and the query's are both
 * walked in hash order, once each; the weights found are then added in the query's order,
 * as a term-by-term lookup would add them.
 */
export function bestPart(parts: readonly Uint32Array[], weights: ReadonlyMap<string, number>): number {
	const { hashes, values, byHash } = hashesOfQuery(weights);
	const found = new Uint8Array(hashes.length);
	let best = -1;
	let bestWeight = 0;
	parts.forEach((part, i) => {
		found.fill(0);
		let at = 0;
		for (let k = 0; k < byHash.length && at < part.length; k++) {
			const position = byHash[k] as number;
			const hash = hashes[position] as number;
			while (at < part.length && (part[at] as number) < hash) at++;
			if (part[at] === hash) found[position] = 1;
		}
		let weight = 0;
		for (let t = 0; t < hashes.length; t++) if (found[t] === 1) weight += values[t] as number;
		if (weight > bestWeight) {
			bestWeight = weight;
			best = i;
		}
	});
	return best;
}
