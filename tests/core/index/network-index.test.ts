import { describe, expect, it } from "vitest";
import { defaultCoreConfig, type CoreConfig } from "../../../src/core/model/config";
import { followups } from "../../../src/core/overview/followups";
import type { NetworkIndex } from "../../../src/core/index/network-index";
import { postsFor } from "../../../src/core/match/posts-for";
import { analyze } from "../../../src/core/text/phrases";
import type { NoteRecord } from "../../../src/core/model/types";
import { whoCares, type PersonMatch } from "../../../src/core/match/who-cares";
import { buildIndex, emptyIndex, person, post, recordOf, type NoteSpec } from "../../builders/index-builder";
import { note } from "../../builders/note-builder";
import { mulberry32, Random } from "../../builders/random";

const TODAY = "2026-11-01";

/** Settings of these tests: people and posts by folder as well as by type and tag. */
function config(): CoreConfig {
	const c = defaultCoreConfig();
	c.person.folders = ["People"];
	c.post.folders = ["Posts"];
	c.excludedFolders = ["Templates"];
	c.cadenceByTag = [{ tag: "family", cadence: "14d" }];
	return c;
}

/** Search weights for the analysed terms of a text, all equally important. */
function query(text: string): Map<string, number> {
	return new Map(analyze(text).map((term) => [term, 1]));
}

function peoplePaths(index: NetworkIndex): string[] {
	return index.allPeople().map((p) => p.path);
}

function postPaths(index: NetworkIndex): string[] {
	return index.allPosts().map((p) => p.path);
}

function searchPeoplePaths(index: NetworkIndex, text: string): string[] {
	return index.searchPeople(query(text)).map((hit) => hit.path).sort();
}

function sorted(values: Iterable<string>): string[] {
	return [...values].sort();
}

describe("NetworkIndex: classification", () => {
	const cases: Array<[string, string, NoteSpec, ReturnType<NetworkIndex["kindOf"]>]> = [
		["type: person", "Notes/Ana Diaz.md", person(), "person"],
		["#person tag", "Notes/Ben Ode.md", { tags: ["person"] }, "person"],
		["people folder", "People/Cy Lo.md", {}, "person"],
		["type: post", "Notes/Pricing essay.md", post(), "post"],
		["#post tag", "Notes/Essay.md", { tags: ["post"] }, "post"],
		["posts folder", "Posts/Retainers.md", {}, "post"],
		["daily note in the root", "2026-10-02.md", { body: "Met [[Ana Diaz]]" }, "daily"],
		["a name that is not a date", "2026-13-45.md", {}, "other"],
		["plain note", "Notes/Ideas.md", { body: "Just text" }, "other"],
		["excluded folder wins over type", "Templates/Person.md", person(), "other"],
	];
	it.each(cases)("%s", (_name, path, spec, kind) => {
		const index = buildIndex({ [path]: spec }, { config: config() });
		expect(index.kindOf(path)).toBe(kind);
		expect(peoplePaths(index)).toEqual(kind === "person" ? [path] : []);
		expect(postPaths(index)).toEqual(kind === "post" ? [path] : []);
		expect(index.has(path)).toBe(true);
		expect(index.noteCount).toBe(1);
	});

	it("finds daily notes in the configured folder and format only", () => {
		const index = buildIndex(
			{
				"Journal/05.11.2026.md": { body: "Call with [[Ana Diaz]]" },
				"05.11.2026.md": { body: "Outside the folder" },
				"Journal/2026-11-05.md": { body: "Other format" },
				"People/Ana Diaz.md": {},
			},
			{ config: config(), dailyNotes: { folder: "Journal", format: "DD.MM.YYYY" } },
		);
		expect(index.kindOf("Journal/05.11.2026.md")).toBe("daily");
		expect(index.kindOf("05.11.2026.md")).toBe("other");
		expect(index.kindOf("Journal/2026-11-05.md")).toBe("other");
		expect(index.contactDates("People/Ana Diaz.md")).toEqual(["2026-11-05"]);
	});

	it("lists people by name and posts by title, whatever order they came in", () => {
		const index = buildIndex(
			{
				"People/cy lo.md": {},
				"People/Ana Diaz.md": {},
				"Clients/Ben Ode.md": person(),
				"Posts/b.md": post({ title: "Zebra pricing" }),
				"Posts/z.md": post({ title: "Annual plans" }),
			},
			{ config: config() },
		);
		expect(index.allPeople().map((p) => p.name)).toEqual(["Ana Diaz", "Ben Ode", "cy lo"]);
		expect(index.allPosts().map((p) => p.title)).toEqual(["Annual plans", "Zebra pricing"]);
	});
});

