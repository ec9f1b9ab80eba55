/**
 * How "who cares" reads on real vaults: how often its top results have no reason, or
 * reasons that come from boilerplate or markup, which reasons are the most common, and
 * how long a query takes.
 *
 * Usage: npm run real-vaults -- <vault> [<vault> …] [--sample N] [--seed S] [--today YYYY-MM-DD] [--json]
 *
 * Each vault is read and indexed like the command line does (`openVault`, with the plugin's
 * settings in `<vault>/.obsidian/plugins/top-of-mind/data.json`), and who-cares (limit 5)
 * runs on a sample of up to N notes (default 200): its posts first, then its other notes
 * (neither people nor posts, nor in an excluded folder), each group sorted by path and
 * shuffled with a seeded generator (default seed 1), so a fixed vault always gives the same
 * sample and the same figures (times aside).
 *
 * The checks below are this script's own, independent of the engine's text analysis: they
 * read each note's file from disk again and never call the engine's tokenizer or stemmer.
 *
 * Quoted terms. A reason's quoted terms are the words inside "…" in the two reasons built
 * from the note's words: `their note mentions "x", "y"` and `their topic "x" comes up in this
 * note`. Other reasons (`topic: x`, `role: …`, `you sent them …`, `mentioned in this note …`)
 * have none; a mention is checked on its own (below).
 *
 * Appears. A term appears in a text when, both folded the same way (NFKD, combining accents
 * U+0300–U+036F dropped, lower case) and cut into runs of letters and digits, the term's words
 * stand next to each other in the text's words; Latin words are compared by their Porter stem
 * (the `stemmer` package), so "pricing" is found where the note says "priced". A term in a
 * script written without spaces (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar) appears when it
 * is a substring of the text with all spaces and punctuation dropped. The note's file name
 * counts as part of the note (Obsidian shows it as the inline title) and as visible text.
 *
 * Boilerplate. A quoted term is boilerplate when, in the query note, it appears only on lines
 * that recur: lines whose text (trimmed, case-folded) is the same as a line of at least
 * max(5, 1% of the vault's notes) notes, counting each note once. The whole file is read,
 * frontmatter included; empty lines never count.
 *
 * Markup. A quoted term is markup when it does not appear in the query note's visible text
 * but does appear in the raw note. Visible text is the note without its frontmatter, fenced
 * and inline code, `%% … %%` comments, HTML comments and tags, URLs (bare and `<…>`), image
 * and embed targets (`![[…]]`, `![…](…)`, dropped whole), link targets (`[[target|shown]]`
 * keeps `shown`, `[[target]]` keeps `target` since Obsidian shows it, `[text](url)` keeps
 * `text`), reference-link definitions, footnote markers, callout markers `[!type]` and block
 * ids `^id`. A term found in neither visible nor raw text (a synonym, a stem, words the
 * engine joined) is counted as "unlocated", and is neither boilerplate nor markup.
 *
 * A mention is a reason in either wording: `mentioned in this note` (the engine before it
 * cited the name), `mentioned in this note as [[target]]` or `mentioned in this note as "Ana"`.
 * It is clean when the person's name, file name, an alias or the quoted name appears in the
 * note's visible text, or the note has a link (body or properties) whose target, without
 * folder, `.md`, heading or block, is their file name, an alias or the cited target, ignoring
 * case; markup when one of those names appears only in the raw note (a name that is only in
 * a URL, code or a link to something else); unlocated otherwise.
 *
 * Per result, its evidence is its quoted terms, plus its mention when it has one, plus one
 * item for each other reason (always clean). A result is "partly" boilerplate (or markup)
 * when one item is, "wholly" when every item is; "boilerplate or markup" likewise counts an
 * item that is either. Shares are of all top-5 results of the sample.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { stemmer } from "stemmer";
import { openVault, type VaultContext } from "../src/cli/load-vault";
import { isExcluded } from "../src/core/vault/classify";
import type { NoteRecord } from "../src/core/model/types";
import { whoCares } from "../src/core/match/who-cares";

const LIMIT = 5;

interface Options {
	vaults: string[];
	sample: number;
	seed: number;
	today: string;
	json: boolean;
}

function usage(message: string): never {
	console.error(`${message}\nUsage: npm run real-vaults -- <vault> [<vault> …] [--sample N] [--seed S] [--today YYYY-MM-DD] [--json]`);
	process.exit(2);
}

function localToday(): string {
	const d = new Date();
	const pad = (n: number): string => String(n).padStart(2, "0");
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function parseArgs(argv: string[]): Options {
	const options: Options = { vaults: [], sample: 200, seed: 1, today: localToday(), json: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const value = (): string => {
			const next = argv[++i];
			if (next === undefined) usage(`${arg} needs a value`);
			return next;
		};
		if (arg === "--json") options.json = true;
		else if (arg === "--sample") options.sample = Number(value());
		else if (arg === "--seed") options.seed = Number(value());
		else if (arg === "--today") options.today = value();
		else if (arg.startsWith("--")) usage(`unknown option ${arg}`);
		else options.vaults.push(arg);
	}
	if (options.vaults.length === 0) usage("name at least one vault folder");
	if (!Number.isInteger(options.sample) || options.sample < 1) usage("--sample takes a whole number above 0");
	if (!Number.isInteger(options.seed)) usage("--seed takes a whole number");
	if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) usage("--today takes a date like 2026-11-26");
	return options;
}

// ---------------------------------------------------------------- sampling

/** mulberry32: a small seeded generator, so the sample is the same on every machine. */
function generator(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

function sampleNotes(context: VaultContext, size: number, seed: number): { posts: string[]; others: string[] } {
	const { index } = context;
	const posts: string[] = [];
	const others: string[] = [];
	for (const p of [...context.records.keys()].sort()) {
		if (isExcluded(p, index.config)) continue;
		const kind = index.kindOf(p);
		if (kind === "post") posts.push(p);
		else if (kind === "other" || kind === "daily") others.push(p);
	}
	const random = generator(seed);
	const pickedPosts = shuffled(posts, random).slice(0, size);
	const pickedOthers = shuffled(others, random).slice(0, size - pickedPosts.length);
	return { posts: pickedPosts, others: pickedOthers };
}

// ---------------------------------------------------------------- text

const COMBINING = /[\u0300-\u036f]/g;
const RUN = /[\p{L}\p{N}]+/gu;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LATIN_WORD = /^[a-z]+$/;

function fold(text: string): string {
	return text.normalize("NFKD").replace(COMBINING, "").toLowerCase();
}

function comparable(word: string): string {
	return LATIN_WORD.test(word) ? stemmer(word) : word;
}

/** A text made ready for `appears`: its words (compared form) and its letters without gaps. */
interface Searchable {
	words: string[];
	joined: string;
}

function searchable(text: string): Searchable {
	const runs = fold(text).match(RUN) ?? [];
	return { words: runs.map(comparable), joined: runs.join("") };
}

interface Term {
	text: string;
	words: string[];
	joined: string;
	noSpace: boolean;
}

function term(text: string): Term {
	const s = searchable(text);
	return { text, words: s.words, joined: s.joined, noSpace: NO_SPACE_SCRIPT.test(text) };
}

function appears(t: Term, hay: Searchable): boolean {
	if (t.words.length === 0) return false;
	if (t.noSpace) return hay.joined.includes(t.joined);
	const first = t.words[0];
	for (let i = hay.words.indexOf(first as string); i !== -1; i = hay.words.indexOf(first as string, i + 1)) {
		let all = true;
		for (let j = 1; j < t.words.length; j++) {
			if (hay.words[i + j] !== t.words[j]) {
				all = false;
				break;
			}
		}
		if (all) return true;
	}
	return false;
}

function lineKey(line: string): string {
	return line.trim().toLowerCase();
}

/** The frontmatter block's end (an offset into `raw`), or 0 when the note has none. */
function frontmatterEnd(raw: string): number {
	if (!/^---\r?\n/.test(raw)) return 0;
	const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
	close.lastIndex = 3;
	const match = close.exec(raw);
	return match ? match.index + match[0].length : 0;
}

/** A note as a reader sees it; see the file comment for what is taken away. */
export function visibleText(raw: string): string {
	let text = raw.slice(frontmatterEnd(raw));
	// Fenced code blocks (``` or ~~~, closed by a fence of the same kind at least as long).
	const lines = text.split(/\r?\n/);
	const kept: string[] = [];
	let fence: string | null = null;
	for (const line of lines) {
		const open = /^\s*(`{3,}|~{3,})/.exec(line);
		if (fence !== null) {
			if (open && open[1]?.[0] === fence[0] && (open[1]?.length ?? 0) >= fence.length && line.trim() === open[1]) fence = null;
			kept.push("");
			continue;
		}
		if (open) {
			fence = open[1] as string;
			kept.push("");
			continue;
		}
		kept.push(line);
	}
	text = kept.join("\n");
	const gap = " ";
	text = text
		.replace(/%%[\s\S]*?(?:%%|$)/g, gap)
		.replace(/<!--[\s\S]*?(?:-->|$)/g, gap)
		.replace(/(`+)[\s\S]*?\1/g, gap)
		.replace(/!\[\[[^\]]*\]\]/g, gap)
		.replace(/!\[[^\]]*\]\([^)]*\)/g, gap)
		.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, " $2 ")
		.replace(/\[\[([^\]]*)\]\]/g, (_, target: string) => ` ${target.replace(/[#^]/g, " ")} `)
		.replace(/\[([^\]]*)\]\([^)]*\)/g, " $1 ")
		.replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, gap)
		.replace(/\[([^\]]*)\]\[[^\]]*\]/g, " $1 ")
		.replace(/\[\^[^\]]*\]/g, gap)
		.replace(/\[![^\]]*\][+-]?/g, gap)
		.replace(/<(?:https?|ftp|mailto):[^>]*>/gi, gap)
		.replace(/\b(?:https?|ftp):\/\/\S+/gi, gap)
		.replace(/\bwww\.\S+/gi, gap)
		.replace(/<\/?[A-Za-z][^>]*>/g, gap)
		.replace(/(^|\s)\^[A-Za-z0-9-]+(?=\s*$)/gm, "$1");
	return text;
}

