// @vitest-environment happy-dom
/**
 * Note content is never interpreted as HTML: a person and a post whose names, titles, topics,
 * roles, aliases, bodies and bad values are HTML and script payloads render as text in the
 * panel (both directions), the follow-up block, the due modal, the problems modal and the
 * person picker. No element is created from them, and the literal payload is what shows.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DueModal, PersonSuggestModal, ProblemsModal } from "../../src/obsidian/modals";
import { getOpenModal, getOpenModals, Notice, renderCodeBlock, stubModal } from "../obsidian";
import { cardOf, openPanel, startPlugin, textOf, waitFor, waitForText } from "../helpers/plugin-harness";

const TODAY = "2026-11-26";
const id = (command: string): string => `top-of-mind:${command}`;

const NAME = "<img src=x onerror=alert(1)>";
const TOPIC = "<img src=x onerror=alert(2)>";
const ROLE = "<script>alert(3)</script>";
const TITLE = "<script>alert('title')</script><b>bold</b>";
const POST_TOPIC = "<iframe src=javascript:alert(4)>";
const CADENCE = "<img src=y onerror=alert(5)>";

const EVIL_PERSON = `People/${NAME}.md`;
const EVIL_POST = "Posts/Evil post.md";

const VAULT: Record<string, string> = {
	[EVIL_PERSON]: `---
type: person
aliases: ["<svg onload=alert(6)>"]
topics: ["${TOPIC}", pricing]
role: "${ROLE}"
company: "<a href='javascript:alert(7)'>Acme</a>"
cadence: "${CADENCE}"
---
<img src=x onerror=alert(8)> <script>alert(9)</script> Cares about pricing pages and packaging.
`,
	[EVIL_POST]: `---
type: post
status: published
title: "${TITLE}"
topics: ["${POST_TOPIC}", pricing]
url: "javascript:alert(10)"
---
<script>alert(11)</script> Pricing pages and packaging, <img src=x onerror=alert(12)>.
`,
	"People/Ana Diaz.md": "---\ntype: person\ntopics: [pricing]\n---\nAna.\n",
};

/** No element came from the payloads: no images, scripts, frames, SVG, links to javascript:, or on* handlers. */
function expectNoInjectedElements(root: ParentNode): void {
	expect(root.querySelectorAll("img, script, iframe, svg, b, object, embed").length).toBe(0);
	for (const el of root.querySelectorAll("*")) {
		for (const attr of el.getAttributeNames()) expect(attr.startsWith("on"), `${el.tagName} ${attr}`).toBe(false);
		expect(el.getAttribute("href") ?? "").not.toMatch(/javascript:/i);
	}
}

beforeEach(() => {
	vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
});

afterEach(() => {
	expectNoInjectedElements(document);
	vi.restoreAllMocks();
});

describe("HTML and script payloads in notes render as text", () => {
	it("(the check itself catches a payload read as HTML)", () => {
		const probe = createDiv();
		probe.createEl("img", { attr: { src: "x" } });
		expect(() => expectNoInjectedElements(probe)).toThrow();
		probe.setText(NAME);
		expectNoInjectedElements(probe);
	});

	it("in the panel on the post: the person's name and reasons", async () => {
		const { app } = await startPlugin(VAULT, { today: TODAY });
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(EVIL_POST);
		await waitFor(() => cardOf(panel.el, EVIL_PERSON) !== null, "the card of the person with the payload name");
		const text = panel.el.textContent ?? "";
		expect(text).toContain(NAME);
		expect(text).toContain(TITLE);
		expect(text).toContain("topic: pricing");
		expectNoInjectedElements(panel.el);
	});

	it("in the panel on the person: their name and the post's title", async () => {
		const { app } = await startPlugin(VAULT, { today: TODAY });
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(EVIL_PERSON);
		await waitForText(panel.el, "Posts to send them");
		await waitFor(() => cardOf(panel.el, EVIL_POST) !== null, "the post's card");
		expect(panel.el.textContent).toContain(NAME);
		expect(panel.el.textContent).toContain(TITLE);
		expectNoInjectedElements(panel.el);
	});

	it("in the follow-up block and the people due modal", async () => {
		const { app } = await startPlugin(VAULT, { today: TODAY });
		const block = await renderCodeBlock(app, "top-of-mind", "limit: 10");
		await waitFor(() => cardOf(block.el, EVIL_PERSON) !== null, "the person in the block");
		expect(block.el.textContent).toContain(NAME);
		expect(block.el.textContent).toContain(`Send: ${TITLE}`);
		expectNoInjectedElements(block.el);

		await app.commands.run(id("people-due"));
		const due = getOpenModal(DueModal);
		expect(due.contentEl.textContent).toContain(NAME);
		expect(due.contentEl.textContent).toContain(TITLE);
		expectNoInjectedElements(due.modalEl);
		due.close();
		block.unload();
	});

	it("in the problems modal, the share picker and notices", async () => {
		const { app } = await startPlugin(VAULT, { today: TODAY });
		const panel = await openPanel(app);
		await app.workspace.setActiveFile(EVIL_POST);
		await waitFor(() => panel.el.querySelector(".top-of-mind-problems-link") !== null, "the problems link");
		panel.el.querySelector<HTMLElement>(".top-of-mind-problems-link")?.click();
		const problems = getOpenModal(ProblemsModal);
		expect(textOf(problems.contentEl)).toContain(`${EVIL_PERSON} · cadence: cadence "${CADENCE}" is not a cadence`);
		expectNoInjectedElements(problems.modalEl);
		problems.close();

		await app.commands.run(id("share-note-with"));
		await waitFor(() => getOpenModals().some((m) => m instanceof PersonSuggestModal), "the picker");
		const picker = stubModal(getOpenModal(PersonSuggestModal));
		await picker.typeQuery("");
		expect(picker.resultContainerEl.textContent).toContain(NAME);
		expectNoInjectedElements(picker.modalEl);
		await picker.chooseItem((choice) => choice.path === EVIL_PERSON);
		await waitFor(() => Notice.messages.length > 0, "the notice");
		expect(Notice.messages).toEqual([`Marked as shared with ${NAME}.`]);
	});
});
