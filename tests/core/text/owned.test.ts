import { describe, expect, it } from "vitest";
import { owned } from "../../../src/core/text/owned";

describe("owned", () => {
	const note = `---\ntopics: [pricing]\n---\n## Log\n- 2026-10-02 Shared [[Posts/Usage-based pricing]] with the whole team\n`;
	const line = note.slice(note.indexOf("Shared"), note.indexOf(" with"));
	const values: Array<[string, unknown]> = [
		["a string cut out of a note", line],
		["a short string", "ok"],
		["a log entry", { date: "2026-10-02", text: line, links: [line.slice(9, -2)] }],
		["nested lists and empty values", { topics: [line, ""], role: null, archived: false, cadenceDays: 30, none: undefined }],
	];
	it.each(values)("copies %s to an equal value", (_, value) => {
		expect(owned(value)).toEqual(value);
	});

	it("shares no list or object with what it copied", () => {
		const entry = { date: "2026-10-02", text: line, links: [line] };
		const copy = owned(entry);
		copy.links.push("more");
		expect(entry.links).toEqual([line]);
		expect(copy).not.toBe(entry);
	});
});
