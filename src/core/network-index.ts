import type MiniSearch from "minisearch";
import type { Options } from "minisearch";
import type { CoreConfig, DailyNoteDateParser, DailyNotesConfig } from "./config";
import type { IsoDate, NoteKind, NoteRecord, Person, Post, Problem } from "./types";
import { classify, isExcluded } from "./classify";
import { toPerson, toPost } from "./coerce";
import { dailyNoteDate } from "./daily-notes";
import { createLinkResolver, type LinkResolver } from "./link-resolver";
import { analyze, analyzeForIndex, foldCase, phraseHash, tagWords, termCounts } from "./text";
import { PhraseIndex } from "./phrase-index";
import { BatchedSearch, documentsOf, SearchParts, type PackedTerms, type SearchMeta, type TermData } from "./search-engine";
import { BUILTIN_SYNONYMS, SynonymTable } from "./synonyms";

/**
 * The vault as a database: people, posts and the contact dates daily notes record, with
 * full-text indexes for matching. Every change is applied to one note at a time, so an
 * edit never costs a rebuild; results are a function of the current notes only (the
 * order in which they arrived does not matter).
 */

export interface IndexOptions {
	config: CoreConfig;
	dailyNotes: DailyNotesConfig;
	parseDailyDate: DailyNoteDateParser;
	/** How many of a post's most frequent terms are indexed besides title and topics. */
	postBodyTerms?: number;
}

export interface PersonDoc {
	id: string;
	name: string;
	topics: string;
	role: string;
	body: string;
}

export interface PostDoc {
	id: string;
	title: string;
	topics: string;
	body: string;
}

interface NoteShape {
	kind: NoteKind | "daily";
	/** Aliases, one per line. */
	aliases: string;
	topicNote: boolean;
}

/** A daily note reduced to what last-contact needs: its date and the links that count as contact. */
interface DailyEntry {
	date: IsoDate;
	targets: string[];
}

const PERSON_FIELDS = ["name", "topics", "role", "body"] as const;
const POST_FIELDS = ["title", "topics", "body"] as const;

/** Terms are analysed once, before MiniSearch sees them: the index and queries share one analyser. */
const splitTerms = (text: string): string[] => (text.length === 0 ? [] : text.split(" "));
const keepTerm = (term: string): string => term;

function searchOptions<T>(fields: readonly string[]): Options<T> {
	return {
		idField: "id",
		fields: [...fields],
		storeFields: [],
		tokenize: splitTerms,
		processTerm: keepTerm,
		searchOptions: { tokenize: splitTerms, processTerm: keepTerm, fuzzy: false, prefix: false },
		// Documents are removed, never discarded: there is nothing to vacuum.
		autoVacuum: false,
	};
}

const PEOPLE_OPTIONS = searchOptions<PersonDoc>(PERSON_FIELDS);
const POST_OPTIONS = searchOptions<PostDoc>(POST_FIELDS);

/** A note as a snapshot stores it: what the index keeps of it, already coerced. */
export interface StoredNote {
	path: string;
	kind: NoteKind | "daily";
	mtime: number;
	problems?: Problem[];
	person?: Person;
	post?: Post;
	/** Phrase hashes of a person's or post's body (encodeHashes). */
	phrases?: string;
	links?: string[];
	daily?: DailyEntry;
	/** An other note's name and aliases, when it has aliases (topic notes). */
	topicNames?: string[];
}

export type SearchName = "people" | "posts";


export interface SearchTuning {
	peopleBoost: Record<string, number>;
	postBoost: Record<string, number>;
	bm25: { k: number; b: number; d: number };
}

export const DEFAULT_SEARCH_TUNING: SearchTuning = {
	peopleBoost: { topics: 2, role: 1.5, name: 1, body: 1 },
	postBoost: { title: 2.5, topics: 3, body: 1 },
	bm25: { k: 1.2, b: 0.7, d: 0 },
};

const NO_PHRASES: ReadonlyMap<string, number> = new Map();

/** How rare a term is among `documents` of which `having` contain it, as MiniSearch's BM25+ weighs it. */
export function bm25Rarity(documents: number, having: number): number {
	return Math.log(1 + (documents - having + 0.5) / (having + 0.5));
}
/** One empty list for everyone without contact dates: the same list until that changes, as for everyone else. */
const NO_DATES: readonly IsoDate[] = Object.freeze([]);

export interface DocumentFrequencyTable {
	get(term: string): number;
	readonly documentCount: number;
}

