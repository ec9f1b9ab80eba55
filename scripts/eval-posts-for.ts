/**
 * Posts-for read against the same labels, turned round: for each labeled person, the
 * labeled posts that rated them are the posts that suit them (grade 2 or 1). Every post is
 * scored (`every`, as `--all` lists them); only labeled posts are ranked, since nobody
 * judged the others, and posts already sent to the person are left out of both sides.
 */
import type { NetworkIndex } from "../src/core/index/network-index";
import { postsFor } from "../src/core/match/posts-for";
import { meanMetrics, metricsFor, type Labels, type Metrics } from "./eval-metrics";

export function postsForQuality(index: NetworkIndex, graded: Record<string, Record<string, string[] | undefined>>, holdout: (post: string) => boolean): { all: Metrics; people: number } {
	const byPerson = new Map<string, Labels>();
	for (const [post, grades] of Object.entries(graded)) {
		if (holdout(post)) continue;
		for (const grade of [1, 2]) {
			for (const person of grades[String(grade)] ?? []) {
				const labels = byPerson.get(person) ?? new Map<string, number>();
				labels.set(post, grade);
				byPerson.set(person, labels);
			}
		}
	}
	const rows: Metrics[] = [];
	for (const [path, labels] of byPerson) {
		const person = index.person(path);
		if (person === undefined || person.archived) continue;
		const sent = index.sentPosts(path);
		for (const post of sent) labels.delete(post);
		if (labels.size === 0) continue;
		const ranking = postsFor(index, person, { every: true })
			.map((match) => match.path)
			.filter((post) => post in graded && !holdout(post));
		rows.push(metricsFor(ranking, labels, new Set()));
	}
	return { all: meanMetrics(rows), people: rows.length };
}
