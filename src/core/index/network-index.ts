/**
 * The vault as a database: people, posts and the contact dates daily notes record, with
 * full-text indexes for matching. Every change is applied to one note at a time, so an
 * edit never costs a rebuild; results are a function of the current notes only (the
 * order in which they arrived does not matter).
 *
 * This class keeps its parts in step: the store of notes (note-store.ts), full-text search
 * (text-search.ts), link resolution (links/), who was in touch with whom
 * (contact-ledger.ts). Readers see it through NetworkReader.
 */
import { createLinkResolver, type LinkResolver } from "../links/link-resolver";
import { buildNameTable, type NameTable } from "../links/names";
import type { CoreConfig, DailyNoteDateParser, DailyNotesConfig } from "../model/config";
import type { IsoDate, NoteRecord, Person, Post, Problem } from "../model/types";
import { setNoteLanguage } from "../text/language-guess";
import { BUILTIN_SYNONYMS, SynonymTable } from "../text/synonyms";
import { VaultCommons } from "./vault-commons";
import { NoteTexts } from "./note-texts";
import { ContactLedger } from "./contact-ledger";
import type { DocumentFrequencyTable } from "./frequency";
import { decodeHashes, encodeHashes } from "./hash-codec";
import type { NetworkReader } from "./network-reader";
import { readNote, type NoteReading } from "./note-entry";
import { NoteStore, type StoredKind, type StoredNote } from "./note-store";
import { isExcluded } from "../vault/classify";
import type { PackedTerms, SearchMeta, TermData } from "./search-engine";
import { DEFAULT_SEARCH_TUNING, TextSearch, type SearchHit, type SearchName, type SearchTuning } from "./text-search";

export interface IndexOptions extends NoteReading {
	/** How many of a post's most frequent terms are indexed besides title and topics. */
	postBodyTerms?: number;
	/**
	 * Where a link target written in a note points: the plugin passes Obsidian's own answer
	 * (`getFirstLinkpathDest`); without it the index resolves links itself, the same way.
	 */
	resolveLink?: (target: string, sourcePath: string) => string | null;
	/** Analyse people's and posts' text when first read, not as notes arrive (note-texts.ts): for the command line. */
	textWhenAsked?: boolean;
}

/** What a note is to the caches: its kind, the names links can use for it, whether it is a topic note. */
interface NoteShape {
	kind: StoredKind;
	/** Aliases, one per line. */
	aliases: string;
	topicNote: boolean;
}

const NO_PHRASES: ReadonlyMap<string, number> = new Map();

export class NetworkIndex implements NetworkReader {
	readonly config: CoreConfig;
	private readonly _dailyNotes: DailyNotesConfig;
	private readonly _parseDailyDate: DailyNoteDateParser;
	private readonly _postBodyTerms: number;
	private readonly _resolveLink: ((target: string, sourcePath: string) => string | null) | undefined;

	private readonly _store = new NoteStore();
	private readonly _resolver: LinkResolver = createLinkResolver([]);
	private readonly _texts: NoteTexts;
	private readonly _ledger: ContactLedger;
	private _synonymCache: SynonymTable | null = null;
	private _nameCache: NameTable | null = null;
	/** Bumped on every change; callers cache results against it. */
	revision = 0;
	/**
	 * Counts only changes that can change text matching: people, posts, topic notes' aliases
	 * and which notes exist. Editing a daily note leaves it as it was.
	 */
	textRevision = 0;

	constructor(options: IndexOptions) {
		this.config = options.config;
		// Text is read in one language setting per process, the one of the index last built.
		setNoteLanguage(options.config.noteLanguage ?? "auto");
		this._dailyNotes = options.dailyNotes;
		this._parseDailyDate = options.parseDailyDate;
		this._postBodyTerms = options.postBodyTerms ?? 80;
		this._resolveLink = options.resolveLink;
		this._texts = new NoteTexts(new TextSearch(this._postBodyTerms), new VaultCommons(options.config), this._store, options.textWhenAsked === true);
		this._ledger = new ContactLedger(this._store, this);
	}

	private get _search(): TextSearch {
		return this._texts.search;
	}

	private get _commons(): VaultCommons {
		return this._texts.commons;
	}

	/** What the index was built with (a snapshot is only restored with the same). */
	get options(): IndexOptions {
		return {
			config: this.config,
			dailyNotes: this._dailyNotes,
			parseDailyDate: this._parseDailyDate,
			postBodyTerms: this._postBodyTerms,
			...(this._resolveLink ? { resolveLink: this._resolveLink } : {}),
		};
	}

	/** How notes are read into the index (note-entry.ts): daily notes' folder and format. */
	get dailyNotes(): DailyNotesConfig {
		return this._dailyNotes;
	}

	get parseDailyDate(): DailyNoteDateParser {
		return this._parseDailyDate;
	}

	get peopleDf(): DocumentFrequencyTable {
		return this._search.peopleDf;
	}

	get postDf(): DocumentFrequencyTable {
		return this._search.postDf;
	}
	phraseSaidOnce(term: string, among?: "people" | "posts"): number {
		return this._search.saidOnce(term, among);
	}