export interface SearchHit {
	path: string;
	score: number;
	/** Matched term → the fields it was found in. */
	match: Record<string, string[]>;
}

/** Document frequency read from a search index: how many documents have a term, in any field but one. */
class SearchFrequency<T> implements DocumentFrequencyTable {
	constructor(
		private readonly _engine: () => MiniSearch<T>,
		private readonly _ignoredField: string,
	) {}

	get(term: string): number {
		return SearchParts.documentFrequency(this._engine(), term, this._ignoredField);
	}

	get documentCount(): number {
		return this._engine().documentCount;
	}
}

/** Document frequency of terms over one set of documents, kept up to date on every change. */
class DocumentFrequency implements DocumentFrequencyTable {
	private readonly _counts = new Map<string, number>();
	private _docs = 0;

	add(terms: Iterable<string>): void {
		this._docs++;
		for (const term of terms) this._counts.set(term, (this._counts.get(term) ?? 0) + 1);
	}

	remove(terms: Iterable<string>): void {
		this._docs--;
		for (const term of terms) {
			const next = (this._counts.get(term) ?? 0) - 1;
			if (next <= 0) this._counts.delete(term);
			else this._counts.set(term, next);
		}
	}

	get(term: string): number {
		return this._counts.get(term) ?? 0;
	}

	entries(): IterableIterator<[string, number]> {
		return this._counts.entries();
	}


	/** Adds saved counts (a snapshot gives them a part at a time) and sets the document count. */
	restore(documents: number, counts: ReadonlyArray<[string, number]>): void {
		this._docs = documents;
		for (const [term, count] of counts) this._counts.set(term, count);
	}

	get documentCount(): number {
		return this._docs;
	}
}

export interface NameEntry {
	words: string[];
	path: string;
}

/**
 * What the index keeps of a person. `doc` is the document as given to MiniSearch, kept so
 * an edit removes it without analysing the old note again (absent after a restore: then
 * it is worked out from the person when needed).
 */
export interface IndexedPerson {
	person: Person;
	doc?: PersonDoc;
}

export interface IndexedPost {
	post: Post;
	doc?: PostDoc;
	/** The distinct terms the post counts for in document frequency, space-separated. */
	counted?: string;
}

/** Hashes as text for a snapshot: their bytes in base64 (far shorter, and faster to read, than a JSON list of numbers). */
export function encodeHashes(hashes: Uint32Array): string {
	const bytes = new Uint8Array(hashes.buffer, hashes.byteOffset, hashes.byteLength);
	let binary = "";
	for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
	return btoa(binary);
}

/** The hashes encodeHashes wrote; throws on text it did not write. */
export function decodeHashes(text: string): Uint32Array {
	const binary = atob(text);
	if (binary.length % 4 !== 0) throw new Error("not a list of hashes");
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return new Uint32Array(bytes.buffer);
}



export class NetworkIndex {
	readonly config: CoreConfig;
	private readonly _dailyNotes: DailyNotesConfig;
	private readonly _parseDailyDate: DailyNoteDateParser;
	private readonly _postBodyTerms: number;

	private readonly _kinds = new Map<string, NoteKind | "daily">();
	private readonly _people = new Map<string, IndexedPerson>();
	private readonly _posts = new Map<string, IndexedPost>();
	private readonly _daily = new Map<string, DailyEntry>();
	/** Link targets written in each post's body, for "mentions them". */
	private readonly _postLinks = new Map<string, string[]>();
	/** Aliases of notes that are neither people nor posts: the vault's own synonyms. */
	private readonly _topicAliases = new Map<string, string[]>();
	private readonly _problemsByPath = new Map<string, Problem[]>();
	private readonly _mtimes = new Map<string, number>();
	private readonly _resolver: LinkResolver;

	private readonly _peopleSearch = new BatchedSearch<PersonDoc>(PEOPLE_OPTIONS, PERSON_FIELDS);
	private readonly _postSearch = new BatchedSearch<PostDoc>(POST_OPTIONS, POST_FIELDS);
	/** Document frequency over people (their name aside), read from their search index. */
	readonly peopleDf: DocumentFrequencyTable = new SearchFrequency(() => this._peopleSearch.engine, "name");
	/** Over posts: every distinct term of a post, not only the ones its search document keeps. */
	readonly postDf = new DocumentFrequency();
	/** The phrase terms of people's and posts' bodies, as hashes (see analyzeForIndex). */
	private readonly _personPhrases = new PhraseIndex();
	private readonly _postPhrases = new PhraseIndex();

