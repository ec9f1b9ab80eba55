import MiniSearch from "minisearch";
import type { CoreConfig, DailyNoteDateParser, DailyNotesConfig } from "./config";
import type { IsoDate, NoteKind, NoteRecord, Person, Post, Problem } from "./types";
import { classify, isExcluded } from "./classify";
import { toPerson, toPost } from "./coerce";
import { dailyNoteDate } from "./daily-notes";
import { createLinkResolver, type LinkResolver } from "./link-resolver";
import { analyze, foldCase, termCounts } from "./text";
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

interface PersonDoc {
	id: string;
	name: string;
	topics: string;
	role: string;
	body: string;
}

interface PostDoc {
	id: string;
	title: string;
	topics: string;
	body: string;
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

function newPeopleSearch(): MiniSearch<PersonDoc> {
	return new MiniSearch<PersonDoc>({
		idField: "id",
		fields: [...PERSON_FIELDS],
		storeFields: [],
		tokenize: splitTerms,
		processTerm: keepTerm,
		searchOptions: { tokenize: splitTerms, processTerm: keepTerm, fuzzy: false, prefix: false },
		autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 500, batchWait: 10 },
	});
}

function newPostSearch(): MiniSearch<PostDoc> {
	return new MiniSearch<PostDoc>({
		idField: "id",
		fields: [...POST_FIELDS],
		storeFields: [],
		tokenize: splitTerms,
		processTerm: keepTerm,
		searchOptions: { tokenize: splitTerms, processTerm: keepTerm, fuzzy: false, prefix: false },
		autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 500, batchWait: 10 },
	});
}

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

/** Document frequency of terms over one set of documents, kept up to date on every change. */
class DocumentFrequency implements DocumentFrequencyTable {
	private readonly counts = new Map<string, number>();
	private docs = 0;

	add(terms: Iterable<string>): void {
		this.docs++;
		for (const term of terms) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
	}

	remove(terms: Iterable<string>): void {
		this.docs--;
		for (const term of terms) {
			const next = (this.counts.get(term) ?? 0) - 1;
			if (next <= 0) this.counts.delete(term);
			else this.counts.set(term, next);
		}
	}

	get(term: string): number {
		return this.counts.get(term) ?? 0;
	}

	get documentCount(): number {
		return this.docs;
	}
}

export interface NameEntry {
	words: string[];
	path: string;
}

export interface IndexedPerson {
	person: Person;
	/** Distinct analysed terms of the person's document (for document frequency). */
	terms: Set<string>;
}

export interface IndexedPost {
	post: Post;
	terms: Set<string>;
}

export class NetworkIndex {
	readonly config: CoreConfig;
	private readonly dailyNotes: DailyNotesConfig;
	private readonly parseDailyDate: DailyNoteDateParser;
	private readonly postBodyTerms: number;

	private readonly kinds = new Map<string, NoteKind | "daily">();
	private readonly people = new Map<string, IndexedPerson>();
	private readonly posts = new Map<string, IndexedPost>();
	private readonly daily = new Map<string, DailyEntry>();
	/** Link targets written in each post's body, for "mentions them". */
	private readonly postLinks = new Map<string, string[]>();
	/** Aliases of notes that are neither people nor posts: the vault's own synonyms. */
	private readonly topicAliases = new Map<string, string[]>();
	private readonly problemsByPath = new Map<string, Problem[]>();
	private readonly mtimes = new Map<string, number>();
	private readonly resolver: LinkResolver;

	private peopleSearch = newPeopleSearch();
	private postSearch = newPostSearch();
	readonly peopleDf = new DocumentFrequency();
	readonly postDf = new DocumentFrequency();

	private synonymCache: SynonymTable | null = null;
	private nameCache: Map<string, NameEntry[]> | null = null;
	private contactCache: Map<string, IsoDate[]> | null = null;
	private sentCache: Map<string, Set<string>> | null = null;
	private recipientCache: Map<string, Set<string>> | null = null;
	/** Bumped on every change; callers cache results against it. */
	revision = 0;

	constructor(options: IndexOptions) {
		this.config = options.config;
		this.dailyNotes = options.dailyNotes;
		this.parseDailyDate = options.parseDailyDate;
		this.postBodyTerms = options.postBodyTerms ?? 120;
		this.resolver = createLinkResolver([]);
	}

