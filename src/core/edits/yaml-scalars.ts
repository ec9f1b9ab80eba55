/**
 * One YAML scalar as text: how to write a string so that any YAML parser reads it back as
 * exactly that string (`yamlScalar`), and how the in-place frontmatter editor reads the
 * scalars it meets (quoted, plain, folded over several lines) without a YAML parser.
 *
 * Writing is conservative: a string is left unquoted only when it cannot look like anything
 * else to a YAML 1.1 or 1.2 reader — no number, date, time, boolean or null in any schema,
 * no anchor, tag, comment or indicator. Everything else is written double-quoted, with
 * escapes for what is not printable. (Tests check the round trip with the `yaml` package's
 * core and YAML 1.1 schemas.)
 */

/** Words some YAML schema reads as null or a boolean (YAML 1.1 included), compared without case. */
const RESERVED_WORDS = new Set(["", "~", "null", "true", "false", "yes", "no", "y", "n", "on", "off"]);

/** Characters that may not start a plain scalar (or would start a comment, anchor, tag, …). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`<=]/;

/**
 * Anything that starts like a number, a date, a time or `.inf`/`.nan` in some schema, or
 * that a lenient YAML 1.1 float pattern matches (the `yaml` package reads `e0` as NaN).
 */
const NUMBER_LIKE = /^[-+]?(?:\.?[0-9]|\.(?:inf|nan)$)|^[-+]?[0-9_.]*(?:[eE][-+]?[0-9]+)?$/i;

/** Printable for YAML and harmless on a line: no control characters, line or paragraph separators, BOM or lone surrogates. */
function isSafeChar(code: number): boolean {
	if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
	return code !== 0x2028 && code !== 0x2029 && code !== 0xfeff && code !== 0xfffe && code !== 0xffff;
}

function hasOnlySafeChars(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const code = s.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const low = s.charCodeAt(i + 1);
			if (!(low >= 0xdc00 && low <= 0xdfff)) return false;
			i++;
		} else if ((code >= 0xdc00 && code <= 0xdfff) || !isSafeChar(code)) {
			return false;
		}
	}
	return true;
}

/** True when `s` can be written as a plain (unquoted) scalar and read back as exactly `s`. */
export function isPlainSafe(s: string, flow = false): boolean {
	if (s !== s.trim() || s.trim() === "" || !hasOnlySafeChars(s) || /\s/.test(s.replace(/ /g, ""))) return false;
	if (RESERVED_WORDS.has(s.toLowerCase()) || INDICATOR_START.test(s) || NUMBER_LIKE.test(s)) return false;
	if (/: | #|:$/.test(s)) return false;
	return !flow || !/[,[\]{}]/.test(s);
}

/**
 * True when `s` can follow `, ` at the end of a plain scalar and be read back as itself:
 * printable, no spaces around it, no comment (` #`) and no `key: value` colon in it.
 */
export function isPlainTail(s: string): boolean {
	return s === s.trim() && s !== "" && hasOnlySafeChars(s) && !/[\t]|: | #|:$|^#/.test(s);
}

/** True when `s` has no line breaks, control characters or lone surrogates (it may go inside quotes or a block scalar as it is). */
export function isPrintable(s: string): boolean {
	return hasOnlySafeChars(s.replace(/\t/g, " "));
}

const NAMED_ESCAPES: Readonly<Record<string, string>> = {
	"\0": "\\0",
	"\x07": "\\a",
	"\b": "\\b",
	"\t": "\\t",
	"\n": "\\n",
	"\v": "\\v",
	"\f": "\\f",
	"\r": "\\r",
	"\x1b": "\\e",
	'"': '\\"',
	"\\": "\\\\",
	"\x85": "\\N",
	"\u2028": "\\L",
	"\u2029": "\\P",
};

const hex = (code: number, digits: number): string => code.toString(16).toUpperCase().padStart(digits, "0");

/** Escapes `s` for the inside of a double-quoted YAML scalar (without the quotes). */
export function escapeDoubleQuoted(s: string): string {
	let out = "";
	for (let i = 0; i < s.length; i++) {
		const ch = s.charAt(i);
		const code = s.charCodeAt(i);
		const named = NAMED_ESCAPES[ch];
		if (named !== undefined) out += named;
		else if (code >= 0xd800 && code <= 0xdbff && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) out += s.slice(i, ++i + 1);
		else if (code >= 0xd800 && code <= 0xdfff) out += `\\u${hex(code, 4)}`;
		else if (!isSafeChar(code)) out += code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
		else out += ch;
	}
	return out;
}

/** `s` as a double-quoted YAML scalar. */
export function doubleQuoted(s: string): string {
	return `"${escapeDoubleQuoted(s)}"`;
}

/**
 * `s` written as a YAML scalar that reads back as exactly the string `s`: unquoted when that
 * is safe in every YAML schema, else double-quoted and escaped. `[[links]]` are always quoted.
 */
export function yamlScalar(s: string): string {
	return isPlainSafe(s) ? s : doubleQuoted(s);
}

/** `s` as an item of a flow list `[a, b]`, where `,[]{}` also need quotes. */
export function flowScalar(s: string): string {
	return isPlainSafe(s, true) ? s : doubleQuoted(s);
}

/** True for the plain scalars YAML reads as null: nothing, `~`, `null` (in its three spellings). */
export function isNullPlain(s: string): boolean {
	return s === "" || s === "~" || s === "null" || s === "Null" || s === "NULL";
}

/**
 * Folds the lines of a flow scalar as YAML does: a single line break between two lines is a
 * space, each blank line is a line break (the last line, even empty, ends the scalar).
 * `lines` are already trimmed of their indentation.
 */
export function foldLines(lines: readonly string[]): string {
	let out = lines[0] ?? "";
	let blanks = 0;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (line === "" && i < lines.length - 1) {
			blanks++;
			continue;
		}
		out += (blanks > 0 ? "\n".repeat(blanks) : " ") + line;
		blanks = 0;
	}
	return out;
}

