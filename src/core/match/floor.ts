/**
 * The one rule for which matches are worth showing, in the panel, the follow-up list and the
 * command line alike (who-cares and posts-for): a score of at least `absolute`, and at least
 * `relative` of the best score in the same list, so that when a strong match exists the
 * near-zero ones under it are not shown beside it. A match must also carry a reason.
 */
export const SCORE_FLOOR = { absolute: 0.08, relative: 0.1 } as const;

/** The lowest score shown in a list whose best score is `best`. */
export function scoreFloor(best: number, floor: { absolute: number; relative: number } = SCORE_FLOOR): number {
	return Math.max(floor.absolute, floor.relative * best);
}