/** Link targets of a note as written (wikilinks and Markdown links), without heading or block. */
function linkTargets(raw: string): string[] {
	const out: string[] = [];
	for (const m of raw.matchAll(/\[\[([^\]|#^]*)/g)) out.push(m[1] ?? "");
	for (const m of raw.matchAll(/\]\(<?([^)>\s]*)/g)) {
		const target = m[1] ?? "";
		if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
		try {
			out.push(decodeURIComponent(target).replace(/[#?].*$/, ""));
		} catch {
			out.push(target);
		}
	}
	return out.map((t) => t.trim().replace(/\.md$/i, "").split("/").pop() ?? "").filter((t) => t !== "");
}

// ---------------------------------------------------------------- one vault

interface QueryNote {
	raw: Searchable;
	visible: Searchable;
	/** Each non-empty line of the file (and the file name) as searchable text, with whether it recurs. */
	lines: Array<{ text: Searchable; recurs: boolean }>;
	links: Set<string>;
}

type TermKind = "boilerplate" | "markup" | "both" | "clean" | "unlocated";

interface ResultRow {
	note: string;
	rank: number;
	person: string;
	score: number;
	reasons: string[];
	/** Quoted terms with what each is. */
	terms: Array<{ term: string; kind: TermKind }>;
	/** Null when the result has no mention reason. */
	mention: "clean" | "markup" | "unlocated" | null;
	items: number;
	boilerplateItems: number;
	markupItems: number;
	eitherItems: number;
}

interface VaultReport {
	vault: string;
	notes: number;
	people: number;
	posts: number;
	readAndIndexMs: number;
	recurringLineThreshold: number;
	sample: { posts: number; others: number; seed: number };
	results: number;
	queriesWithNoResult: number;
	/** Queries that threw, with the error: none is expected. */
	failures: Array<{ note: string; error: string }>;
	shares: {
		noReason: number;
		boilerplatePartly: number;
		boilerplateWholly: number;
		markupPartly: number;
		markupWholly: number;
		eitherPartly: number;
		eitherWholly: number;
		mentionMarkup: number;
	};
	terms: { total: number; boilerplate: number; markup: number; both: number; unlocated: number };
	mentions: { total: number; markup: number; unlocated: number };
	medianReasons: number;
	meanReasons: number;
	topReasons: Array<{ reason: string; count: number }>;
	topTerms: Array<{ term: string; count: number }>;
	timeMs: { p50: number; p95: number; max: number; over100: number };
	slowest: Array<{ note: string; ms: number }>;
	examples: {
		boilerplate: ResultRow[];
		markup: ResultRow[];
		mentionInMarkup: ResultRow[];
		noReason: ResultRow[];
	};
}

function readRaw(vault: string, notePath: string): string {
	try {
		return readFileSync(path.join(vault, ...notePath.split("/")), "utf8");
	} catch {
		return "";
	}
}

/** How many notes have each line (trimmed, case-folded), each note counted once. */
function lineCounts(vault: string, records: ReadonlyMap<string, NoteRecord>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const notePath of records.keys()) {
		const seen = new Set<string>();
		for (const line of readRaw(vault, notePath).split(/\r?\n/)) {
			const key = lineKey(line);
			if (key === "" || seen.has(key)) continue;
			seen.add(key);
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	return counts;
}

function queryNote(vault: string, record: NoteRecord, counts: ReadonlyMap<string, number>, threshold: number): QueryNote {
	const raw = readRaw(vault, record.path);
	const lines: QueryNote["lines"] = [{ text: searchable(record.basename), recurs: false }];
	for (const line of raw.split(/\r?\n/)) {
		const key = lineKey(line);
		if (key === "") continue;
		lines.push({ text: searchable(line), recurs: (counts.get(key) ?? 0) >= threshold });
	}
	return {
		raw: searchable(`${record.basename}\n${raw}`),
		visible: searchable(`${record.basename}\n${visibleText(raw)}`),
		lines,
		links: new Set(linkTargets(raw).map((t) => fold(t))),
	};
}

function quotedTerms(reason: string): string[] | null {
	if (reason.startsWith("their note mentions ")) return [...reason.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? "");
	const topic = /^their topic "(.*)" comes up in this note$/.exec(reason);
	return topic ? [topic[1] ?? ""] : null;
}

function termKind(t: Term, note: QueryNote): TermKind {
	const inRaw = appears(t, note.raw);
	const onLines = note.lines.filter((line) => appears(t, line.text));
	const boilerplate = onLines.length > 0 && onLines.every((line) => line.recurs);
	const markup = inRaw && !appears(t, note.visible);
	if (boilerplate && markup) return "both";
	if (boilerplate) return "boilerplate";
	if (markup) return "markup";
	return inRaw || onLines.length > 0 ? "clean" : "unlocated";
}

interface MentionCited {
	/** `as "Ana"`: the name the reason says the note uses. */
	name: string | null;
	/** `as [[Ana Diaz]]`: the link target the reason cites, without folder, `.md`, heading or block. */
	link: string | null;
}

/**
 * A mention reason, in either wording: `mentioned in this note` (older versions), or
 * `mentioned in this note as [[target]]` / `mentioned in this note as "name"`. Null when the
 * reason is not a mention.
 */
function mentionCited(reason: string): MentionCited | null {
	if (reason === "mentioned in this note") return { name: null, link: null };
	const m = /^mentioned in this note as (?:\[\[([^\]]*)\]\]|"(.*)")$/.exec(reason);
	if (m === null) return null;
	if (m[2] !== undefined) return { name: m[2], link: null };
	const target = (m[1] ?? "").split("|")[0]?.replace(/[#^].*$/, "").trim().replace(/\.md$/i, "").split("/").pop() ?? "";
	return { name: null, link: target === "" ? null : target };
}

/**
 * Clean when one of `names` appears in the visible text or the note links to one of
 * `linkNames`; markup when a name appears only in the raw note; else unlocated.
 */
function mentionKind(names: string[], linkNames: string[], note: QueryNote): "clean" | "markup" | "unlocated" {
	const terms = names.map(term);
	if (terms.some((t) => appears(t, note.visible))) return "clean";
	if (linkNames.some((n) => note.links.has(fold(n.trim())))) return "clean";
	return terms.some((t) => appears(t, note.raw)) ? "markup" : "unlocated";
}

function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return 0;
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1] as number;
}

function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function top(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n);
}

const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

async function reportVault(vault: string, options: Options): Promise<VaultReport> {
	const started = performance.now();
	const context = await openVault(vault);
	const readAndIndexMs = performance.now() - started;
	const { index, records } = context;
	const threshold = Math.max(5, Math.ceil(records.size * 0.01));
	const counts = lineCounts(vault, records);
	const sample = sampleNotes(context, options.sample, options.seed);

	const rows: ResultRow[] = [];
	const times: Array<{ note: string; ms: number }> = [];
	const failures: Array<{ note: string; error: string }> = [];
	let queriesWithNoResult = 0;
	for (const notePath of [...sample.posts, ...sample.others]) {
		const record = records.get(notePath) as NoteRecord;
		const t0 = performance.now();
		let result: ReturnType<typeof whoCares>;
		try {
			result = whoCares(index, record, options.today, { limit: LIMIT });
		} catch (error) {
			failures.push({ note: notePath, error: error instanceof Error ? error.message : String(error) });
			continue;
		}
		times.push({ note: notePath, ms: performance.now() - t0 });
		if (result.people.length === 0) queriesWithNoResult++;
		const note = queryNote(vault, record, counts, threshold);
		result.people.forEach((match, i) => {
			const row: ResultRow = {
				note: notePath,
				rank: i + 1,
				person: match.path,
				score: match.score,
				reasons: match.reasons,
				terms: [],
				mention: null,
				items: 0,
				boilerplateItems: 0,
				markupItems: 0,
				eitherItems: 0,
			};
			for (const reason of match.reasons) {
				const quoted = quotedTerms(reason);
				if (quoted !== null) {
					for (const text of quoted) {
						const kind = termKind(term(text), note);
						row.terms.push({ term: text, kind });
						row.items++;
						if (kind === "boilerplate" || kind === "both") row.boilerplateItems++;
						if (kind === "markup" || kind === "both") row.markupItems++;
						if (kind === "boilerplate" || kind === "markup" || kind === "both") row.eitherItems++;
					}
				} else if (mentionCited(reason) !== null) {
					const person = index.person(match.path);
					const cited = mentionCited(reason) as MentionCited;
					const names = [match.name, path.posix.basename(match.path, ".md"), ...(person?.aliases ?? [])];
					row.mention = mentionKind(cited.name === null ? names : [...names, cited.name], cited.link === null ? names : [...names, cited.link], note);
					row.items++;
					if (row.mention === "markup") {
						row.markupItems++;
						row.eitherItems++;
					}
				} else {
					row.items++;
				}
			}
			rows.push(row);
		});
	}

	const share = (test: (row: ResultRow) => boolean): number => (rows.length === 0 ? 0 : round(rows.filter(test).length / rows.length));
	const reasonCounts = new Map<string, number>();
	const termCounts = new Map<string, number>();
	for (const row of rows) {
		for (const reason of row.reasons) reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + 1);
		for (const t of row.terms) termCounts.set(t.term, (termCounts.get(t.term) ?? 0) + 1);
	}
	const allTerms = rows.flatMap((row) => row.terms);
	const mentionRows = rows.filter((row) => row.mention !== null);
	const ms = times.map((t) => t.ms).sort((a, b) => a - b);
	// Worst first: wholly bad before partly bad, then higher in the list, then sample order.
	const worst = (test: (row: ResultRow) => number): ResultRow[] =>
		rows
			.map((row, order) => ({ row, order, badness: test(row) }))
			.filter((x) => x.badness > 0)
			.sort((a, b) => b.badness - a.badness || a.row.rank - b.row.rank || a.order - b.order)
			.slice(0, 6)
			.map((x) => x.row);
	const whollyOrPartly = (bad: number, items: number): number => (bad === 0 ? 0 : bad === items ? 2 : 1);

	return {
		vault,
		notes: records.size,
		people: index.allPeople().length,
		posts: index.allPosts().length,
		readAndIndexMs: round(readAndIndexMs, 0),
		recurringLineThreshold: threshold,
		sample: { posts: sample.posts.length, others: sample.others.length, seed: options.seed },
		results: rows.length,
		queriesWithNoResult,
		failures,
		shares: {
			noReason: share((r) => r.reasons.length === 0),
			boilerplatePartly: share((r) => r.boilerplateItems > 0),
			boilerplateWholly: share((r) => r.items > 0 && r.boilerplateItems === r.items),
			markupPartly: share((r) => r.markupItems > 0),
			markupWholly: share((r) => r.items > 0 && r.markupItems === r.items),
			eitherPartly: share((r) => r.eitherItems > 0),
			eitherWholly: share((r) => r.items > 0 && r.eitherItems === r.items),
			mentionMarkup: share((r) => r.mention === "markup"),
		},
		terms: {
			total: allTerms.length,
			boilerplate: allTerms.filter((t) => t.kind === "boilerplate" || t.kind === "both").length,
			markup: allTerms.filter((t) => t.kind === "markup" || t.kind === "both").length,
			both: allTerms.filter((t) => t.kind === "both").length,
			unlocated: allTerms.filter((t) => t.kind === "unlocated").length,
		},
		mentions: {
			total: mentionRows.length,
			markup: mentionRows.filter((r) => r.mention === "markup").length,
			unlocated: mentionRows.filter((r) => r.mention === "unlocated").length,
		},
		medianReasons: median(rows.map((r) => r.reasons.length)),
		meanReasons: round(rows.length === 0 ? 0 : rows.reduce((sum, r) => sum + r.reasons.length, 0) / rows.length, 2),
		topReasons: top(reasonCounts, 10).map(([reason, count]) => ({ reason, count })),
		topTerms: top(termCounts, 10).map(([t, count]) => ({ term: t, count })),
		timeMs: { p50: round(percentile(ms, 50), 1), p95: round(percentile(ms, 95), 1), max: round(percentile(ms, 100), 1), over100: ms.filter((t) => t > 100).length },
		slowest: [...times].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => ({ note: t.note, ms: round(t.ms, 1) })),
		examples: {
			boilerplate: worst((r) => whollyOrPartly(r.boilerplateItems, r.items)),
			markup: worst((r) => (r.mention === "markup" ? 0 : whollyOrPartly(r.markupItems, r.items))),
			mentionInMarkup: worst((r) => (r.mention === "markup" ? whollyOrPartly(r.markupItems, r.items) : 0)),
			noReason: worst((r) => (r.reasons.length === 0 ? 1 : 0)),
		},
	};
}

// ---------------------------------------------------------------- output

const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;

function printExample(row: ResultRow): void {
	const flagged = row.terms.filter((t) => t.kind !== "clean").map((t) => `"${t.term}" ${t.kind}`);
	if (row.mention !== null && row.mention !== "clean") flagged.push(`mention ${row.mention}`);
	console.log(`    ${row.note}  #${row.rank} ${path.basename(row.person, ".md")} (${row.score})`);
	console.log(`      reasons: ${row.reasons.length > 0 ? row.reasons.join("; ") : "(none)"}`);
	if (flagged.length > 0) console.log(`      flagged: ${flagged.join(", ")}`);
}

function printReport(report: VaultReport, options: Options): void {
	const s = report.shares;
	console.log(`\n== ${report.vault}`);
	console.log(`notes ${report.notes}, people ${report.people}, posts ${report.posts}; read and indexed in ${report.readAndIndexMs} ms`);
	console.log(
		`sample: ${report.sample.posts} posts + ${report.sample.others} other notes (seed ${report.sample.seed}, today ${options.today}); ` +
			`${report.results} top-${LIMIT} results, ${report.queriesWithNoResult} queries with none; a line recurs at ${report.recurringLineThreshold}+ notes`,
	);
	const rows: Array<[string, string]> = [
		["results with no reason", pct(s.noReason)],
		["boilerplate: partly / wholly", `${pct(s.boilerplatePartly)} / ${pct(s.boilerplateWholly)}`],
		["markup: partly / wholly", `${pct(s.markupPartly)} / ${pct(s.markupWholly)}`],
		["boilerplate or markup: partly / wholly", `${pct(s.eitherPartly)} / ${pct(s.eitherWholly)}`],
		["results whose mention is only in markup", pct(s.mentionMarkup)],
		[
			"quoted terms: boilerplate / markup / unlocated",
			`${report.terms.boilerplate} / ${report.terms.markup} / ${report.terms.unlocated} of ${report.terms.total}`,
		],
		["mentions: markup / unlocated", `${report.mentions.markup} / ${report.mentions.unlocated} of ${report.mentions.total}`],
		["reasons per result: median / mean", `${report.medianReasons} / ${report.meanReasons}`],
		["who-cares ms: p50 / p95 / max", `${report.timeMs.p50} / ${report.timeMs.p95} / ${report.timeMs.max} (${report.timeMs.over100} over 100 ms)`],
	];
	if (report.failures.length > 0) rows.push(["queries that failed", `${report.failures.length}, first: ${report.failures[0]?.note}: ${report.failures[0]?.error}`]);
	const width = Math.max(...rows.map(([label]) => label.length));
	for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
	console.log("  most frequent reasons:");
	for (const { reason, count } of report.topReasons) console.log(`    ${String(count).padStart(5)}  ${reason}`);
	console.log(`  most frequent quoted terms: ${report.topTerms.map((t) => `"${t.term}" ${t.count}`).join(", ")}`);
	console.log(`  slowest: ${report.slowest.map((t) => `${t.note} ${t.ms} ms`).join("; ")}`);
	const groups: Array<[string, ResultRow[]]> = [
		["boilerplate", report.examples.boilerplate],
		["markup", report.examples.markup],
		["mention only in a URL or link target", report.examples.mentionInMarkup],
		["no reason", report.examples.noReason],
	];
	for (const [label, examples] of groups) {
		if (examples.length === 0) continue;
		console.log(`  worst examples, ${label}:`);
		for (const row of examples) printExample(row);
	}
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	const reports: VaultReport[] = [];
	for (const vault of options.vaults) {
		if (!existsSync(vault) || !statSync(vault).isDirectory()) usage(`${vault} is not a folder`);
	}
	for (const vault of options.vaults) {
		const report = await reportVault(vault, options);
		reports.push(report);
		if (!options.json) printReport(report, options);
	}
	if (options.json) console.log(JSON.stringify({ today: options.today, sample: options.sample, seed: options.seed, limit: LIMIT, vaults: reports }, null, 2));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exitCode = 1;
});