describe("NetworkIndex: problems", () => {
	it("reports each problem with the note's path and the key as written", () => {
		const index = buildIndex(
			{
				"People/Ana Diaz.md": { fm: { cadence: "soon", Last_Contact: "yesterday" } },
				"Posts/Essay.md": { fm: { status: "finished" } },
				"Notes/Broken.md": note("Notes/Broken.md").frontmatterError("bad indentation"),
				"Notes/Fine.md": { fm: { aliases: ["fine"] } },
			},
			{ config: config() },
		);
		const problems = index.problems().map((p) => [p.path, p.key]);
		expect(problems).toEqual([
			["Notes/Broken.md", "frontmatter"],
			["People/Ana Diaz.md", "cadence"],
			["People/Ana Diaz.md", "Last_Contact"],
			["Posts/Essay.md", "status"],
		]);
		const cadence = index.problems().find((p) => p.key === "cadence");
		expect(cadence?.message).toMatch(/soon/);
		expect(index.problems().find((p) => p.key === "frontmatter")?.message).toMatch(/bad indentation/);
	});

	it("forgets a note's problems when it is fixed, removed or excluded", () => {
		const index = buildIndex({ "People/Ana Diaz.md": { fm: { cadence: "soon" } } }, { config: config() });
		expect(index.problems()).toHaveLength(1);
		index.upsert(recordOf("People/Ana Diaz.md", { fm: { cadence: "2w" } }));
		expect(index.problems()).toEqual([]);
		index.upsert(recordOf("People/Ana Diaz.md", { fm: { cadence: "soon" } }));
		index.remove("People/Ana Diaz.md");
		expect(index.problems()).toEqual([]);
		index.upsert(recordOf("Templates/Ana.md", person({ cadence: "soon" })));
		expect(index.problems()).toEqual([]);
	});
});

