/**
 * Who was in touch with whom, as the notes say it: the dates of daily notes and other dated
 * notes whose contacts include each person (contact/dated-notes.ts), and which posts were
 * sent to whom (a post's `shared_with`, or a person's log linking the post) and who replied
 * to which (a person's log line `Replied [[Post]]`). Worked out when
 * first asked and kept until a change can make it wrong; a daily or dated note edited in
 * place patches only its own people's dates.
 */
import { logKind } from "../contact/log-section";
import type { IsoDate } from "../model/types";
import type { DailyEntry, NoteStore } from "./note-store";

/** How link targets become people and posts (the network index's resolver). */
export interface TargetResolver {
	resolvePerson(target: string, sourcePath: string): string | null;
	resolvePost(target: string, sourcePath: string): string | null;
}

/** One empty list for everyone without contact dates: the same list until that changes, as for everyone else. */
const NO_DATES: readonly IsoDate[] = Object.freeze([]);

export class ContactLedger {
	private _contacts: Map<string, IsoDate[]> | null = null;
	private _sent: Map<string, Set<string>> | null = null;
	private _recipients: Map<string, Set<string>> | null = null;
	private _replies: Map<string, Set<string>> | null = null;

	constructor(
		private readonly _store: NoteStore,
		private readonly _resolver: TargetResolver,
	) {}

	/** Contact dates may have changed anywhere: they are counted again when next asked. */
	forgetContacts(): void {
		this._contacts = null;
	}

	/** Who was sent what may have changed. */
	forgetShares(): void {
		this._sent = null;
		this._recipients = null;
		this._replies = null;
	}

	/** Dates of daily and dated notes that count each person as a contact, oldest first (see contact/dated-notes.ts). */
	contactDates(personPath: string): readonly IsoDate[] {
		if (this._contacts === null) {
			const cache = new Map<string, IsoDate[]>();
			for (const [path, entry] of this._store.daily) {
				for (const person of this._contactsIn(path, entry)) {
					const list = cache.get(person) ?? [];
					list.push(entry.date);
					cache.set(person, list);
				}
			}
			for (const dates of cache.values()) dates.sort();
			this._contacts = cache;
		}
		return this._contacts.get(personPath) ?? NO_DATES;
	}

	/** Brings the contact dates up to date with one daily or dated note's change (old entry → new entry), when they are counted. */
	patchDaily(path: string, old: DailyEntry | undefined, now: DailyEntry | undefined): void {
		const cache = this._contacts;
		if (cache === null) return;
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

	/** The people a daily or dated note counts as contacted, each once. */
	private _contactsIn(path: string, entry: DailyEntry | undefined): Set<string> {
		const people = new Set<string>();
		for (const target of entry?.targets ?? []) {
			const person = this._resolver.resolvePerson(target, path);
			if (person !== null) people.add(person);
		}
		return people;
	}

	/** Posts sent to a person: the post lists them in `shared_with`, or their log links the post. */
	sentPosts(personPath: string): Set<string> {
		if (this._sent === null) {
			const cache = new Map<string, Set<string>>();
			const add = (person: string, post: string): void => {
				const set = cache.get(person) ?? new Set<string>();
				set.add(post);
				cache.set(person, set);
			};
			for (const { post } of this._store.posts.values()) {
				for (const name of post.sharedWith) {
					const person = this._resolver.resolvePerson(name, post.path);
					if (person !== null) add(person, post.path);
				}
			}
			for (const { person } of this._store.people.values()) {
				for (const entry of person.log) {
					for (const link of entry.links) {
						const post = this._resolver.resolvePost(link, person.path);
						if (post !== null) add(person.path, post);
					}
				}
			}
			this._sent = cache;
		}
		return this._sent.get(personPath) ?? new Set<string>();
	}

	/** Everyone who replied to a post, with the posts they replied to (`- YYYY-MM-DD Replied [[Post]]` in their log). */
	replies(): ReadonlyMap<string, ReadonlySet<string>> {
		if (this._replies === null) {
			const cache = new Map<string, Set<string>>();
			for (const { person } of this._store.people.values()) {
				for (const entry of person.log) {
					if (logKind(entry) !== "replied") continue;
					for (const link of entry.links) {
						const post = this._resolver.resolvePost(link, person.path);
						if (post === null) continue;
						const set = cache.get(person.path) ?? new Set<string>();
						set.add(post);
						cache.set(person.path, set);
					}
				}
			}
			this._replies = cache;
		}
		return this._replies;
	}

	/** People a post was sent to: the reverse of sentPosts. */
	recipients(postPath: string): Set<string> {
		if (this._recipients === null) {
			const cache = new Map<string, Set<string>>();
			for (const personPath of this._store.people.keys()) {
				for (const post of this.sentPosts(personPath)) {
					const set = cache.get(post) ?? new Set<string>();
					set.add(personPath);
					cache.set(post, set);
				}
			}
			this._recipients = cache;
		}
		return this._recipients.get(postPath) ?? new Set<string>();
	}

	/** People a post links to. */
	mentionsOf(postPath: string): Set<string> {
		const out = new Set<string>();
		for (const target of this._store.postLinks.get(postPath) ?? []) {
			const person = this._resolver.resolvePerson(target, postPath);
			if (person !== null) out.add(person);
		}
		return out;
	}
}