	// --- Changes -------------------------------------------------------------------------

	/** Adds or replaces one note. */
	upsert(record: NoteRecord): void {
		const before = this._shapeOf(record.path);
		const daily = this._store.daily.get(record.path);
		this._removeInternal(record.path);
		try {
			this._apply(record);
		} finally {
			this._changed(before, this._shapeOf(record.path));
			// A daily or dated note edited in place: only its own contacts change, not everyone's.
			const now = this._store.daily.get(record.path);
			if (daily !== undefined || now !== undefined) this._ledger.patchDaily(record.path, daily, now);
		}
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
		this.remove(oldPath);
		this.upsert(record);
	}

	private _apply(record: NoteRecord): void {
		const store = this._store;
		const { path } = record;
		store.mtimes.set(path, record.mtime);
		const entry = readNote(record, this);
		if (entry.excluded) {
			store.kinds.set(path, "other");
			return;
		}
		this._texts.arrive(path, entry.person, entry.post);
		if (entry.postLinks) store.postLinks.set(path, entry.postLinks);
		if (entry.topicNames) store.topicNames.set(path, entry.topicNames);
		if (entry.daily) store.daily.set(path, entry.daily);
		if (!entry.excluded) this._resolver.add(path);
		store.kinds.set(path, entry.kind);
		if (entry.problems.length > 0) store.problemsByPath.set(path, entry.problems);
	}

	private _removeInternal(path: string): boolean {
		this._texts.beforeRemove(path);
		const removed = this._store.delete(path);
		if (removed === null) return false;
		this._resolver.remove(path);
		this._commons.remove(path);
		if (removed.person) this._search.removePerson(removed.person);
		if (removed.post) this._search.removePost(removed.post);
		return true;
	}

	private _shapeOf(path: string): NoteShape | undefined {
		const store = this._store;
		const kind = store.kinds.get(path);
		if (kind === undefined) return undefined;
		const topicNames = store.topicNames.get(path);
		const aliases = store.people.get(path)?.person.aliases ?? store.posts.get(path)?.post.aliases ?? topicNames?.slice(1) ?? [];
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
		// A daily note edited in place keeps the contact dates: upsert patches them.
		if (links) this._ledger.forgetContacts();
		if (links || person || kinds.has("post")) this._ledger.forgetShares();
		if (links || person) this._nameCache = null;
		if (topicNote) this._synonymCache = null;
		if (links || person || kinds.has("post") || topicNote) this.textRevision++;
	}

	private _touch(): void {
		this.revision++;
		this._ledger.forgetContacts();
		this._ledger.forgetShares();
		this._synonymCache = null;
		this._nameCache = null;
	}

	// --- Snapshots (snapshot.ts) ---------------------------------------------------------

	/** A note as a snapshot stores it. */
	storedNote(path: string): StoredNote | undefined {
		const search = this._store.people.has(path) ? "people" : "posts";
		const stored = this._store.stored(path, () => encodeHashes(this._search.phrasesOf(search, path)));
		const sentences = stored?.person || stored?.post ? this._commons.sentenceHashes(path) : undefined;
		if (stored !== undefined && sentences !== undefined) stored.sentences = encodeHashes(Uint32Array.from(sentences));
		return stored;
	}

	/** A search index as MiniSearch serialises it, without its terms (see packedTerms). */
	searchMeta(search: SearchName): SearchMeta {
		return this._search.meta(search);
	}

	/** A search index's terms with their postings, in groups of about `numbers` numbers. */
	packedTerms(search: SearchName, numbers: number): Generator<PackedTerms, void, undefined> {
		return this._search.packedTerms(search, numbers);
	}

	/** How many documents the posts' document-frequency table counts. */
	postsCounted(): number {
		return this._search.postDf.documentCount;
	}

	/** The posts' document-frequency table: each term and its count. */
	postFrequencies(): IterableIterator<[string, number]> {
		return this._search.postDf.entries();
	}

	/**
	 * Restoring from a snapshot, in steps: notes (restoreNotes), document frequencies
	 * (restorePostFrequencies), then each search index (restoreSearch). Only for a new index.
	 */
	restoreNotes(notes: readonly StoredNote[]): void {
		for (const stored of notes) {
			// The note as put back, its body as the store holds it (a stored note's may be packed).
			const note = this._store.restore(stored);
			const { path } = stored;
			const phrases = decodeHashes(stored.phrases ?? "");
			if (stored.person) this._search.restorePhrases("people", path, phrases);
			else if (stored.post) this._search.restorePhrases("posts", path, phrases);
			if (note && stored.sentences !== undefined) this._commons.restore(path, note, decodeHashes(stored.sentences));
			else if (note) this._commons.add(path, note);
			// Excluded notes are known to exist, not as link targets (as in a build).
			if (!isExcluded(path, this.config)) this._resolver.add(path);
		}
		this._store.resetOrder();
		this.textRevision++;
		this._touch();
	}

	restorePostFrequencies(documents: number, terms: readonly string[], counts: ArrayLike<number>): void {
		this._search.restorePostFrequencies(documents, terms, counts);
	}

