/** A property that links a person is a mention of them, as a link in the body is. */
import { describe, expect, it } from "vitest";
import { postsFor } from "../../../src/core/match/posts-for";
import { whoCares } from "../../../src/core/match/who-cares";
import type { Person } from "../../../src/core/model/types";
import { buildIndex, person, post, recordOf, type NoteSpec, type VaultSpec } from "../../builders/index-builder";

const TODAY = "2026-11-01";
const ANA = "People/Ana Diaz.md";

function vault(extra: VaultSpec): VaultSpec {
	return {
		[ANA]: person({ topics: ["gardening"] }, "Ana grows tomatoes."),
		"People/Ben Okafor.md": person({ topics: ["hiring"] }, "Ben hires engineers."),
		...extra,
	};
}

function reasonsFor(spec: NoteSpec, path = "Posts/Review.md", name = "Ana Diaz"): string[] | undefined {
	const notes = vault({ [path]: spec });
	const result = whoCares(buildIndex(notes), recordOf(path, spec), TODAY);
	return [...result.people, ...result.alreadyShared].find((m) => m.name === name)?.reasons;
}

describe("a link in a property is a mention", () => {
	it.each<[string, Record<string, unknown>]>([
		["a text property", { author: "[[Ana Diaz]]" }],
		["an alias", { author: "[[Ana Diaz|Ana]]" }],
		["a path", { author: "[[People/Ana Diaz]]" }],
		["a list", { reviewers: ["[[Ben Okafor]]", "[[Ana Diaz]]"] }],
		["a nested value", { credits: { editor: ["[[Ana Diaz]]"] } }],
		["the unquoted [[x]] YAML reads as a list in a list", { author: [["Ana Diaz"]] }],
	])("%s", (_, fm) => {
		// The reason cites the link as the property wrote it.
		expect(reasonsFor(post({ status: "published", ...fm }, "A review of the quarter."))).toEqual([expect.stringMatching(/^mentioned in this note as \[\[(People\/)?Ana Diaz\]\]$/)]);
	});

	it("in a note that is not a post too", () => {
		expect(reasonsFor({ fm: { attendees: ["[[Ana Diaz]]"] }, body: "Notes from the call." }, "Notes/Call.md")).toEqual(["mentioned in this note as [[Ana Diaz]]"]);
	});

	it("resolves as a body link does: any case, a path from a subfolder, whatever the Unicode form", () => {
		const who = (author: string, people: VaultSpec): string[] => {
			const spec = post({ status: "published", author }, "A review.");
			return whoCares(buildIndex({ ...people, "Posts/Review.md": spec }), recordOf("Posts/Review.md", spec), TODAY).people.map((m) => m.path);
		};
		expect(who("[[ana diaz]]", vault({}))).toEqual([ANA]);
		expect(who("[[Clients/Ana Diaz]]", { [ANA]: person(), "Team/Clients/Ana Diaz.md": person() })).toEqual(["Team/Clients/Ana Diaz.md"]);
		expect(who("[[José Ruiz]]".normalize("NFD"), { "People/José Ruiz.md": person() })).toEqual(["People/José Ruiz.md"]);
	});

	it("but not shared_with, the record of whom a post was sent to", () => {
		expect(reasonsFor(post({ status: "published", shared_with: ["[[Ana Diaz]]"] }, "A review of the quarter."))).toEqual([]);
	});

	it("gives the post to them as one that mentions them", () => {
		const index = buildIndex(vault({ "Posts/Review.md": post({ status: "published", author: "[[Ana Diaz]]" }, "A review of the quarter.") }));
		const found = postsFor(index, index.person(ANA) as Person).find((m) => m.title === "Review");
		expect(found?.reasons).toEqual(["mentions them"]);
	});
});
