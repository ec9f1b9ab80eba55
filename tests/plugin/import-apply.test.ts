// @vitest-environment happy-dom
/**
 * The apply step of an import, on the stand-in vault: every planned note written whole or not
 * at all, the first note that cannot be written stops the apply and the report names what was
 * written before it; and a long calendar read with the main thread handed back as it goes.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PlannedCreate, PlannedUpdate } from "../../src/core/import/types";
import { applyImport } from "../../src/obsidian/import-apply";
import { readImport } from "../../src/obsidian/import-read";
import { App, asObsidian } from "../obsidian";

afterEach(() => {
	vi.restoreAllMocks();
});

const ANA = "---\ntype: person\n---\nAna.\n";
const BO = "---\ntype: person\n---\nBo.\n";

function create(path: string): PlannedCreate {
	return { path, name: path.replace(/^.*\/|\.md$/g, ""), text: "---\ntype: person\n---\n", items: [1] };
}

function update(path: string, before: string, after: string): PlannedUpdate {
	return { path, name: path, before, after, changes: ["email"], items: [1] };
}

describe("applying an import", () => {
	it("writes every planned note, each in one create or one process", async () => {
		const app = new App({ "People/Ana.md": ANA });
		const process = vi.spyOn(app.vault, "process");
		const progress: number[] = [];
		const report = await applyImport(asObsidian(app), [create("People/Cy.md")], [update("People/Ana.md", ANA, ANA.replace("type: person", "type: person\nemail: ana@example.com"))], (done) => progress.push(done));
		expect(report).toEqual({ created: ["People/Cy.md"], updated: ["People/Ana.md"], stopped: null });
		expect(process).toHaveBeenCalledTimes(1);
		expect(progress).toEqual([1, 2]);
		expect(await app.vault.adapter.read("People/Ana.md")).toBe("---\ntype: person\nemail: ana@example.com\n---\nAna.\n");
	});

	it("stops at a note edited since the preview, leaves it as the user wrote it, and reports what it wrote before", async () => {
		const app = new App({ "People/Ana.md": ANA, "People/Bo.md": `${BO}Edited since.\n` });
		const report = await applyImport(
			asObsidian(app),
			[create("People/Cy.md")],
			[update("People/Ana.md", ANA, `${ANA}x\n`), update("People/Bo.md", BO, `${BO}y\n`), update("People/Ana.md", `${ANA}x\n`, `${ANA}z\n`)],
		);
		expect(report.created).toEqual(["People/Cy.md"]);
		expect(report.updated).toEqual(["People/Ana.md"]);
		expect(report.stopped).toEqual({ path: "People/Bo.md", why: expect.stringMatching(/edited since the preview/) as unknown });
		expect(await app.vault.adapter.read("People/Bo.md")).toBe(`${BO}Edited since.\n`);
		expect(await app.vault.adapter.read("People/Ana.md")).toBe(`${ANA}x\n`);
	});

	it("does not write over a note created where a new one was planned, and stops there", async () => {
		const app = new App({ "People/Cy.md": "Mine.\n" });
		const report = await applyImport(asObsidian(app), [create("People/Cy.md"), create("People/Dee.md")], []);
		expect(report).toEqual({ created: [], updated: [], stopped: { path: "People/Cy.md", why: "a note was created there since the preview" } });
		expect(await app.vault.adapter.read("People/Cy.md")).toBe("Mine.\n");
		expect(app.vault.getFileByPath("People/Dee.md")).toBeNull();
	});

	it("stops when the vault refuses a write and names the note", async () => {
		const app = new App({});
		vi.spyOn(app.vault, "create").mockRejectedValueOnce(new Error("disk full"));
		const report = await applyImport(asObsidian(app), [create("People/Cy.md"), create("People/Dee.md")], []);
		expect(report.stopped).toEqual({ path: "People/Cy.md", why: expect.stringContaining("disk full") as unknown });
		expect(report.created).toEqual([]);
		expect(app.vault.getFileByPath("People/Dee.md")).toBeNull();
	});
});

describe("reading a long calendar", () => {
	it("hands the main thread back between slices of events and tells how many it has read", async () => {
		const events: string[] = [];
		for (let day = 0; day < 6000; day++) {
			const date = new Date(Date.UTC(2010, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
			events.push(`BEGIN:VEVENT\r\nUID:e${day}@example.com\r\nDTSTART:${date}T100000Z\r\nSUMMARY:Lunch with Ana Diaz\r\nATTENDEE:mailto:ana@example.com\r\nEND:VEVENT\r\n`);
		}
		const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${events.join("")}END:VCALENDAR\r\n`;
		// The main thread is handed back through a message on a fresh channel (slices.ts).
		const handBacks = vi.spyOn(globalThis, "MessageChannel");
		const progress: number[] = [];
		const items = await readImport({ name: "calendar.ics", text }, "2026-11-20", [], (read) => progress.push(read));
		expect(items.source).toBe("ics");
		expect(items.source === "ics" ? items.events.length : 0).toBe(6000);
		expect(progress.slice(0, 3)).toEqual([500, 1000, 1500]);
		expect(handBacks.mock.calls.length).toBeGreaterThan(0);
	});
});
