import { describe, expect, it } from "vitest";
import { visibleProse, visibleText, visibleTextOfNote } from "../../../src/core/text/visible-text";

/** The visible words, spaces collapsed per line and empty lines dropped: what the table compares. */
function words(body: string): string {
	return visibleText(body)
		.lines.map((line) => line.replace(/\s+/g, " ").trim())
		.filter((line) => line !== "")
		.join(" / ");
}

describe("visible text: one row per construct", () => {
	const rows: Array<[string, string, string]> = [
		["plain prose", "Pricing retainers for small firms.", "Pricing retainers for small firms."],
		["fenced code", "Before\n```js\nconst secret = 1;\n```\nAfter", "Before / After"],
		["tilde fence", "Before\n~~~\nhidden words\n~~~\nAfter", "Before / After"],
		["dataview query block", "```dataview\nTABLE file.name FROM #person\n```\nSeen", "Seen"],
		["unclosed fence hides the rest", "Seen\n```\nnever closed\nstill code", "Seen"],
		["indented code after a blank line", "Intro\n\n    npm install thing\n    more code\n\nBack", "Intro / Back"],
		["tab-indented code", "Intro\n\n\tcode here\n\nBack", "Intro / Back"],
		["indented list items are not code", "- item one\n\n    - nested item\n\tstill the list", "item one / nested item / still the list"],
		["inline code", "Use `secretWord` here", "Use here"],
		["double-backtick inline code", "Use ``a ` b`` here", "Use here"],
		["HTML tags keep their text", '<div class="x">Hello <b>there</b></div>', "Hello there"],
		["HTML comment on one line", "Seen <!-- hidden --> seen", "Seen seen"],
		["HTML comment over lines", "Seen\n<!-- hidden\nstill hidden -->\nAgain", "Seen / Again"],
		["%% comment %% on one line", "Seen %% hidden %% seen", "Seen seen"],
		["%% comment over lines", "Seen\n%%\nhidden\n%%\nAgain", "Seen / Again"],
		["bare URL", "See https://github.com/owner/repo-name for more", "See for more"],
		["URL with encoded words", "At https://example.com/Personal%20knowledge%20base ok", "At ok"],
		["www link", "Visit www.example.com today", "Visit today"],
		["autolink", "Mail <https://example.com/x> now", "Mail now"],
		["Markdown link keeps its text", "Read [the pricing guide](https://example.com/guide) now", "Read the pricing guide now"],
		["Markdown link to a note", "See [notes](Posts/My%20Post.md)", "See notes"],
		["Markdown link with a title", 'See [guide](https://x.com/a "Title words") end', "See guide end"],
		["Markdown link with parentheses in the URL", "See [wiki](https://en.wikipedia.org/wiki/Foo_(bar)) end", "See wiki end"],
		["image shows no words", "Chart ![diagram of pricing](images/pricing-chart.png) and ![GitHub issues](https://img.shields.io/x)", "Chart and"],
		["reference definition", "[1]: https://example.com/ref\nText", "Text"],
		["wikilink shows its name", "Talked with [[People/Ana Diaz]] today", "Talked with Ana Diaz today"],
		["wikilink alias is the text", "Talked with [[Ana Diaz|Ana]] today", "Talked with Ana today"],
		["wikilink to a heading", "See [[Pricing#Retainers]]", "See Pricing"],
		["embed shows no words", "![[Bases/People.base]] and ![[chart.png]] end", "and end"],
		["table keeps cells", "| Name | Topic |\n| --- | :---: |\n| Ana | pricing |", "| Name | Topic | / | Ana | pricing |"],
		["callout marker dropped, title kept", "> [!note]- Big idea\n> Quoted words", "Big idea / Quoted words"],
		["blockquote", "> A quote\n>> nested", "A quote / nested"],
		["footnote reference and definition", "A claim[^1] here\n[^1]: The source text", "A claim here / The source text"],
		["inline footnote", "A claim^[an aside] here", "A claim an aside] here"],
		["inline math", "Area $x^2 + y$ grows", "Area grows"],
		["price is not math", "Costs $5 and more", "Costs $5 and more"],
		["math block", "Before\n$$\nE = mc^2\n$$\nAfter", "Before / After"],
		["Dataview field line", "rating:: 5\nWords", "Words"],
		["Dataview field in a list item", "- due:: 2026-03-04\n- real item", "real item"],
		["Dataview bracketed field", "Met [mood:: happy] today (where:: cafe)", "Met today"],
		["Templater command", "Date <% tp.date.now() %> here", "Date here"],
		["Templater block over lines", "Top\n<%*\nconst x = 1;\n%>\nEnd", "Top / End"],
		["tags are not words", "Notes on #pricing and #client/acme here", "Notes on and here"],
		["heading marks dropped", "## Pricing retainers", "Pricing retainers"],
		["number-only hash stays", "Issue #123 fixed", "Issue #123 fixed"],
		["task marks dropped", "- [ ] Call Ana\n- [x] Send deck", "Call Ana / Send deck"],
		["block id dropped", "A sentence ^abc123", "A sentence"],
		["entities dropped", "Tom&nbsp;and&amp;Jerry", "Tom and Jerry"],
		["encoded text decoded", "Folder Personal%20knowledge here", "Folder Personal knowledge here"],
		["BOM", "\uFEFFHello", "Hello"],
	];
	it.each(rows)("%s", (_name, body, expected) => {
		expect(words(body)).toBe(expected);
	});
});