describe("NetworkIndex: incremental changes", () => {
	const vault = (): Record<string, NoteSpec> => ({
		"People/Ana Diaz.md": person({ topics: ["pricing"], aliases: ["Ana"] }, "Ana runs finance at a SaaS company."),
		"People/Ben Ode.md": person({}, "Ben runs a Kubernetes platform team.\n\n## Log\n- 2026-10-03 Shared [[Pricing essay]]"),
		"Posts/Pricing essay.md": post({ topics: ["pricing"], shared_with: ["[[Ana Diaz]]"] }, "Usage-based pricing."),
		"2026-10-01.md": { body: "Lunch with [[Ana Diaz|Ana]]\n- [ ] call [[Ben Ode]]\n- [x] emailed [[Ben Ode]]" },
	});

	it("counts a link by an alias as no one, as Obsidian does (an alias is a name, not a link target)", () => {
		const index = buildIndex({ ...vault(), "2026-10-01.md": { body: "Lunch with [[Ana]]" } }, { config: config() });
		expect(index.person("People/Ana Diaz.md")?.aliases).toContain("Ana");
		expect(index.contactDates("People/Ana Diaz.md")).toEqual([]);
	});

	it("reads contact dates, sent posts and recipients", () => {
		const index = buildIndex(vault(), { config: config() });
		expect(index.contactDates("People/Ana Diaz.md")).toEqual(["2026-10-01"]);
		expect(index.contactDates("People/Ben Ode.md")).toEqual(["2026-10-01"]);
		expect(sorted(index.sentPosts("People/Ana Diaz.md"))).toEqual(["Posts/Pricing essay.md"]);
		expect(sorted(index.sentPosts("People/Ben Ode.md"))).toEqual(["Posts/Pricing essay.md"]);
		expect(sorted(index.recipients("Posts/Pricing essay.md"))).toEqual(["People/Ana Diaz.md", "People/Ben Ode.md"]);
	});

	it("does not count links on unchecked tasks as contact", () => {
		const index = buildIndex(
			{ "People/Ben Ode.md": {}, "2026-10-01.md": { body: "- [ ] call [[Ben Ode]]\n- [ ] and again [[Ben Ode]]" } },
			{ config: config() },
		);
		expect(index.contactDates("People/Ben Ode.md")).toEqual([]);
	});

	it("counts a daily note once per person, and lists dates oldest first", () => {
		const index = buildIndex(
			{
				"People/Ana Diaz.md": {},
				"2026-10-09.md": { body: "[[Ana Diaz]]" },
				"2026-10-01.md": { body: "[[Ana Diaz]] and [[People/Ana Diaz|Ana]] again" },
				"2026-10-05.md": { body: "[[Ana Diaz]]" },
			},
			{ config: config() },
		);
		expect(index.contactDates("People/Ana Diaz.md")).toEqual(["2026-10-01", "2026-10-05", "2026-10-09"]);
	});

	it("updates contact dates when a daily note is added, edited and removed", () => {
		const index = buildIndex(vault(), { config: config() });
		index.upsert(recordOf("2026-10-20.md", { body: "Dinner with [[Ben Ode]]" }));
		expect(index.contactDates("People/Ben Ode.md")).toEqual(["2026-10-01", "2026-10-20"]);
		index.upsert(recordOf("2026-10-20.md", { body: "Dinner with nobody" }));
		expect(index.contactDates("People/Ben Ode.md")).toEqual(["2026-10-01"]);
		index.remove("2026-10-01.md");
		expect(index.contactDates("People/Ben Ode.md")).toEqual([]);
		expect(index.contactDates("People/Ana Diaz.md")).toEqual([]);
	});

	it("updates sent posts and recipients when shared_with and logs change", () => {
		const index = buildIndex(vault(), { config: config() });
		index.upsert(recordOf("Posts/Pricing essay.md", post({ topics: ["pricing"] }, "Usage-based pricing.")));
		expect(sorted(index.sentPosts("People/Ana Diaz.md"))).toEqual([]);
		expect(sorted(index.recipients("Posts/Pricing essay.md"))).toEqual(["People/Ben Ode.md"]);
		index.upsert(recordOf("People/Ben Ode.md", person({}, "Ben runs a Kubernetes platform team.")));
		expect(sorted(index.recipients("Posts/Pricing essay.md"))).toEqual([]);
		index.upsert(recordOf("Posts/Pricing essay.md", post({ shared_with: "Ana Diaz, [[Ben Ode|Ben]], Nobody" })));
		expect(sorted(index.recipients("Posts/Pricing essay.md"))).toEqual(["People/Ana Diaz.md", "People/Ben Ode.md"]);
		index.remove("Posts/Pricing essay.md");
		expect(sorted(index.sentPosts("People/Ben Ode.md"))).toEqual([]);
		expect(sorted(index.recipients("Posts/Pricing essay.md"))).toEqual([]);
	});

	it("updates people, posts and search results on upsert and remove", () => {
		const index = buildIndex(vault(), { config: config() });
		expect(searchPeoplePaths(index, "kubernetes")).toEqual(["People/Ben Ode.md"]);
		index.upsert(recordOf("People/Ben Ode.md", person({}, "Ben now coaches rowing.")));
		expect(searchPeoplePaths(index, "kubernetes")).toEqual([]);
		expect(searchPeoplePaths(index, "rowing")).toEqual(["People/Ben Ode.md"]);
		index.upsert(recordOf("People/Cy Lo.md", person({ topics: ["Kubernetes"] })));
		expect(searchPeoplePaths(index, "kubernetes")).toEqual(["People/Cy Lo.md"]);
		expect(peoplePaths(index)).toEqual(["People/Ana Diaz.md", "People/Ben Ode.md", "People/Cy Lo.md"]);
		index.remove("People/Cy Lo.md");
		expect(searchPeoplePaths(index, "kubernetes")).toEqual([]);
		expect(peoplePaths(index)).toEqual(["People/Ana Diaz.md", "People/Ben Ode.md"]);
		expect(index.searchPosts(query("usage pricing")).map((hit) => hit.path)).toEqual(["Posts/Pricing essay.md"]);
		index.remove("Posts/Pricing essay.md");
		expect(index.searchPosts(query("usage pricing"))).toEqual([]);
		expect(postPaths(index)).toEqual([]);
	});

	it("turns a note into another kind when it changes", () => {
		const index = buildIndex(vault(), { config: config() });
		index.upsert(recordOf("Notes/Dee Park.md", { body: "Dee works on pricing." }));
		expect(index.kindOf("Notes/Dee Park.md")).toBe("other");
		index.upsert(recordOf("Notes/Dee Park.md", person({}, "Dee works on pricing.")));
		expect(index.kindOf("Notes/Dee Park.md")).toBe("person");
		expect(searchPeoplePaths(index, "pricing")).toContain("Notes/Dee Park.md");
		index.upsert(recordOf("Notes/Dee Park.md", post({}, "Dee works on pricing.")));
		expect(index.kindOf("Notes/Dee Park.md")).toBe("post");
		expect(peoplePaths(index)).not.toContain("Notes/Dee Park.md");
		expect(searchPeoplePaths(index, "pricing")).not.toContain("Notes/Dee Park.md");
		expect(postPaths(index)).toContain("Notes/Dee Park.md");
	});

	it("keeps document frequencies in step", () => {
		const index = buildIndex(vault(), { config: config() });
		const [finance] = analyze("finance");
		expect(index.peopleDf.get(finance as string)).toBe(1);
		index.upsert(recordOf("People/Cy Lo.md", person({ topics: ["finance"] })));
		expect(index.peopleDf.get(finance as string)).toBe(2);
		expect(index.peopleDf.documentCount).toBe(3);
		index.remove("People/Ana Diaz.md");
		index.remove("People/Cy Lo.md");
		expect(index.peopleDf.get(finance as string)).toBe(0);
		expect(index.peopleDf.documentCount).toBe(1);
	});

	it("keeps the name table of full names and multi-word aliases", () => {
		const index = buildIndex(vault(), { config: config() });
		expect([...index.nameTable().full.keys()].sort()).toEqual(["ana", "ben"]);
		index.upsert(recordOf("People/Cy.md", person({ aliases: ["Cyrus Lo", "C"] })));
		expect(index.nameTable().full.get("cyrus")).toEqual([{ words: ["cyrus", "lo"], path: "People/Cy.md" }]);
		expect(index.nameTable().full.has("cy")).toBe(false);
		index.remove("People/Cy.md");
		expect(index.nameTable().full.has("cyrus")).toBe(false);
	});

	it("takes topic-note aliases as synonyms while the note exists", () => {
		const index = buildIndex(vault(), { config: config() });
		expect(index.synonyms().canonicalTopic("monetisation")).not.toBe(index.synonyms().canonicalTopic("pricing"));
		index.upsert(recordOf("Topics/Pricing.md", { fm: { aliases: ["monetisation"] } }));
		expect(index.synonyms().canonicalTopic("monetisation")).toBe(index.synonyms().canonicalTopic("Pricing"));
		index.remove("Topics/Pricing.md");
		expect(index.synonyms().canonicalTopic("monetisation")).not.toBe(index.synonyms().canonicalTopic("pricing"));
	});

	it("bumps the revision on every change, not on removing an unknown path", () => {
		const index = emptyIndex({ config: config() });
		const start = index.revision;
		index.upsert(recordOf("People/Ana Diaz.md", {}));
		expect(index.revision).toBeGreaterThan(start);
		const after = index.revision;
		index.remove("People/Nobody.md");
		expect(index.revision).toBe(after);
		index.remove("People/Ana Diaz.md");
		expect(index.revision).toBeGreaterThan(after);
		expect(index.has("People/Ana Diaz.md")).toBe(false);
		expect(index.mtimeOf("People/Ana Diaz.md")).toBeUndefined();
	});
});