	/** Adds or replaces one note. */
	upsert(record: NoteRecord): void {
		this.removeInternal(record.path);
		this.mtimes.set(record.path, record.mtime);
		if (isExcluded(record.path, this.config)) {
			this.kinds.set(record.path, "other");
			this.touch();
			return;
		}
		const kind = classify(record, this.config);
		const problems: Problem[] = [];
		if (kind === "person") {
			const { person, problems: found } = toPerson(record, this.config);
			problems.push(...found);
			this.addPerson(person);
			this.resolver.add(record.path, person.aliases);
		} else if (kind === "post") {
			const { post, problems: found } = toPost(record, this.config);
			problems.push(...found);
			this.addPost(post);
			this.postLinks.set(record.path, record.links.map((link) => link.target));
			this.resolver.add(record.path, post.aliases);
		} else {
			const aliases = frontmatterAliases(record, this.config.fields.aliases);
			this.resolver.add(record.path, aliases);
			if (aliases.length > 0) this.topicAliases.set(record.path, [record.basename, ...aliases]);
			if (record.frontmatterError) {
				problems.push({ path: record.path, key: "frontmatter", message: record.frontmatterError });
			}
		}
		const date = kind === "other" ? dailyNoteDate(record.path, this.dailyNotes, this.parseDailyDate) : null;
		if (date !== null) {
			const targets = record.links.filter((link) => !link.inUncheckedTask).map((link) => link.target);
			this.daily.set(record.path, { date, targets });
			this.kinds.set(record.path, "daily");
		} else {
			this.kinds.set(record.path, kind);
		}
		if (problems.length > 0) this.problemsByPath.set(record.path, problems);
		this.touch();
	}

	/** Removes one note; unknown paths are ignored. */
	remove(path: string): void {
		if (this.removeInternal(path)) this.touch();
	}

	/** A rename is a removal of the old path and an upsert of the note at its new path. */
	rename(oldPath: string, record: NoteRecord): void {
		this.removeInternal(oldPath);
		this.upsert(record);
	}

	has(path: string): boolean {
		return this.kinds.has(path);
	}

	mtimeOf(path: string): number | undefined {
		return this.mtimes.get(path);
	}

	kindOf(path: string): NoteKind | "daily" | undefined {
		return this.kinds.get(path);
	}

	paths(): string[] {
		return [...this.kinds.keys()];
	}

	get noteCount(): number {
		return this.kinds.size;
	}

	allPeople(): Person[] {
		return [...this.people.values()].map((entry) => entry.person).sort(byName);
	}

	allPosts(): Post[] {
		return [...this.posts.values()].map((entry) => entry.post).sort((a, b) => compareText(a.title, b.title) || compareText(a.path, b.path));
	}

	person(path: string): Person | undefined {
		return this.people.get(path)?.person;
	}

	post(path: string): Post | undefined {
		return this.posts.get(path)?.post;
	}

	problems(): Problem[] {
		const all: Problem[] = [];
		for (const path of [...this.problemsByPath.keys()].sort()) all.push(...(this.problemsByPath.get(path) ?? []));
		return all;
	}

	/** Resolves a link target (or a bare name) written in `sourcePath` to a note path. */
	resolve(target: string, sourcePath: string): string | null {
		return this.resolver.resolve(target, sourcePath);
	}

	/** Resolves a target and returns the path only when it is a person. */
	resolvePerson(target: string, sourcePath: string): string | null {
		const path = this.resolver.resolve(target, sourcePath);
		return path !== null && this.people.has(path) ? path : null;
	}

	resolvePost(target: string, sourcePath: string): string | null {
		const path = this.resolver.resolve(target, sourcePath);
		return path !== null && this.posts.has(path) ? path : null;
	}

	/** Dates of daily notes that link to each person, oldest first (links on unchecked tasks excluded). */
	contactDates(personPath: string): IsoDate[] {
		if (this.contactCache === null) {
			const cache = new Map<string, IsoDate[]>();
			for (const [path, entry] of this.daily) {
				const seen = new Set<string>();
				for (const target of entry.targets) {
					const person = this.resolvePerson(target, path);
					if (person === null || seen.has(person)) continue;
					seen.add(person);
					const list = cache.get(person) ?? [];
					list.push(entry.date);
					cache.set(person, list);
				}
			}
			for (const dates of cache.values()) dates.sort();
			this.contactCache = cache;
		}
		return this.contactCache.get(personPath) ?? [];
	}

	/** Posts sent to a person: the post lists them in `shared_with`, or their log links the post. */
	sentPosts(personPath: string): Set<string> {
		if (this.sentCache === null) {
			const cache = new Map<string, Set<string>>();
			const add = (person: string, post: string): void => {
				const set = cache.get(person) ?? new Set<string>();
				set.add(post);
				cache.set(person, set);
			};
			for (const { post } of this.posts.values()) {
				for (const name of post.sharedWith) {
					const person = this.resolvePerson(name, post.path);
					if (person !== null) add(person, post.path);
				}
			}
			for (const { person } of this.people.values()) {
				for (const entry of person.log) {
					for (const link of entry.links) {
						const post = this.resolvePost(link, person.path);
						if (post !== null) add(person.path, post);
					}
				}
			}
			this.sentCache = cache;
		}
		return this.sentCache.get(personPath) ?? new Set<string>();
	}

	/** People a post links to. */
	mentionsOf(postPath: string): Set<string> {
		const out = new Set<string>();
		for (const target of this.postLinks.get(postPath) ?? []) {
			const person = this.resolvePerson(target, postPath);
			if (person !== null) out.add(person);
		}
		return out;
	}

	/** People a post was sent to: the reverse of sentPosts. */
	recipients(postPath: string): Set<string> {
		if (this.recipientCache === null) {
			const cache = new Map<string, Set<string>>();
			for (const personPath of this.people.keys()) {
				for (const post of this.sentPosts(personPath)) {
					const set = cache.get(post) ?? new Set<string>();
					set.add(personPath);
					cache.set(post, set);
				}
			}
			this.recipientCache = cache;
		}
		return this.recipientCache.get(postPath) ?? new Set<string>();
	}