	private _synonymCache: SynonymTable | null = null;
	private _nameCache: Map<string, NameEntry[]> | null = null;
	private _contactCache: Map<string, IsoDate[]> | null = null;
	private _sentCache: Map<string, Set<string>> | null = null;
	private _recipientCache: Map<string, Set<string>> | null = null;
	/** Bumped on every change; callers cache results against it. */
	revision = 0;
	/**
	 * Counts only changes that can change text matching: people, posts, topic notes' aliases
	 * and which notes exist. Editing a daily note leaves it as it was.
	 */
	textRevision = 0;
	private _peopleSorted: Person[] | null = null;
	private _postsSorted: Post[] | null = null;

	constructor(options: IndexOptions) {
		this.config = options.config;
		this._dailyNotes = options.dailyNotes;
		this._parseDailyDate = options.parseDailyDate;
		this._postBodyTerms = options.postBodyTerms ?? 80;
		this._resolver = createLinkResolver([]);
	}

	/** What the index was built with (a snapshot is only restored with the same). */
	get options(): IndexOptions {
		return { config: this.config, dailyNotes: this._dailyNotes, parseDailyDate: this._parseDailyDate, postBodyTerms: this._postBodyTerms };
	}

	/** A note as a snapshot stores it. */
	storedNote(path: string): StoredNote | undefined {
		const kind = this._kinds.get(path);
		if (kind === undefined) return undefined;
		const stored: StoredNote = { path, kind, mtime: this._mtimes.get(path) ?? 0 };
		const problems = this._problemsByPath.get(path);
		if (problems) stored.problems = problems;
		const person = this._people.get(path);
		if (person) {
			stored.person = person.person;
			stored.phrases = encodeHashes(this._personPhrases.get(path) ?? new Uint32Array(0));
		}
		const post = this._posts.get(path);
		if (post) {
			stored.post = post.post;
			stored.phrases = encodeHashes(this._postPhrases.get(path) ?? new Uint32Array(0));
		}
		const links = this._postLinks.get(path);
		if (links) stored.links = links;
		const daily = this._daily.get(path);
		if (daily) stored.daily = daily;
		const topicNames = this._topicAliases.get(path);
		if (topicNames) stored.topicNames = topicNames;
		return stored;
	}

	/** A search index as MiniSearch serialises it, without its terms (see packedTerms). */
	searchMeta(search: SearchName): SearchMeta {
		return SearchParts.meta(this._searchOf(search).engine);
	}

	/** A search index's terms with their postings, in groups of about `numbers` numbers. */
	packedTerms(search: SearchName, numbers: number): Generator<PackedTerms, void, undefined> {
		return SearchParts.packedTerms(this._searchOf(search).engine, numbers);
	}

	/** A search index, whatever its documents: for what does not depend on them (snapshots). */
	private _searchOf(search: SearchName): BatchedSearch<unknown> {
		return (search === "people" ? this._peopleSearch : this._postSearch) as BatchedSearch<unknown>;
	}

	/** How many documents a document-frequency table counts. */
	postsCounted(): number {
		return this.postDf.documentCount;
	}

	/** The posts' document-frequency table: each term and its count. */
	postFrequencies(): IterableIterator<[string, number]> {
		return this.postDf.entries();
	}

	/**
	 * Restoring from a snapshot, in steps: notes (restoreNotes), document frequencies
	 * (restorePostFrequencies), then each search index (restoreSearch). Only for a new index.
	 */
	restoreNotes(notes: readonly StoredNote[]): void {
		for (const stored of notes) {
			const { path } = stored;
			this._kinds.set(path, stored.kind);
			this._mtimes.set(path, stored.mtime);
			if (stored.problems && stored.problems.length > 0) this._problemsByPath.set(path, stored.problems);
			const phrases = decodeHashes(stored.phrases ?? "");
			if (stored.person) {
				this._people.set(path, { person: stored.person });
				this._personPhrases.set(path, phrases);
				this._resolver.add(path, stored.person.aliases);
			} else if (stored.post) {
				this._posts.set(path, { post: stored.post });
				this._postPhrases.set(path, phrases);
				this._resolver.add(path, stored.post.aliases);
			} else {
				this._resolver.add(path, stored.topicNames?.slice(1) ?? []);
			}
			if (stored.links) this._postLinks.set(path, stored.links);
			if (stored.daily) this._daily.set(path, stored.daily);
			if (stored.topicNames) this._topicAliases.set(path, stored.topicNames);
		}
		this._peopleSorted = null;
		this._postsSorted = null;
		this.textRevision++;
		this._touch();
	}

