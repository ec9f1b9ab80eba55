import { describe, expect, it } from "vitest";
import { SCORE_FLOOR, scoreFloor } from "../../../src/core/match/floor";

describe("the score floor shared by panel, follow-ups and command line", () => {
	it.each([
		{ best: 0, floor: SCORE_FLOOR.absolute },
		{ best: 0.2, floor: SCORE_FLOOR.absolute },
		{ best: 0.9, floor: 0.9 * SCORE_FLOOR.relative },
		{ best: 1, floor: SCORE_FLOOR.relative },
	])("a list whose best score is $best shows scores from $floor", ({ best, floor }) => {
		expect(scoreFloor(best)).toBeCloseTo(floor, 10);
	});

});