describe("NetworkIndex: renames", () => {
	const vault = (): Record<string, NoteSpec> => ({
		"People/Ana Diaz.md": person({ aliases: ["Ana D"] }, "Ana works on pricing."),
		"Posts/Pricing essay.md": post({ shared_with: ["[[Ana Diaz]]"] }),
		"2026-10-01.md": { body: "Lunch with [[Ana Diaz]]" },
		"2026-10-02.md": { body: "Call with [[Ana D]]" },
		"2026-10-03.md": { body: "Coffee with [[People/Ana Diaz]]" },
	});

	it("keeps bare-name links when a person moves to another folder", () => {
		const index = buildIndex(vault(), { config: config() });
		index.rename("People/Ana Diaz.md", recordOf("Clients/Ana Diaz.md", person({ aliases: ["Ana D"] }, "Ana works on pricing.")));
		expect(peoplePaths(index)).toEqual(["Clients/Ana Diaz.md"]);
		expect(index.has("People/Ana Diaz.md")).toBe(false);
		// `[[Ana Diaz]]` resolves by name; `[[Ana D]]` (an alias) never did; `[[People/Ana Diaz]]` pointed at the old path.
		expect(index.contactDates("Clients/Ana Diaz.md")).toEqual(["2026-10-01"]);
		expect(sorted(index.sentPosts("Clients/Ana Diaz.md"))).toEqual(["Posts/Pricing essay.md"]);
		expect(index.contactDates("People/Ana Diaz.md")).toEqual([]);
		expect(searchPeoplePaths(index, "pricing")).toEqual(["Clients/Ana Diaz.md"]);
	});

	it("loses links to the old name when a person is renamed", () => {
		const index = buildIndex(vault(), { config: config() });
		index.rename("People/Ana Diaz.md", recordOf("People/Ana Lopez.md", person({ aliases: ["Ana D"] }, "Ana works on pricing.")));
		expect(index.allPeople().map((p) => p.name)).toEqual(["Ana Lopez"]);
		expect(index.contactDates("People/Ana Lopez.md")).toEqual([]);
		expect(sorted(index.sentPosts("People/Ana Lopez.md"))).toEqual([]);
		expect(index.nameTable().full.get("ana")?.map((entry) => entry.words.join(" ")).sort()).toEqual(["ana d", "ana lopez"]);
		// Obsidian then rewrites the links; the updated notes bring the history back.
		index.upsert(recordOf("2026-10-01.md", { body: "Lunch with [[Ana Lopez]]" }));
		index.upsert(recordOf("Posts/Pricing essay.md", post({ shared_with: ["[[Ana Lopez]]"] })));
		expect(index.contactDates("People/Ana Lopez.md")).toEqual(["2026-10-01"]);
		expect(sorted(index.recipients("Posts/Pricing essay.md"))).toEqual(["People/Ana Lopez.md"]);
	});

	it("renames a post and a daily note", () => {
		const index = buildIndex(vault(), { config: config() });
		index.rename("Posts/Pricing essay.md", recordOf("Posts/On pricing.md", post({ shared_with: ["[[Ana Diaz]]"] })));
		expect(postPaths(index)).toEqual(["Posts/On pricing.md"]);
		expect(sorted(index.sentPosts("People/Ana Diaz.md"))).toEqual(["Posts/On pricing.md"]);
		index.rename("2026-10-01.md", recordOf("2026-10-11.md", { body: "Lunch with [[Ana Diaz]]" }));
		expect(index.contactDates("People/Ana Diaz.md")).toEqual(["2026-10-03", "2026-10-11"]);
		index.rename("2026-10-11.md", recordOf("Notes/Lunch.md", { body: "Lunch with [[Ana Diaz]]" }));
		expect(index.kindOf("Notes/Lunch.md")).toBe("other");
		expect(index.contactDates("People/Ana Diaz.md")).toEqual(["2026-10-03"]);
	});

	it("resolves a shared name to the shortest path, and to the other file once that one goes", () => {
		const index = buildIndex(
			{ ...vault(), "People/Clients/Ana Diaz.md": person({}, "Another Ana.") },
			{ config: config() },
		);
		expect(index.resolvePerson("Ana Diaz", "2026-10-01.md")).toBe("People/Ana Diaz.md");
		index.remove("People/Ana Diaz.md");
		expect(index.resolvePerson("Ana Diaz", "2026-10-01.md")).toBe("People/Clients/Ana Diaz.md");
		expect(index.contactDates("People/Clients/Ana Diaz.md")).toEqual(["2026-10-01"]);
	});
});