	restorePostFrequencies(documents: number, counts: ReadonlyArray<[string, number]>): void {
		this.postDf.restore(documents, counts);
	}

	/**
	 * Puts back a search index from its meta and terms; it loads as a build's documents do
	 * (see settle). Throws on a meta MiniSearch did not write.
	 */
	restoreSearch(search: SearchName, meta: SearchMeta, terms: Iterable<[string, TermData]>): void {
		const documents = documentsOf(meta);
		// The search index must hold exactly the notes restored, or edits would fail on it later.
		const notes: ReadonlyMap<string, unknown> = search === "people" ? this._people : this._posts;
		const { documentCount, documentIds, fieldLength, averageFieldLength: averages } = documents;
		const fields = averages.length;
		const whole =
			documentCount === notes.size &&
			documentIds.size === documentCount &&
			fields === (search === "people" ? PERSON_FIELDS : POST_FIELDS).length &&
			averages.every(Number.isFinite) &&
			[...documentIds].every(([shortId, path]) => notes.has(path) && fieldLength.get(shortId)?.length === fields);
		if (!whole) throw new Error("damaged");
		this._searchOf(search).restore(documents, terms);
		this.textRevision++;
		this._touch();
	}

	/**
	 * Loads the documents a build gathered for the search indexes, a step at a time (the
	 * caller may hand the main thread back between steps); without it they are loaded at
	 * once on the first search.
	 */
	*settle(): Generator<void, void, undefined> {
		yield* this._peopleSearch.settle();
		yield* this._postSearch.settle();
	}

	/** As settle, at once. */
	settleNow(): void {
		void this._peopleSearch.engine;
		void this._postSearch.engine;
	}

	/** Adds or replaces one note. */
	upsert(record: NoteRecord): void {
		const before = this._shapeOf(record.path);
		const daily = this._daily.get(record.path);
		this._removeInternal(record.path);
		try {
			this._upsertNote(record);
		} finally {
			this._changed(before, this._shapeOf(record.path));
			// A daily note edited in place: only its own contacts change, not everyone's.
			if (before?.kind === "daily" && this._contactCache !== null) this._patchContacts(record.path, daily, this._daily.get(record.path));
		}
	}

	/** Brings the contact dates up to date with one daily note's change (old entry → new entry). */
	private _patchContacts(path: string, old: DailyEntry | undefined, now: DailyEntry | undefined): void {
		const cache = this._contactCache as Map<string, IsoDate[]>;
		const was = this._contactsIn(path, old);
		const is = this._contactsIn(path, now);
		const sameDate = old?.date === now?.date;
		// New arrays for the people whose dates change, so what was handed out stays as it was.
		for (const person of was) {
			if (sameDate && is.has(person)) continue;
			const dates = [...(cache.get(person) ?? [])];
			const at = dates.indexOf((old as DailyEntry).date);
			if (at >= 0) dates.splice(at, 1);
			if (dates.length > 0) cache.set(person, dates);
			else cache.delete(person);
		}
		for (const person of is) {
			if (sameDate && was.has(person)) continue;
			cache.set(person, [...(cache.get(person) ?? []), (now as DailyEntry).date].sort());
		}
	}

	/** The people a daily note counts as contacted, each once. */
	private _contactsIn(path: string, entry: DailyEntry | undefined): Set<string> {
		const people = new Set<string>();
		for (const target of entry?.targets ?? []) {
			const person = this.resolvePerson(target, path);
			if (person !== null) people.add(person);
		}
		return people;
	}

	/** What a note is to the caches: its kind, the names links can use for it, whether it is a topic note. */
	private _shapeOf(path: string): NoteShape | undefined {
		const kind = this._kinds.get(path);
		if (kind === undefined) return undefined;
		const topicNames = this._topicAliases.get(path);
		const aliases = this._people.get(path)?.person.aliases ?? this._posts.get(path)?.post.aliases ?? topicNames?.slice(1) ?? [];
		return { kind, aliases: aliases.join("\n"), topicNote: topicNames !== undefined };
	}

