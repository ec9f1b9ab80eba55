/** The flat fast path of parseFrontmatterYaml reads every block it takes exactly as the `yaml` package does. */
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseFrontmatterYaml } from "../../src/cli/frontmatter-yaml";
import { propertyRuns } from "../helpers/property-runs";

const SCALARS = ["v", "2026-11-05", "012", "0o17", "0x1F", "1e3", "1.50", ".5", "-3", "+4", ".inf", "-.Inf", ".nan", "true", "False", "NULL", "~", "null", "a b, c", "x/y+z", "-x", "Ünïcödé", "1_000", "3.", "0.", "e5", "1e", "a.b", "99999999999999999999"];
const KEYS = ["a", "b", "k1", "_x", "last_contact", "a-b", "True", "null", "Null", "NULL", "__proto__", "x_y"];

describe("parseFrontmatterYaml", () => {
	it("names a duplicate key as the yaml package does", () => {
		expect(() => parseFrontmatterYaml("a: 1\nb: 2\na: 3")).toThrow(/^Map keys must be unique at line 3, column 1$/);
		expect(() => parseFrontmatterYaml("a: 1\nl:\n  - x\nm: {a: 1, a: 2}")).toThrow(/^Map keys must be unique at line 4, column 11$/);
	});

	it("reads flat blocks as the yaml package does (core schema)", () => {
		const line = fc.oneof(
			fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SCALARS, "")).map(([key, value]) => (value === "" ? `${key}:` : `${key}: ${value}`)),
			fc.constantFrom("", "# a comment", "  - item", "k: 'quoted'", "k: [a, b]", "k: a #c", "k:  two spaces", "k: -", "k: - x"),
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
				const yaml = lines.join("\n");
				let expected: unknown;
				try {
					expected = parse(yaml, { schema: "core", merge: true, logLevel: "error" });
				} catch {
					// Invalid either way (with several errors, which one is named first may differ).
					expect(() => parseFrontmatterYaml(yaml)).toThrow();
					return;
				}
				expect(parseFrontmatterYaml(yaml)).toEqual(expected ?? null);
			}),
			propertyRuns(),
		);
	});
});
