/**
 * The in-place frontmatter editor: one table row per shape a note's frontmatter comes in,
 * each also confirmed with `checkEdit` and the `yaml` package (core schema), then fast-check
 * properties over generated real-looking notes (tests/builders/random-frontmatter.ts).
 * Property run counts: TOP_OF_MIND_PROPERTY_RUNS (default 200), e.g.
 * `TOP_OF_MIND_PROPERTY_RUNS=5000 npx vitest run tests/core/edits`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { addToFrontmatterList, checkEdit, expectAdded, setFrontmatterValue, yamlScalar, type FrontmatterEdit } from "../../../src/core/edits/frontmatter-text";
import { deepEqual } from "../../../src/core/edits/frontmatter-check";
import { flowScalar } from "../../../src/core/edits/yaml-scalars";
import { splitFrontmatter } from "../../../src/core/markdown/frontmatter";
import { unwrapLink } from "../../../src/core/values/coerce";
import { randomNote, type GeneratedNote } from "../../builders/random-frontmatter";
import { propertyRuns } from "../../helpers/property-runs";

const parseCore = (yaml: string): unknown => parse(yaml, { schema: "core" });
const parse11 = (yaml: string): unknown => parse(yaml, { version: "1.1" });
const RUNS = propertyRuns();

/** Writes "\n" line endings as CRLF or CR, so those rows read like the LF ones. */
const crlf = (text: string): string => text.replace(/\n/g, "\r\n");
const cr = (text: string): string => text.replace(/\n/g, "\r");