/* ------------------------------------------------------------------------------------
 * Randomized: the incremental index must agree with one built from scratch.
 * ------------------------------------------------------------------------------------ */

const NAMES = ["Ana Diaz", "Ben Ode", "Cy Lo", "Dee Park", "Eli Stone", "Fay Wu", "Gus Hale", "Ida Moss"];
const PERSON_FOLDERS = ["People", "People/Clients", "Notes"];
const POST_TITLES = ["Pricing essay", "K8s costs", "Hiring engineers", "SRE on call", "Retainers", "Cloud bill"];
const TOPICS = ["pricing", "Kubernetes", "k8s", "hiring", "SRE", "site reliability", "cloud cost", "retainers", "monetisation", "SaaS", "#usage-based-pricing"];
const SENTENCES = [
	"Thinks usage-based pricing is the future of SaaS.",
	"Runs a k8s platform team and worries about the cloud bill.",
	"Hiring senior engineers is the hardest part of the year.",
	"Site reliability engineering, on call rotations and incident reviews.",
	"Prefers retainers over hourly billing.",
	"Monetisation of developer tools; annual plans.",
	"Kubernetes clusters, cost allocation and FinOps.",
	"Met at a conference in Lisbon.",
	"Cares about the developer experience of internal platforms.",
	"Talked about hiring a head of SRE.",
];
const DATES = ["2026-09-01", "2026-09-20", "2026-10-01", "2026-10-15", "2026-10-31", "2026-11-01", "2026-11-20"];
const OTHER_NOTES = ["Topics/Pricing.md", "Topics/Kubernetes.md", "Notes/Conference.md", "Notes/Reading list.md", "Templates/Person.md"];

