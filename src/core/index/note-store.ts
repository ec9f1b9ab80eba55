/**
 * The notes the index knows, as it keeps them: each note's kind, modification time and
 * problems; people and posts already coerced; what daily notes, posts and topic notes add.
 * Plain maps: the network index decides what goes in, and keeps the rest in step.
 */
import { compareText } from "../model/compare";
import type { IsoDate, NoteKind, Person, Post, Problem } from "../model/types";
import type { IndexedPerson, IndexedPost } from "./text-search";
import { heldBody, withBody } from "../vault/note-body";

/** A stored person or post with its body put back as it was held; throws on a body no snapshot wrote. */
function bodyBack<T extends { body: string }>(stored: T, held: { packed: boolean }): T {
	const { body, ...fields } = stored;
	// A packed body is bytes, one a character: anything else would decode to garbled text later.
	if (typeof body !== "string" || (held.packed && NOT_A_BYTE.test(body))) throw new Error("damaged body");
	return withBody<T>(fields, body, held);
}

const NOT_A_BYTE = /[^\0-\xff]/;

export type StoredKind = NoteKind | "daily";

/**
 * A daily note, or another note with a day in its `date` property, reduced to what last-contact
 * needs: its date and the links that count as contact (contact/dated-notes.ts).
 */
export interface DailyEntry {
	date: IsoDate;
	targets: string[];
}

/** A note as a snapshot stores it: what the index keeps of it, already coerced. */
export interface StoredNote {
	path: string;
	kind: StoredKind;
	mtime: number;
	problems?: Problem[];
	/** Its body as held: packed (bytes, one a character) when packedBody, so read it only through NoteStore.restore. */
	person?: Person;
	post?: Post;
	/** The person's or post's body is held packed (vault/note-body.ts). */
	packedBody?: true;
	/** Phrase hashes of a person's or post's body (encodeHashes). */
	phrases?: string;
	/** The hashes of a person's or post's sentences, as the vault's boilerplate counts them (encodeHashes). */
	sentences?: string;
	links?: string[];
	daily?: DailyEntry;
	/** An other note's name and aliases, when it has aliases (topic notes). */
	topicNames?: string[];
}

export class NoteStore {
	readonly kinds = new Map<string, StoredKind>();
	readonly mtimes = new Map<string, number>();
	readonly people = new Map<string, IndexedPerson>();
	readonly posts = new Map<string, IndexedPost>();
	readonly daily = new Map<string, DailyEntry>();
	/** Link targets written in each post (body and properties but `shared_with`), for "mentions them". */
	readonly postLinks = new Map<string, string[]>();
	/** Names and aliases of notes that are neither people nor posts: the vault's own synonyms. */
	readonly topicNames = new Map<string, string[]>();
	readonly problemsByPath = new Map<string, Problem[]>();
	private _peopleSorted: Person[] | null = null;
	private _postsSorted: Post[] | null = null;

	setPerson(path: string, entry: IndexedPerson): void {
		this.people.set(path, entry);
		this._peopleSorted = null;
	}

	setPost(path: string, entry: IndexedPost): void {
		this.posts.set(path, entry);
		this._postsSorted = null;
	}

	/** Forgets a note; what it was as a person or post, for the search indexes to forget too. */
	delete(path: string): { person?: IndexedPerson; post?: IndexedPost } | null {
		if (!this.kinds.delete(path)) return null;
		this.mtimes.delete(path);
		this.problemsByPath.delete(path);
		this.daily.delete(path);
		this.postLinks.delete(path);
		this.topicNames.delete(path);
		const person = this.people.get(path);
		const post = this.posts.get(path);
		if (person) {
			this.people.delete(path);
			this._peopleSorted = null;
		}
		if (post) {
			this.posts.delete(path);
			this._postsSorted = null;
		}
		return { ...(person ? { person } : {}), ...(post ? { post } : {}) };
	}

	/** A note as a snapshot stores it; `phrases` gives its encoded phrase hashes when it is a person or post. */
	stored(path: string, phrases: () => string): StoredNote | undefined {
		const kind = this.kinds.get(path);
		if (kind === undefined) return undefined;
		const stored: StoredNote = { path, kind, mtime: this.mtimes.get(path) ?? 0 };
		const problems = this.problemsByPath.get(path);
		if (problems) stored.problems = problems;
		const person = this.people.get(path);
		if (person) {
			// Phrases first: an index that analyses when asked packs bodies as it does.
			stored.phrases = phrases();
			const { note, packed } = heldBody(person.person);
			stored.person = note;
			if (packed) stored.packedBody = true;
		}
		const post = this.posts.get(path);
		if (post) {
			stored.phrases = phrases();
			const { note, packed } = heldBody(post.post);
			stored.post = note;
			if (packed) stored.packedBody = true;
		}
		const links = this.postLinks.get(path);
		if (links) stored.links = links;
		const daily = this.daily.get(path);
		if (daily) stored.daily = daily;
		const topicNames = this.topicNames.get(path);
		if (topicNames) stored.topicNames = topicNames;
		return stored;
	}

	/** Puts back a note a snapshot stored (call resetOrder once all are in); the person or post it holds, if any. */
	restore(stored: StoredNote): Person | Post | undefined {
		const { path } = stored;
		this.kinds.set(path, stored.kind);
		this.mtimes.set(path, stored.mtime);
		if (stored.problems && stored.problems.length > 0) this.problemsByPath.set(path, stored.problems);
		const held = { packed: stored.packedBody === true };
		const person = stored.person ? bodyBack(stored.person, held) : undefined;
		const post = !person && stored.post ? bodyBack(stored.post, held) : undefined;
		if (person) this.people.set(path, { person });
		if (post) this.posts.set(path, { post });
		if (stored.links) this.postLinks.set(path, stored.links);
		if (stored.daily) this.daily.set(path, stored.daily);
		if (stored.topicNames) this.topicNames.set(path, stored.topicNames);
		return person ?? post;
	}

	/** After a snapshot's notes were put back: sorted lists are made anew. */
	resetOrder(): void {
		this._peopleSorted = null;
		this._postsSorted = null;
	}

	allPeople(): Person[] {
		this._peopleSorted ??= [...this.people.values()].map((entry) => entry.person).sort(byName);
		return this._peopleSorted.slice();
	}

	allPosts(): Post[] {
		this._postsSorted ??= [...this.posts.values()].map((entry) => entry.post).sort((a, b) => compareText(a.title, b.title) || compareText(a.path, b.path));
		return this._postsSorted.slice();
	}

	problems(): Problem[] {
		const all: Problem[] = [];
		for (const path of [...this.problemsByPath.keys()].sort()) all.push(...(this.problemsByPath.get(path) ?? []));
		return all;
	}
}

function byName(a: Person, b: Person): number {
	return compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.path, b.path);
}