/** The same person whatever the link looks like (`[[People/Ana Diaz|Ana]]`, `Ana Diaz`). */
const sameAs =
	(item: string) =>
	(existing: string): boolean =>
		unwrapLink(existing).replace(/^People\//i, "").toLowerCase() === unwrapLink(item).replace(/^People\//i, "").toLowerCase();

function edited(result: FrontmatterEdit): string {
	if (!result.ok) throw new Error(`refused: ${result.error}`);
	return result.text;
}

const frontmatterOf = (text: string): Record<string, unknown> => (parseCore(splitFrontmatter(text).yaml ?? "") ?? {}) as Record<string, unknown>;

interface SetCase {
	name: string;
	before: string;
	key?: string;
	value?: string;
	after: string;
}

const DATE = "2026-12-02";

describe("setFrontmatterValue", () => {
	const cases: SetCase[] = [
		{ name: "plain value", before: "---\nlast_contact: 2026-10-02\ntype: person\n---\nBody\n", after: `---\nlast_contact: ${DATE}\ntype: person\n---\nBody\n` },
		{ name: "quoted value: the quotes are part of the value", before: "---\nlast_contact: \"2026-10-02\"\n---\n", after: `---\nlast_contact: ${DATE}\n---\n` },
		{ name: "single-quoted value", before: "---\nlast_contact: '2026-10-02'\n---\n", after: `---\nlast_contact: ${DATE}\n---\n` },
		{ name: "a comment after the value stays, spacing too", before: "---\nlast_contact: 2026-10-02   # met at the conference\n---\n", after: `---\nlast_contact: ${DATE}   # met at the conference\n---\n` },
		{ name: "spaces after the colon are kept", before: "---\nlast_contact:    2026-10-02\n---\n", after: `---\nlast_contact:    ${DATE}\n---\n` },
		{ name: "CRLF note", before: crlf("---\ntype: person\nlast_contact: 2026-10-02\n---\nBody\n"), after: crlf(`---\ntype: person\nlast_contact: ${DATE}\n---\nBody\n`) },
		{ name: "CRLF note, key missing: the new line is CRLF", before: crlf("---\ntype: person\n---\nBody\n"), after: crlf(`---\ntype: person\nlast_contact: ${DATE}\n---\nBody\n`) },
		{ name: "CR-only note, key missing", before: cr("---\ntype: person\n---\nBody\n"), after: cr(`---\ntype: person\nlast_contact: ${DATE}\n---\nBody\n`) },
		{ name: "CR-only note, value replaced", before: cr("---\nlast_contact: 2026-10-02\ntype: person\n---\n"), after: cr(`---\nlast_contact: ${DATE}\ntype: person\n---\n`) },
		{ name: "a byte-order mark stays first", before: "\uFEFF---\nlast_contact: 2026-10-02\n---\n", after: `\uFEFF---\nlast_contact: ${DATE}\n---\n` },
		{ name: "no frontmatter: a block at the very top", before: "# Ana\nNotes\n", after: `---\nlast_contact: ${DATE}\n---\n# Ana\nNotes\n` },
		{ name: "no frontmatter, CRLF body: a CRLF block", before: crlf("# Ana\nNotes\n"), after: crlf(`---\nlast_contact: ${DATE}\n---\n# Ana\nNotes\n`) },
		{ name: "no frontmatter, after a byte-order mark", before: "\uFEFFNotes", after: `\uFEFF---\nlast_contact: ${DATE}\n---\nNotes` },
		{ name: "an empty note", before: "", after: `---\nlast_contact: ${DATE}\n---\n` },
		{ name: "a body starting with a thematic break is not frontmatter once it is closed later", before: "Intro\n---\nMore\n", after: `---\nlast_contact: ${DATE}\n---\nIntro\n---\nMore\n` },
		{ name: "empty frontmatter", before: "---\n---\nBody\n", after: `---\nlast_contact: ${DATE}\n---\nBody\n` },
		{ name: "empty frontmatter without a final newline", before: "---\n---", after: `---\nlast_contact: ${DATE}\n---` },
		{ name: "key missing: appended at the end of the block, after comments and blank lines", before: "---\ntype: person # who\n\n# contact\n---\n", after: `---\ntype: person # who\n\n# contact\nlast_contact: ${DATE}\n---\n` },
		{ name: "key in another case and spacing: edited as the note writes it", before: "---\nLast Contact: 2026-10-02\n---\n", after: `---\nLast Contact: ${DATE}\n---\n` },
		{ name: "key with dashes", before: "---\nlast-contact: 2026-10-02\n---\n", after: `---\nlast-contact: ${DATE}\n---\n` },
		{ name: "the exact key wins over another spelling", before: "---\nLast Contact: 2026-01-01\nlast_contact: 2026-10-02\n---\n", after: `---\nLast Contact: 2026-01-01\nlast_contact: ${DATE}\n---\n` },
		{ name: "a quoted key", before: "---\n\"last_contact\": 2026-10-02\n---\n", after: `---\n"last_contact": ${DATE}\n---\n` },
		{ name: "a flow list is replaced whole", before: "---\nlast_contact: [2026-10-02, 2026-11-01] # two\nb: 1\n---\n", after: `---\nlast_contact: ${DATE} # two\nb: 1\n---\n` },
		{ name: "a multi-line flow list is replaced, and only its lines", before: "---\nlast_contact: [\n  2026-10-02,\n  2026-11-01\n]\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\nb: 1\n---\n` },
		{ name: "a block list (2 spaces) is replaced whole", before: "---\nlast_contact:\n  - 2026-10-02\n  - 2026-11-01\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\nb: 1\n---\n` },
		{ name: "a block list (4 spaces) with a comment on the key line", before: "---\nlast_contact: # dates\n    - 2026-10-02\nb: 1\n---\n", after: `---\nlast_contact: ${DATE} # dates\nb: 1\n---\n` },
		{ name: "a block list with zero-indented dashes", before: "---\nlast_contact:\n- 2026-10-02\n- 2026-11-01\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\nb: 1\n---\n` },
		{ name: "a comment after a replaced block list stays", before: "---\nlast_contact:\n  - 2026-10-02\n# about b\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\n# about b\nb: 1\n---\n` },
		{ name: "a folded scalar is replaced whole", before: "---\nlast_contact: >\n  early\n  October\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\nb: 1\n---\n` },
		{ name: "a literal scalar right after the key stays as it is", before: "---\nlast_contact: 2026-10-02\nnotes: |\n  line one\n    indented\n\n  # not a comment\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\nnotes: |\n  line one\n    indented\n\n  # not a comment\nb: 1\n---\n` },
		{ name: "a folded scalar right before the key stays as it is", before: "---\nbio: >-\n  Ana leads\n  finance\nlast_contact: 2026-10-02\n---\n", after: `---\nbio: >-\n  Ana leads\n  finance\nlast_contact: ${DATE}\n---\n` },
		{ name: "a multi-line double-quoted value is replaced whole", before: "---\nlast_contact: \"early\n  October\"\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\nb: 1\n---\n` },
		{ name: "a multi-line plain value is replaced whole", before: "---\nlast_contact: early\n  October\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\nb: 1\n---\n` },
		{ name: "a value on the line below its key", before: "---\nlast_contact:\n  2026-10-02\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\nb: 1\n---\n` },
		{ name: "anchors and aliases elsewhere are left alone", before: "---\nbase: &b Acme\ncompany: *b\nlast_contact: 2026-10-02\n---\n", after: `---\nbase: &b Acme\ncompany: *b\nlast_contact: ${DATE}\n---\n` },
		{
			name: "values YAML would retype keep their text",
			before: "---\nphone: 0612345678\nzip: 01234\nhex: 0x1F\nversion: 1.10\nsci: 1e3\nok: yes\nlast_contact: 2026-10-02\n---\n",
			after: `---\nphone: 0612345678\nzip: 01234\nhex: 0x1F\nversion: 1.10\nsci: 1e3\nok: yes\nlast_contact: ${DATE}\n---\n`,
		},
		{ name: "a number that must stay text is written quoted", before: "---\nphone: 0612345678\n---\n", key: "phone", value: yamlScalar("0698765432"), after: "---\nphone: \"0698765432\"\n---\n" },
		{ name: "emoji and non-ASCII text", before: "---\nname: Zoë 🦄\ncity: مراكش\n---\n", key: "city", value: yamlScalar("Zürich 🏔"), after: "---\nname: Zoë 🦄\ncity: Zürich 🏔\n---\n" },
		{
			name: "a long value stays on one line (no folding at 80 columns)",
			before: `---\nbio: ${"word ".repeat(30).trim()}\n---\n`,
			key: "about",
			value: "x".repeat(120),
			after: `---\nbio: ${"word ".repeat(30).trim()}\nabout: ${"x".repeat(120)}\n---\n`,
		},
		{ name: "a `...` closing delimiter", before: "---\ntype: person\n...\nBody\n", after: `---\ntype: person\nlast_contact: ${DATE}\n...\nBody\n` },
		{ name: "delimiters with trailing spaces", before: "---  \ntype: person\n--- \nBody\n", after: `---  \ntype: person\nlast_contact: ${DATE}\n--- \nBody\n` },
		{ name: "a body with --- lines is not touched", before: "---\nlast_contact: 2026-10-02\n---\nAbove\n---\nlast_contact: 2020-01-01\n---\n", after: `---\nlast_contact: ${DATE}\n---\nAbove\n---\nlast_contact: 2020-01-01\n---\n` },
		{ name: "null (~) is replaced", before: "---\nlast_contact: ~\n---\n", after: `---\nlast_contact: ${DATE}\n---\n` },
		{ name: "an empty value gets one", before: "---\nlast_contact:\nb: 1\n---\n", after: `---\nlast_contact: ${DATE}\nb: 1\n---\n` },
		{ name: "an empty value with trailing spaces", before: "---\nlast_contact:   \n---\n", after: `---\nlast_contact: ${DATE}\n---\n` },
		{ name: "an empty value with a comment", before: "---\nlast_contact: # todo\n---\n", after: `---\nlast_contact: ${DATE} # todo\n---\n` },
		{ name: "a file without a final newline keeps ending without one", before: "---\nlast_contact: 2026-10-02\n---", after: `---\nlast_contact: ${DATE}\n---` },
		{ name: "setting nothing empties the value", before: "---\nlast_contact: 2026-10-02 # c\n---\n", value: "", after: "---\nlast_contact: # c\n---\n" },
		{ name: "setting the same text changes nothing", before: `---\nlast_contact: ${DATE}\n---\n`, after: `---\nlast_contact: ${DATE}\n---\n` },
		{ name: "mixed line endings: the key's line keeps its own", before: "---\r\na: 1\nlast_contact: 2026-10-02\r\n---\n", after: `---\r\na: 1\nlast_contact: ${DATE}\r\n---\n` },
		{ name: "comments and blank lines in the block stay", before: "---\n# who\ntype: person\n\n  # indented\nlast_contact: 2026-10-02\n\n---\n", after: `---\n# who\ntype: person\n\n  # indented\nlast_contact: ${DATE}\n\n---\n` },
	];

	it.each(cases)("$name", ({ before, key = "last_contact", value = DATE, after }) => {
		const result = setFrontmatterValue(before, key, value);
		expect(edited(result)).toBe(after);
		expect(result.ok && result.changed).toBe(before !== after);
		expect(checkEdit(before, after, key, parseCore(`k: ${value}`) === null ? null : (parseCore(`k: ${value}`) as { k: unknown }).k, parseCore)).toEqual({ ok: true });
	});

	it("can be told to match the key exactly", () => {
		const before = "---\nLast Contact: 2026-10-02\n---\n";
		expect(edited(setFrontmatterValue(before, "last_contact", DATE, { looseKey: false }))).toBe(`---\nLast Contact: 2026-10-02\nlast_contact: ${DATE}\n---\n`);
	});
});

interface AddCase {
	name: string;
	before: string;
	key?: string;
	item?: string;
	after: string;
}

const ANA = "[[Ana Diaz]]";
const Q_ANA = '"[[Ana Diaz]]"';

describe("addToFrontmatterList", () => {
	const cases: AddCase[] = [
		{ name: "block list, 2 spaces", before: "---\nshared_with:\n  - \"[[Bo Li]]\"\nb: 1\n---\n", after: `---\nshared_with:\n  - "[[Bo Li]]"\n  - ${Q_ANA}\nb: 1\n---\n` },
		{ name: "block list, 4 spaces", before: "---\nshared_with:\n    - \"[[Bo Li]]\"\n---\n", after: `---\nshared_with:\n    - "[[Bo Li]]"\n    - ${Q_ANA}\n---\n` },
		{ name: "block list, zero-indented dashes", before: "---\nshared_with:\n- \"[[Bo Li]]\"\nb: 1\n---\n", after: `---\nshared_with:\n- "[[Bo Li]]"\n- ${Q_ANA}\nb: 1\n---\n` },
		{ name: "block list: the last item's dash style", before: "---\nshared_with:\n  -   \"[[Bo Li]]\"\n---\n", after: `---\nshared_with:\n  -   "[[Bo Li]]"\n  -   ${Q_ANA}\n---\n` },
		{
			name: "block list: after its last item, before the comments and blank lines that follow it",
			before: "---\nshared_with:\n  - \"[[Bo Li]]\" # first\n  # between\n  - \"[[Cy Okafor]]\"\n  # after\n\ntype: post\n---\n",
			after: `---\nshared_with:\n  - "[[Bo Li]]" # first\n  # between\n  - "[[Cy Okafor]]"\n  - ${Q_ANA}\n  # after\n\ntype: post\n---\n`,
		},
		{ name: "block list whose last item spans lines", before: "---\nshared_with:\n  - \"[[Bo\n    Li]]\"\n---\n", after: `---\nshared_with:\n  - "[[Bo\n    Li]]"\n  - ${Q_ANA}\n---\n` },
		{ name: "block list with CRLF", before: crlf("---\nshared_with:\n  - \"[[Bo Li]]\"\n---\n"), after: crlf(`---\nshared_with:\n  - "[[Bo Li]]"\n  - ${Q_ANA}\n---\n`) },
		{ name: "block list with CR only", before: cr("---\nshared_with:\n  - \"[[Bo Li]]\"\n---\n"), after: cr(`---\nshared_with:\n  - "[[Bo Li]]"\n  - ${Q_ANA}\n---\n`) },
		{ name: "flow list, one line", before: "---\nshared_with: [\"[[Bo Li]]\", Cy] # sent\n---\n", after: `---\nshared_with: ["[[Bo Li]]", Cy, ${Q_ANA}] # sent\n---\n` },
		{ name: "flow list over several lines", before: "---\nshared_with: [\n  \"[[Bo Li]]\",\n  Cy # last\n]\n---\n", after: `---\nshared_with: [\n  "[[Bo Li]]",\n  Cy, ${Q_ANA} # last\n]\n---\n` },
		{ name: "flow list with a trailing comma", before: "---\nshared_with: [Bo, Cy,]\n---\n", after: `---\nshared_with: [Bo, Cy, ${Q_ANA},]\n---\n` },
		{ name: "an empty flow list", before: "---\nshared_with: []\n---\n", after: `---\nshared_with: [${Q_ANA}]\n---\n` },
		{ name: "a flow-list item that needs quotes there", before: "---\ntopics: [pricing]\n---\n", key: "topics", item: "usage, billing", after: "---\ntopics: [pricing, \"usage, billing\"]\n---\n" },
		{ name: "a plain flow-list item", before: "---\ntopics: [pricing]\n---\n", key: "topics", item: "billing", after: "---\ntopics: [pricing, billing]\n---\n" },
		{ name: "comma string, unquoted", before: "---\nshared_with: Bo Li, Cy Okafor\n---\n", after: `---\nshared_with: Bo Li, Cy Okafor, ${ANA}\n---\n` },
		{ name: "comma string, double-quoted", before: "---\nshared_with: \"[[Bo Li]], [[Cy]]\" # c\n---\n", after: `---\nshared_with: "[[Bo Li]], [[Cy]], ${ANA}" # c\n---\n` },
		{ name: "comma string, single-quoted", before: "---\nshared_with: '[[Bo Li]], [[Cy]]'\n---\n", item: "[[Ana 'A' Diaz]]", after: "---\nshared_with: '[[Bo Li]], [[Cy]], [[Ana ''A'' Diaz]]'\n---\n" },
		{ name: "comma string ending in a comma", before: "---\nshared_with: Bo Li,\n---\n", after: `---\nshared_with: Bo Li, ${ANA}\n---\n` },
		{ name: "comma string, an item that cannot go in unquoted: the string is quoted", before: "---\ntopics: a, b\n---\n", key: "topics", item: "c: d", after: '---\ntopics: "a, b, c: d"\n---\n' },
		{ name: "comma string in a folded scalar", before: "---\nshared_with: >\n  Bo Li,\n  Cy\nb: 1\n---\n", after: `---\nshared_with: >\n  Bo Li,\n  Cy, ${ANA}\nb: 1\n---\n` },
		{ name: "empty value", before: "---\nshared_with:\nb: 1\n---\n", after: `---\nshared_with:\n  - ${Q_ANA}\nb: 1\n---\n` },
		{ name: "empty value with a comment", before: "---\nshared_with: # nobody yet\n---\n", after: `---\nshared_with: # nobody yet\n  - ${Q_ANA}\n---\n` },
		{ name: "null ~", before: "---\nshared_with: ~\n---\n", after: `---\nshared_with:\n  - ${Q_ANA}\n---\n` },
		{ name: "null, with a comment", before: "---\nshared_with: null  # later\n---\n", after: `---\nshared_with:  # later\n  - ${Q_ANA}\n---\n` },
		{ name: "empty quotes", before: "---\nshared_with: \"\"\n---\n", after: `---\nshared_with:\n  - ${Q_ANA}\n---\n` },
		{ name: "a missing key: a block list at the end, indented as the other lists", before: "---\ntags:\n    - client\n---\n", after: `---\ntags:\n    - client\nshared_with:\n    - ${Q_ANA}\n---\n` },
		{ name: "a missing key, zero-indented lists around", before: "---\ntags:\n- client\n---\n", after: `---\ntags:\n- client\nshared_with:\n- ${Q_ANA}\n---\n` },
		{ name: "a missing key, no other list: 2 spaces", before: "---\ntype: post\n---\n", after: `---\ntype: post\nshared_with:\n  - ${Q_ANA}\n---\n` },
		{ name: "no frontmatter", before: "Body\n", after: `---\nshared_with:\n  - ${Q_ANA}\n---\nBody\n` },
		{ name: "an item written as an unquoted [[link]] (a nested list) is compared as the link", before: "---\nshared_with:\n  - [[Ana Diaz]]\n---\n", after: "---\nshared_with:\n  - [[Ana Diaz]]\n---\n" },
		{ name: "unquoted [[links]] of others: the new one is quoted", before: "---\nshared_with:\n  - [[Bo Li]]\n---\n", after: `---\nshared_with:\n  - [[Bo Li]]\n  - ${Q_ANA}\n---\n` },
		{ name: "a whole value written [[Bo Li]] is one link: it becomes the first item", before: "---\nshared_with: [[Bo Li]]\n---\n", after: `---\nshared_with:\n  - [[Bo Li]]\n  - ${Q_ANA}\n---\n` },
		{ name: "a whole value [[Ana Diaz]] is her already", before: "---\nshared_with: [[Ana Diaz]]\n---\n", after: "---\nshared_with: [[Ana Diaz]]\n---\n" },
		{ name: "a flow list of unquoted links", before: "---\nshared_with: [[[Bo Li]], [[Ana Diaz|Ana]]]\n---\n", after: "---\nshared_with: [[[Bo Li]], [[Ana Diaz|Ana]]]\n---\n" },
		{ name: "a lone quoted link becomes a block list, its text kept", before: "---\nshared_with: \"[[Bo Li]]\" # first\n---\n", after: `---\nshared_with: # first\n  - "[[Bo Li]]"\n  - ${Q_ANA}\n---\n` },
		{ name: "a lone plain value", before: "---\nshared_with: Bo Li\nb: 1\n---\n", after: `---\nshared_with:\n  - Bo Li\n  - ${Q_ANA}\nb: 1\n---\n` },
		{ name: "a lone number keeps its text", before: "---\nshared_with: 0612345678\n---\n", after: `---\nshared_with:\n  - 0612345678\n  - ${Q_ANA}\n---\n` },
		{ name: "a lone value on the line below the key", before: "---\nshared_with:\n  Bo Li\nb: 1\n---\n", after: `---\nshared_with:\n  - Bo Li\n  - ${Q_ANA}\nb: 1\n---\n` },
		{ name: "already there, as an alias link with a folder", before: "---\nshared_with:\n  - \"[[People/Ana Diaz|Ana]]\"\n---\n", after: "---\nshared_with:\n  - \"[[People/Ana Diaz|Ana]]\"\n---\n" },
		{ name: "already there in a comma string", before: "---\nshared_with: Bo, Ana Diaz\n---\n", after: "---\nshared_with: Bo, Ana Diaz\n---\n" },
		{ name: "already there as the lone value", before: "---\nshared_with: 'Ana Diaz'\n---\n", after: "---\nshared_with: 'Ana Diaz'\n---\n" },
		{ name: "a key in another spelling", before: "---\nShared With:\n  - Bo\n---\n", after: `---\nShared With:\n  - Bo\n  - ${Q_ANA}\n---\n` },
		{ name: "folded and literal scalars next to the list stay", before: "---\nbio: >\n  Ana\nshared_with:\n  - Bo\nnotes: |\n  - not an item\n---\n", after: `---\nbio: >\n  Ana\nshared_with:\n  - Bo\n  - ${Q_ANA}\nnotes: |\n  - not an item\n---\n` },
		{ name: "& and * inside plain items are text", before: "---\ntopics: [R&D, Tom & Jerry, see *this*]\n---\n", key: "topics", item: "ops", after: "---\ntopics: [R&D, Tom & Jerry, see *this*, ops]\n---\n" },
		{ name: "& and * inside block items are text", before: "---\ntopics:\n  - R&D\n  - Tom & Jerry\n  - \"*quoted*\"\n---\n", key: "topics", item: "ops", after: "---\ntopics:\n  - R&D\n  - Tom & Jerry\n  - \"*quoted*\"\n  - ops\n---\n" },
		{ name: "emoji and non-ASCII items", before: "---\nshared_with: [Zoë]\n---\n", item: "[[🦄 Uni Corn]]", after: '---\nshared_with: [Zoë, "[[🦄 Uni Corn]]"]\n---\n' },
		{ name: "BOM and a `...` closing line", before: "\uFEFF---\ntype: post\n...\n", after: `\uFEFF---\ntype: post\nshared_with:\n  - ${Q_ANA}\n...\n` },
	];

	it.each(cases)("$name", ({ before, key = "shared_with", item = ANA, after }) => {
		const result = addToFrontmatterList(before, key, item, sameAs(item));
		expect(edited(result)).toBe(after);
		expect(result.ok && result.changed).toBe(before !== after);
		if (before !== after) expect(checkEdit(before, after, key, expectAdded(item), parseCore)).toEqual({ ok: true });
		expect(edited(addToFrontmatterList(after, key, item, sameAs(item)))).toBe(after);
	});

	it("gives isSame each item as YAML reads it", () => {
		const seen: string[] = [];
		const before = "---\nshared_with:\n  - [[Ana]]\n  - \"[[People/Ana Diaz|Ana]]\"\n  - 'it''s'\n  - \"tab\\there\"\n  - plain # comment\n  - 42\n---\n";
		addToFrontmatterList(before, "shared_with", "x", (existing) => {
			seen.push(existing);
			return false;
		});
		expect(seen).toEqual(["[[Ana]]", "[[People/Ana Diaz|Ana]]", "it's", "tab\there", "plain", "42"]);
		const flow: string[] = [];
		addToFrontmatterList("---\nl: [[[Ana]], 'b', \"c\", d e]\n---\n", "l", "x", (existing) => flow.push(existing) < 0);
		expect(flow).toEqual(["[[Ana]]", "b", "c", "d e"]);
		const comma: string[] = [];
		addToFrontmatterList("---\nl: \"[[Ana Diaz|Ana, CFO]], Bo\"\n---\n", "l", "x", (existing) => comma.push(existing) < 0);
		expect(comma).toEqual(["[[Ana Diaz|Ana, CFO]]", "Bo"]);
	});
});

interface RefusalCase {
	name: string;
	before: string;
	key?: string;
	error: RegExp;
	/** Which function refuses (default both). */
	only?: "set" | "add";
}

describe("refusals: the note is left as it is, with a reason", () => {
	const cases: RefusalCase[] = [
		{ name: "a block that is never closed", before: "---\nlast_contact: 2026-10-02\nBody\n", error: /never closed/ },
		{ name: "the key twice", before: "---\nlast_contact: 1\nshared_with: a\nlast_contact: 2\nshared_with: b\n---\n", error: /appears 2 times/ },
		{ name: "two spellings of the key", before: "---\nLast Contact: 1\nlast-contact: 2\nShared With: a\nshared-with: b\n---\n", error: /several keys/ },
		{ name: "an anchor on the value", before: "---\nlast_contact: &d 2026-10-02\nshared_with: &s [a]\n---\n", error: /anchor, alias or tag/ },
		{ name: "an alias as the value", before: "---\nd: &d 1\nlast_contact: *d\nshared_with: *d\n---\n", error: /anchor, alias or tag/ },
		{ name: "a tag on the value", before: "---\nlast_contact: !!str 2026-10-02\nshared_with: !!seq [a]\n---\n", error: /anchor, alias or tag/ },
		{ name: "an alias as a list item", before: "---\nd: &d Bo\nlast_contact:\n  - *d\nshared_with:\n  - *d\n---\n", error: /anchor, alias or tag/ },
		{ name: "an alias in a flow list", before: "---\nd: &d Bo\nlast_contact: [*d]\nshared_with: [a, *d]\n---\n", error: /anchor, alias or tag/ },
		{ name: "an alias inside a nested item", before: "---\nd: &d Bo\nlast_contact:\n  - [*d]\nshared_with:\n  - who: *d\n---\n", error: /anchor, alias or tag/ },
		{ name: "an anchor inside a nested flow item", before: "---\nlast_contact: [[&d Bo]]\nshared_with: [x, {who: &d Bo}]\n---\n", error: /anchor, alias or tag/ },
		{ name: "a map value", before: "---\nlast_contact:\n  when: 2026-10-02\nshared_with:\n  who: Bo\n---\n", error: /a map/ },
		{ name: "a flow map value", before: "---\nlast_contact: {when: 1}\nshared_with: {}\n---\n", error: /a map/ },
		{ name: "a list at the top of the block", before: "---\n- a\n- b\n---\n", error: /list item/ },
		{ name: "a complex key", before: "---\n? a\n: b\n---\n", error: /complex key/ },
		{ name: "an unclosed quote on the value", before: "---\nlast_contact: \"2026\nshared_with: \"a\n---\n", error: /never closed/ },
		{ name: "an unclosed flow list", before: "---\nlast_contact: [2026\nshared_with: [a\n---\n", error: /never closed/ },
		{ name: "text after a closing quote", before: "---\nlast_contact: \"a\" b\nshared_with: \"a\" b\n---\n", error: /would not read/ },
		{ name: "a tab for indentation", before: "---\nlast_contact:\n\t- a\nshared_with:\n\t- a\n---\n", error: /tab/ },
		{ name: "a line that is not key: value", before: "---\njust some text\n---\n", error: /not a `key: value` line/ },
		{ name: "a multi-line value without commas cannot become a list", before: "---\nshared_with: \"Bo\n  Li\"\n---\n", error: /several lines/, only: "add" },
		{ name: "a block scalar without commas cannot become a list", before: "---\nshared_with: |\n  Bo\n---\n", error: /block scalar/, only: "add" },
	];

	it.each(cases)("$name", ({ before, error, only }) => {
		if (only !== "add") {
			const set = setFrontmatterValue(before, "last_contact", DATE);
			expect(set.ok ? set.text : set.error).toMatch(error);
		}
		if (only !== "set") {
			const add = addToFrontmatterList(before, "shared_with", ANA, sameAs(ANA));
			expect(add.ok ? add.text : add.error).toMatch(error);
		}
	});

	it("a new value with a line break", () => {
		expect(setFrontmatterValue("---\na: 1\n---\n", "a", "x\ny")).toEqual({ ok: false, error: expect.stringMatching(/line break/) as unknown });
	});
});

/** Strings made of the characters YAML gives a meaning to. */
const YAMLISH = fc.array(fc.constantFrom(..."a1 0.e-+:#[]{},'\"!&*|>%@`~?\\\t\nx_<=Ny"), { maxLength: 8 }).map((chars) => chars.join(""));

describe("yamlScalar", () => {
	const rows: Array<[string, string]> = [
		["Ana Diaz", "Ana Diaz"],
		["[[Ana Diaz]]", '"[[Ana Diaz]]"'],
		["0612345678", '"0612345678"'],
		["01234", '"01234"'],
		["0x1F", '"0x1F"'],
		["1.10", '"1.10"'],
		["1e3", '"1e3"'],
		["yes", '"yes"'],
		["No", '"No"'],
		["~", '"~"'],
		["", '""'],
		["2026-12-02", '"2026-12-02"'],
		["Zoë 🦄", "Zoë 🦄"],
		["a: b", '"a: b"'],
		["a #b", '"a #b"'],
		["#tag", '"#tag"'],
		[" padded", '" padded"'],
		['say "hi"', 'say "hi"'],
		["line\nbreak", '"line\\nbreak"'],
		["tab\there", '"tab\\there"'],
		["back\\slash", "back\\slash"],
		["\u2028", '"\\L"'],
	];

	it.each(rows)("%j → %s", (input, written) => {
		expect(yamlScalar(input)).toBe(written);
		expect(parseCore(`k: ${written}`)).toEqual({ k: input });
	});

	it("reads back as the same string in YAML 1.2 and 1.1, in a block and in a flow list", () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string(), YAMLISH, fc.constantFrom("e0", "_", "+", "0o17", "+1", ".5", ".inf", "-.NaN", "1_000", "12:30", "<<", "=", "null", "Y", "off", "2026-01-01T10:00:00Z")), (s) => {
				const written = yamlScalar(s);
				expect(parseCore(`k: ${written}`)).toEqual({ k: s });
				expect(parse11(`k: ${written}`)).toEqual({ k: s });
				expect(parseCore(`k: [${flowScalar(s)}, x]`)).toEqual({ k: [s, "x"] });
				expect(parse11(`k: [${flowScalar(s)}]`)).toEqual({ k: [s] });
			}),
			RUNS,
		);
	});
});

describe("checkEdit", () => {
	const before = "---\na: 1\nb: [x, y]\n---\n";

	it("passes an edit that changes only the key, as meant", () => {
		expect(checkEdit(before, "---\na: 2\nb: [x, y]\n---\n", "a", 2, parseCore)).toEqual({ ok: true });
		expect(checkEdit(before, "---\na: 1\nb: [x, y]\nc: z\n---\n", "c", "z", parseCore)).toEqual({ ok: true });
	});

	it("fails when the key does not read as meant, another key changes, is lost or is added", () => {
		const failing: Array<[string, string, unknown, RegExp]> = [
			["---\na: 2\nb: [x, y]\n---\n", "a", 3, /does not read as the value meant/],
			["---\na: 2\nb: [x]\n---\n", "a", 2, /"b" would change/],
			["---\na: 2\n---\n", "a", 2, /"b" would be lost/],
			["---\na: 2\nb: [x, y]\nc: 1\n---\n", "a", 2, /"c" would be added/],
			["---\na: [\n---\n", "a", 2, /not valid YAML/],
			["---\na: 2\n", "a", 2, /never closed/],
			["---\nb: [x, y]\n---\n", "a", 2, /missing/],
		];
		for (const [after, key, expected, error] of failing) {
			const result = checkEdit(before, after, key, expected, parseCore);
			expect(result.ok ? "ok" : result.error).toMatch(error);
		}
	});

	it("compares dates, NaN and nested values deeply", () => {
		expect(deepEqual({ d: new Date(0), n: NaN, l: [{ a: [1] }] }, { d: new Date(0), n: NaN, l: [{ a: [1] }] })).toBe(true);
		expect(deepEqual([new Date(0)], [new Date(1)])).toBe(false);
		expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(deepEqual([1], { 0: 1 })).toBe(false);
	});

	it("reads the edited key as the note writes it", () => {
		expect(checkEdit("---\nLast Contact: 1\n---\n", "---\nLast Contact: 2\n---\n", "last_contact", 2, parseCore)).toEqual({ ok: true });
	});
});

/** The note after an edit must be the note before with only the edited key's lines changed. */
function expectOnlyKeyLinesChanged(note: GeneratedNote, after: string): void {
	const { text, edit } = note;
	expect(after.startsWith(text.slice(0, edit.start))).toBe(true);
	expect(after.endsWith(text.slice(edit.end))).toBe(true);
	expect(after.length).toBeGreaterThanOrEqual(edit.start + text.length - edit.end);
}

/** Everything but the edited key reads as before; the edited key as `expected` says. */
function expectParsedAsMeant(note: GeneratedNote, after: string, test: (value: unknown, previous: unknown) => boolean): void {
	const old = frontmatterOf(note.text);
	const now = frontmatterOf(after);
	const key = note.edit.writtenKey;
	expect(test(now[key], old[key])).toBe(true);
	const rest = (map: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(map).filter(([k]) => k !== key));
	expect(rest(now)).toEqual(rest(old));
}

describe("properties over generated notes", () => {
	it("setFrontmatterValue changes only the key's lines, and the key reads as the value written", () => {
		fc.assert(
			fc.property(randomNote("set"), fc.constantFrom(DATE, yamlScalar("0612345678"), yamlScalar("[[Ana Diaz]]"), "42", yamlScalar("Zoë, 🦄"), "~", "x".repeat(100)), (note, value) => {
				const result = setFrontmatterValue(note.text, note.edit.key, value);
				const after = edited(result);
				expect(result.ok && result.changed).toBe(after !== note.text);
				expectOnlyKeyLinesChanged(note, after);
				const wanted = (parseCore(`k: ${value}`) as { k: unknown }).k;
				expectParsedAsMeant(note, after, (now) => deepEqual(now, wanted));
				expect(checkEdit(note.text, after, note.edit.key, wanted, parseCore)).toEqual({ ok: true });
				const again = setFrontmatterValue(after, note.edit.key, value);
				expect(again).toEqual({ ok: true, text: after, changed: false });
			}),
			RUNS,
		);
	});

	it("addToFrontmatterList changes only the key's lines, adds the item once, and a second add changes nothing", () => {
		fc.assert(
			fc.property(randomNote("add"), fc.constantFrom(ANA, "[[People/Bo Li|Bo]]", "[[Zoë 🦄]]", "plain item", "0612345678"), (note, item) => {
				const result = addToFrontmatterList(note.text, note.edit.key, item, sameAs(item));
				const after = edited(result);
				expect(result.ok && result.changed).toBe(after !== note.text);
				expectOnlyKeyLinesChanged(note, after);
				if (result.ok && result.changed) {
					expectParsedAsMeant(note, after, expectAdded(item));
					expect(checkEdit(note.text, after, note.edit.key, expectAdded(item), parseCore)).toEqual({ ok: true });
				} else {
					expect(after).toBe(note.text);
				}
				expect(addToFrontmatterList(after, note.edit.key, item, sameAs(item))).toEqual({ ok: true, text: after, changed: false });
			}),
			RUNS,
		);
	});

	it("on any key of any generated note, both either refuse or make an edit checkEdit passes, and never throw", () => {
		fc.assert(
			fc.property(randomNote("any"), (note) => {
				const set = setFrontmatterValue(note.text, note.edit.key, DATE);
				if (set.ok) expect(checkEdit(note.text, set.text, note.edit.key, DATE, parseCore)).toEqual({ ok: true });
				const add = addToFrontmatterList(note.text, note.edit.key, ANA, sameAs(ANA));
				if (add.ok && add.changed) expect(checkEdit(note.text, add.text, note.edit.key, expectAdded(ANA), parseCore)).toEqual({ ok: true });
			}),
			RUNS,
		);
	});
});
