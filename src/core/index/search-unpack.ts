/**
 * A search index read back from a snapshot's lines: its terms from the numbers
 * SearchParts.packedTerms wrote, and its documents from the meta MiniSearch's toJSON gives.
 * Both throw on what they did not write, so a damaged snapshot is refused, never half read.
 */
import { FieldPostings } from "./field-postings";
import { PostingList } from "./posting-list";
import type { Documents, PackedTerms, SearchMeta, TermData } from "./search-engine";

/** Terms read back from packedTerms' numbers; throws on numbers it did not write. */
export function unpackTerms({ terms, postings }: PackedTerms): Array<[string, TermData]> {
	const out: Array<[string, TermData]> = [];
	let at = 0;
	const next = (): number => {
		const value = postings[at++];
		if (!Number.isInteger(value)) throw new Error("damaged");
		return value as number;
	};
	for (const term of terms) {
		if (typeof term !== "string") throw new Error("damaged");
		const data: TermData = new FieldPostings();
		for (let fields = next(); fields > 0; fields--) {
			const fieldId = next();
			const pairs: number[] = [];
			for (let count = next(); count > 0; count--) pairs.push(next(), next());
			data.set(fieldId, PostingList.ofPairs(pairs));
		}
		out.push([term, data]);
	}
	if (at !== postings.length) throw new Error("damaged");
	return out;
}

/** What a snapshot's meta says about the documents; throws when it is not MiniSearch's format 2. */
export function documentsOf(meta: SearchMeta): Documents {
	if (meta.serializationVersion !== 2) throw new Error("damaged");
	const numeric = <V>(object: Record<string, V>): Map<number, V> => new Map(Object.entries(object).map(([key, value]) => [Number(key), value]));
	return {
		documentCount: meta.documentCount,
		nextId: meta.nextId,
		documentIds: numeric(meta.documentIds as Record<string, string>),
		fieldLength: numeric(meta.fieldLength),
		averageFieldLength: meta.averageFieldLength,
		dirtCount: meta.dirtCount ?? 0,
	};
}