	/**
	 * Puts back a search index from its meta and terms; it loads as a build's documents do
	 * (see settle). Throws on a meta MiniSearch did not write.
	 */
	restoreSearch(search: SearchName, meta: SearchMeta, terms: Iterable<[string, TermData]>): void {
		this._search.restore(search, meta, terms, search === "people" ? this._store.people : this._store.posts);
		this.textRevision++;
		this._touch();
	}

	/**
	 * Loads the documents a build gathered for the search indexes, a step at a time (the
	 * caller may hand the main thread back between steps); without it they are loaded at
	 * once on the first search.
	 */
	settle(): Generator<void, void, undefined> {
		return this._search.settle();
	}

	/** As settle, at once. */
	settleNow(): void {
		this._search.settleNow();
	}

	// --- Reading ---------------------------------------------------------------------------

	has(path: string): boolean {
		return this._store.kinds.has(path);
	}

	/** A note known to be unchanged but for its modification time (a save that changed no byte the index reads). */
	setMtime(path: string, mtime: number): void {
		if (this._store.kinds.has(path)) this._store.mtimes.set(path, mtime);
	}

	mtimeOf(path: string): number | undefined {
		return this._store.mtimes.get(path);
	}

	kindOf(path: string): StoredKind | undefined {
		return this._store.kinds.get(path);
	}

	paths(): string[] {
		return [...this._store.kinds.keys()];
	}

	get noteCount(): number {
		return this._store.kinds.size;
	}

	allPeople(): Person[] {
		return this._store.allPeople();
	}

	allPosts(): Post[] {
		return this._store.allPosts();
	}

	person(path: string): Person | undefined {
		return this._store.people.get(path)?.person;
	}

	post(path: string): Post | undefined {
		return this._store.posts.get(path)?.post;
	}

	problems(): Problem[] {
		return this._store.problems();
	}

	/** Resolves a link target (or a bare name) written in `sourcePath` to a note path. */
	resolve(target: string, sourcePath: string): string | null {
		return this._resolveLink ? this._resolveLink(target, sourcePath) : this._resolver.resolve(target, sourcePath);
	}

	/** Resolves a target and returns the path only when it is a person. */
	resolvePerson(target: string, sourcePath: string): string | null {
		const path = this.resolve(target, sourcePath);
		return path !== null && this._store.people.has(path) ? path : null;
	}

	resolvePost(target: string, sourcePath: string): string | null {
		const path = this.resolve(target, sourcePath);
		return path !== null && this._store.posts.has(path) ? path : null;
	}

	// What the contact ledger works out, as the reader interface names it.
	contactDates(personPath: string): readonly IsoDate[] { return this._ledger.contactDates(personPath); }
	sentPosts(personPath: string): Set<string> { return this._ledger.sentPosts(personPath); }
	replies(): ReadonlyMap<string, ReadonlySet<string>> { return this._ledger.replies(); }
	mentionsOf(postPath: string): Set<string> { return this._ledger.mentionsOf(postPath); }
	postLinks(postPath: string): readonly string[] { return this._store.postLinks.get(postPath) ?? []; }
	recipients(postPath: string): Set<string> { return this._ledger.recipients(postPath); }

	/** Synonym groups: the built-in abbreviations plus aliases of the vault's topic notes. */
	synonyms(): SynonymTable {
		if (this._synonymCache === null) {
			const groups: string[][] = BUILTIN_SYNONYMS.map((group) => [...group]);
			const topicNames = this._store.topicNames;
			for (const path of [...topicNames.keys()].sort()) groups.push(topicNames.get(path) ?? []);
			this._synonymCache = new SynonymTable(groups);
		}
		return this._synonymCache;
	}

	/** What recurs across the vault: boilerplate sentences, how common each topic is (vault-commons.ts). */
	get commons(): VaultCommons {
		return this._commons;
	}

	/** People's full names and the first names one person has (links/names.ts). */
	nameTable(): NameTable {
		this._nameCache ??= buildNameTable([...this._store.people.values()].map((entry) => entry.person));
		return this._nameCache;
	}

	searchPeople(terms: Map<string, number>, phrases: ReadonlyMap<string, number> = NO_PHRASES, tuning: SearchTuning = DEFAULT_SEARCH_TUNING): SearchHit[] { return this._search.searchPeople(terms, phrases, tuning); }
	searchPosts(terms: Map<string, number>, phrases: ReadonlyMap<string, number> = NO_PHRASES, tuning: SearchTuning = DEFAULT_SEARCH_TUNING): SearchHit[] { return this._search.searchPosts(terms, phrases, tuning); }
	phraseHaving(among: "people" | "posts", phrases: ReadonlyMap<string, number>): number[] { return this._search.phraseHaving(among, phrases); }
	scoreOne(among: "people" | "posts", path: string, terms: ReadonlyMap<string, number>, phrases: ReadonlyMap<string, number>, having: readonly number[]): SearchHit | null { return this._search.scoreOne(among, path, terms, phrases, having); }
}