/** Every note the randomized tests may create: paths are drawn from fixed pools so notes collide and return. */
function personPaths(): string[] {
	return PERSON_FOLDERS.flatMap((folder) => NAMES.map((name) => `${folder}/${name}.md`));
}

function linkTo(random: Random, name: string): string {
	return random.pick([`[[${name}]]`, `[[${name}|${name.split(" ")[0] ?? name}]]`, `[[People/${name}]]`, name]);
}

function randomBody(random: Random): string {
	return random.some(SENTENCES, 3).join(" ");
}

function randomPerson(random: Random, path: string): NoteSpec {
	const fm: Record<string, unknown> = {};
	if (!path.startsWith("People/") || random.chance(0.3)) fm.type = "person";
	if (random.chance(0.7)) fm.topics = random.chance(0.2) ? random.some(TOPICS, 3).join(", ") : random.some(TOPICS, 3);
	if (random.chance(0.2)) fm.interests = random.some(TOPICS, 2);
	if (random.chance(0.3)) fm.aliases = [random.pick(["Ana", "The Boss", "Dr Lo", "Fay W"])];
	if (random.chance(0.3)) fm.role = random.pick(["CFO", "VP Engineering", "Head of SRE", "Founder"]);
	if (random.chance(0.2)) fm.company = random.pick(["Acme", "Globex"]);
	if (random.chance(0.4)) fm.cadence = random.pick(["2w", "monthly", "30", "soon", 45, "1y"]);
	if (random.chance(0.4)) fm.last_contact = random.pick([...DATES, "yesterday", 20261001]);
	if (random.chance(0.15)) fm.snooze_until = random.pick(DATES);
	if (random.chance(0.1)) fm.status = "archived";
	if (random.chance(0.1)) fm.archived = random.pick([true, "maybe"]);
	const log = random.chance(0.5) ? randomLog(random) : "";
	return { fm, body: `${randomBody(random)}${log}`, tags: random.some(["family", "client", "person"], 2) };
}

function randomLog(random: Random): string {
	const lines = random.some(DATES, 3).map((date) =>
		random.chance(0.5) ? `- ${date} Shared [[${random.pick(POST_TITLES)}]]` : `- ${date} Coffee; talked ${random.pick(TOPICS)}`,
	);
	return `\n\n## Log\n${lines.join("\n")}\n`;
}

function randomPost(random: Random): NoteSpec {
	const fm: Record<string, unknown> = { type: "post" };
	if (random.chance(0.8)) fm.topics = random.some(TOPICS, 3);
	if (random.chance(0.7)) fm.status = random.pick(["idea", "draft", "published", "published", "finished"]);
	if (random.chance(0.4)) fm.published = random.pick([...DATES, "someday"]);
	if (random.chance(0.5)) fm.shared_with = random.some(NAMES, 3).map((name) => linkTo(random, name));
	const mention = random.chance(0.3) ? ` Thanks to ${linkTo(random, random.pick(NAMES))}.` : "";
	return { fm, body: `${randomBody(random)}${mention}` };
}

