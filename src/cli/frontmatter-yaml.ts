/**
 * Frontmatter YAML parsed as Obsidian reads it, in time linear in its size. The `yaml`
 * package checks each new key of a map against every key before it (40,000 keys take
 * seconds, 200,000 minutes); here that check is off and a duplicate key is found afterwards
 * with one set per map, then reported in the package's own words. A block of only flat
 * `key: plain value` lines (what a hostile block of many keys is) skips the package: it costs
 * microseconds a key, and such a block means the same to any YAML parser.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, Schema, type Node } from "yaml";

/**
 * Turns Date objects (should a YAML schema produce any) back into `YYYY-MM-DD` text, in place:
 * the parsed value is the parser's own, and copying a block of 200,000 keys costs more than
 * parsing it.
 */
function withoutDates(value: unknown): unknown {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		const iso = value.toISOString();
		return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
	}
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) value[i] = withoutDates(value[i]);
	} else if (value !== null && typeof value === "object") {
		const object = value as Record<string, unknown>;
		for (const key of Object.keys(object)) {
			const item = object[key];
			const plain = withoutDates(item);
			// defineProperty, not assignment: a `__proto__` key stays a key, not the prototype.
			if (plain !== item) Object.defineProperty(object, key, { value: plain, writable: true, enumerable: true, configurable: true });
		}
	}
	return value;
}

/** Line and column (1-based) of an offset, as the `yaml` package words its errors. */
function position(text: string, offset: number): string {
	let line = 1;
	let lineStart = 0;
	for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) {
		line++;
		lineStart = at + 1;
	}
	return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * The first key that repeats a key of the same map, or null. Keys are the same when they are
 * the same node or scalars of equal value, as the `yaml` package compares them.
 */
function firstDuplicateKey(root: unknown): Node | null {
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const node = stack.pop();
		if (isMap(node)) {
			const seen = new Set<unknown>();
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? pair.key.value : pair.key;
				if (seen.has(key)) return pair.key as Node;
				seen.add(key);
				stack.push(pair.key, pair.value);
			}
		} else if (isSeq(node)) stack.push(...node.items);
		else if (isPair(node)) stack.push(node.key, node.value);
	}
	return null;
}

/** The core schema's scalar types, tried in order as the `yaml` package tries them on plain scalars. */
interface ScalarTag {
	test: RegExp;
	resolve?: (text: string, onError: () => void, options: { intAsBigInt: boolean }) => unknown;
}
const SCALAR_TAGS = new Schema({ schema: "core" }).tags.filter((tag) => tag.default === true && tag.test !== undefined) as unknown as ScalarTag[];
const FLAT_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// A plain scalar that cannot be anything else: no quotes, flow, comment, anchor, tag, block
// indicator or `: `; never a lone `-` (a list) nor ending in a space (trimmed).
const FLAT_VALUE = /^(?:[\p{L}\p{N}_./+]|-(?=[^ ]))(?:[\p{L}\p{N}_ .,/+-]*[\p{L}\p{N}_.,/+-])?$/u;
/** A key YAML reads as null (`null`, `Null`, `NULL`) becomes the key "" in JavaScript: left to the parser. */
const NULL_KEY = /^(?:[Nn]ull|NULL)$/;
const NO_ERROR = (): void => undefined;

function plainScalar(text: string): unknown {
	const tag = SCALAR_TAGS.find((candidate) => candidate.test.test(text));
	if (tag?.resolve === undefined) return text;
	const value: unknown = tag.resolve(text, NO_ERROR, { intAsBigInt: false });
	return isScalar(value) ? value.value : value;
}

/**
 * The block as an object when every line is `key: plain value`, `key:`, blank or a comment,
 * with no key twice; null when it is anything else (then the full parser reads it).
 */
function flatBlock(yaml: string): Record<string, unknown> | null {
	const out: Record<string, unknown> = {};
	let keys = 0;
	for (const line of yaml.split("\n")) {
		if (line.trim() === "" || line.startsWith("#")) continue;
		const colon = line.indexOf(":");
		const written = line.slice(0, colon);
		if (colon < 0 || !FLAT_KEY.test(written) || NULL_KEY.test(written)) return null;
		// A key is a scalar too: `True` is the key "true".
		const key = String(plainScalar(written));
		if (key === "__proto__" || Object.prototype.hasOwnProperty.call(out, key)) return null;
		const rest = line.slice(colon + 1);
		if (rest !== "" && !(rest.startsWith(" ") && FLAT_VALUE.test(rest.slice(1)))) return null;
		out[key] = rest === "" ? null : plainScalar(rest.slice(1));
		keys++;
	}
	return keys > 0 ? out : null;
}

/**
 * Parses frontmatter YAML like Obsidian does: YAML 1.2 core schema, so `2026-11-05`
 * stays the string it was typed as. Throws on invalid YAML, duplicate keys included.
 */
export function parseFrontmatterYaml(yaml: string): unknown {
	const flat = flatBlock(yaml);
	if (flat !== null) return flat;
	const doc = parseDocument(yaml, { schema: "core", merge: true, logLevel: "error", uniqueKeys: false });
	if (doc.errors.length > 0) throw doc.errors[0] as Error;
	const duplicate = firstDuplicateKey(doc.contents);
	if (duplicate !== null) throw new Error(`Map keys must be unique at ${position(yaml, duplicate.range?.[0] ?? 0)}`);
	return withoutDates(doc.toJS());
}
