/**
 * A long person note as the separate documents it often is: a profile, then what they wrote
 * or read, one piece after another. Related words (feedback.ts) are read from the part that
 * is most like the note, so one closest person's other subjects do not flood its query.
 */

/** A part holds at least this many words: paragraphs are joined until it does. */
export const PART_WORDS = 150;

/** How many people's parts are kept analysed at once (a query reads three). */
const KEPT_PEOPLE = 64;

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

/**
 * The part whose distinct terms weigh most in a query (the first of equals), or -1 when no
 * part says a term of it.
 */
export function bestPart(parts: ReadonlyArray<ReadonlyMap<string, number>>, weights: ReadonlyMap<string, number>): number {
	let best = -1;
	let bestWeight = 0;
	for (let i = 0; i < parts.length; i++) {
		let weight = 0;
		for (const term of (parts[i] as ReadonlyMap<string, number>).keys()) weight += Math.max(0, weights.get(term) ?? 0);
		if (weight > bestWeight) {
			bestWeight = weight;
			best = i;
		}
	}
	return best;
}

/**
 * A small cache by key (an object, so two indexes never share an entry), the least recently
 * used dropped first, for values tied to one revision of an index.
 */
export class RecentByKey<K extends object, V> {
	private readonly _entries = new Map<K, { revision: number; value: V }>();

	constructor(private readonly _size: number = KEPT_PEOPLE) {}

	get(key: K, revision: number, make: () => V): V {
		const found = this._entries.get(key);
		this._entries.delete(key);
		const value = found !== undefined && found.revision === revision ? found.value : make();
		this._entries.set(key, { revision, value });
		if (this._entries.size > this._size) {
			const oldest = this._entries.keys().next();
			if (oldest.done !== true) this._entries.delete(oldest.value);
		}
		return value;
	}
}
