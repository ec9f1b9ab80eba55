/**
 * Seeded synthetic vaults for the benchmark. Everything is generated from one seed, so a
 * note can be regenerated on its own (`noteText(i)`) and two runs see the same vault.
 *
 * Shape: 20% people, 30% posts, 20% daily notes, 30% other notes (a few of them topic
 * notes with aliases). Every note has 50–2,000 words (log-uniform, mean ≈ 530), drawn
 * from a Zipf-distributed vocabulary of pseudo-words mixed with English stop words, plus
 * words of the note's topics (a Zipf-distributed list of 1–3 word topics). People and
 * posts carry frontmatter as users write it: topics, cadence, last_contact, shared_with,
 * a `## Log`; daily notes link people, some on unchecked tasks.
 *
 * Realistic vaults (the default; `{ realistic: false }` gives the plain one the figures before
 * it were measured on) add what real vaults have, drawn from a second random stream so the
 * plain text underneath is the same: non-ASCII text (accented names and words, curly quotes,
 * dashes, emoji; a few notes in Cyrillic, Greek or Chinese script), notes made from templates
 * (daily notes, people and posts carry the headings and prompts of a few shared template
 * texts, which `templates()` returns as files of a `Templates` folder) and footers (a shared
 * footer paragraph or badge line under most posts).
 */
import { mulberry32, Random } from "../tests/builders/random";

export const BENCH_TODAY = "2026-11-01";
const TODAY_MS = Date.UTC(2026, 10, 1);
const DAY_MS = 86_400_000;

export class Rng extends Random {
	range(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^s. */
class Zipf {
	private readonly cumulative: Float64Array;
	constructor(n: number, s: number) {
		this.cumulative = new Float64Array(n);
		let total = 0;
		for (let i = 0; i < n; i++) {
			total += 1 / Math.pow(i + 1, s);
			this.cumulative[i] = total;
		}
		for (let i = 0; i < n; i++) this.cumulative[i] = (this.cumulative[i] as number) / total;
	}
	sample(rng: Rng): number {
		const u = rng.next();
		let lo = 0;
		let hi = this.cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.cumulative[mid] as number) < u) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

const ONSETS = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr", "dr", "fl", "gr", "pl", "pr", "st", "tr", "sh", "ch", "th"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"];
const CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "rk", "st", "x"];
const STOPWORDS = ["the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be", "at", "by", "this", "have", "from", "or", "but", "not", "are", "we", "they", "which", "you", "their", "an", "will", "would", "there", "can", "about", "more", "so", "if", "our", "what"];
const ROLES = ["CFO", "CTO", "VP Engineering", "Head of Sales", "Founder", "Product Manager", "Consultant", "Designer", "Head of SRE", "Investor", "Analyst", "Editor"];
const CADENCES = ["2w", "monthly", "quarterly", "30", "6w", "3m", "weekly", "1y", "45", "biweekly"];
const STATUSES = ["idea", "draft", "published", "published", "published"];

export interface SyntheticNote {
	path: string;
	text: string;
	mtime: number;
}

export interface SyntheticOptions {
	/** Non-ASCII text, templates and footers (see the file's comment); default true. */
	realistic?: boolean;
}

/** The folder the realistic vault's templates are in (`.obsidian/templates.json` names it). */
export const TEMPLATES_FOLDER = "Templates";

interface Template {
	head: string;
	tail: string;
}

const TEMPLATES: Record<"daily" | "person" | "post", Template[]> = {
	daily: [
		{ head: "## 🌅 Morning\n- What am I grateful for?\n- What would make today great?\n- Daily affirmation:\n\n", tail: "\n## 🌙 Evening\n- What went well today?\n- What could I have done better?\n- Tomorrow’s one thing:\n" },
		{ head: "## Today’s focus\n> What is the one thing that, done today, makes everything else easier?\n\n- [ ] Review inbox\n- [ ] Plan the week\n\n", tail: "\n## Reflection\nHow did it go? What did I learn?\n" },
		{ head: "# Daily note\n\n**Mood:** \n**Energy:** \n\n", tail: "\n---\nCreated with the daily template. Links: [[Weekly review]] · [[Inbox]]\n" },
	],
	person: [
		{ head: "## Contact\n- Email: \n- Phone: \n- Met at: \n- How we met: \n\n## About\n", tail: "" },
		{ head: "> [!note] Person\n> Who they are, what they care about, how I can help.\n\n## Background\n", tail: "\n## Open questions\n- What are they working on right now?\n- Who should they meet?\n" },
	],
	post: [
		{ head: "## Summary\n> What is this post about, in one sentence?\n\n## Draft\n", tail: "" },
		{ head: "**TL;DR:** \n\n## Introduction\n", tail: "\n## Conclusion\nWhat should the reader do next? Leave a comment or share it with a friend.\n" },
	],
};