	/**
	 * Drops only the derived data a change to one note can make wrong: editing a daily
	 * note keeps what people and posts give (sent posts, names, synonyms, text matching),
	 * editing a post keeps contact dates, and so on. A note that is new, gone or known by
	 * other names (kind or aliases) can change how links resolve: then contact dates and
	 * sent posts go too.
	 */
	private _changed(before: NoteShape | undefined, after: NoteShape | undefined): void {
		this.revision++;
		const kinds = new Set([before?.kind, after?.kind]);
		const links = before === undefined || after === undefined || before.kind !== after.kind || before.aliases !== after.aliases;
		const person = kinds.has("person");
		const topicNote = (before?.topicNote ?? false) || (after?.topicNote ?? false);
		// A daily note edited in place keeps the cache: upsert patches it.
		if (links) this._contactCache = null;
		if (links || person || kinds.has("post")) {
			this._sentCache = null;
			this._recipientCache = null;
		}
		if (links || person) this._nameCache = null;
		if (topicNote) this._synonymCache = null;
		if (links || person || kinds.has("post") || topicNote) this.textRevision++;
	}

	private _upsertNote(record: NoteRecord): void {
		this._mtimes.set(record.path, record.mtime);
		if (isExcluded(record.path, this.config)) {
			this._kinds.set(record.path, "other");
			return;
		}
		const kind = classify(record, this.config);
		const problems: Problem[] = [];
		if (kind === "person") {
			const { person, problems: found } = toPerson(record, this.config);
			problems.push(...found);
			this._addPerson(person);
			this._resolver.add(record.path, person.aliases);
		} else if (kind === "post") {
			const { post, problems: found } = toPost(record, this.config);
			problems.push(...found);
			this._addPost(post);
			this._postLinks.set(record.path, record.links.map((link) => link.target));
			this._resolver.add(record.path, post.aliases);
		} else {
			const aliases = frontmatterAliases(record, this.config.fields.aliases);
			this._resolver.add(record.path, aliases);
			if (aliases.length > 0) this._topicAliases.set(record.path, [record.basename, ...aliases]);
			if (record.frontmatterError) {
				problems.push({ path: record.path, key: "frontmatter", message: record.frontmatterError });
			}
		}
		const date = kind === "other" ? dailyNoteDate(record.path, this._dailyNotes, this._parseDailyDate) : null;
		if (date !== null) {
			const targets = record.links.filter((link) => !link.inUncheckedTask).map((link) => link.target);
			this._daily.set(record.path, { date, targets });
			this._kinds.set(record.path, "daily");
		} else {
			this._kinds.set(record.path, kind);
		}
		if (problems.length > 0) this._problemsByPath.set(record.path, problems);
	}

	/** Removes one note; unknown paths are ignored. */
	remove(path: string): void {
		if (this._removeInternal(path)) {
			this.textRevision++;
			this._touch();
		}
	}

	/** A rename is a removal of the old path and an upsert of the note at its new path. */
	rename(oldPath: string, record: NoteRecord): void {
		if (this._removeInternal(oldPath)) {
			this.textRevision++;
			this._touch();
		}
		this.upsert(record);
	}

	has(path: string): boolean {
		return this._kinds.has(path);
	}

	mtimeOf(path: string): number | undefined {
		return this._mtimes.get(path);
	}

	kindOf(path: string): NoteKind | "daily" | undefined {
		return this._kinds.get(path);
	}

	paths(): string[] {
		return [...this._kinds.keys()];
	}

	get noteCount(): number {
		return this._kinds.size;
	}

	allPeople(): Person[] {
		this._peopleSorted ??= [...this._people.values()].map((entry) => entry.person).sort(byName);
		return this._peopleSorted.slice();
	}

	allPosts(): Post[] {
		this._postsSorted ??= [...this._posts.values()].map((entry) => entry.post).sort((a, b) => compareText(a.title, b.title) || compareText(a.path, b.path));
		return this._postsSorted.slice();
	}

	person(path: string): Person | undefined {
		return this._people.get(path)?.person;
	}

	post(path: string): Post | undefined {
		return this._posts.get(path)?.post;
	}

	problems(): Problem[] {
		const all: Problem[] = [];
		for (const path of [...this._problemsByPath.keys()].sort()) all.push(...(this._problemsByPath.get(path) ?? []));
		return all;
	}

	/** Resolves a link target (or a bare name) written in `sourcePath` to a note path. */
	resolve(target: string, sourcePath: string): string | null {
		return this._resolver.resolve(target, sourcePath);
	}

	/** Resolves a target and returns the path only when it is a person. */
	resolvePerson(target: string, sourcePath: string): string | null {
		const path = this._resolver.resolve(target, sourcePath);
		return path !== null && this._people.has(path) ? path : null;
	}

	resolvePost(target: string, sourcePath: string): string | null {
		const path = this._resolver.resolve(target, sourcePath);
		return path !== null && this._posts.has(path) ? path : null;
	}

