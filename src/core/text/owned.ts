/**
 * Copies of strings for keeping. A value cut out of a note's text (a log line, a topic, a
 * link target) shares that text's memory: kept for as long as the note is indexed, one
 * short string would keep the whole note alive beside the copy the index holds of it.
 */
import { detached } from "./terms";

/** The value with every string in it (in arrays and plain objects too) copied. */
export function owned<T>(value: T): T {
	if (typeof value === "string") return detached(value) as T;
	if (Array.isArray(value)) return value.map((item: unknown) => owned(item)) as T;
	if (value !== null && typeof value === "object") {
		const out: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) out[key] = owned(item);
		return out as T;
	}
	return value;
}