const FOOTERS = [
	"\n\n---\n*Thanks for reading!* If you enjoyed this, subscribe to the newsletter → [Subscribe](https://example.com/newsletter) · [Edit this page on GitHub](https://github.com/example/vault/edit/main/Posts)\n",
	"\n\n[![Made with Obsidian](https://img.shields.io/badge/made%20with-Obsidian-7c3aed)](https://obsidian.md) ![License: CC BY 4.0](https://img.shields.io/badge/license-CC%20BY%204.0-lightgrey) ![Reading time](https://img.shields.io/badge/reading%20time-5%20min-blue)\n",
	"\n\n> [!info] About the author\n> I write about product, engineering and the people behind them. Reply to this email or find me on Mastodon — I read everything, and I answer most of it.\n",
];

/** Words as real notes borrow them: accented Latin, curly apostrophes, dashes. */
const LOANWORDS = ["café", "naïve", "façade", "déjà vu", "résumé", "über", "São Paulo", "Zürich", "Kraków", "smörgåsbord", "piñata", "jalapeño", "crème brûlée", "Ångström", "coöperate", "fiancée", "it’s", "don’t", "we’re", "2–3 weeks", "so-called…", "Málaga", "Øresund", "Straße"];
const EMOJI = ["🙂", "🚀", "✅", "📌", "🎉", "💡", "🔥", "👍", "📚", "☕"];
const ACCENTS: Record<string, string> = { a: "á", e: "é", i: "í", o: "ö", u: "ü", n: "ñ", c: "ç" };
const CYRILLIC: Record<string, string> = { a: "а", b: "б", c: "ц", d: "д", e: "е", f: "ф", g: "г", h: "х", i: "и", j: "й", k: "к", l: "л", m: "м", n: "н", o: "о", p: "п", q: "к", r: "р", s: "с", t: "т", u: "у", v: "в", w: "ш", x: "кс", y: "ы", z: "з" };
const GREEK: Record<string, string> = { a: "α", b: "β", c: "κ", d: "δ", e: "ε", f: "φ", g: "γ", h: "η", i: "ι", j: "ξ", k: "κ", l: "λ", m: "μ", n: "ν", o: "ο", p: "π", q: "κ", r: "ρ", s: "σ", t: "τ", u: "υ", v: "β", w: "ω", x: "χ", y: "ψ", z: "ζ" };

/** The word with its first vowel (or n, c) accented; the word itself when it has none. */
export function accented(word: string): string {
	const at = word.search(/[aeiounc]/i);
	if (at < 0) return word;
	const letter = word.charAt(at);
	const mark = ACCENTS[letter.toLowerCase()];
	if (mark === undefined) return word;
	return word.slice(0, at) + (letter === letter.toLowerCase() ? mark : mark.toUpperCase()) + word.slice(at + 1);
}

function transliterate(text: string, table: Record<string, string>): string {
	return text.replace(/[a-z]/gi, (letter) => {
		const mapped = table[letter.toLowerCase()] ?? letter;
		return letter === letter.toLowerCase() ? mapped : mapped.toUpperCase();
	});
}

/** Latin prose as Chinese script is written: each word one to three Han characters, no spaces. */
function asHan(text: string): string {
	return text
		.replace(/[A-Za-z]+/g, (word) => {
			let hash = 2166136261;
			for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.toLowerCase().charCodeAt(k), 16777619) >>> 0;
			let out = "";
			for (let k = 0; k < 1 + (word.length % 3); k++) out += String.fromCharCode(0x4e00 + ((hash >>> (k * 9)) % 3000));
			return out;
		})
		.replace(/ /g, "")
		.replace(/\./g, "。")
		.replace(/,/g, "，")
		.replace(/\?/g, "？");
}