	/** Dates of daily notes that link to each person, oldest first (links on unchecked tasks excluded). */
	contactDates(personPath: string): readonly IsoDate[] {
		if (this._contactCache === null) {
			const cache = new Map<string, IsoDate[]>();
			for (const [path, entry] of this._daily) {
				for (const person of this._contactsIn(path, entry)) {
					const list = cache.get(person) ?? [];
					list.push(entry.date);
					cache.set(person, list);
				}
			}
			for (const dates of cache.values()) dates.sort();
			this._contactCache = cache;
		}
		return this._contactCache.get(personPath) ?? NO_DATES;
	}

	/** Posts sent to a person: the post lists them in `shared_with`, or their log links the post. */
	sentPosts(personPath: string): Set<string> {
		if (this._sentCache === null) {
			const cache = new Map<string, Set<string>>();
			const add = (person: string, post: string): void => {
				const set = cache.get(person) ?? new Set<string>();
				set.add(post);
				cache.set(person, set);
			};
			for (const { post } of this._posts.values()) {
				for (const name of post.sharedWith) {
					const person = this.resolvePerson(name, post.path);
					if (person !== null) add(person, post.path);
				}
			}
			for (const { person } of this._people.values()) {
				for (const entry of person.log) {
					for (const link of entry.links) {
						const post = this.resolvePost(link, person.path);
						if (post !== null) add(person.path, post);
					}
				}
			}
			this._sentCache = cache;
		}
		return this._sentCache.get(personPath) ?? new Set<string>();
	}

	/** People a post links to. */
	mentionsOf(postPath: string): Set<string> {
		const out = new Set<string>();
		for (const target of this._postLinks.get(postPath) ?? []) {
			const person = this.resolvePerson(target, postPath);
			if (person !== null) out.add(person);
		}
		return out;
	}

	/** People a post was sent to: the reverse of sentPosts. */
	recipients(postPath: string): Set<string> {
		if (this._recipientCache === null) {
			const cache = new Map<string, Set<string>>();
			for (const personPath of this._people.keys()) {
				for (const post of this.sentPosts(personPath)) {
					const set = cache.get(post) ?? new Set<string>();
					set.add(personPath);
					cache.set(post, set);
				}
			}
			this._recipientCache = cache;
		}
		return this._recipientCache.get(postPath) ?? new Set<string>();
	}

	/** Synonym groups: the built-in abbreviations plus aliases of the vault's topic notes. */
	synonyms(): SynonymTable {
		if (this._synonymCache === null) {
			const groups: string[][] = BUILTIN_SYNONYMS.map((group) => [...group]);
			for (const path of [...this._topicAliases.keys()].sort()) groups.push(this._topicAliases.get(path) ?? []);
			this._synonymCache = new SynonymTable(groups);
		}
		return this._synonymCache;
	}

	/**
	 * People's full names and multi-word aliases, keyed by their first folded word, for
	 * finding unlinked mentions. One-word names are left out: "Ben" is too ambiguous.
	 */
	nameTable(): Map<string, NameEntry[]> {
		if (this._nameCache === null) {
			const table = new Map<string, NameEntry[]>();
			for (const { person } of this._people.values()) {
				for (const name of [person.name, ...person.aliases]) {
					const words = foldCase(name).match(/[\p{L}\p{N}]+/gu) ?? [];
					if (words.length < 2) continue;
					const first = words[0] as string;
					const list = table.get(first) ?? [];
					list.push({ words, path: person.path });
					table.set(first, list);
				}
			}
			this._nameCache = table;
		}
		return this._nameCache;
	}

	/**
	 * Full-text search over people: `terms` (analysed terms, weighted by importance) through
	 * MiniSearch, and `phrases` (phrase terms on the same scale) also among the phrases a
	 * body says only once, which MiniSearch does not hold.
	 */
	searchPeople(terms: Map<string, number>, phrases: ReadonlyMap<string, number> = NO_PHRASES, tuning: SearchTuning = DEFAULT_SEARCH_TUNING): SearchHit[] {
		const engine = this._peopleSearch.engine;
		const hits = this._search(engine, terms, tuning.peopleBoost, tuning.bm25);
		return this._withPhrases(hits, phrases, this._personPhrases, engine.documentCount, tuning.peopleBoost.body ?? 1, tuning.bm25);
	}

