import type { Person, Post } from "../model/types";
import type { NoteStore } from "./note-store";
import type { TextSearch } from "./text-search";
import type { VaultCommons } from "./vault-commons";
import { packBody } from "../vault/note-body";

/**
 * People's and posts' text as the index reads it: full-text search (text-search.ts) and
 * what recurs across the vault (vault-commons.ts), fed as each note arrives or, for an
 * index built `whenAsked`, when something first reads or changes either of them.
 *
 * The command line builds in one pass, and most of its commands never search: analysing
 * text is most of a build. Whatever reads the search or the commons finds every person
 * and post that arrived already analysed, in the order they arrived, so it sees exactly
 * what an index that analysed each note on arrival holds. The plugin builds in slices and
 * so analyses as notes arrive.
 */
export class NoteTexts {
	/** People and posts not analysed yet, in the order they arrived. */
	private readonly _unread = new Set<string>();

	constructor(
		private readonly _search: TextSearch,
		private readonly _commons: VaultCommons,
		private readonly _store: NoteStore,
		private readonly _whenAsked: boolean,
	) {}

	get search(): TextSearch {
		if (this._unread.size > 0) this._read();
		return this._search;
	}

	get commons(): VaultCommons {
		if (this._unread.size > 0) this._read();
		return this._commons;
	}

	/** A person or post (or a note that is both) has arrived at `path`: stores it, analysed now or later. */
	arrive(path: string, person: Person | undefined, post: Post | undefined): void {
		if (!this._whenAsked) {
			this._analyse(path, person, post);
			return;
		}
		// As the search gives them back (IndexedPerson, IndexedPost): it keeps nothing else.
		if (person) this._store.setPerson(path, { person });
		if (post) this._store.setPost(path, { post });
		this._unread.add(path);
	}

	/**
	 * Call before the note at `path` leaves the store: a removal changes the averages the
	 * search scores with, so it must find the search as an index built eagerly holds it.
	 */
	beforeRemove(path: string): void {
		if (this._unread.size > 0 && this._store.kinds.has(path)) this._read();
	}

	private _read(): void {
		const paths = [...this._unread];
		this._unread.clear();
		for (const path of paths) this._analyse(path, this._store.people.get(path)?.person, this._store.posts.get(path)?.post);
	}

	private _analyse(path: string, person: Person | undefined, post: Post | undefined): void {
		if (person) this._store.setPerson(path, this._search.addPerson(person));
		if (post) this._store.setPost(path, this._search.addPost(post));
		const note = person ?? post;
		if (note) {
			this._commons.add(path, note);
			// Packed once search and commons have analysed it, so analysis never pays for decoding (vault/note-body.ts).
			packBody(note);
		}
	}
}
