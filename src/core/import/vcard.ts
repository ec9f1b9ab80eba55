/**
 * vCard files (3.0 and 4.0: Google Contacts, Apple Contacts, Outlook) read into contacts with
 * ical.js. The file is cut at its BEGIN:VCARD / END:VCARD lines and each card parsed alone, so
 * one broken card is a skip and the cards around it are still imported.
 */
import ICAL from "ical.js";
import { ImportFormatError, type ImportContact, type ImportItems, type ImportSkip } from "./types";

type Component = InstanceType<typeof ICAL.Component>;

/** The text of each card, in file order; `null` for a card that never ends. */
export function splitCards(text: string): Array<string | null> {
	const cards: Array<string | null> = [];
	const pattern = /^[ \t]*(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*$/gim;
	let open = -1;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text)) !== null) {
		const begins = (match[1] as string).toUpperCase() === "BEGIN";
		if (begins) {
			// A BEGIN inside an open card: the open card never ended.
			if (open !== -1) cards.push(null);
			open = match.index;
		} else if (open !== -1) {
			cards.push(text.slice(open, match.index + match[0].length));
			open = -1;
		}
	}
	if (open !== -1) cards.push(null);
	return cards;
}

/** A property value as text: ical.js gives strings, arrays for structured values, objects for dates. */
function textOf(value: unknown): string {
	if (Array.isArray(value)) return value.map(textOf).join(" ");
	if (typeof value === "string") return value.trim();
	// A date or another typed value: ical.js gives it a toString that writes it as the card did.
	return value === null || value === undefined ? "" : (value as { toString(): string }).toString().trim();
}

/** Every value of a property, structured values flattened: ical.js types them loosely. */
function valuesOf(property: { getValues(): unknown[] }): unknown[] {
	return property.getValues().flat();
}

function allValues(card: Component, name: string): string[] {
	return card
		.getAllProperties(name)
		.flatMap(valuesOf)
		.map(textOf)
		.filter((value) => value !== "");
}

function firstValue(card: Component, name: string): string | null {
	const property = card.getFirstProperty(name);
	if (property === null) return null;
	// ORG is structured (organisation; unit; …): the organisation is the company.
	const [value] = valuesOf(property);
	const text = textOf(value);
	return text === "" ? null : text;
}

/** N is family; given; additional; prefixes; suffixes. The name as written in order. */
function nameFromN(card: Component): string {
	const property = card.getFirstProperty("n");
	if (property === null) return "";
	const value: unknown = property.getFirstValue();
	const parts = Array.isArray(value) ? value.map(textOf) : textOf(value).split(";");
	const [family = "", given = "", additional = "", prefix = "", suffix = ""] = parts;
	return [prefix, given, additional, family, suffix].join(" ");
}

function cardContact(card: Component, item: number): ImportContact | string {
	if (card.name !== "vcard") return "It is not a vCard.";
	const name = (firstValue(card, "fn") ?? nameFromN(card)).replace(/\s+/g, " ").trim();
	if (name === "") return "The card has no name (FN or N).";
	const emails = [...new Set(allValues(card, "email").map((email) => email.replace(/^mailto:/i, "").toLowerCase()))];
	const tags = [...new Set(allValues(card, "categories"))];
	return {
		item,
		name,
		emails,
		company: firstValue(card, "org"),
		role: firstValue(card, "title"),
		url: firstValue(card, "url"),
		tags,
		note: firstValue(card, "note"),
		connected: null,
	};
}

/** Why ical.js could not read a card, in one line. */
function why(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return (message.split("\n")[0] ?? "").slice(0, 200);
}

/**
 * The contacts of a vCard file; item = the card's 1-based place in the file. Throws
 * ImportFormatError when the file holds no card at all.
 */
export function parseVCard(text: string): ImportItems & { source: "vcard" } {
	const source = text.replace(/^\uFEFF/, "");
	if (source.trim() === "") throw new ImportFormatError("The file is empty: a vCard file holds cards from BEGIN:VCARD to END:VCARD.");
	const cards = splitCards(source);
	if (cards.length === 0) throw new ImportFormatError("This is not a vCard file: no BEGIN:VCARD line was found.");
	const contacts: ImportContact[] = [];
	const skipped: ImportSkip[] = [];
	cards.forEach((cardText, index) => {
		const item = index + 1;
		if (cardText === null) {
			skipped.push({ item, reason: "The card never ends (no END:VCARD before the next card or the end of the file)." });
			return;
		}
		let contact: ImportContact | string;
		try {
			contact = cardContact(new ICAL.Component(ICAL.parse(cardText) as unknown[]), item);
		} catch (error) {
			contact = `The card could not be read: ${why(error)}.`;
		}
		if (typeof contact === "string") skipped.push({ item, reason: contact });
		else contacts.push(contact);
	});
	return { source: "vcard", contacts, skipped };
}