	searchPosts(terms: Map<string, number>, phrases: ReadonlyMap<string, number> = NO_PHRASES, tuning: SearchTuning = DEFAULT_SEARCH_TUNING): SearchHit[] {
		const engine = this._postSearch.engine;
		const hits = this._search(engine, terms, tuning.postBoost, tuning.bm25);
		return this._withPhrases(hits, phrases, this._postPhrases, engine.documentCount, tuning.postBoost.body ?? 1, tuning.bm25);
	}

	/**
	 * Adds the phrases found in bodies that say them only once, scored as MiniSearch scores
	 * a term (BM25+ at average length, and the total times the number of terms matched), so
	 * the results are as if those phrases were indexed.
	 */
	private _withPhrases(
		hits: SearchHit[],
		phrases: ReadonlyMap<string, number>,
		bodies: PhraseIndex,
		documents: number,
		boost: number,
		bm25: { k: number; b: number; d: number },
	): SearchHit[] {
		if (phrases.size === 0) return hits;
		const list = [...phrases];
		const found = bodies.matches(list.map(([term]) => phraseHash(term)));
		if (found.size === 0) return hits;
		// How many notes have each phrase, for its rarity.
		const having = new Array<number>(list.length).fill(0);
		for (const matched of found.values()) for (const i of matched) having[i] = (having[i] ?? 0) + 1;
		const scores = list.map(([, weight], i) => {
			const n = having[i] ?? 0;
			return weight * bm25Rarity(documents, n) * (bm25.d + 1) * boost;
		});
		const rescored = (hit: SearchHit, matched: number[]): SearchHit => {
			const terms = Object.keys(hit.match).length;
			let raw = terms > 0 ? hit.score / terms : 0;
			let match = hit.match;
			let added = 0;
			for (const i of matched) {
				const term = (list[i] as [string, number])[0];
				if (match[term] !== undefined) continue;
				if (match === hit.match) match = { ...hit.match };
				match[term] = ["body"];
				raw += scores[i] as number;
				added++;
			}
			return added === 0 ? hit : { path: hit.path, score: raw * (terms + added), match };
		};
		const out: SearchHit[] = [];
		for (const hit of hits) {
			const matched = found.get(hit.path);
			if (matched === undefined) out.push(hit);
			else {
				out.push(rescored(hit, matched));
				found.delete(hit.path);
			}
		}
		for (const [path, matched] of found) out.push(rescored({ path, score: 0, match: {} }, matched));
		return out.sort((a, b) => b.score - a.score || compareText(a.path, b.path));
	}

	private _search<T>(
		engine: MiniSearch<T>,
		weights: Map<string, number>,
		boost: Record<string, number>,
		bm25: { k: number; b: number; d: number },
	): SearchHit[] {
		if (weights.size === 0 || engine.documentCount === 0) return [];
		const terms = [...weights.keys()];
		const results = engine.search(terms.join(" "), {
			boost,
			bm25,
			combineWith: "OR",
			boostTerm: (term) => weights.get(term) ?? 0,
		});
		// Equal scores in path order: MiniSearch leaves them in insertion order, which would
		// make results depend on the order notes arrived in.
		return results
			.map((result) => ({ path: String(result.id), score: result.score, match: result.match }))
			.sort((a, b) => b.score - a.score || compareText(a.path, b.path));
	}

	private _addPerson(person: Person): void {
		const body = analyzeForIndex(person.body);
		const doc = personDoc(person, body.terms);
		this._peopleSearch.add(doc, doc.id);
		this._peopleSorted = null;
		this._people.set(person.path, { person, doc });
		this._personPhrases.set(person.path, body.phrases);
	}

	private _addPost(post: Post): void {
		const body = analyzeForIndex(post.body);
		const bodyTerms = termCounts(body.terms);
		const doc = postDoc(post, bodyTerms, this._postBodyTerms);
		const counted = postTerms(doc, bodyTerms);
		this._postSearch.add(doc, doc.id);
		this.postDf.add(counted);
		this._postsSorted = null;
		this._posts.set(post.path, { post, doc, counted: [...counted].join(" ") });
		this._postPhrases.set(post.path, body.phrases);
	}