export interface VaultShape {
	size: number;
	people: number;
	posts: number;
	daily: number;
	other: number;
}

function pseudoWord(rng: Rng, syllables: number): string {
	let word = "";
	for (let i = 0; i < syllables; i++) word += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 ? rng.pick(CODAS) : "");
	return word;
}

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A vault of `size` notes. Word lists and names are fixed by `seed`; each note's text is
 * derived from (seed, note number), so `note(i)` is cheap to call again and never changes.
 */
export class SyntheticVault {
	readonly shape: VaultShape;
	private readonly vocabulary: string[];
	private readonly wordRank: Zipf;
	private readonly topics: string[];
	/** For each topic, the words that come up when a note is about it. */
	private readonly topicWords: string[][];
	private readonly topicRank: Zipf;
	readonly personNames: string[];
	readonly postTitles: string[];
	private readonly otherTitles: string[];
	private readonly companies: string[];

	readonly realistic: boolean;

	constructor(
		readonly size: number,
		readonly seed = 20261101,
		options: SyntheticOptions = {},
	) {
		this.realistic = options.realistic ?? true;
		const people = Math.round(size * 0.2);
		const posts = Math.round(size * 0.3);
		const daily = Math.round(size * 0.2);
		this.shape = { size, people, posts, daily, other: size - people - posts - daily };
		const rng = new Rng(mulberry32(seed));
		const vocabularySize = 30_000;
		const seen = new Set<string>(STOPWORDS);
		this.vocabulary = [];
		while (this.vocabulary.length < vocabularySize) {
			const word = pseudoWord(rng, rng.pick([1, 2, 2, 2, 3, 3, 4]));
			if (word.length < 3 || seen.has(word)) continue;
			seen.add(word);
			this.vocabulary.push(word);
		}
		this.wordRank = new Zipf(vocabularySize, 1.07);
		const topicCount = 400;
		const topicSeen = new Set<string>();
		this.topics = [];
		while (this.topics.length < topicCount) {
			const words = Array.from({ length: rng.pick([1, 1, 2, 2, 2, 3]) }, () => this.vocabulary[200 + rng.int(8000)] as string);
			const topic = words.join(" ");
			if (topicSeen.has(topic)) continue;
			topicSeen.add(topic);
			this.topics.push(topic);
		}
		this.topicWords = this.topics.map((topic) => [
			...topic.split(" "),
			...Array.from({ length: 40 }, () => this.vocabulary[300 + rng.int(15000)] as string),
		]);
		this.topicRank = new Zipf(topicCount, 1.1);
		const firstNames = Array.from({ length: 600 }, () => capitalise(pseudoWord(rng, rng.pick([1, 2, 2]))));
		const lastNames = Array.from({ length: 3000 }, () => capitalise(pseudoWord(rng, rng.pick([2, 2, 3]))));
		const names = new Set<string>();
		this.personNames = [];
		while (this.personNames.length < people) {
			const name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
			if (names.has(name.toLowerCase())) continue;
			names.add(name.toLowerCase());
			this.personNames.push(name);
		}
		this.postTitles = this.titles(rng, posts, names);
		this.otherTitles = this.titles(rng, this.shape.other, names);
		this.companies = Array.from({ length: 800 }, () => capitalise(pseudoWord(rng, rng.pick([2, 3]))));
		if (this.realistic) {
			// One name in six with an accent (José, Zoë): paths and links that are not ASCII.
			const accents = new Rng(mulberry32((seed ^ 0x2545f491) >>> 0));
			this.personNames = this.personNames.map((name) => (accents.chance(1 / 6) ? accented(name) : name));
		}
	}

	/** The template files of a realistic vault (none for a plain one), in the folder TEMPLATES_FOLDER. */
	templates(): SyntheticNote[] {
		if (!this.realistic) return [];
		const out: SyntheticNote[] = [];
		for (const [kind, list] of Object.entries(TEMPLATES)) {
			list.forEach((template, k) => out.push({ path: `${TEMPLATES_FOLDER}/${capitalise(kind)} ${k + 1}.md`, text: `${template.head}\n${template.tail}`, mtime: TODAY_MS - 400 * DAY_MS }));
		}
		return out;
	}

