import MiniSearch from "minisearch";
import { bm25Rarity } from "./frequency";
import { PostingList } from "./posting-list";
import { FoundHit, MatchLog } from "./search-hit";

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
		// Each field's id, boost, length and average once, not once per term: this runs for
		// every term of a post's query against each person it is paired with (posts-for).
		const fieldIds = fields.map((field) => e._fieldIds[field] as number);
		const boosts = fields.map((field) => boost[field] || 1);
		const fieldLengths = fieldIds.map((fieldId) => lengths?.[fieldId] ?? 0);
		const averages = fieldIds.map((fieldId) => e._avgFieldLength[fieldId] ?? 0);
		let score = 0;
		let matched = 0;
		const match: Record<string, string[]> = {};
		for (const [term, weight] of weights) {
			const data = postings(term);
			if (data === undefined) continue;
			let termScore = 0;
			let found: string[] | null = null;
			for (let f = 0; f < fields.length; f++) {
				const documents = data.get(fieldIds[f] as number);
				const frequency = documents?.get(shortId);
				if (documents === undefined || frequency === undefined) continue;
				const raw = bm25Plus(frequency, bm25Rarity(e._documentCount, documents.size), fieldLengths[f] as number, averages[f] as number, bm25);
				termScore += weight * (boosts[f] as number) * raw;
				(found ??= []).push(fields[f] as string);
			}
			if (found === null) continue;
			score += termScore;
			matched++;
			match[term] = found;
		}
		return matched === 0 ? null : { score: score * matched, match };
	}

	/**
	 * MiniSearch's OR search of `weights` (each term boosted by its weight), scored to the
	 * last bit as MiniSearch scores it: each term's fields summed in field order, the terms in
	 * query order, times the number of terms matched. Sums go into arrays by short id instead
	 * of a result object per term and document merged term by term, which is where
	 * MiniSearch's own search spends its time on queries of common words. Null when MiniSearch
	 * must answer itself: a term it would split or drop, or a posting of a document no longer
	 * in the index (its own search repairs those as it goes).
	 */
	static search<U>(
		e: DocumentScore<U>,
		weights: ReadonlyMap<string, number>,
		boost: Readonly<Record<string, number>>,
		bm25: { k: number; b: number; d: number },
	): FoundHit[] | null {
		const fields = e._options.fields;
		const size = e._nextId;
		const total = new Float64Array(size);
		const matched = new Uint32Array(size);
		const termScore = new Float64Array(size);
		const seenFor = new Int32Array(size);
		// Each document's latest link in the log, and its link for the term being read.
		const head = new Int32Array(size).fill(-1);
		const current = new Int32Array(size);
		const terms: string[] = [];
		const log = new MatchLog(terms, fields);
		const found: number[] = [];
		let termNumber = 0;
		for (const [term, weight] of weights) {
			if (term === "" || term.includes(" ")) return null;
			terms.push(term);
			termNumber++;
			const data = e._index.get(term);
			if (data === undefined) continue;
			const touched: number[] = [];
			for (let f = 0; f < fields.length; f++) {
				const field = fields[f] as string;
				const fieldId = e._fieldIds[field] as number;
				const documents = data.get(fieldId);
				if (documents === undefined) continue;
				const fieldWeight = weight * (boost[field] || 1);
				const rarity = bm25Rarity(e._documentCount, documents.size);
				const average = e._avgFieldLength[fieldId] as number;
				const pairs = documents instanceof PostingList ? documents.pairs : [...documents].flat();
				const bit = 1 << f;
				for (let p = 0; p < pairs.length; p += 2) {
					const shortId = pairs[p] as number;
					const frequency = pairs[p + 1] as number;
					// A document's lengths go when it does (remove, discard): none is a dead posting.
					const lengths = e._fieldLength.get(shortId);
					if (lengths === undefined) return null;
					const length = lengths[fieldId] as number;
					const raw = bm25Plus(frequency, rarity, length, average, bm25);
					if (seenFor[shortId] !== termNumber) {
						seenFor[shortId] = termNumber;
						termScore[shortId] = fieldWeight * raw;
						touched.push(shortId);
						const at = log.link(termNumber - 1, bit, head[shortId] as number);
						head[shortId] = at;
						current[shortId] = at;
					} else {
						termScore[shortId] = (termScore[shortId] as number) + fieldWeight * raw;
						log.addField(current[shortId] as number, bit);
					}
				}
			}
			for (const shortId of touched) {
				if (matched[shortId] === 0) {
					total[shortId] = termScore[shortId] as number;
					found.push(shortId);
				} else total[shortId] = (total[shortId] as number) + (termScore[shortId] as number);
				matched[shortId] = (matched[shortId] as number) + 1;
			}
		}
		return found.map(
			(shortId) => new FoundHit(e._documentIds.get(shortId) as string, (total[shortId] as number) * (matched[shortId] as number), matched[shortId] as number, log, head[shortId] as number),
		);
	}
}

/** MiniSearch's calcBM25Score, with the term's rarity (bm25Rarity) worked out by the caller once per field. */
function bm25Plus(frequency: number, rarity: number, length: number, average: number, { k, b, d }: { k: number; b: number; d: number }): number {
	return rarity * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
}
