import { describe, expect, it } from "vitest";
import { differingCodePoints } from "../builders/code-points";
import { differs } from "../builders/text-readers";

/** The text readers against their patterns around every code point (the unit tests take a sample beyond the first plane). */
describe.each(Object.entries(differs))("%s reader", (_name, differsAround) => {
	it("agrees with its pattern around every code point", () => {
		expect(differingCodePoints(differsAround, 1)).toEqual([]);
	});
});