	private titles(rng: Rng, count: number, taken: Set<string>): string[] {
		const out: string[] = [];
		while (out.length < count) {
			const words = Array.from({ length: rng.range(2, 6) }, () => this.vocabulary[rng.int(6000)] as string);
			const title = capitalise(words.join(" "));
			if (taken.has(title.toLowerCase())) continue;
			taken.add(title.toLowerCase());
			out.push(title);
		}
		return out;
	}

	/** The path of note `i`: people first, then posts, daily notes and other notes. */
	path(i: number): string {
		const { people, posts, daily } = this.shape;
		if (i < people) return `People/${this.personNames[i] as string}.md`;
		if (i < people + posts) return `Posts/${this.postTitles[i - people] as string}.md`;
		if (i < people + posts + daily) return `Daily/${isoDay(TODAY_MS - (i - people - posts) * DAY_MS)}.md`;
		const k = i - people - posts - daily;
		if (k < 60 && k < this.topics.length) return `Topics/${capitalise(this.topics[k] as string)}.md`;
		return `Notes/${this.otherTitles[k] as string}.md`;
	}

	kind(i: number): "person" | "post" | "daily" | "other" {
		const { people, posts, daily } = this.shape;
		if (i < people) return "person";
		if (i < people + posts) return "post";
		if (i < people + posts + daily) return "daily";
		return "other";
	}

	/** Note `i` as a file; `revision` > 0 gives an edited version of the same note. */
	note(i: number, revision = 0): SyntheticNote {
		const rng = new Rng(mulberry32((this.seed ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(revision, 0x85ebca6b)) >>> 0));
		const kind = this.kind(i);
		const path = this.path(i);
		const mtime = TODAY_MS - rng.int(400) * DAY_MS + rng.int(DAY_MS) + revision * 1000;
		const words = this.wordCount(rng);
		let text: string;
		if (kind === "person") text = this.personText(rng, words);
		else if (kind === "post") text = this.postText(rng, words);
		else if (kind === "daily") text = this.dailyText(rng, words);
		else text = this.otherText(rng, i, words);
		if (this.realistic) text = this.realise(kind, text, new Rng(mulberry32((this.seed ^ 0x6a09e667 ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(revision, 0x85ebca6b)) >>> 0)));
		return { path, text, mtime };
	}

