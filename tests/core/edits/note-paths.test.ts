import { describe, expect, it } from "vitest";
import { cleanNoteName, folderRefusal, pathRefusal } from "../../../src/core/edits/note-paths";

describe("pathRefusal: a note is created only inside the vault", () => {
	it.each([
		["Daily/2026-11-26.md", null],
		["People/Ana Diaz.md", null],
		["2026-11-26.md", null],
		["Notes/..hidden.md", "names a hidden file or folder"],
		["C#/notes.md", null],
		["Über/Ana.md", null],
		["../../outside/2026-11-26.md", "leads out of the vault"],
		["Daily/../../x.md", "leads out of the vault"],
		["Daily/../2026.md", "leads out of the vault"],
		["Daily\\..\\..\\x.md", "leads out of the vault"],
		["Daily/.. /x.md", "leads out of the vault"],
		["Daily/.../x.md", "leads out of the vault"],
		["..", "leads out of the vault"],
		["/etc/passwd.md", "is an absolute path"],
		["\\etc\\x.md", "is an absolute path"],
		["\\\\server\\share\\x.md", "is an absolute path"],
		[" /etc/x.md", "is an absolute path"],
		["C:\\x\\2026.md", "starts with a drive letter"],
		["C:/x/2026.md", "starts with a drive letter"],
		["c:x.md", "starts with a drive letter"],
		[".obsidian/plugins/x.md", "names a hidden file or folder"],
		["Daily/.trash/x.md", "names a hidden file or folder"],
		["Daily/./x.md", "names a hidden file or folder"],
		["Daily\u0000/x.md", "holds a control character"],
		["Daily/x\n.md", "holds a control character"],
		["Daily/\u202ex.md", "holds a control character"],
		["Daily/\u0085x.md", "holds a control character"],
	])("%j", (path, refusal) => {
		if (refusal === null) expect(pathRefusal(path)).toBeNull();
		else expect(pathRefusal(path)).toContain(refusal);
	});
});

describe("folderRefusal: the vault root is a folder too", () => {
	it.each([
		["", null],
		["/", null],
		["  ", null],
		["People", null],
		["Network/Clients", null],
		["../../outside", "leads out of the vault"],
		["/etc", "is an absolute path"],
		["\\etc", "is an absolute path"],
		["C:\\x", "starts with a drive letter"],
		[".obsidian", "names a hidden file or folder"],
		["People\u0000", "holds a control character"],
	])("%j", (folder, refusal) => {
		if (refusal === null) expect(folderRefusal(folder)).toBeNull();
		else expect(folderRefusal(folder)).toContain(refusal);
	});
});

describe("cleanNoteName: a typed name becomes a valid note name", () => {
	it.each([
		["Ana Diaz", "Ana Diaz"],
		["  Bo   Li  ", "Bo Li"],
		["Ana\u0000Diaz", "AnaDiaz"],
		["Ana\u0000 Diaz", "Ana Diaz"],
		["Ana\r\nDiaz", "Ana Diaz"],
		["Ana\tDiaz\n", "Ana Diaz"],
		["Ana\u2028Diaz", "Ana Diaz"],
		["\u202eAna Diaz\u202c", "Ana Diaz"],
		["Ana\u200b Diaz\u200f", "Ana Diaz"],
		["Ana\u0085Diaz", "Ana Diaz"],
		["Ana\u009bDiaz", "AnaDiaz"],
		["\ufeffAna Diaz", "Ana Diaz"],
		["Ana\u00a0Diaz", "Ana Diaz"],
		["Ana\u3000Diaz", "Ana Diaz"],
		['Eve/Adams: "CTO"?', "Eve Adams CTO"],
		["a\\b*c<d>e|f", "a b c d e f"],
		["C# Lee^2 [[x]]", "C Lee 2 x"],
		["../..", ""],
		["...Ana", "Ana"],
		["///", ""],
		["\u0000\u202e\r\n", ""],
		["Ana Diaz 👩‍💻", "Ana Diaz 👩‍💻"],
		["Ana 🇩🇪", "Ana 🇩🇪"],
		["山田 太郎", "山田 太郎"],
		["김민준", "김민준"],
		["Işık Yılmaz", "Işık Yılmaz"],
		["İlker", "İlker"],
		["Jürgen Groß", "Jürgen Groß"],
		["Ána Díaz", "Ána Díaz"],
		["A\u0301na", "Ána"],
		["Mehdi\u200cpour", "Mehdi\u200cpour"],
		["Ana\ud800Diaz", "AnaDiaz"],
		["Jr.", "Jr."],
	])("%j → %j", (raw, clean) => {
		expect(cleanNoteName(raw)).toBe(clean);
	});

	it("never leaves anything a path check refuses", () => {
		for (const raw of ["../../x", "/etc", "C:\\x", ".obsidian", "a\u0000b", "\u202e..", "x/../y"]) {
			const clean = cleanNoteName(raw);
			if (clean !== "") expect(pathRefusal(`People/${clean}.md`)).toBeNull();
		}
	});
});