	private _removeInternal(path: string): boolean {
		const kind = this._kinds.get(path);
		if (kind === undefined) return false;
		this._kinds.delete(path);
		this._mtimes.delete(path);
		this._problemsByPath.delete(path);
		this._daily.delete(path);
		this._postLinks.delete(path);
		this._topicAliases.delete(path);
		this._resolver.remove(path);
		// `remove` (not `discard`) with the document as indexed, rebuilt from the same data:
		// a discarded document lingers in the term statistics until a vacuum, and searches
		// in the meantime score with inflated document frequencies (even negative scores).
		const person = this._people.get(path);
		if (person) {
			const doc = person.doc ?? personDoc(person.person, analyzeForIndex(person.person.body).terms);
			this._peopleSearch.remove(doc, doc.id);
			this._peopleSorted = null;
			this._people.delete(path);
			this._personPhrases.delete(path);
		}
		const post = this._posts.get(path);
		if (post) {
			let { doc, counted } = post;
			if (doc === undefined || counted === undefined) {
				const bodyTerms = termCounts(analyzeForIndex(post.post.body).terms);
				doc = postDoc(post.post, bodyTerms, this._postBodyTerms);
				counted = [...postTerms(doc, bodyTerms)].join(" ");
			}
			this._postSearch.remove(doc, doc.id);
			this.postDf.remove(splitTerms(counted));
			this._postsSorted = null;
			this._posts.delete(path);
			this._postPhrases.delete(path);
		}
		return true;
	}

	private _touch(): void {
		this.revision++;
		this._contactCache = null;
		this._sentCache = null;
		this._recipientCache = null;
		this._synonymCache = null;
		this._nameCache = null;
	}
}

/** A person as MiniSearch indexes them; the same person always gives the same document. */
function personDoc(person: Person, bodyTerms: readonly string[]): PersonDoc {
	return {
		id: person.path,
		name: analyzed([person.name, ...person.aliases]),
		topics: topicTerms(person),
		role: analyzed([person.role ?? "", person.company ?? ""]),
		body: capped(bodyTerms, BODY_TERM_REPEATS).join(" "),
	};
}

/** The analysed terms of some texts, as one search field (each text its own sentence). */
function analyzed(texts: string[]): string {
	return analyze(texts.join(". ")).join(" ");
}

/** A person's or post's topics and tags as a search field. */
function topicTerms(note: { topics: string[]; tags: string[] }): string {
	return analyzed([...note.topics, ...note.tags.map(tagWords)]);
}

/**
 * A term counts at most this often in a body: relevance saturates long before (BM25), and
 * every repeat is work for the index.
 */
const BODY_TERM_REPEATS = 2;

/** The terms, each kept only for its first `max` occurrences. */
function capped(terms: readonly string[], max: number): string[] {
	const seen = new Map<string, number>();
	return terms.filter((term) => {
		const count = (seen.get(term) ?? 0) + 1;
		seen.set(term, count);
		return count <= max;
	});
}

/** A post as MiniSearch indexes it: title, topics and its most frequent body terms. */
function postDoc(post: Post, bodyTerms: Map<string, number>, bodyTermCount: number): PostDoc {
	const body: string[] = [];
	for (const term of mostFrequent(bodyTerms, bodyTermCount)) {
		const count = Math.min(bodyTerms.get(term) ?? 1, BODY_TERM_REPEATS);
		for (let i = 0; i < count; i++) body.push(term);
	}
	return {
		id: post.path,
		title: analyzed([post.title]),
		topics: topicTerms(post),
		body: body.join(" "),
	};
}

/** The `limit` most frequent terms (ties: the first in code-unit order), in no particular order. */
export function mostFrequent(counts: ReadonlyMap<string, number>, limit: number): string[] {
	if (counts.size <= limit) return [...counts.keys()];
	// Bucketed by count, so only the bucket that straddles the limit is sorted.
	const byCount = new Map<number, string[]>();
	for (const [term, count] of counts) {
		const bucket = byCount.get(count);
		if (bucket) bucket.push(term);
		else byCount.set(count, [term]);
	}
	const out: string[] = [];
	for (const count of [...byCount.keys()].sort((x, y) => y - x)) {
		const bucket = byCount.get(count) as string[];
		const room = limit - out.length;
		out.push(...(bucket.length <= room ? bucket : bucket.sort().slice(0, room)));
		if (out.length >= limit) break;
	}
	return out;
}


/** The distinct terms of a post: title, topics and its whole body, not only the part indexed. */
function postTerms(doc: PostDoc, bodyTerms: Map<string, number>): Set<string> {
	return new Set<string>([...splitTerms(doc.title), ...splitTerms(doc.topics), ...bodyTerms.keys()]);
}

function frontmatterAliases(record: NoteRecord, key: string): string[] {
	const value = record.frontmatter?.[key];
	if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter(Boolean);
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
	return [];
}

export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function byName(a: Person, b: Person): number {
	return compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.path, b.path);
}
