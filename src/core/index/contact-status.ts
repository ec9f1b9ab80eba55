import { contactStatus, lastContact, type ContactStatus } from "../contact/last-contact";
import type { NetworkReader } from "./network-reader";
import type { IsoDate, Person } from "../model/types";

interface CachedStatus {
	/** The contact dates it was worked out from: the index hands out a new list when they change. */
	dates: readonly IsoDate[];
	today: IsoDate;
	status: ContactStatus;
}

/**
 * Statuses already worked out, per index and person (an edited person is a new object).
 * Valid while the person's contact dates and the day stay the same, so a daily note edit
 * recomputes only the people it links.
 */
const caches = new WeakMap<NetworkReader, WeakMap<Person, CachedStatus>>();

/** A person's contact status from every source the index knows: their note and daily notes. */
export function statusOf(index: NetworkReader, person: Person, today: IsoDate): ContactStatus {
	let cache = caches.get(index);
	if (cache === undefined) {
		cache = new WeakMap();
		caches.set(index, cache);
	}
	const dates = index.contactDates(person.path);
	let cached = cache.get(person);
	if (cached === undefined || cached.dates !== dates || cached.today !== today) {
		const last = lastContact(person, dates, today);
		cached = { dates, today, status: contactStatus(person, index.config, last.date, today) };
		cache.set(person, cached);
	}
	return { ...cached.status };
}