function randomDaily(random: Random): NoteSpec {
	const lines = random.some(NAMES, 3).map((name) => {
		const kind = random.int(3);
		if (kind === 0) return `- [ ] follow up with ${linkTo(random, name)}`;
		if (kind === 1) return `- [x] emailed ${linkTo(random, name)}`;
		return `Coffee with ${linkTo(random, name)}.`;
	});
	return { body: lines.join("\n") };
}

function randomOther(random: Random, path: string): NoteSpec {
	if (path === "Topics/Pricing.md") return { fm: { aliases: random.some(["monetisation", "pricing strategy", "pricing models"], 2) } };
	if (path === "Topics/Kubernetes.md") return { fm: { aliases: random.some(["container orchestration", "kube"], 2) } };
	if (path === "Templates/Person.md") return person({ topics: ["{{topic}}"], cadence: "soon" });
	return { body: `${randomBody(random)} With ${random.pick(NAMES)} and ${random.pick(NAMES)}.` };
}

type Kind = "person" | "post" | "daily" | "other";

function kindOfPath(path: string): Kind {
	if (path.startsWith("Posts/")) return "post";
	if (/^\d{4}-\d{2}-\d{2}\.md$/.test(path)) return "daily";
	if (OTHER_NOTES.includes(path)) return "other";
	return "person";
}

function randomPath(random: Random, kind: Kind): string {
	if (kind === "person") return random.pick(personPaths());
	if (kind === "post") return `Posts/${random.pick(POST_TITLES)}.md`;
	if (kind === "daily") return `${random.pick(DATES)}.md`;
	return random.pick(OTHER_NOTES);
}

function randomNote(random: Random, path: string): NoteRecord {
	const kind = kindOfPath(path);
	if (path === "Notes/Reading list.md" && random.chance(0.3)) {
		return note(path).frontmatterError("bad indentation of a mapping entry").body("broken").build();
	}
	const spec =
		kind === "person" ? randomPerson(random, path) : kind === "post" ? randomPost(random) : kind === "daily" ? randomDaily(random) : randomOther(random, path);
	return recordOf(path, spec);
}

/** Changes one thing of a note, as a user editing it would. */
function edited(random: Random, record: NoteRecord): NoteRecord {
	const kind = kindOfPath(record.path);
	const fm = { ...(record.frontmatter ?? {}) };
	const spec: NoteSpec = { fm, body: record.body, tags: record.tags };
	const change = random.int(5);
	if (kind === "person" || kind === "post") {
		if (change === 0) fm.topics = random.some(TOPICS, 3);
		else if (change === 1) spec.body = randomBody(random) + (kind === "person" && random.chance(0.5) ? randomLog(random) : "");
		else if (change === 2 && kind === "post") fm.shared_with = random.some(NAMES, 3).map((name) => linkTo(random, name));
		else if (change === 2) spec.body = `${record.body}${randomLog(random)}`;
		else if (change === 3) delete fm.topics;
		else return randomNote(random, record.path);
		return recordOf(record.path, spec);
	}
	if (kind === "daily") return recordOf(record.path, change < 3 ? randomDaily(random) : { body: `${record.body}\nAlso saw ${linkTo(random, random.pick(NAMES))}.` });
	return randomNote(random, record.path);
}