const SIMPLE_UNESCAPES: Readonly<Record<string, string>> = {
	"0": "\0",
	a: "\x07",
	b: "\b",
	t: "\t",
	"\t": "\t",
	n: "\n",
	v: "\v",
	f: "\f",
	r: "\r",
	e: "\x1b",
	" ": " ",
	'"': '"',
	"/": "/",
	"\\": "\\",
	N: "\x85",
	_: "\xa0",
	L: "\u2028",
	P: "\u2029",
};

const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** The escapes of one line of a double-quoted scalar resolved, or null when one is not valid YAML. */
function unescapeLine(s: string): string | null {
	let out = "";
	for (let i = 0; i < s.length; i++) {
		const ch = s.charAt(i);
		if (ch !== "\\") {
			out += ch;
			continue;
		}
		const next = s.charAt(i + 1);
		const simple = SIMPLE_UNESCAPES[next];
		const digits = HEX_DIGITS[next];
		if (simple !== undefined) {
			out += simple;
			i++;
		} else if (digits !== undefined && /^[0-9a-fA-F]+$/.test(s.slice(i + 2, i + 2 + digits)) && s.length >= i + 2 + digits) {
			const code = parseInt(s.slice(i + 2, i + 2 + digits), 16);
			if (code > 0x10ffff) return null;
			out += String.fromCodePoint(code);
			i += 1 + digits;
		} else {
			return null;
		}
	}
	return out;
}

/**
 * Splits the inside of a multi-line flow scalar into its lines, the indentation of each
 * line after the first and the spaces before each line break removed (`keepEscaped`: not a
 * space escaped by a backslash).
 */
function flowLines(inner: string, keepEscaped: boolean): string[] {
	const raw = inner.split(/\r\n|\n|\r/);
	const trailing = keepEscaped ? /((?:^|[^\\])(?:\\\\)*)[ \t]+$/ : /()[ \t]+$/;
	return raw.map((line, i) => {
		const start = i === 0 ? line : line.replace(/^[ \t]+/, "");
		return i === raw.length - 1 ? start : start.replace(trailing, "$1");
	});
}

/** An unescaped `\` at the end of a line, with the line break and the next line's indentation. */
const ESCAPED_BREAK = /((?:^|[^\\])(?:\\\\)*)\\(?:\r\n|\n|\r)[ \t]*/g;

/**
 * The string a double-quoted scalar (`"…"`, quotes included) stands for, folded over its
 * lines, or null when it uses an escape YAML does not know. A line ending in `\` joins the next.
 */
export function decodeDoubleQuoted(quoted: string): string | null {
	const joined = quoted.slice(1, -1).replace(ESCAPED_BREAK, "$1");
	const parts: string[] = [];
	for (const line of flowLines(joined, true)) {
		const text = unescapeLine(line);
		if (text === null) return null;
		parts.push(text);
	}
	return foldLines(parts);
}

/** The string a single-quoted scalar (`'…'`, quotes included) stands for, folded over its lines. */
export function decodeSingleQuoted(quoted: string): string {
	return foldLines(flowLines(quoted.slice(1, -1), false).map((line) => line.replace(/''/g, "'")));
}
