/**
 * Real-looking notes with frontmatter for property tests of the in-place frontmatter editor:
 * a random mix of every value shape people write (plain, quoted, numbers YAML would retype,
 * comma strings, flow and block lists at any indentation, folded and literal scalars, maps,
 * anchors), comments and blank lines between keys, LF / CRLF / CR line endings, a BOM,
 * `---` or `...` closing lines, bodies with `---` lines, with or without a final newline.
 *
 * Each note names the key to edit and the offsets of that key's lines in the note, so a test
 * can check that nothing outside them changed.
 */
import fc from "fast-check";

/** What a test will edit: which shapes the target key may take. */
export type EditMode = "set" | "add" | "any";

export interface GeneratedNote {
	text: string;
	edit: {
		/** The key the test passes (`last_contact`, `shared_with`, or any key in "any" mode). */
		key: string;
		/** The key as the note writes it (it may be spelled `Shared With`), or `key` when missing. */
		writtenKey: string;
		/** Offsets of the key's lines, line endings included; start === end where a new key goes. */
		start: number;
		end: number;
	};
}

/** A top-level entry: its lines (the first without the key), and whether an indented comment may follow it. */
interface Shape {
	lines: string[];
	/** A block scalar: an indented `# line` after it would be part of its text. */
	block?: boolean;
}

const COMMENT = fc.constantFrom("", "", " # note", "   # spaced comment");

const SCALARS = [
	"person",
	"0612345678",
	"01234",
	"0x1F",
	"1.10",
	"1e3",
	"yes",
	"2026-10-02",
	"Zoë Ærø 🦄",
	"مريم العلي",
	"http://x.example/a:b",
	"it's",
	'say "hi"',
	"~",
	"null",
	"true",
	"[[Bo Li]]",
	'"[[Bo Li]]"',
	"'[[Cy Okafor]]'",
	'"tab\\there \\u00e9"',
	"'it''s'",
	'""',
	`${"word ".repeat(19)}end`,
];

const COMMA_SCALARS = ["Bo Li, Cy Okafor", '"[[Bo Li]], [[Cy Okafor]]"', "'a, b'", "pricing, usage-based billing,"];
const FLOW_LISTS = ["[]", "[a, \"b\", 'c']", '[[[Bo Li]], "[[Cy Okafor]]"]', "[pricing, 0612345678]", '["[[People/Ana Diaz|Ana]]"]'];
const ITEMS = ['"[[Bo Li]]"', "[[Cy Okafor]]", "plain", "42", "'quoted'", "2026-10-02", "Zoë 🦄"];

const inline = (values: readonly string[]): fc.Arbitrary<Shape> => fc.tuple(fc.constantFrom(...values), COMMENT).map(([value, comment]) => ({ lines: [` ${value}${comment}`] }));

const empty: fc.Arbitrary<Shape> = fc.constantFrom({ lines: [""] }, { lines: [" # nobody yet"] }, { lines: ["   "] });

const blockList: fc.Arbitrary<Shape> = fc
	.tuple(fc.constantFrom(0, 2, 4), fc.constantFrom("- ", "-   "), fc.array(fc.tuple(fc.constantFrom(...ITEMS, "multi"), fc.boolean()), { minLength: 1, maxLength: 3 }), COMMENT)
	.map(([indent, dash, items, comment]) => {
		const pad = " ".repeat(indent);
		const lines: string[] = [comment];
		for (const [item, commentBefore] of items) {
			if (commentBefore) lines.push(`${pad}# between items`);
			if (item === "multi") lines.push(`${pad}${dash}"multi`, `${pad}    line"`);
			else lines.push(`${pad}${dash}${item}`);
		}
		return { lines };
	});

const multiLine = (comma: boolean): fc.Arbitrary<Shape> =>
	fc.constantFrom<Shape>(
		...(comma
			? [{ lines: [" Bo Li,", "  Cy Okafor"] }, { lines: [' "Bo Li,', '  Cy"'] }, { lines: [" >", "  Bo Li,", "  Cy"], block: true }]
			: [
					{ lines: [" [", "  a,", '  "b" # last', "]"] },
					{ lines: [" first", "  second"] },
					{ lines: [' "first', "", '  second"'] },
					{ lines: [" >", "  folded", "  text"], block: true },
					{ lines: [" |-", "  line one", "", "  # not a comment"], block: true },
				]),
	);

const map: fc.Arbitrary<Shape> = fc.constantFrom({ lines: ["", "  city: Paris", '  zip: "75001"'] }, { lines: [" {a: 1, b: [x]}"] });

/** Shapes for keys the test does not edit: everything. */
const anyShape: fc.Arbitrary<Shape> = fc.oneof(inline(SCALARS), inline(COMMA_SCALARS), inline(FLOW_LISTS), empty, blockList, multiLine(true), multiLine(false), map);

/** Shapes the edited key may take for each mode ("any": also those the editor refuses). */
function targetShape(mode: EditMode): fc.Arbitrary<Shape> {
	if (mode === "add") return fc.oneof(inline(SCALARS), inline(COMMA_SCALARS), inline(FLOW_LISTS), empty, blockList, multiLine(true));
	if (mode === "set") return fc.oneof(inline(SCALARS), inline(COMMA_SCALARS), inline(FLOW_LISTS), empty, blockList, multiLine(true), multiLine(false));
	return anyShape;
}

