import { describe, expect, it } from "vitest";
import { heldBody, packBody, withBody } from "../../../src/core/vault/note-body";
import { toPerson } from "../../../src/core/vault/people-and-posts";
import { defaultCoreConfig } from "../../../src/core/model/config";
import { note } from "../../builders/note-builder";
import { emptyIndex } from "../../builders/index-builder";

const typographic = "Don’t “price” by the seat — price by usage 🚀. The team’s churn fell. ".repeat(3);
const ascii = "Plain text about pricing and churn, long enough to be packed if it had to be.";

describe("a note's body as the index holds it", () => {
	it.each([
		[typographic, true],
		[ascii, false],
		["", false],
	])("reads as the text through JSON, spreads, keys and comparisons (%#)", (body, packs) => {
		const held = withBody<{ path: string; body: string; mtime: number }>({ path: "People/Ana.md", mtime: 1 }, body);
		expect(heldBody(held).packed).toBe(false);
		packBody(held);
		expect(held.body).toBe(body);
		expect(JSON.parse(JSON.stringify(held))).toEqual({ path: "People/Ana.md", mtime: 1, body });
		expect({ ...held }).toEqual({ path: "People/Ana.md", body, mtime: 1 });
		expect(Object.keys(held).sort()).toEqual(["body", "mtime", "path"]);
		expect(held).toEqual({ path: "People/Ana.md", body, mtime: 1 });
		expect(heldBody(held).packed).toBe(packs);
	});

	it("is stored as held and put back without packing or unpacking it", () => {
		const held = withBody<{ path: string; body: string }>({ path: "Posts/P.md" }, typographic);
		packBody(held);
		packBody(held);
		const { note: stored, packed } = heldBody(held);
		expect(packed).toBe(true);
		expect(stored.body).not.toBe(typographic);
		expect(stored).toEqual({ path: "Posts/P.md", body: stored.body });
		const { body, ...fields } = stored;
		const back = withBody<{ path: string; body: string }>(fields, body, { packed });
		expect(back.body).toBe(typographic);
		expect(heldBody(back).note.body).toBe(stored.body);
		// A plain object's body is stored as it is, and never packed.
		const plain = { path: "x", body: typographic };
		packBody(plain);
		expect(heldBody(plain)).toEqual({ note: { path: "x", body: typographic }, packed: false });
	});

	it("takes a new body through assignment, as the text until packed again", () => {
		const held = withBody<{ body: string }>({}, typographic);
		packBody(held);
		held.body = `${typographic} More.`;
		expect(held.body).toBe(`${typographic} More.`);
		expect(heldBody(held).packed).toBe(false);
		packBody(held);
		expect(heldBody(held).packed).toBe(true);
		held.body = ascii;
		packBody(held);
		expect(held.body).toBe(ascii);
		expect(heldBody(held).packed).toBe(false);
	});

	it("is what a person note reads as, for a note with typography, packed once the index has read it", () => {
		const record = note("People/Ana Diaz.md").fm({ type: "person" }).body(`${typographic}\n## Log\n- 2026-11-01 coffee`).build();
		const { person } = toPerson(record, defaultCoreConfig());
		expect(person.body).toContain("price by usage 🚀");
		expect(person.log).toHaveLength(1);
		const index = emptyIndex();
		index.upsert(record);
		const held = index.person("People/Ana Diaz.md");
		expect(held?.body).toBe(person.body);
		expect(held && heldBody(held).packed).toBe(true);
	});
});
