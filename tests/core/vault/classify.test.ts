import { describe, expect, it } from "vitest";
import { classify, isExcluded } from "../../../src/core/vault/classify";
import { isInFolder, normalizeFolder } from "../../../src/core/model/paths";
import { defaultCoreConfig, type CoreConfig } from "../../../src/core/model/config";
import type { NoteKind } from "../../../src/core/model/types";
import { note, type NoteBuilder } from "../../builders/note-builder";

function config(): CoreConfig {
	const c = defaultCoreConfig();
	c.person.folders = ["People"];
	c.post.folders = ["Writing/Posts/"];
	c.person.typeValues = ["person", "Contact"];
	c.excludedFolders = ["Templates", "Archive/Old"];
	return c;
}

describe("classify", () => {
	const cases: Array<[string, NoteBuilder, NoteKind]> = [
		["type: person", note("Notes/Ana.md").fm({ type: "person" }), "person"],
		["type in another case with spaces", note("Notes/Ana.md").fm({ type: "  PERSON " }), "person"],
		["a second configured type value", note("Notes/Ana.md").fm({ type: "contact" }), "person"],
		["type as a list with a match", note("Notes/Ana.md").fm({ type: ["note", "Person"] }), "person"],
		["type as a link", note("Notes/Ana.md").fm({ type: "[[Person]]" }), "person"],
		["type as an unquoted YAML link", note("Notes/Ana.md").fm({ type: [["Person"]] }), "person"],
		["type: post", note("Notes/Essay.md").fm({ type: "post" }), "post"],
		["#person tag", note("Notes/Ana.md").tags("person"), "person"],
		["nested #person/client tag", note("Notes/Ana.md").tags("person/client"), "person"],
		["tag sharing only a prefix", note("Notes/Ana.md").tags("personal"), "other"],
		["#post tag", note("Notes/Essay.md").tags("post"), "post"],
		["person folder", note("People/Ana.md"), "person"],
		["person subfolder", note("People/Clients/Bo.md"), "person"],
		["folder with a common prefix", note("People Archive/Cy.md"), "other"],
		["folder in another case", note("people/Dee.md"), "other"],
		["post folder with a trailing slash in settings", note("Writing/Posts/Essay.md"), "post"],
		["parent of the post folder", note("Writing/Essay.md"), "other"],
		["explicit type post inside the people folder", note("People/Essay.md").fm({ type: "post" }), "post"],
		["explicit type person with a post tag", note("Posts/Ana.md").fm({ type: "person" }).tags("post"), "person"],
		["person tag and post tag: person", note("Notes/X.md").tags("post", "person"), "person"],
		["other type inside the people folder (any-of rules)", note("People/Meeting.md").fm({ type: "meeting" }), "person"],
		["unrelated type", note("Notes/M.md").fm({ type: "meeting" }), "other"],
		["no frontmatter", note("Notes/Plain.md").body("Just text"), "other"],
		["type is a number", note("Notes/N.md").fm({ type: 42 }), "other"],
		["type is an object", note("Notes/N.md").fm({ type: { kind: "person" } }), "other"],
		["type is null", note("Notes/N.md").fm({ type: null }), "other"],
		["excluded folder wins over type", note("Templates/Person.md").fm({ type: "person" }).tags("person"), "other"],
		["nested excluded folder", note("Archive/Old/Ana.md").fm({ type: "person" }), "other"],
		["sibling of an excluded folder", note("Archive/New/Ana.md").fm({ type: "person" }), "person"],
		["inline #person tag in the body", note("Notes/Ana.md").body("Met at the fair #person"), "person"],
	];
	it.each(cases)("%s", (_name, builder, expected) => {
		expect(classify(builder.build(), config())).toBe(expected);
	});

	it("reads a renamed type key, ignoring the key's case", () => {
		const c = config();
		c.fields.type = "kind";
		expect(classify(note("Notes/A.md").fm({ Kind: "person" }).build(), c)).toBe("person");
		expect(classify(note("Notes/A.md").fm({ type: "person" }).build(), c)).toBe("other");
	});

	it("ignores empty rules", () => {
		const c = defaultCoreConfig();
		c.person.folders = ["", "/"];
		c.person.tags = [""];
		c.person.typeValues = [""];
		expect(classify(note("Notes/A.md").fm({ type: "" }).build(), c)).toBe("other");
	});
});

describe("folders", () => {
	it("normalizes folder rules", () => {
		expect(normalizeFolder(" /People/ ")).toBe("People");
		expect(normalizeFolder("A\\B")).toBe("A/B");
		expect(normalizeFolder("/")).toBe("");
	});
	it("matches whole path segments, case-sensitively", () => {
		expect(isInFolder("People/Ana.md", "People")).toBe(true);
		expect(isInFolder("People/Sub/Ana.md", "People/")).toBe(true);
		expect(isInFolder("People Archive/Ana.md", "People")).toBe(false);
		expect(isInFolder("PeopleX/Ana.md", "People")).toBe(false);
		expect(isInFolder("people/Ana.md", "People")).toBe(false);
		expect(isInFolder("People.md", "People")).toBe(false);
		expect(isInFolder("Anything.md", "")).toBe(true);
	});
	it("excludes only configured, non-empty folders", () => {
		const c = config();
		expect(isExcluded("Templates/Person.md", c)).toBe(true);
		expect(isExcluded("Templates2/Person.md", c)).toBe(false);
		c.excludedFolders = [""];
		expect(isExcluded("Templates/Person.md", c)).toBe(false);
	});
});