	/** Synonym groups: the built-in abbreviations plus aliases of the vault's topic notes. */
	synonyms(): SynonymTable {
		if (this.synonymCache === null) {
			const groups: string[][] = BUILTIN_SYNONYMS.map((group) => [...group]);
			for (const path of [...this.topicAliases.keys()].sort()) groups.push(this.topicAliases.get(path) ?? []);
			this.synonymCache = new SynonymTable(groups);
		}
		return this.synonymCache;
	}

	/**
	 * People's full names and multi-word aliases, keyed by their first folded word, for
	 * finding unlinked mentions. One-word names are left out: "Ben" is too ambiguous.
	 */
	nameTable(): Map<string, NameEntry[]> {
		if (this.nameCache === null) {
			const table = new Map<string, NameEntry[]>();
			for (const { person } of this.people.values()) {
				for (const name of [person.name, ...person.aliases]) {
					const words = foldCase(name).match(/[\p{L}\p{N}]+/gu) ?? [];
					if (words.length < 2) continue;
					const first = words[0] as string;
					const list = table.get(first) ?? [];
					list.push({ words, path: person.path });
					table.set(first, list);
				}
			}
			this.nameCache = table;
		}
		return this.nameCache;
	}

	/** Full-text search over people; terms are analysed terms, weights their importance. */
	searchPeople(weights: Map<string, number>, tuning: SearchTuning = DEFAULT_SEARCH_TUNING): SearchHit[] {
		return this.search(this.peopleSearch, weights, tuning.peopleBoost, tuning.bm25);
	}

	searchPosts(weights: Map<string, number>, tuning: SearchTuning = DEFAULT_SEARCH_TUNING): SearchHit[] {
		return this.search(this.postSearch, weights, tuning.postBoost, tuning.bm25);
	}

	private search<T>(
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

	private addPerson(person: Person): void {
		const doc = personDoc(person);
		const terms = new Set<string>();
		for (const field of PERSON_FIELDS) if (field !== "name") for (const term of splitTerms(doc[field])) terms.add(term);
		this.peopleSearch.add(doc);
		this.peopleDf.add(terms);
		this.people.set(person.path, { person, terms });
	}

	private addPost(post: Post): void {
		const bodyTerms = termCounts(analyze(post.body));
		const doc = postDoc(post, bodyTerms, this.postBodyTerms);
		const terms = new Set<string>([...splitTerms(doc.title), ...splitTerms(doc.topics), ...bodyTerms.keys()]);
		this.postSearch.add(doc);
		this.postDf.add(terms);
		this.posts.set(post.path, { post, terms });
	}

	private removeInternal(path: string): boolean {
		const kind = this.kinds.get(path);
		if (kind === undefined) return false;
		this.kinds.delete(path);
		this.mtimes.delete(path);
		this.problemsByPath.delete(path);
		this.daily.delete(path);
		this.postLinks.delete(path);
		this.topicAliases.delete(path);
		this.resolver.remove(path);
		// `remove` (not `discard`) with the document as indexed, rebuilt from the same data:
		// a discarded document lingers in the term statistics until a vacuum, and searches
		// in the meantime score with inflated document frequencies (even negative scores).
		const person = this.people.get(path);
		if (person) {
			this.peopleSearch.remove(personDoc(person.person));
			this.peopleDf.remove(person.terms);
			this.people.delete(path);
		}
		const post = this.posts.get(path);
		if (post) {
			this.postSearch.remove(postDoc(post.post, termCounts(analyze(post.post.body)), this.postBodyTerms));
			this.postDf.remove(post.terms);
			this.posts.delete(path);
		}
		return true;
	}

	private touch(): void {
		this.revision++;
		this.contactCache = null;
		this.sentCache = null;
		this.recipientCache = null;
		this.synonymCache = null;
		this.nameCache = null;
	}
}

/** A person as MiniSearch indexes them; the same person always gives the same document. */
function personDoc(person: Person): PersonDoc {
	return {
		id: person.path,
		name: analyze([person.name, ...person.aliases].join(". ")).join(" "),
		topics: analyze([...person.topics, ...person.tags.map((tag) => tag.replace(/[-_/]/g, " "))].join(". ")).join(" "),
		role: analyze([person.role ?? "", person.company ?? ""].join(". ")).join(" "),
		body: analyze(person.body).join(" "),
	};
}

/** A post as MiniSearch indexes it: title, topics and its most frequent body terms. */
function postDoc(post: Post, bodyTerms: Map<string, number>, bodyTermCount: number): PostDoc {
	const top = [...bodyTerms.entries()]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
		.slice(0, bodyTermCount);
	return {
		id: post.path,
		title: analyze(post.title).join(" "),
		topics: analyze([...post.topics, ...post.tags.map((tag) => tag.replace(/[-_/]/g, " "))].join(". ")).join(" "),
		body: top.flatMap(([term, count]) => Array<string>(Math.min(count, 5)).fill(term)).join(" "),
	};
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
