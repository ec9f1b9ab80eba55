import { contactStatus, lastContact, type ContactStatus } from "./last-contact";
import type { NetworkIndex } from "./network-index";
import type { IsoDate, Person } from "./types";

/** A person's contact status from every source the index knows: their note and daily notes. */
export function statusOf(index: NetworkIndex, person: Person, today: IsoDate): ContactStatus {
	const last = lastContact(person, index.contactDates(person.path), today);
	return contactStatus(person, index.config, last.date, today);
}