describe("visible text: links, tags and fields", () => {
	it("hands back wikilinks, embeds and Markdown links to notes, not web links", () => {
		const visible = visibleText("[[Ana Diaz|Ana]] and ![[chart.png]]\n[post](Posts/My%20Post.md#top) [web](https://x.com)");
		expect(visible.links).toEqual([
			{ target: "Ana Diaz", display: "Ana", embed: false, line: 0 },
			{ target: "chart.png", embed: true, line: 0 },
			{ target: "Posts/My Post.md", display: "post", embed: false, line: 1 },
		]);
	});
	it("reads no link inside code, comments or URLs", () => {
		const visible = visibleText("`[[Code Link]]` %% [[Hidden]] %%\n```\n[[In Fence]]\n```\nhttps://x.com/[[NotALink]]");
		expect(visible.links.map((link) => link.target)).toEqual([]);
	});
	it("hands back tags once each, and none from URLs or code", () => {
		const visible = visibleText("#Pricing and #pricing, `#code` https://x.com/#frag #client/acme");
		expect(visible.tags).toEqual(["pricing", "client/acme"]);
	});
	it("hands back Dataview fields as properties", () => {
		expect(visibleText("- met:: [[Ana Diaz]]\nText [mood:: good]").fields).toEqual([
			{ key: "met", value: "[[Ana Diaz]]", line: 0 },
			{ key: "mood", value: "good", line: 1 },
		]);
	});
	it("keeps one line per line of the text, so a result line is a note line", () => {
		const body = "a\n```\nb\n```\nc\r\nd\re";
		expect(visibleText(body).lines).toHaveLength(7);
	});
	it("reads a whole note without its frontmatter, and shifts lines past it", () => {
		const visible = visibleTextOfNote("---\ntitle: Secret words\ntags: [x]\n---\nSeen [[Ana]]");
		expect(visibleProse(visible).trim()).toBe("Seen  Ana");
		expect(visible.links[0]?.line).toBe(4);
	});
});

describe("visible text: hostile lines stay linear", () => {
	const sizes = [20_000, 200_000];
	const shapes: Array<[string, (n: number) => string]> = [
		["](  repeated", (n) => "](".repeat(n / 2)],
		["[](  repeated", (n) => "[](".repeat(n / 3)],
		["[[ repeated then ]]", (n) => `${"[[".repeat(n / 2)}]]`],
		["]] repeated", (n) => "]]".repeat(n / 2)],
		["[a:: repeated", (n) => "[a::".repeat(n / 4)],
		["<a repeated", (n) => "<a ".repeat(n / 3)],
		["$a repeated", (n) => "$a ".repeat(n / 3)],
		["letters then ://", (n) => `${"a".repeat(n)}://x`],
		["%% unclosed", (n) => `%% ${"word ".repeat(n / 5)}`],
		["<!-- repeated", (n) => "<!--".repeat(n / 4)],
	];
	it.each(shapes)("%s", (_name, make) => {
		// Ten times the text must cost well under a hundred times the time: linear, not quadratic.
		const time = (n: number): number => {
			const text = make(n);
			const started = performance.now();
			visibleText(text);
			return performance.now() - started;
		};
		time(sizes[0] as number);
		const small = Math.max(time(sizes[0] as number), 0.5);
		const large = time(sizes[1] as number);
		expect(large / small).toBeLessThan(40);
	});
});
