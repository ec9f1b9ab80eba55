/** Names and paths compare in NFC: the Unicode form a file system or a keyboard used never matters. */
import { describe, expect, it } from "vitest";
import { createLinkResolver } from "../../../src/core/links/link-resolver";
import { buildNameTable, findMentions } from "../../../src/core/links/names";
import type { NoteRecord, Person } from "../../../src/core/model/types";

const NFC = "José Nuñez";
const NFD = NFC.normalize("NFD");

describe("link resolution in NFC", () => {
	it.each([
		["an NFC link to an NFD file", `People/${NFD}.md`, NFC],
		["an NFD link to an NFC file", `People/${NFC}.md`, NFD],
		["an NFC path link to an NFD file", `People/${NFD}.md`, `People/${NFC}`],
		["an NFC folder-suffix link to an NFD file", `Clients/People/${NFD}.md`, `People/${NFC}`],
	])("resolves %s", (_, path, target) => {
		expect(createLinkResolver([path, "Other.md"]).resolve(target, "Other.md")).toBe(path);
	});

	it("forgets a removed path whatever form it was added in", () => {
		const resolver = createLinkResolver([`${NFD}.md`]);
		resolver.remove(`${NFD}.md`);
		expect(resolver.resolve(NFC, "a.md")).toBeNull();
	});
});

describe("the name table in NFC", () => {
	it("finds a name written in either form in a note", () => {
		const person = { path: `People/${NFD}.md`, name: NFD, aliases: [] } as unknown as Person;
		const table = buildNameTable([person]);
		const record = { path: "a.md", links: [], body: `Lunch with ${NFC} today.` } as unknown as NoteRecord;
		expect([...findMentions(record, record.body, { resolvePerson: () => null, nameTable: () => table }, "shared_with").keys()]).toEqual([person.path]);
	});
});
