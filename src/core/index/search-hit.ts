/**
 * A search's hits, with what each matched worked out only when read. A query of common
 * words finds most of a vault, and building every hit's match (an object of arrays per
 * document) was most of such a search's time, while only the few hits shown are read for
 * reasons; scores, match counts and key terms need only the terms.
 */

export interface SearchHit {
	path: string;
	score: number;
	/** Matched term → the fields it was found in. */
	readonly match: Record<string, string[]>;
}

/**
 * Which terms each document of one search matched, and in which fields: one link per
 * document and term in typed arrays, each document's links chained from its latest.
 */
export class MatchLog {
	private _term = new Int32Array(256);
	private _fields = new Int32Array(256);
	private _next = new Int32Array(256);
	private _size = 0;

	/** `terms`: the query's terms in order; `fields`: the index's fields, bit i for fields[i]. */
	constructor(
		readonly terms: readonly string[],
		private readonly _fieldNames: readonly string[],
	) {}

	/** A new link for term number `term` found in field bit `field`, after `previous` (-1: none); its number. */
	link(term: number, field: number, previous: number): number {
		if (this._size === this._term.length) this._grow();
		const at = this._size++;
		this._term[at] = term;
		this._fields[at] = field;
		this._next[at] = previous;
		return at;
	}

	/** Adds field bit `field` to link `at` (the same term found in another field). */
	addField(at: number, field: number): void {
		this._fields[at] = (this._fields[at] as number) | field;
	}

	/** The links of a chain in query order. */
	private _chain(head: number): number[] {
		const links: number[] = [];
		for (let at = head; at >= 0; at = this._next[at] as number) links.push(at);
		return links.reverse();
	}

	eachTerm(head: number, visit: (term: string) => void): void {
		for (const at of this._chain(head)) visit(this.terms[this._term[at] as number] as string);
	}

	has(head: number, term: string): boolean {
		for (let at = head; at >= 0; at = this._next[at] as number) if (this.terms[this._term[at] as number] === term) return true;
		return false;
	}

	matchOf(head: number): Record<string, string[]> {
		const match: Record<string, string[]> = {};
		for (const at of this._chain(head)) {
			const fields: string[] = [];
			const bits = this._fields[at] as number;
			this._fieldNames.forEach((field, i) => {
				if ((bits & (1 << i)) !== 0) fields.push(field);
			});
			match[this.terms[this._term[at] as number] as string] = fields;
		}
		return match;
	}

	private _grow(): void {
		const grown = (from: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
			const to = new Int32Array(from.length * 2);
			to.set(from);
			return to;
		};
		this._term = grown(this._term);
		this._fields = grown(this._fields);
		this._next = grown(this._next);
	}
}

/** A hit of DocumentScore.search: its match is read from the search's log when first asked for. */
export class FoundHit implements SearchHit {
	private _match: Record<string, string[]> | undefined;

	constructor(
		readonly path: string,
		readonly score: number,
		/** How many terms it matched. */
		readonly matched: number,
		private readonly _log: MatchLog,
		private readonly _head: number,
	) {}

	get match(): Record<string, string[]> {
		return (this._match ??= this._log.matchOf(this._head));
	}

	eachTerm(visit: (term: string) => void): void {
		if (this._match !== undefined) for (const term in this._match) visit(term);
		else this._log.eachTerm(this._head, visit);
	}

	has(term: string): boolean {
		return this._match !== undefined ? this._match[term] !== undefined : this._log.has(this._head, term);
	}
}

/** A hit with more terms matched in the body (phrases the search index does not hold), its score given. */
export class ExtendedHit implements SearchHit {
	private _match: Record<string, string[]> | undefined;

	constructor(
		private readonly _base: SearchHit,
		private readonly _added: readonly string[],
		readonly score: number,
	) {}

	get path(): string {
		return this._base.path;
	}

	get matched(): number {
		return matchedCount(this._base) + this._added.length;
	}

	get match(): Record<string, string[]> {
		if (this._match === undefined) {
			const match = { ...this._base.match };
			for (const term of this._added) match[term] = ["body"];
			this._match = match;
		}
		return this._match;
	}

	eachTerm(visit: (term: string) => void): void {
		eachMatched(this._base, visit);
		for (const term of this._added) visit(term);
	}

	has(term: string): boolean {
		return hasMatched(this._base, term) || this._added.includes(term);
	}
}

/** How many terms a hit matched, without working out its match when it need not be. */
export function matchedCount(hit: SearchHit): number {
	return hit instanceof FoundHit || hit instanceof ExtendedHit ? hit.matched : Object.keys(hit.match).length;
}

/** Each term a hit matched, in the order its match lists them. */
export function eachMatched(hit: SearchHit, visit: (term: string) => void): void {
	if (hit instanceof FoundHit || hit instanceof ExtendedHit) hit.eachTerm(visit);
	else for (const term in hit.match) visit(term);
}

export function hasMatched(hit: SearchHit, term: string): boolean {
	return hit instanceof FoundHit || hit instanceof ExtendedHit ? hit.has(term) : hit.match[term] !== undefined;
}
