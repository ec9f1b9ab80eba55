/**
 * A small vault that changes at random, seeded, for tests that compare an index kept up to
 * date (or restored from a snapshot) with one built from scratch. Paths come from small
 * pools so notes collide, change kind, share names and come back; every change gives the
 * note a later modification time.
 */
import moment from "moment";
import { defaultCoreConfig, type CoreConfig } from "../../src/core/model/config";
import { makeDailyNoteParser } from "../../src/core/contact/daily-notes";
import { followups } from "../../src/core/overview/followups";
import { NetworkIndex, type IndexOptions } from "../../src/core/index/network-index";
import { postsFor } from "../../src/core/match/posts-for";
import { analyze } from "../../src/core/text/phrases";
import type { NoteRecord } from "../../src/core/model/types";
import { whoCares, type PersonMatch } from "../../src/core/match/who-cares";
import { note } from "./note-builder";
import { Random } from "./random";

export const TODAY = "2026-11-01";


const NAMES = ["Ana Diaz", "Ben Ode", "Cy Lo", "Dee Park"];
const FOLDERS = ["People", "People/Clients", "Notes"];
const TITLES = ["Pricing essay", "K8s costs", "Hiring engineers", "Cloud bill"];
const TOPICS = ["pricing", "Kubernetes", "k8s", "hiring", "site reliability", "cloud cost", "monetisation"];
const SENTENCES = [
	"Thinks usage-based pricing is the future of SaaS.",
	"Runs a k8s platform team and worries about the cloud bill.",
	"Hiring senior engineers is the hardest part of the year.",
	"Site reliability engineering and incident reviews.",
	"Met Ana Diaz at a conference in Lisbon.",
	// Typography and emoji: bodies the index holds packed (vault/note-body.ts).
	"Says “usage-based pricing” won’t scale — not for k8s 🚀.",
	"東京でクラウドのコストについて話した。",
];
const DATES = ["2026-09-01", "2026-10-01", "2026-10-15", "2026-10-31", "2026-11-20"];
const OTHERS = ["Topics/Pricing.md", "Notes/Ideas.md", "Templates/Person.md", "Notes/Ana Diaz.md"];

export function indexOptions(): IndexOptions {
	const config: CoreConfig = defaultCoreConfig();
	config.person.folders = ["People"];
	config.post.folders = ["Posts"];
	config.excludedFolders = ["Templates"];
	config.cadenceByTag = [{ tag: "family", cadence: "14d" }];
	return { config, dailyNotes: { folder: "", format: "YYYY-MM-DD" }, parseDailyDate: makeDailyNoteParser(moment, "YYYY-MM-DD") };
}

export class RandomVault extends Random {
	readonly records = new Map<string, NoteRecord>();
	private clock = Date.UTC(2026, 0, 1);

	constructor(random: () => number) {
		super(random);
	}

	private link(name: string): string {
		return this.pick([`[[${name}]]`, `[[${name}|${name.split(" ")[0] as string}]]`, `[[People/${name}]]`, `[[${this.pick(["Ana", "Doc"])}]]`]);
	}

	randomPath(): string {
		const kind = this.int(4);
		if (kind === 0) return `${this.pick(FOLDERS)}/${this.pick(NAMES)}.md`;
		if (kind === 1) return `Posts/${this.pick(TITLES)}.md`;
		if (kind === 2) return `${this.pick(DATES)}.md`;
		return this.pick(OTHERS);
	}

	/** A new version of the note at `path`, of the kind its path suggests (sometimes another). */
	noteAt(path: string): NoteRecord {
		this.clock += 1000;
		const builder = note(path).mtime(this.clock);
		const body = this.some(SENTENCES, 2).join(" ");
		if (path.startsWith("Posts/")) {
			const fm: Record<string, unknown> = { type: "post", topics: this.some(TOPICS, 2) };
			if (this.chance(0.5)) fm.status = this.pick(["idea", "draft", "published"]);
			if (this.chance(0.5)) fm.shared_with = this.some(NAMES, 2).map((name) => this.link(name));
			if (this.chance(0.3)) fm.title = this.pick(TITLES);
			return builder.fm(fm).body(`${body}${this.chance(0.3) ? ` Thanks ${this.link(this.pick(NAMES))}.` : ""}`).build();
		}
		if (/^\d{4}-\d{2}-\d{2}\.md$/.test(path)) {
			const lines = this.some(NAMES, 3).map((name) => (this.chance(0.3) ? `- [ ] call ${this.link(name)}` : `Coffee with ${this.link(name)}.`));
			return builder.body(lines.join("\n")).build();
		}
		if (path.startsWith("Topics/") || (path.startsWith("Notes/") && !NAMES.some((name) => path.endsWith(`${name}.md`)))) {
			if (this.chance(0.5)) builder.fm({ aliases: this.some(["monetisation", "Ana", "pricing models", "Doc"], 2) });
			return builder.body(body).build();
		}
		const fm: Record<string, unknown> = {};
		if (!path.startsWith("People/") || this.chance(0.3)) fm.type = this.chance(0.9) ? "person" : "post";
		if (this.chance(0.7)) fm.topics = this.some(TOPICS, 3);
		if (this.chance(0.4)) fm.aliases = this.some(["Ana", "Doc", "Ana D", "The Boss"], 2);
		if (this.chance(0.4)) fm.cadence = this.pick(["2w", "monthly", "soon"]);
		if (this.chance(0.4)) fm.last_contact = this.pick(DATES);
		const log = this.chance(0.5)
			? `\n\n## Log\n${this.some(DATES, 2)
					.map((date) => `- ${date} Shared [[${this.pick(TITLES)}]]`)
					.join("\n")}\n`
			: "";
		return builder.fm(fm).body(`${body}${log}`).tags(...this.some(["family", "client"], 1)).build();
	}

