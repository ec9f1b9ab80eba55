/**
 * Reasons a person can read, worked out only for the results shown: the evidence of
 * evidence.ts put in words, each citing what the two notes share.
 */
import type { NetworkReader } from "../index/network-reader";
import { compareText } from "../model/compare";
import type { Person } from "../model/types";
import { isCommonTerm } from "../text/common-words";
import { languagesOf } from "../text/stop-lists";
import { phraseTerms, tagWords, topicKey } from "../text/phrases";
import { stemWord } from "../text/terms";
import { isPhrase, matchOf, type Evidence } from "./evidence";
import type { NoteQuery } from "./note-query";
import { personInOrder, personWordFor } from "./person-words";
import { lineSnippet, snippetFor, type Reason } from "./snippets";
import type { Mention } from "../links/names";

/** The terms a person matched, strongest in the note first. */
export function matchedTerms(found: Evidence): Array<{ term: string; fields: string[]; weight: number }> {
	return Object.entries(matchOf(found))
		.map(([term, fields]) => ({ term, fields, weight: found.termWeights.get(term) ?? 0 }))
		.sort((a, b) => b.weight - a.weight || Number(isPhrase(b.term)) - Number(isPhrase(a.term)) || compareText(a.term, b.term));
}


/** Reasons in the order a person would weigh them, each with the sentence of the note it cites. */
export function describe(index: NetworkReader, person: Person, found: Evidence, query: NoteQuery): Reason[] {
	const reasons: Reason[] = [];
	const cite = (reason: string, words: string | null): void => {
		reasons.push({ reason, snippet: words === null ? null : snippetFor(query, query.prose, words) });
	};
	if (found.mentioned) reasons.push(mentionReason(found.mention, query));
	for (const topic of found.topicExact.slice(0, 3)) cite(`topic: ${topic}`, tagWords(topic));
	for (const topic of found.topicInText.slice(0, 2)) cite(`their topic "${topic}" comes up in this note`, tagWords(topic));

	const said = new Set([...[...found.topicExact, ...found.topicInText].flatMap((t) => phraseTerms(t)), ...nameTerms(person)]);
	const matched = matchedTerms(found);
	const textTerms = matched
		.filter(({ fields }) => fields.includes("body") || fields.includes("topics"))
		.map(({ term }) => term)
		.filter((term) => !isVaultCommon(index, term) && !found.related.has(term));
	const phrases = readablePhrases(textTerms, query.surface, said, personInOrder(person, "topics", () => [...person.topics, person.body].join(".\n")));
	if (phrases.length > 0) cite(`their note mentions ${phrases.join(", ")}`, phrases[0]?.replace(/"/g, "") ?? null);
	const related = relatedWords(index, person, found);
	if (related.length > 0) cite(`their note says ${related.join(", ")}, as the people closest to this note do`, null);
	const roleMatched = matched.some(({ fields }) => fields.includes("role"));
	if (roleMatched && person.role) cite(`role: ${person.role}${person.company ? ` at ${person.company}` : ""}`, null);

	const sent = found.history.posts;
	if (sent.length > 0) cite(historyReason(index, sent, query), null);
	if (found.replies.length > 0) cite(replyReason(index, found.replies), null);
	return reasons;
}

/** "mentioned in this note as [[Ana Diaz]]" (a link) or `… as "Ana"` (a name), with the line or sentence it stands in. */
function mentionReason(mention: Mention | undefined, query: NoteQuery): Reason {
	if (mention === undefined) return { reason: "mentioned in this note", snippet: null };
	const { cited, bodyLine } = mention;
	if (!cited.startsWith("[[")) return { reason: `mentioned in this note as "${cited}"`, snippet: snippetFor(query, query.prose, cited) };
	// A link in a property has no line of the body.
	return { reason: `mentioned in this note as ${cited}`, snippet: bodyLine === undefined ? null : lineSnippet(query.prose, bodyLine) };
}

/** How many related words a reason names. */
const MAX_RELATED = 3;

/**
 * The words a person matched only through the people closest to the note (feedback.ts),
 * quoted as their own note writes them, strongest first.
 */
export function relatedWords(index: NetworkReader, person: Person, found: Evidence): string[] {
	const terms = matchedTerms(found)
		.map(({ term }) => term)
		.filter((term) => found.related.has(term) && !isVaultCommon(index, term))
		.slice(0, MAX_RELATED);
	return terms.map((term) => `"${personWordFor(person, term) ?? term}"`);
}

/** A one-word share of a vault this large or more is too common to be a reason on its own. */
const COMMON_SHARE = 0.1;
/** ...counted only in a vault of at least this many people and posts (in a small one, everything is common). */
const COMMON_MIN_DOCUMENTS = 20;
/** ...and only for a word in more than this many of them. */
const COMMON_MIN_NOTES = 5;

/**
 * A single word too common to cite: an everyday English word, or one that a tenth of the
 * vault's people and posts say ("team", "asked"). Phrases are never common this way.
 */
export function isVaultCommon(index: NetworkReader, term: string, share = COMMON_SHARE): boolean {
	if (isPhrase(term)) return false;
	// A stop word of any language the engine knows ("som", "er"): a note guessed wrongly keeps them.
	if (isCommonTerm(term, stemWord) || languagesOf(term) !== 0) return true;
	const documents = index.peopleDf.documentCount + index.postDf.documentCount;
	if (documents < COMMON_MIN_DOCUMENTS) return false;
	// A word of a few notes is never common, however small the share: a person's own name is in their note.
	return index.peopleDf.get(term) + index.postDf.get(term) > Math.max(COMMON_MIN_NOTES, share * documents);
}

/**
 * A share of the vault that a word standing for a first name may reach: "Ana" is in a few
 * notes, "Web" and "Search" in many (a person note named "Web viewer" is no Ana).
 */
export const FIRST_NAME_SHARE = 0.02;

/** The terms of a person's name and aliases: a name is who they are, not what they care about. */
export function nameTerms(person: Person): string[] {
	return [person.name, ...person.aliases].flatMap((name) => phraseTerms(name));
}

/**
 * Matched terms as a reader would say them, quoted, at most `max`, in the order given
 * (best first): each in the words the query note used; overlapping pairs read as one
 * phrase ("usage based" and "based pricing" as "usage based pricing") when `inOrder` says
 * the matched note has the longer run too. Terms whose words were all said already, by an
 * earlier phrase or in `said`, are left out.
 */
export function readablePhrases(
	terms: readonly string[],
	surface: ReadonlyMap<string, string>,
	said: ReadonlySet<string>,
	inOrder: (sequence: readonly string[]) => boolean,
	max = 3,
): string[] {
	const phrases: ShownPhrase[] = [];
	const covered = new Set(said);
	for (const term of terms) {
		if (phrases.length >= max) break;
		const parts = term.split("_");
		const words = (surface.get(term) ?? parts.join(" ")).split(" ");
		if (!joinPhrase(phrases, parts, words, inOrder)) {
			if (parts.every((p) => covered.has(p))) continue;
			phrases.push({ parts, words });
		}
		parts.forEach((p) => covered.add(p));
	}
	return phrases.map((p) => `"${p.words.join(" ")}"`);
}

interface ShownPhrase {
	parts: string[];
	words: string[];
}

/**
 * Two shown phrases that a matched pair of terms links read as one ("usage" and "based
 * pricing" by "usage based"), and a pair extends a phrase it overlaps, as long as the
 * person's note has the longer run too. True when the pair was taken in.
 */
function joinPhrase(shown: ShownPhrase[], parts: string[], words: string[], inOrder: (terms: readonly string[]) => boolean): boolean {
	const [first, second] = parts;
	const [firstWord, secondWord] = words;
	if (parts.length !== 2 || words.length !== 2 || first === undefined || second === undefined) return false;
	if (firstWord === undefined || secondWord === undefined) return false;
	const before = shown.find((p) => p.parts[p.parts.length - 1] === first);
	const after = shown.find((p) => p.parts[0] === second);
	if (before && after && before !== after && inOrder([...before.parts, ...after.parts])) {
		before.parts.push(...after.parts);
		before.words.push(...after.words);
		shown.splice(shown.indexOf(after), 1);
		return true;
	}
	if (before && !after && inOrder([...before.parts, second])) {
		before.parts.push(second);
		before.words.push(secondWord);
		return true;
	}
	if (after && !before && inOrder([first, ...after.parts])) {
		after.parts.unshift(first);
		after.words.unshift(firstWord);
		return true;
	}
	return false;
}

/** "replied to 'Pricing retainers'", or "… and 2 more" when they replied to several posts that bear on the note. */
export function replyReason(index: NetworkReader, postPaths: string[]): string {
	const titles = postPaths.map((path) => index.post(path)?.title ?? path).sort(compareText);
	const more = titles.length - 1;
	return `replied to '${titles[0] ?? ""}'${more > 0 ? ` and ${more} more` : ""}`;
}

export function historyReason(index: NetworkReader, postPaths: string[], query: { topics: { has(key: string): boolean } }): string {
	const posts = postPaths.map((path) => index.post(path)).filter((p) => p !== undefined);
	const counts = new Map<string, { topic: string; count: number }>();
	for (const post of posts) {
		for (const topic of post.topics) {
			const key = topicKey(topic);
			if (!query.topics.has(index.synonyms().canonicalTopic(topic))) continue;
			const entry = counts.get(key) ?? { topic, count: 0 };
			entry.count++;
			counts.set(key, entry);
		}
	}
	const common = [...counts.values()].sort((a, b) => b.count - a.count || compareText(a.topic, b.topic))[0];
	const n = posts.length;
	const noun = n === 1 ? "post" : "posts";
	if (common) return `you sent them ${n} ${noun} on ${common.topic}`;
	if (n === 1 && posts[0]) return `you sent them "${posts[0].title}", on a similar subject`;
	return `you sent them ${n} ${noun} on similar subjects`;
}
