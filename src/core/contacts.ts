import { contactStatus, lastContact, type ContactStatus } from "./last-contact";
import type { NetworkIndex } from "./network-index";
import type { IsoDate, Person } from "./types";

interface StatusCache {
	revision: number;
	today: IsoDate;
	statuses: Map<Person, ContactStatus>;
}

/** Statuses already worked out, per index, valid for one revision of it and one day. */
const caches = new WeakMap<NetworkIndex, StatusCache>();

/** A person's contact status from every source the index knows: their note and daily notes. */
export function statusOf(index: NetworkIndex, person: Person, today: IsoDate): ContactStatus {
	let cache = caches.get(index);
	if (cache === undefined || cache.revision !== index.revision || cache.today !== today) {
		cache = { revision: index.revision, today, statuses: new Map() };
		caches.set(index, cache);
	}
	let status = cache.statuses.get(person);
	if (status === undefined) {
		const last = lastContact(person, index.contactDates(person.path), today);
		status = contactStatus(person, index.config, last.date, today);
		cache.statuses.set(person, status);
	}
	return { ...status };
}
