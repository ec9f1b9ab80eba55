import { describe, expect, it } from "vitest";
import { DEFAULT_BLOCK_OPTIONS, parseBlockOptions } from "../../src/ui/block-options";

describe("parseBlockOptions", () => {
	it.each<[string, string, { limit: number; posts: number }]>([
		["empty", "", DEFAULT_BLOCK_OPTIONS],
		["a limit", "limit: 2", { limit: 2, posts: 1 }],
		["both, any case, extra spaces", "  LIMIT :  5 \nPosts:0", { limit: 5, posts: 0 }],
		["comments and blank lines", "# who is due\n\nlimit: 3\n", { limit: 3, posts: 1 }],
		["CRLF", "limit: 4\r\nposts: 2\r\n", { limit: 4, posts: 2 }],
		["the edges", "limit: 100\nposts: 5", { limit: 100, posts: 5 }],
		["the last value wins", "limit: 2\nlimit: 7", { limit: 7, posts: 1 }],
	])("%s", (_name, source, options) => {
		expect(parseBlockOptions(source)).toEqual({ options, errors: [] });
	});

	it.each<[string, string, string]>([
		["a word for a number", "limit: lots", 'Line 1: limit must be a whole number from 1 to 100, not "lots".'],
		["zero people", "limit: 0", 'Line 1: limit must be a whole number from 1 to 100, not "0".'],
		["too many", "limit: 101", 'Line 1: limit must be a whole number from 1 to 100, not "101".'],
		["a fraction", "limit: 2.5", 'Line 1: limit must be a whole number from 1 to 100, not "2.5".'],
		["negative", "posts: -1", 'Line 1: posts must be a whole number from 0 to 5, not "-1".'],
		["empty value", "posts:", 'Line 1: posts must be a whole number from 0 to 5, not "".'],
		["an unknown key", "colour: red", 'Line 1: unknown option "colour"; known options are limit and posts.'],
		["not an option", "just words", 'Line 1: "just words" is not an option; write "limit: 5".'],
	])("%s is explained", (_name, source, error) => {
		const { options, errors } = parseBlockOptions(source);
		expect(errors).toEqual([error]);
		expect(options).toEqual(DEFAULT_BLOCK_OPTIONS);
	});

	it("numbers lines as the user sees them, and reports every bad line", () => {
		expect(parseBlockOptions("limit: 2\n\nnope\nposts: 9").errors).toEqual(['Line 3: "nope" is not an option; write "limit: 5".', 'Line 4: posts must be a whole number from 0 to 5, not "9".']);
	});

	it("never changes the defaults", () => {
		parseBlockOptions("limit: 3");
		expect(DEFAULT_BLOCK_OPTIONS).toEqual({ limit: 10, posts: 1 });
	});
});
