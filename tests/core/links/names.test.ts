import { describe, expect, it } from "vitest";
import { buildNameTable, findMentions, findSamePerson, samePersonKey, type PeopleByName } from "../../../src/core/links/names";
import type { NoteRecord, Person } from "../../../src/core/model/types";

describe("samePersonKey: two names are the same person when equal after NFC, case folding and accent removal", () => {
	it.each([
		["Ana Diaz", "ana diaz", true],
		["Ana Diaz", "ANA DIAZ", true],
		["Ana Diaz", "Ána Díaz", true],
		["Ana Diaz", "A\u0301na Di\u0301az", true],
		["Ána Díaz", "A\u0301na Di\u0301az", true],
		["Ana Diaz", " Ana   Diaz ", true],
		["Jürgen Groß", "JURGEN GROSS", true],
		["Jürgen Groß", "jürgen groẞ", true],
		["Straße", "Strasse", true],
		["Işık", "IŞIK", true],
		["Işık", "Isik", true],
		["İlker", "ilker", true],
		["Łukasz Żółć", "lukasz zolc", true],
		["Søren", "Soren", true],
		["Οδυσσέας", "ΟΔΥΣΣΕΑΣ", true],
		["François", "FRANCOIS", true],
		["山田 太郎", "山田 太郎", true],
		["김민준", "김민준", true],
		["Ana 👩‍💻", "ana 👩‍💻", true],
		["Ana Diaz", "Ana Dias", false],
		["Ana Diaz", "AnaDiaz", false],
		["山田 太郎", "山田 花子", false],
		["Ana 👩‍💻", "Ana 👨‍💻", false],
	])("%j and %j: %s", (a, b, same) => {
		expect(samePersonKey(a) === samePersonKey(b)).toBe(same);
	});

	it("is empty for nothing but spaces", () => {
		expect(samePersonKey(" \t\n")).toBe("");
	});
});

const person = (path: string, aliases: string[] = []): Person =>
	({ path, name: path.replace(/^.*\//, "").replace(/\.md$/, ""), aliases }) as unknown as Person;

describe("findSamePerson", () => {
	const people = [person("People/Ana Diaz.md", ["Ani"]), person("Clients/Jürgen Groß.md"), person("People/Işık Yılmaz.md")];

	it.each([
		["ana diaz", "People/Ana Diaz.md"],
		["Ána Díaz", "People/Ana Diaz.md"],
		["ANI", "People/Ana Diaz.md"],
		["jurgen gross", "Clients/Jürgen Groß.md"],
		["Isik Yilmaz", "People/Işık Yılmaz.md"],
		["Ana", null],
		["Bo Berg", null],
		["", null],
	])("%j → %j", (name, path) => {
		expect(findSamePerson(name, people)?.path ?? null).toBe(path);
	});
});

describe("mentions read names by the same rule", () => {
	const people = [person("People/Ana Diaz.md"), person("People/Jürgen Groß.md"), person("People/Işık Yılmaz.md")];
	const index: PeopleByName = { resolvePerson: () => null, nameTable: () => buildNameTable(people) };
	const note = (body: string): NoteRecord => ({ path: "Notes/n.md", body, links: [] }) as unknown as NoteRecord;

	it.each([
		["Met ÁNA DÍAZ today.", ["People/Ana Diaz.md"]],
		["Met ana diaz today.", ["People/Ana Diaz.md"]],
		["Jurgen Gross called.", ["People/Jürgen Groß.md"]],
		["JÜRGEN GROẞ called.", ["People/Jürgen Groß.md"]],
		["ISIK YILMAZ wrote.", ["People/Işık Yılmaz.md"]],
	])("%j", (body, paths) => {
		expect([...findMentions(note(body), body, index, "shared_with").keys()].sort()).toEqual(paths);
	});

	it("a name mentioned is the same person New person note would find", () => {
		for (const typed of ["ána díaz", "jurgen gross", "isik yilmaz"]) {
			const found = findSamePerson(typed, people);
			expect(found).not.toBeNull();
			const body = `Talked to ${typed}.`;
			expect([...findMentions(note(body), body, index, "shared_with").keys()]).toEqual([found?.path]);
		}
	});
});

describe("a first name alone", () => {
	const people = [person("People/Ana Diaz.md"), person("People/Ben Okafor.md"), person("People/Ben Stone.md"), person("People/Will Ng.md")];
	const index: PeopleByName = { resolvePerson: () => null, nameTable: () => buildNameTable(people) };
	const note = (body: string): NoteRecord => ({ path: "Notes/n.md", body, links: [] }) as unknown as NoteRecord;
	const everyday = (word: string): boolean => word === "will";

	it.each([
		["Lunch with Ana today.", ["People/Ana Diaz.md"], true],
		["lunch with ana today.", [], false],
		["Ben called.", [], false],
		["Will you come?", [], false],
		["Met Ana Diaz and Ana.", ["People/Ana Diaz.md"], false],
	])("%j", (body, paths, byFirstName) => {
		const found = findMentions(note(body), body, index, "shared_with", everyday);
		expect([...found.keys()].sort()).toEqual(paths);
		if (paths.length > 0) expect(found.get(paths[0] as string)?.byFirstName).toBe(byFirstName);
	});

	it("cites the name as the note wrote it", () => {
		const body = "Coffee with ANA DIAZ.";
		expect(findMentions(note(body), body, index, "shared_with").get("People/Ana Diaz.md")?.cited).toBe("ANA DIAZ");
	});

	it("never reads a name the prose does not show", () => {
		// The visible text of a note whose only "Ana Diaz" is inside a URL has none.
		expect([...findMentions(note("https://x.com/ana-diaz"), "", index, "shared_with").keys()]).toEqual([]);
	});
});
