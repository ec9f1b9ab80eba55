import MiniSearch from "minisearch";

/**
 * What MiniSearch's search would score one document, without searching every document:
 * for one person against one note's query (a post's query read from the person's side,
 * posts-for). The same BM25+ sums in the same order as MiniSearch's OR search (each query
 * term's fields in the index's field order, terms in query order, then times the number
 * of terms matched), so the two agree to rounding; a test compares them over whole indexes.
 * Uses the fields MiniSearch makes available to subclasses, as SearchParts does.
 */
export class DocumentScore<T> extends MiniSearch<T> {
	/** A term's postings, as score reads them (the index's tree walked once). */
	static postings<U>(e: DocumentScore<U>, term: string): ReadonlyMap<number, ReadonlyMap<number, number>> | undefined {
		return e._index.get(term);
	}

	static score<U>(
		e: DocumentScore<U>,
		id: string,
		weights: ReadonlyMap<string, number>,
		boost: Readonly<Record<string, number>>,
		bm25: { k: number; b: number; d: number },
		postings: (term: string) => ReadonlyMap<number, ReadonlyMap<number, number>> | undefined = (term) => e._index.get(term),
	): { score: number; match: Record<string, string[]> } | null {
		const shortId = e._idToShortId.get(id);
		if (shortId === undefined) return null;
		const lengths = e._fieldLength.get(shortId);
		const fields = e._options.fields;
		let score = 0;
		let matched = 0;
		const match: Record<string, string[]> = {};
		for (const [term, weight] of weights) {
			const data = postings(term);
			if (data === undefined) continue;
			let termScore = 0;
			let found: string[] | null = null;
			for (const field of fields) {
				const fieldId = e._fieldIds[field] as number;
				const documents = data.get(fieldId);
				const frequency = documents?.get(shortId);
				if (documents === undefined || frequency === undefined) continue;
				const fieldBoost = boost[field] || 1;
				const raw = bm25Plus(frequency, documents.size, e._documentCount, lengths?.[fieldId] ?? 0, e._avgFieldLength[fieldId] ?? 0, bm25);
				termScore += weight * fieldBoost * raw;
				(found ??= []).push(field);
			}
			if (found === null) continue;
			score += termScore;
			matched++;
			match[term] = found;
		}
		return matched === 0 ? null : { score: score * matched, match };
	}
}

/** MiniSearch's calcBM25Score. */
function bm25Plus(frequency: number, matching: number, total: number, length: number, average: number, { k, b, d }: { k: number; b: number; d: number }): number {
	const rarity = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
	return rarity * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
}
