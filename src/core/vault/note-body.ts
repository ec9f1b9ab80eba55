/**
 * The body of a person or post as the index holds it: packed where that saves memory
 * (text/packed-text.ts), read back as the text through `body`. The body is the largest
 * thing the index keeps of a note, and most notes' bodies are one curly quote away from
 * taking two bytes a character.
 *
 * `body` stays an enumerable property, so JSON, spreads and comparisons see the text; what
 * it holds sits in two hidden slots, added in the same order on every note so they keep one
 * shape. A snapshot stores the held form (heldBody) and gives it back (withBody), so
 * neither packs nor unpacks a body. Reading a packed body decodes it (about 20 µs for 4 KB),
 * so what reads bodies often keeps what it made of them (the query caches in match/).
 */
import { packText, unpackText } from "../text/packed-text";
import { detached } from "../text/terms";

const TEXT = Symbol("body as held");
const PACKED = Symbol("body is packed");

interface Held {
	[TEXT]: string;
	[PACKED]: boolean;
}

function isHeld(value: object): value is Held {
	return Object.prototype.hasOwnProperty.call(value, TEXT);
}

function readBody(this: Held): string {
	return this[PACKED] ? unpackText(this[TEXT]) : this[TEXT];
}

function writeBody(this: Held, body: string): void {
	this[TEXT] = detached(body);
	this[PACKED] = false;
}

/**
 * The note's fields with `body` added: as the text until packBody (the index packs a body
 * once it has analysed it, which reads it twice), or as it was held (from heldBody).
 */
export function withBody<T extends { body: string }>(fields: Omit<T, "body">, body: string, held?: { packed: boolean }): T {
	const packed = held?.packed === true;
	Object.defineProperty(fields, TEXT, { value: packed ? body : detached(body), writable: true });
	Object.defineProperty(fields, PACKED, { value: packed, writable: true });
	Object.defineProperty(fields, "body", { get: readBody, set: writeBody, enumerable: true, configurable: true });
	return fields as T;
}

/** Packs the note's body where that saves memory (a note made by withBody; others are left as they are). */
export function packBody(note: object): void {
	if (!isHeld(note) || note[PACKED]) return;
	const packed = packText(note[TEXT]);
	if (packed === null) return;
	note[TEXT] = packed;
	note[PACKED] = true;
}

/** A plain copy of the note for storing, its body as held (packed or not), without unpacking it. */
export function heldBody<T extends { body: string }>(note: T): { note: T; packed: boolean } {
	const copy: Record<string, unknown> = {};
	for (const key of Object.keys(note)) if (key !== "body") copy[key] = note[key as keyof T];
	const packed = isHeld(note) && note[PACKED];
	copy.body = isHeld(note) ? note[TEXT] : note.body;
	return { note: copy as T, packed };
}