/** Everything the index answers, in a form two indexes can be compared by. */
function snapshot(index: NetworkIndex, records: Map<string, NoteRecord>, probe: NoteRecord): unknown {
	const people = index.allPeople();
	const posts = index.allPosts();
	const round = (n: number): number => Math.round(n * 1e6) / 1e6;
	const match = (m: PersonMatch): unknown => ({ ...m, score: round(m.score), pairScore: round(m.pairScore) });
	const probes = [
		probe,
		...posts.map((p) => records.get(p.path) as NoteRecord),
		...people.slice(0, 3).map((p) => records.get(p.path) as NoteRecord),
		...[...records.values()].filter((r) => kindOfPath(r.path) !== "person" && kindOfPath(r.path) !== "post").slice(0, 3),
	];
	return {
		paths: index.paths().sort(),
		kinds: index.paths().sort().map((path) => index.kindOf(path)),
		people,
		posts,
		problems: index.problems(),
		contacts: people.map((p) => [p.path, index.contactDates(p.path), sorted(index.sentPosts(p.path))]),
		recipients: posts.map((p) => [p.path, sorted(index.recipients(p.path)), sorted(index.mentionsOf(p.path))]),
		names: [...index.nameTable().full.entries()].map(([first, entries]) => [first, entries.map((e) => `${e.path}:${e.words.join(" ")}`).sort()]).sort(),
		synonyms: TOPICS.map((t) => index.synonyms().canonicalTopic(t)),
		documentCounts: [index.peopleDf.documentCount, index.postDf.documentCount],
		search: ["pricing", "kubernetes cluster", "hiring engineers", "site reliability"].map((text) => [
			index.searchPeople(query(text)).map((hit) => [hit.path, round(hit.score)]),
			index.searchPosts(query(text)).map((hit) => [hit.path, round(hit.score)]),
		]),
		whoCares: probes.map((record) => {
			const result = whoCares(index, record, TODAY, { limit: 20, minScore: 0 });
			return { note: result.note, people: result.people.map(match), alreadyShared: result.alreadyShared.map(match) };
		}),
		postsFor: people.map((p) => [p.path, ...[postsFor(index, p, { limit: 10 }), postsFor(index, p, { publishedOnly: true })].map((list) => list.map((m) => ({ ...m, pairScore: round(m.pairScore) })))]),
		followups: followups(index, TODAY, { limit: 50 }),
	};
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = random.int(i + 1);
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

const PROBE = recordOf(
	"Drafts/Probe.md",
	{
		fm: { topics: ["pricing", "k8s"] },
		body: "Notes for Ana Diaz and [[Ben Ode]]: site reliability, usage-based pricing and the cloud bill of Kubernetes clusters.",
	},
);

describe("NetworkIndex: incremental updates agree with a fresh build", () => {
	const SEEDS = [1, 7, 42, 2024, 99991];
	const OPS = 300;
	const CHECKPOINTS = new Set([60, 150, 225, OPS]);

	it.each(SEEDS)("seed %i", (seed) => {
		const random = new Random(mulberry32(seed));
		const c = config();
		const index = emptyIndex({ config: c });
		const records = new Map<string, NoteRecord>();
		const kinds: Kind[] = ["person", "person", "post", "post", "daily", "daily", "other"];

		for (let op = 1; op <= OPS; op++) {
			const existing = [...records.keys()];
			const action = existing.length < 8 ? 0 : random.int(12);
			if (action <= 4) {
				// Add (or overwrite) a note.
				const path = randomPath(random, random.pick(kinds));
				const record = randomNote(random, path);
				records.set(path, record);
				index.upsert(record);
			} else if (action <= 7) {
				const record = edited(random, records.get(random.pick(existing)) as NoteRecord);
				records.set(record.path, record);
				index.upsert(record);
			} else if (action <= 9) {
				// Rename within the same kind of note; the target may already exist and is replaced.
				const from = random.pick(existing);
				const to = randomPath(random, kindOfPath(from));
				if (to === from) continue;
				const old = records.get(from) as NoteRecord;
				const moved = recordOf(to, { fm: old.frontmatter ?? {}, body: old.body, tags: old.tags });
				records.delete(from);
				records.set(to, moved);
				index.rename(from, moved);
			} else if (action === 10) {
				const path = random.pick(existing);
				records.delete(path);
				index.remove(path);
			} else {
				// Re-saving an unchanged note, or removing a note that is not there, changes nothing.
				const path = random.pick(existing);
				index.upsert(records.get(path) as NoteRecord);
				index.remove("Nowhere/Missing.md");
			}

			if (CHECKPOINTS.has(op)) {
				const fresh = emptyIndex({ config: c });
				for (const record of shuffled(random, [...records.values()])) fresh.upsert(record);
				expect(snapshot(index, records, PROBE), `seed ${seed}, after ${op} operations`).toEqual(snapshot(fresh, records, PROBE));
			}
		}
		// The sequences must actually exercise the interesting parts.
		expect(index.allPeople().length).toBeGreaterThan(3);
		expect(index.allPosts().length).toBeGreaterThan(1);
	});
});
