import { describe, expect, it } from "vitest";
import { compareText } from "../../../src/core/model/compare";
import type { NetworkIndex } from "../../../src/core/index/network-index";
import { buildNoteQuery } from "../../../src/core/match/note-query";
import { isPublished, pairKey, personAsRecord, postsFor, type PostMatch, type PostsForOptions } from "../../../src/core/match/posts-for";
import { phraseTerms } from "../../../src/core/text/phrases";
import type { Person } from "../../../src/core/model/types";
import { isPhrase, searchNote, WEIGHTS } from "../../../src/core/match/evidence";
import { SCORE_FLOOR } from "../../../src/core/match/floor";
import { isVaultCommon, nameTerms, readablePhrases } from "../../../src/core/match/reasons";
import { mulberry32 } from "../../builders/random";
import { RandomVault } from "../../builders/random-vault";
import { NetworkIndex as Index } from "../../../src/core/index/network-index";
import { indexOptions } from "../../builders/random-vault";

/**
 * postsFor looks only at posts that can score, remembers the person's search and works
 * out reasons for the posts shown only.
 * None of that may change what it answers: this is the plain version, every post
 * scored with its reasons, all sorted, kept here as the reference.
 */
function referencePostsFor(index: NetworkIndex, person: Person, options: PostsForOptions = {}): Array<Omit<PostMatch, "evidence">> {
	const limit = options.limit ?? 5;
	const minScore = options.minScore ?? SCORE_FLOOR.absolute;
	const query = buildNoteQuery(personAsRecord(person), index);
	const { hits, terms } = searchNote(index, query.weights, "posts");
	const best = hits[0]?.score ?? 0;
	const text = new Map(hits.map((hit) => [hit.path, { score: best > 0 ? hit.score / best : 0, match: hit.match }]));
	const sent = index.sentPosts(person.path);
	const synonyms = index.synonyms();
	const personTopics = new Map(person.topics.filter((t) => index.commons.topicWeight(t) > 0).map((t) => [synonyms.canonicalTopic(t), t]));
	const out: Array<Omit<PostMatch, "evidence">> = [];
	for (const post of index.allPosts()) {
		if (sent.has(post.path)) continue;
		if (options.notForThem?.has(pairKey(person.path, post.path))) continue;
		if (post.status === "idea" || (options.publishedOnly && !isPublished(post))) continue;
		const reasons: string[] = [];
		const topics = [...post.topics, ...post.tags].filter((t) => index.commons.topicWeight(t) > 0 && personTopics.has(synonyms.canonicalTopic(t)));
		for (const topic of topics.slice(0, 3)) reasons.push(`topic: ${topic}`);
		const mentioned = index.mentionsOf(post.path).has(person.path);
		if (mentioned) reasons.push("mentions them");
		const found = text.get(post.path);
		if (found) {
			const ordered = Object.keys(found.match)
				.sort((a, b) => (terms.get(b) ?? 0) - (terms.get(a) ?? 0) || Number(isPhrase(b)) - Number(isPhrase(a)) || compareText(a, b))
				.filter((term) => !isVaultCommon(index, term));
			const said = new Set([...topics.flatMap((t) => phraseTerms(t)), ...nameTerms(person)]);
			const words = readablePhrases(ordered, query.surface, said, [post.title, ...post.topics, post.body].join(".\n"));
			if (words.length > 0) reasons.push(`about ${words.join(", ")}`);
		}
		const parts = [
			WEIGHTS.text * (found?.score ?? 0),
			Math.min(WEIGHTS.topicExactMax, WEIGHTS.topicExact * topics.length),
			mentioned ? WEIGHTS.mention : 0,
		];
		const score = 1 - parts.reduce((rest, p) => rest * (1 - p), 1);
		if (score < minScore) continue;
		out.push({ path: post.path, title: post.title, score: Math.round(score * 1000) / 1000, reasons });
	}
	out.sort((a, b) => b.score - a.score || compareText(a.title.toLowerCase(), b.title.toLowerCase()) || compareText(a.path, b.path));
	const lowest = Math.max(minScore, (options.relativeFloor ?? SCORE_FLOOR.relative) * (out[0]?.score ?? 0));
	return out.filter((match) => match.score >= lowest && match.reasons.length > 0).slice(0, limit);
}

const OPTIONS: PostsForOptions[] = [
	{},
	{ limit: 1 },
	{ limit: 3, publishedOnly: true },
	{ limit: 50 },
	{ limit: 10, minScore: 0 },
	{ limit: 10, minScore: 0, relativeFloor: 0 },
	{ limit: 5, minScore: 0.3 },
	{ limit: 5, relativeFloor: 0.6 },
];

describe("postsFor agrees with scoring every post", () => {
	it.each([21, 22, 23, 24, 25, 26])("on a random vault as it changes (seed %i)", (seed) => {
		const vault = new RandomVault(mulberry32(seed));
		const index = new Index(indexOptions());
		for (let change = 0; change < 120; change++) {
			vault.step(index);
			if (change % 10 !== 9) continue;
			for (const person of index.allPeople()) {
				const notForThem = new Set(index.allPosts().slice(0, 1).map((post) => pairKey(person.path, post.path)));
				for (const options of [...OPTIONS, { notForThem }]) {
					expect(postsFor(index, person, options).map(({ evidence: _evidence, ...rest }) => rest), `seed ${seed}, change ${change}, ${person.path}, ${JSON.stringify(options)}`).toEqual(
						referencePostsFor(index, person, options),
					);
				}
			}
		}
	});
});
