import { findMentions, type Mention } from "../links/names";
import { coerceStringList } from "../values/coerce";
import type { NetworkReader } from "../index/network-reader";
import { isCommonTerm } from "../text/common-words";
import { stemWord, surfaceWordsOfRun, termRun } from "../text/terms";
import { phraseTerm, tagWords } from "../text/phrases";
import type { NoteRecord } from "../model/types";
import { FIRST_NAME_SHARE, isVaultCommon } from "./reasons";
import { visibleOfRecord, visibleProse } from "../text/visible-text";

/**
 * What a note is about, reduced to what matching needs: its most distinctive terms with
 * weights (never the whole note as one query), the words as written for reasons, its
 * explicit topics and the people it mentions.
 */
export interface NoteQuery {
	path: string;
	title: string;
	/**
	 * Every term of the note (and synonyms of its phrases) weighted by how distinctive it
	 * is, 1 for the strongest; matching keeps only the top few that the targets contain.
	 */
	weights: Map<string, number>;
	/** Analysed term → the words as the note wrote them. */
	surface: Map<string, string>;
	/** Canonical topic key → topic as written, from the note's topics and tags. */
	topics: Map<string, string>;
	/** Every analysed term and phrase term of the note. */
	allTerms: Set<string>;
	/** People the note links to or names, by path, with the link or name it wrote. */
	mentions: Map<string, Mention>;
	/** The note's visible text without boilerplate: what matching read, and where reasons' snippets come from. */
	prose: string;
}

/** A phrase that at least this many people and posts say once each is weighed by how many do. */
const COMMON_PHRASE = { notes: 10, share: 0.01 };

/** Tunable weights of query building (the evaluation may try other values). */
export const QUERY_TUNING = {
	/** Everyday words count this much of their weight when picking distinctive terms. */
	commonWordFactor: 0.35,
	/** Title and topics say more about a note than a sentence of its body. */
	titleWeight: 3,
	topicWeight: 3,
};


export function noteTitle(record: NoteRecord, index: NetworkReader): string {
	const post = index.post(record.path);
	if (post) return post.title;
	const title = record.frontmatter?.[index.config.fields.title];
	return typeof title === "string" && title.trim() !== "" ? title.trim() : record.basename;
}

export function noteTopics(record: NoteRecord, index: NetworkReader): string[] {
	const post = index.post(record.path);
	if (post) return post.topics;
	const topics: string[] = [];
	for (const key of index.config.fields.topics) {
		const value = record.frontmatter?.[key];
		if (value !== undefined) topics.push(...coerceStringList(value, { path: record.path, key }, { stripHash: true }).values);
	}
	return topics;
}

/**
 * The last query built from each record, with the index and text revision it was built
 * against: a long note's query is built in a turn of its own before the search that uses it
 * (query-steps.ts), and a record is never changed once made.
 */
const builtQueries = new WeakMap<NoteRecord, { index: NetworkReader; textRevision: number; query: NoteQuery }>();

export function buildNoteQuery(record: NoteRecord, index: NetworkReader): NoteQuery {
	const built = builtQueries.get(record);
	if (built !== undefined && built.index === index && built.textRevision === index.textRevision) return built.query;
	const query = queryOf(record, index);
	builtQueries.set(record, { index, textRevision: index.textRevision, query });
	return query;
}

function queryOf(record: NoteRecord, index: NetworkReader): NoteQuery {
	const title = noteTitle(record, index);
	const topics = noteTopics(record, index);
	const surface = new Map<string, string>();
	const tf = new Map<string, number>();
	const allTerms = new Set<string>();
	const addText = (text: string, weight: number): void => {
		if (weight <= 0) return;
		for (const term of collectTerms(text, surface)) {
			tf.set(term, (tf.get(term) ?? 0) + weight);
			allTerms.add(term);
		}
	};
	addText(title, QUERY_TUNING.titleWeight);
	// Each topic alone, as the index and topic matching read it (its language is its own); a
	// topic or tag weighs less the more notes carry it, workflow tags (#seedling) not at all.
	for (const topic of topics) addText(topic, QUERY_TUNING.topicWeight * index.commons.topicWeight(topic));
	for (const tag of record.tags) addText(tagWords(tag), QUERY_TUNING.topicWeight * index.commons.topicWeight(tag));
	// Only what a reader sees, less what the vault says in many notes (templates, footers).
	const prose = index.commons.withoutBoilerplate(visibleProse(visibleOfRecord(record)));
	addText(prose, 1);

	const totalDocs = index.peopleDf.documentCount + index.postDf.documentCount;
	const weights = new Map<string, number>();
	const commonPhrase = Math.max(COMMON_PHRASE.notes, COMMON_PHRASE.share * totalDocs);
	let max = 0;
	for (const [term, count] of tf) {
		// A phrase said once in a body is counted apart from the tables; counted there, a phrase
		// that many notes say once each (a footer's, a template's) weighs as common as it is,
		// while one few notes share keeps the weight of the rarest.
		const saidOnce = term.includes("_") ? index.phraseSaidOnce(term) : 0;
		const docFreq = index.peopleDf.get(term) + index.postDf.get(term) + (saidOnce >= commonPhrase ? saidOnce : 0);
		const common = !term.includes("_") && isCommonTerm(term, stemWord) ? QUERY_TUNING.commonWordFactor : 1;
		const weight = common * (1 + Math.log(count)) * Math.log(1 + (totalDocs + 1) / (docFreq + 0.5));
		weights.set(term, weight);
		if (weight > max) max = weight;
	}
	for (const [term, weight] of weights) weights.set(term, weight / (max || 1));

	const topicMap = new Map<string, string>();
	const synonyms = index.synonyms();
	for (const topic of [...topics, ...record.tags]) {
		if (index.commons.topicWeight(topic) === 0) continue;
		const key = synonyms.canonicalTopic(topic);
		if (key !== "" && !topicMap.has(key)) topicMap.set(key, topic);
	}

	const expanded = synonyms.expand(weights);
	// Terms added for synonyms read as the synonym is written, never as a bare stem.
	for (const term of expanded.keys()) {
		const words = surface.has(term) ? undefined : synonyms.surfaceOf(term);
		if (words !== undefined) surface.set(term, words);
	}
	// A first name alone counts only when it is no everyday word, in any language, nor common in this vault.
	const everyday = (word: string): boolean => {
		const term = termRun(word)[0];
		return term == null || isVaultCommon(index, term, FIRST_NAME_SHARE);
	};
	const mentions = findMentions(record, prose, index, index.config.fields.sharedWith, everyday);
	return { path: record.path, title, weights: expanded, surface, topics: topicMap, allTerms, mentions, prose };
}

/** Chinese and Japanese words of a phrase are written together, without a space. */
const UNSPACED_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const UNSPACED_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function collectTerms(text: string, surface: Map<string, string>): string[] {
	const run = termRun(text);
	const words = surfaceWordsOfRun(text, run.length);
	const out: string[] = [];
	let previous: string | null = null;
	let previousWord = "";
	run.forEach((term, i) => {
		const word = words[i] ?? "";
		if (term !== null) {
			out.push(term);
			if (!surface.has(term)) surface.set(term, word);
			if (previous !== null) {
				const phrase = phraseTerm(previous, term);
				out.push(phrase);
				if (!surface.has(phrase)) surface.set(phrase, UNSPACED_END.test(previousWord) && UNSPACED_START.test(word) ? previousWord + word : `${previousWord} ${word}`);
			}
		}
		previous = term;
		previousWord = word;
	});
	return out;
}