	/**
	 * The plain note as a real vault has it: made from a template (most daily notes, many
	 * people and posts), a footer under most posts, and non-ASCII text: a note in twenty
	 * in another script, otherwise accented words, curly quotes, dashes and emoji here and there.
	 */
	private realise(kind: "person" | "post" | "daily" | "other" | "query", text: string, rng: Rng): string {
		const fmEnd = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) + 5 : 0;
		const frontmatter = text.slice(0, fmEnd);
		let body = text.slice(fmEnd);
		const script = rng.next();
		const lines = body.split("\n").map((line) => {
			// Prose paragraphs only: headings, lists, callouts and lines with links keep their text.
			if (line.length < 40 || /^[#>\-![]/.test(line) || line.includes("[[")) return line;
			if (script < 0.02) return transliterate(line, CYRILLIC);
			if (script < 0.035) return transliterate(line, GREEK);
			if (script < 0.05) return asHan(line);
			if (script > 0.55 || !rng.chance(0.45)) return line;
			const words = line.split(" ");
			const at = 1 + rng.int(Math.max(1, words.length - 2));
			const form = rng.int(5);
			if (form === 0) words.splice(at, 0, rng.pick(LOANWORDS));
			else if (form === 1) words[at] = accented(words[at] as string);
			else if (form === 2 && at + 2 < words.length) {
				words[at] = `“${words[at] as string}`;
				words[at + 1] = `${words[at + 1] as string}”`;
			} else if (form === 3) words.splice(at, 0, "—");
			else words.push(rng.pick(EMOJI));
			return words.join(" ");
		});
		body = lines.join("\n");
		const templates: Template[] = kind === "daily" || kind === "person" || kind === "post" ? TEMPLATES[kind] : [];
		const templated = kind === "daily" ? rng.chance(0.8) : kind === "person" ? rng.chance(0.6) : kind === "post" ? rng.chance(0.5) : false;
		if (templated && templates.length > 0) {
			const template = rng.pick(templates);
			body = `${template.head}${body}${template.tail}`;
		}
		if ((kind === "post" || kind === "query") && rng.chance(0.6)) body = `${body.trimEnd()}${rng.pick(FOOTERS)}`;
		return frontmatter + body;
	}

	/** A note that is not in the vault, of exactly `words` words, about a few topics: the who-cares query. */
	queryNote(k: number, words = 2000): SyntheticNote {
		const rng = new Rng(mulberry32((this.seed ^ 0x51ed270b ^ Math.imul(k + 1, 0x27d4eb2f)) >>> 0));
		const topics = this.someTopics(rng, rng.range(1, 3));
		const mention = rng.chance(0.5) ? ` Thanks to [[${rng.pick(this.personNames)}]] for the idea.` : "";
		const fm = `---\ntopics: [${topics.join(", ")}]\n---\n`;
		const text = `${fm}# Draft ${k + 1}\n\n${this.prose(rng, words, topics)}${mention}\n`;
		const realRng = new Rng(mulberry32((this.seed ^ 0x3c6ef372 ^ Math.imul(k + 1, 0x27d4eb2f)) >>> 0));
		return { path: `Drafts/Draft ${k + 1}.md`, text: this.realistic ? this.realise("query", text, realRng) : text, mtime: TODAY_MS };
	}

	private wordCount(rng: Rng): number {
		return Math.round(Math.exp(Math.log(50) + rng.next() * (Math.log(2000) - Math.log(50))));
	}

	private someTopics(rng: Rng, count: number): string[] {
		const out: string[] = [];
		for (let tries = 0; out.length < count && tries < 20; tries++) {
			const topic = this.topics[this.topicRank.sample(rng)] as string;
			if (!out.includes(topic)) out.push(topic);
		}
		return out;
	}

	/** Sentences of Zipf words, stop words and topic words; `words` words in all. */
	private prose(rng: Rng, words: number, topics: readonly string[]): string {
		const topicLists = topics.map((t) => this.topicWords[this.topics.indexOf(t)] as string[]);
		const paragraphs: string[] = [];
		let sentences: string[] = [];
		let sentence: string[] = [];
		let sentenceLength = rng.range(6, 18);
		for (let n = 0; n < words; n++) {
			const u = rng.next();
			let word: string;
			if (u < 0.42) word = rng.pick(STOPWORDS);
			else if (topicLists.length > 0 && u < 0.55) word = rng.pick(rng.pick(topicLists));
			else if (topics.length > 0 && u < 0.56) word = rng.pick(topics);
			else word = this.vocabulary[this.wordRank.sample(rng)] as string;
			sentence.push(word);
			if (sentence.length >= sentenceLength || n === words - 1) {
				const first = sentence[0] as string;
				sentence[0] = capitalise(first);
				const comma = sentence.length > 8 ? rng.int(sentence.length - 2) + 1 : -1;
				if (comma > 0) sentence[comma] = `${sentence[comma] as string},`;
				sentences.push(`${sentence.join(" ")}${rng.chance(0.1) ? "?" : "."}`);
				sentence = [];
				sentenceLength = rng.range(6, 18);
				if (sentences.length >= rng.range(3, 7)) {
					paragraphs.push(sentences.join(" "));
					sentences = [];
				}
			}
		}
		if (sentences.length > 0) paragraphs.push(sentences.join(" "));
		return paragraphs.join("\n\n");
	}

	private date(rng: Rng, maxDaysAgo: number): string {
		return isoDay(TODAY_MS - rng.int(maxDaysAgo) * DAY_MS);
	}

	private personText(rng: Rng, words: number): string {
		const topics = rng.chance(0.85) ? this.someTopics(rng, rng.range(1, 5)) : [];
		const fm = ["type: person"];
		if (rng.chance(0.3)) fm.push(`aliases: [${capitalise(this.vocabulary[rng.int(3000)] as string)}]`);
		if (topics.length > 0) fm.push(rng.chance(0.2) ? `topics: ${topics.join(", ")}` : `topics:\n${topics.map((t) => `  - ${t}`).join("\n")}`);
		if (rng.chance(0.5)) fm.push(`company: ${rng.pick(this.companies)}`);
		if (rng.chance(0.5)) fm.push(`role: ${rng.pick(ROLES)}`);
		if (rng.chance(0.8)) fm.push(`cadence: ${rng.pick(CADENCES)}`);
		if (rng.chance(0.7)) fm.push(`last_contact: ${this.date(rng, 365)}`);
		if (rng.chance(0.05)) fm.push(`snooze_until: ${isoDay(TODAY_MS + rng.int(60) * DAY_MS)}`);
		if (rng.chance(0.04)) fm.push("status: archived");
		if (rng.chance(0.2)) fm.push(`tags: [${rng.pick(["client", "family", "friend", "prospect", "investor"])}]`);
		const logLines = rng.int(9);
		const log: string[] = [];
		for (let n = 0; n < logLines; n++) {
			log.push(
				rng.chance(0.4)
					? `- ${this.date(rng, 700)} Shared [[${rng.pick(this.postTitles)}]]`
					: `- ${this.date(rng, 700)} Coffee; talked ${rng.pick(topics.length > 0 ? topics : this.topics)}`,
			);
		}
		const body = this.prose(rng, Math.max(10, words - logLines * 4), topics);
		return `---\n${fm.join("\n")}\n---\n${body}\n${log.length > 0 ? `\n## Log\n${log.join("\n")}\n` : ""}`;
	}

	private postText(rng: Rng, words: number): string {
		const topics = this.someTopics(rng, rng.range(1, 4));
		const fm = ["type: post", `topics: [${topics.join(", ")}]`];
		const status = rng.chance(0.9) ? rng.pick(STATUSES) : null;
		if (status !== null) fm.push(`status: ${status}`);
		if (status === "published" || (status === null && rng.chance(0.5))) fm.push(`published: ${this.date(rng, 900)}`);
		if (rng.chance(0.5)) fm.push(`url: https://example.com/${rng.int(1e6)}`);
		const sharedWith = rng.chance(0.4) ? Array.from({ length: rng.range(1, 5) }, () => rng.pick(this.personNames)) : [];
		if (sharedWith.length > 0) fm.push(`shared_with:\n${sharedWith.map((name) => `  - "[[${name}]]"`).join("\n")}`);
		const mention = rng.chance(0.15) ? `\n\nThanks to [[${rng.pick(this.personNames)}]] for reading a draft.` : "";
		return `---\n${fm.join("\n")}\n---\n${this.prose(rng, words, topics)}${mention}\n`;
	}

	private dailyText(rng: Rng, words: number): string {
		const lines: string[] = [];
		for (let n = rng.range(1, 6); n > 0; n--) {
			const name = rng.pick(this.personNames);
			const link = rng.chance(0.2) ? `[[${name}|${name.split(" ")[0] as string}]]` : `[[${name}]]`;
			const form = rng.int(4);
			if (form === 0) lines.push(`- [ ] follow up with ${link}`);
			else if (form === 1) lines.push(`- [x] emailed ${link}`);
			else lines.push(`- Coffee with ${link} about ${rng.pick(this.topics)}`);
		}
		return `## Notes\n\n${this.prose(rng, Math.max(10, words - lines.length * 5), [])}\n\n## People\n${lines.join("\n")}\n`;
	}

	private otherText(rng: Rng, i: number, words: number): string {
		const k = i - this.shape.people - this.shape.posts - this.shape.daily;
		if (k < 60 && k < this.topics.length) {
			const alias = capitalise(this.vocabulary[rng.int(5000)] as string);
			return `---\naliases: [${alias}]\n---\n${this.prose(rng, words, [this.topics[k] as string])}\n`;
		}
		const topics = rng.chance(0.5) ? this.someTopics(rng, rng.range(1, 2)) : [];
		const fm = rng.chance(0.3) ? `---\ntags: [${rng.pick(["idea", "reading", "meeting", "project"])}]\n---\n` : "";
		const link = rng.chance(0.2) ? ` See [[${rng.pick(this.postTitles)}]].` : "";
		return `${fm}${this.prose(rng, words, topics)}${link}\n`;
	}
}