	/** Applies one random change to the vault and to `index` the way a source reports it. */
	step(index: NetworkIndex): void {
		const existing = [...this.records.keys()];
		const action = existing.length < 6 ? 0 : this.int(10);
		if (action <= 5) {
			const path = action <= 2 || existing.length === 0 ? this.randomPath() : this.pick(existing);
			const record = this.noteAt(path);
			this.records.set(path, record);
			index.upsert(record);
		} else if (action <= 7) {
			const from = this.pick(existing);
			const to = this.randomPath();
			if (to === from) return;
			const old = this.records.get(from) as NoteRecord;
			this.clock += 1000;
			const moved = note(to).fm(old.frontmatter ?? {}).body(old.body).mtime(this.clock).build();
			this.records.delete(from);
			this.records.set(to, moved);
			index.rename(from, moved);
		} else {
			const path = this.pick(existing);
			this.records.delete(path);
			index.remove(path);
		}
	}

	/** An index built from scratch from the current notes, in a random order. */
	freshIndex(): NetworkIndex {
		const index = new NetworkIndex(indexOptions());
		const records = [...this.records.values()];
		for (let i = records.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			[records[i], records[j]] = [records[j] as NoteRecord, records[i] as NoteRecord];
		}
		for (const record of records) index.upsert(record);
		return index;
	}
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The derived data an index keeps between changes: names, order, contacts, shares, synonyms. */
export function derived(index: NetworkIndex): unknown {
	const people = index.allPeople();
	const posts = index.allPosts();
	return {
		people: people.map((p) => p.path),
		posts: posts.map((p) => p.path),
		contacts: people.map((p) => [p.path, index.contactDates(p.path), sorted(index.sentPosts(p.path))]),
		recipients: posts.map((p) => [p.path, sorted(index.recipients(p.path)), sorted(index.mentionsOf(p.path))]),
		names: [...index.nameTable().full.entries()].map(([first, entries]) => [first, entries.map((e) => `${e.path}:${e.words.join(" ")}`).sort()]).sort(),
		synonyms: TOPICS.map((topic) => index.synonyms().canonicalTopic(topic)),
		resolved: [...NAMES, "Ana", "Doc", "Pricing essay", "People/Ana Diaz"].map((target) => index.resolve(target, "2026-10-01.md")),
	};
}

/** Everything the index answers, for comparing two indexes. */
export function answers(index: NetworkIndex, records: Map<string, NoteRecord>): unknown {
	const people = index.allPeople();
	const match = (m: PersonMatch): unknown => ({ ...m, score: round(m.score) });
	const probe = note("Drafts/Probe.md").fm({ topics: ["pricing", "k8s"] }).body("Ana Diaz and [[Ben Ode]] on usage-based pricing and the cloud bill.").build();
	const query = (text: string): Map<string, number> => new Map(analyze(text).map((term) => [term, 1]));
	return {
		paths: index.paths().sort(),
		kinds: index.paths().sort().map((path) => [path, index.kindOf(path), index.mtimeOf(path)]),
		problems: index.problems(),
		people,
		posts: index.allPosts(),
		derived: derived(index),
		documentCounts: [index.peopleDf.documentCount, index.postDf.documentCount],
		df: ["price", "cloud", "cloud_bill", "hire"].map((term) => [index.peopleDf.get(term), index.postDf.get(term)]),
		search: ["pricing", "cloud bill", "hiring engineers"].map((text) => [
			index.searchPeople(query(text)).map((hit) => [hit.path, round(hit.score)]),
			index.searchPosts(query(text)).map((hit) => [hit.path, round(hit.score)]),
		]),
		whoCares: [probe, ...[...records.values()].slice(0, 4)].map((record) => {
			const result = whoCares(index, record, TODAY, { limit: 20, minScore: 0, relativeFloor: 0 });
			return { people: result.people.map(match), alreadyShared: result.alreadyShared.map(match) };
		}),
		postsFor: people.map((p) => [p.path, postsFor(index, p, { limit: 10, minScore: 0, relativeFloor: 0 })]),
		followups: followups(index, TODAY, { limit: 50 }),
	};
}
