/**
 * A search index read back from a snapshot's lines: its terms from the numbers
 * SearchParts.packedTerms wrote, and its documents from the meta MiniSearch's toJSON gives.
 * Both throw on what they did not write, so a damaged snapshot is refused, never half read.
 */
import { FieldPostings } from "./field-postings";
import { PostingList } from "./posting-list";
import { idAfter, NumberReader } from "./number-text";
import type { Documents, PackedTerms, SearchMeta, TermData } from "./search-engine";

/** Terms read back from packedTerms' numbers; throws on numbers it did not write. */
export function unpackTerms({ terms, postings }: PackedTerms): Array<[string, TermData]> {
	if (typeof postings !== "string") throw new Error("damaged");
	const numbers = new NumberReader(postings);
	const out: Array<[string, TermData]> = [];
	const next = (): number => numbers.next();
	for (const term of terms) {
		if (typeof term !== "string") throw new Error("damaged");
		const data: TermData = new FieldPostings();
		for (let fields = next(); fields > 0; fields--) {
			const fieldId = next();
			const pairs: number[] = [];
			let previous = 0;
			for (let count = next(); count > 0; count--) {
				previous = idAfter(next(), previous);
				pairs.push(previous, next());
			}
			data.set(fieldId, PostingList.ofPairs(pairs));
		}
		out.push([term, data]);
	}
	if (!numbers.done) throw new Error("damaged");
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
