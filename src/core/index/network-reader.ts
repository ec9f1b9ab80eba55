/**
 * What matching and the overviews read of the network index: people and posts, how they
 * are linked, who was sent what, and full-text search. A small interface, so match/ and
 * overview/ compute evidence, reasons and lists without knowing how the index keeps them.
 */
import type { NameTable } from "../links/names";
import type { VaultCommons } from "./vault-commons";
import type { CoreConfig } from "../model/config";
import type { IsoDate, Person, Post } from "../model/types";
import type { SynonymTable } from "../text/synonyms";
import type { DocumentFrequencyTable } from "./frequency";
import type { SearchHit, SearchTuning } from "./text-search";

export interface NetworkReader {
	readonly config: CoreConfig;
	/** Bumped on every change; callers cache results against it. */
	readonly revision: number;
	/** Bumped only by changes that can change text matching (see NetworkIndex). */
	readonly textRevision: number;
	/** Document frequency over people (their names aside) and over posts. */
	readonly peopleDf: DocumentFrequencyTable;
	readonly postDf: DocumentFrequencyTable;
	/** About how many people and posts (or only one of them) say a phrase term once in their body, which neither table counts. */
	phraseSaidOnce(term: string, among?: "people" | "posts"): number;

	person(path: string): Person | undefined;
	post(path: string): Post | undefined;
	/** Sorted by name, then path. */
	allPeople(): Person[];
	/** Sorted by title, then path. */
	allPosts(): Post[];

	/** A link target (or bare name) written in `sourcePath`, when it is a person. */
	resolvePerson(target: string, sourcePath: string): string | null;
	/** What recurs across the vault: boilerplate sentences (`withoutBoilerplate`), how common each topic is (`topicWeight`). */
	readonly commons: Pick<VaultCommons, "topicWeight" | "withoutBoilerplate">;
	/** People's full names and the first names one person has. */
	nameTable(): NameTable;
	/** The built-in synonyms plus the vault's topic notes' aliases. */
	synonyms(): SynonymTable;

	/** Dates of daily notes that link to a person, oldest first. */
	contactDates(personPath: string): readonly IsoDate[];
	/** Posts sent to a person. */
	sentPosts(personPath: string): Set<string>;
	/** People a post was sent to. */
	recipients(postPath: string): Set<string>;
	/** Everyone who logged a reply to a post, with the posts they replied to. */
	replies(): ReadonlyMap<string, ReadonlySet<string>>;
	/** People a post links to. */
	mentionsOf(postPath: string): Set<string>;
	/** A post's link targets as written (its body's and properties' but `shared_with`). */
	postLinks(postPath: string): readonly string[];

	searchPeople(terms: Map<string, number>, phrases?: ReadonlyMap<string, number>, tuning?: SearchTuning): SearchHit[];
	searchPosts(terms: Map<string, number>, phrases?: ReadonlyMap<string, number>, tuning?: SearchTuning): SearchHit[];
	/** How many people (or posts) say each of a query's phrases in their body (searchPeople weighs phrases by it). */
	phraseHaving(among: "people" | "posts", phrases: ReadonlyMap<string, number>): number[];
	/** What searchPeople (searchPosts) would score one person (post) for a query, null when it would not find them, without searching all. */
	scoreOne(among: "people" | "posts", path: string, terms: ReadonlyMap<string, number>, phrases: ReadonlyMap<string, number>, having: readonly number[]): SearchHit | null;
}