/** Keys of other entries: none means `last_contact` or `shared_with` when read loosely. */
const OTHER_KEYS = ["type", "aliases", "topics", "company", "phone", "zip", "version", "tags", "status", "url", "bio", "notes", "address", "Long Key", "emoji", "city"];

const GAPS = fc.constantFrom("", "# comment", "  # indented comment", "#", "   ");
const BODY_LINES = fc.constantFrom("Body text", "---", "...", "## Log", "- 2026-10-02 Coffee", "", "last_contact: 2020-01-01", "Zoë 🦄");

interface Plan {
	mode: EditMode;
	others: Array<{ key: string; shape: Shape; gaps: string[] }>;
	target: { written: string; shape: Shape; at: number } | null;
	anchors: boolean;
	frontmatter: "block" | "none" | "empty";
	open: string;
	close: string;
	eol: string;
	bom: boolean;
	body: string[];
	finalNewline: boolean;
	anyIndex: number;
}

function planArb(mode: EditMode): fc.Arbitrary<Plan> {
	const targetKey = mode === "add" ? ["shared_with", "Shared With", "shared-with", "sharedWith"] : ["last_contact", "Last Contact", "last-contact"];
	return fc.record({
		mode: fc.constant(mode),
		others: fc.uniqueArray(fc.record({ key: fc.constantFrom(...OTHER_KEYS), shape: anyShape, gaps: fc.array(GAPS, { maxLength: 2 }) }), { maxLength: 6, selector: (entry) => entry.key }),
		target: fc.option(fc.record({ written: fc.constantFrom(...targetKey), shape: targetShape(mode), at: fc.nat(6) }), { freq: 5 }),
		anchors: fc.boolean(),
		frontmatter: fc.constantFrom("block", "block", "block", "block", "none", "empty"),
		open: fc.constantFrom("---", "---", "---  "),
		close: fc.constantFrom("---", "---", "...", "--- "),
		eol: fc.constantFrom("\n", "\r\n", "\r"),
		bom: fc.boolean(),
		body: fc.array(BODY_LINES, { maxLength: 4 }),
		finalNewline: fc.boolean(),
		anyIndex: fc.nat(),
	});
}

interface Piece {
	lines: string[];
	/** The edited key's lines. */
	target?: boolean;
}

/** The entries and gaps of a planned block, in order. */
function pieces(plan: Plan): { pieces: Piece[]; keys: string[] } {
	const entries: Array<{ key: string; shape: Shape; gaps: string[]; target?: boolean }> = plan.others.map((other) => ({ ...other }));
	if (plan.anchors) {
		entries.unshift({ key: "base", shape: { lines: [" &b Acme"] }, gaps: [] });
		entries.push({ key: "copy", shape: { lines: [" *b"] }, gaps: [] });
	}
	if (plan.target !== null) entries.splice(Math.min(plan.target.at, entries.length), 0, { key: plan.target.written, shape: plan.target.shape, gaps: [], target: true });
	const out: Piece[] = [];
	for (const entry of entries) {
		const [first = "", ...rest] = entry.shape.lines;
		out.push({ lines: [`${entry.key}:${first}`, ...rest], target: entry.target });
		const gaps = entry.shape.block === true ? entry.gaps.filter((gap) => !/^ +#/.test(gap)) : entry.gaps;
		if (gaps.length > 0) out.push({ lines: gaps });
	}
	return { pieces: out, keys: entries.map((entry) => entry.key) };
}

/** The note a plan describes, with where its edited key is. */
function build(plan: Plan): GeneratedNote {
	const { eol } = plan;
	const { pieces: parts, keys } = pieces(plan);
	const bom = plan.bom ? "\uFEFF" : "";
	const body = plan.frontmatter === "none" && /^---/.test(plan.body[0] ?? "") ? ["Intro", ...plan.body] : plan.body;
	const bodyText = body.join(eol) + (body.length > 0 && plan.finalNewline ? eol : "");
	const key = plan.mode === "add" ? "shared_with" : plan.mode === "set" ? "last_contact" : (keys[plan.anyIndex % Math.max(keys.length, 1)] ?? "last_contact");
	if (plan.frontmatter === "none") return { text: bom + bodyText, edit: { key, writtenKey: key, start: bom.length, end: bom.length } };
	let text = bom + plan.open + eol;
	let start = -1;
	let end = -1;
	for (const piece of plan.frontmatter === "empty" ? [] : parts) {
		if (piece.target === true) start = text.length;
		text += piece.lines.map((line) => line + eol).join("");
		if (piece.target === true) end = text.length;
	}
	if (start < 0) start = end = text.length;
	const written = plan.frontmatter === "empty" ? key : (parts.find((piece) => piece.target)?.lines[0]?.split(":")[0] ?? key);
	const closing = body.length > 0 || plan.finalNewline ? plan.close + eol : plan.close;
	const writtenKey = plan.mode === "any" ? key : plan.target !== null && plan.frontmatter !== "empty" ? written : key;
	return { text: text + closing + bodyText, edit: { key, writtenKey, start, end } };
}

/**
 * A random note and the key to edit: `last_contact` ("set") or `shared_with` ("add") in a
 * shape that editor supports, possibly spelled otherwise or missing; in "any" mode, any key
 * of the block, in any shape.
 */
export function randomNote(mode: EditMode): fc.Arbitrary<GeneratedNote> {
	return planArb(mode).map(build);
}
