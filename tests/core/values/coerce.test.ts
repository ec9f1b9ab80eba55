import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coerceBoolean, coerceStringList, coerceText, getField, linkText, splitTopLevelCommas, unwrapLink } from "../../../src/core/values/coerce";
import { toPerson, toPost } from "../../../src/core/vault/people-and-posts";
import { defaultCoreConfig } from "../../../src/core/model/config";
import { coerceDate, isIsoDate } from "../../../src/core/values/dates";
import type { Person, Post, Problem } from "../../../src/core/model/types";
import { note } from "../../builders/note-builder";
import { propertyRuns } from "../../helpers/property-runs";

const PATH = "People/Ana Diaz.md";
const config = defaultCoreConfig();

/** [key, message pattern] for each expected problem, in order. */
type ExpectedProblems = Array<[string, RegExp]>;

function expectProblems(problems: Problem[], expected: ExpectedProblems, path = PATH): void {
	expect(problems.map((p) => `${p.key}: ${p.message}`)).toHaveLength(expected.length);
	expected.forEach(([key, message], i) => {
		expect(problems[i]?.path).toBe(path);
		expect(problems[i]?.key).toBe(key);
		expect(problems[i]?.message).toMatch(message);
	});
}

function person(fm: Record<string, unknown>): { person: Person; problems: Problem[] } {
	return toPerson(note(PATH).fm(fm).build(), config);
}

describe("toPerson: one row per input shape", () => {
	const cases: Array<[string, Record<string, unknown>, Partial<Person>, ExpectedProblems]> = [
		// topics
		["topics as a YAML list", { topics: ["pricing", "SaaS"] }, { topics: ["pricing", "SaaS"] }, []],
		["topics as a comma string", { topics: "pricing, saas ,  b2b" }, { topics: ["pricing", "saas", "b2b"] }, []],
		["topics as one word", { topics: "pricing" }, { topics: ["pricing"] }, []],
		["topics as a nested list (flattened)", { topics: [["a", ["b"]], "c"] }, { topics: ["a", "b", "c"] }, []],
		["topics with links and aliases", { topics: ["[[Topics/Pricing]]", "[[Topics/Go to market|GTM]]"] }, { topics: ["Pricing", "GTM"] }, []],
		["topics as unquoted YAML links", { topics: [[["Pricing"]], [["SaaS"]]] }, { topics: ["Pricing", "SaaS"] }, []],
		["a comma inside a link does not split", { topics: "[[Sales, marketing]], ops" }, { topics: ["Sales, marketing", "ops"] }, []],
		["topics deduplicated, first spelling kept", { topics: ["Pricing", "pricing", " PRICING "] }, { topics: ["Pricing"] }, []],
		["topics and interests merged", { topics: ["pricing"], interests: "Pricing, hiring" }, { topics: ["pricing", "hiring"] }, []],
		["topics with a hash", { topics: ["#pricing", "##saas"] }, { topics: ["pricing", "saas"] }, []],
		["a number topic kept as text", { topics: [2026, "ai"] }, { topics: ["2026", "ai"] }, []],
		["topics null", { topics: null }, { topics: [] }, []],
		["topics an empty string", { topics: "" }, { topics: [] }, []],
		["topics an empty list with blanks", { topics: ["", "  ", null] }, { topics: [] }, []],
		["a topic object", { topics: ["pricing", { name: "x" }] }, { topics: ["pricing"] }, [["topics", /^topics has an object, which is not text; it is ignored$/]]],
		["a boolean topic", { topics: true }, { topics: [] }, [["topics", /^topics has true, which is not text; it is ignored$/]]],
		["unicode topics, normalization-insensitive dedupe", { topics: ["Café", "cafe\u0301", "日本語", "Ωmega"] }, { topics: ["Café", "日本語", "Ωmega"] }, []],
		["a topic that is a Date", { topics: [new Date(Date.UTC(2026, 10, 5))] }, { topics: ["2026-11-05"] }, []],
		// aliases
		["aliases as a list", { aliases: ["Ana", "A. Diaz"] }, { aliases: ["Ana", "A. Diaz"] }, []],
		["aliases as a comma string, plus alias", { aliases: "Ana, AD", alias: "Annie" }, { aliases: ["Ana", "AD", "Annie"] }, []],
		["an alias equal to the name is dropped", { aliases: ["ana diaz", "Ana"] }, { aliases: ["Ana"] }, []],
		// single-value text fields
		["company as text", { company: " Acme " }, { company: "Acme" }, []],
		["company as a link with alias", { company: "[[Companies/Acme Corp|Acme]]" }, { company: "Acme" }, []],
		["company as an unquoted link", { company: [["Acme Corp"]] }, { company: "Acme Corp" }, []],
		["company as a list of one", { company: ["Acme"] }, { company: "Acme" }, []],
		["company as a list of two", { company: ["Acme", "Initech"] }, { company: "Acme" }, [["company", /^company is a list of 2 values, not one; the first, "Acme", is used$/]]],
		["role as a number", { role: 42 }, { role: "42" }, []],
		["role as a boolean", { role: false }, { role: null }, [["role", /^role is false, not text; it is ignored$/]]],
		["role as an object", { role: { title: "CTO" } }, { role: null }, [["role", /^role is an object, not text; it is ignored$/]]],
		["role as an empty string", { role: "   " }, { role: null }, []],
		["email with mailto", { email: "mailto:ana@example.com" }, { email: "ana@example.com" }, []],
		["url as a Markdown link", { url: "[site](https://ana.example/about)" }, { url: "https://ana.example/about" }, []],
		["url in angle brackets", { url: "<https://ana.example>" }, { url: "https://ana.example" }, []],
		// dates
		["last_contact as a string", { last_contact: "2026-10-02" }, { lastContactField: "2026-10-02" }, []],
		["last_contact as a YAML Date", { last_contact: new Date(Date.UTC(2026, 9, 2)) }, { lastContactField: "2026-10-02" }, []],
		["last_contact with a time and offset", { last_contact: "2026-10-02T23:30:00-08:00" }, { lastContactField: "2026-10-02" }, []],
		["last_contact as a daily note link", { last_contact: "[[2026-10-02]]" }, { lastContactField: "2026-10-02" }, []],
		["last_contact as a number", { last_contact: 20261002 }, { lastContactField: null }, [["last_contact", /^last_contact 20261002 is a number, not a date \(write 2026-10-02\); last contact comes from the log and daily notes$/]]],
		["last_contact impossible", { last_contact: "2026-02-30" }, { lastContactField: null }, [["last_contact", /not a real calendar day/]]],
		["last_contact a word", { last_contact: "last week" }, { lastContactField: null }, [["last_contact", /"last week" is not a date/]]],
		["last_contact null", { last_contact: null }, { lastContactField: null }, []],
		["last_contact as a list of dates", { last_contact: ["2026-01-01", "2026-02-01"] }, { lastContactField: "2026-02-01" }, [["last_contact", /the latest, 2026-02-01, is used/]]],
		["snooze_until", { snooze_until: "2026-12-01" }, { snoozeUntil: "2026-12-01" }, []],
		["snooze_until invalid", { snooze_until: "after xmas" }, { snoozeUntil: null }, [["snooze_until", /; the person is not snoozed$/]]],
		// cadence
		["cadence 2w", { cadence: "2w" }, { cadenceDays: 14 }, []],
		["cadence as a number", { cadence: 21 }, { cadenceDays: 21 }, []],
		["cadence 3 Months", { cadence: "3 Months" }, { cadenceDays: 90 }, []],
		["cadence soon", { cadence: "soon" }, { cadenceDays: null }, [["cadence", /^cadence "soon" is not a cadence \(use 14d, 2w, 3m, 1y, weekly, monthly…\); the tag or default cadence applies$/]]],
		["cadence negative", { cadence: "-5d" }, { cadenceDays: null }, [["cadence", /more than zero days/]]],
		["cadence a list", { cadence: ["2w"] }, { cadenceDays: null }, [["cadence", /a list is not a cadence/]]],
		// archived
		["status archived", { status: "Archived" }, { archived: true }, []],
		["status list with archived", { status: ["client", "archived"] }, { archived: true }, []],
		["other person status", { status: "active" }, { archived: false }, []],
		["archived true", { archived: true }, { archived: true }, []],
		["archived 'yes'", { archived: "yes" }, { archived: true }, []],
		["archived 'false'", { archived: "false" }, { archived: false }, []],
		["archived gibberish", { archived: "maybe" }, { archived: false }, [["archived", /^archived "maybe" is not true or false; the person is not archived$/]]],
		// keys
		["keys in another case and spelling", { Topics: "pricing", "Last Contact": "2026-03-04", CADENCE: "weekly" }, { topics: ["pricing"], lastContactField: "2026-03-04", cadenceDays: 7 }, []],
		["a problem names the key as written", { "Last-Contact": "soon" }, { lastContactField: null }, [["Last-Contact", /^Last-Contact "soon" is not a date/]]],
	];

	it.each(cases)("%s", (_name, fm, expected, problems) => {
		const result = person(fm);
		expect(result.person).toMatchObject(expected);
		expectProblems(result.problems, problems);
	});

	it("covers at least 30 distinct shapes", () => {
		expect(cases.length).toBeGreaterThanOrEqual(30);
	});
});

describe("toPerson: the whole record", () => {
	it("fills every field from a typical note", () => {
		const record = note(PATH)
			.fm({
				type: "person",
				aliases: ["Ana"],
				topics: ["pricing"],
				company: "Acme",
				role: "CFO",
				email: "ana@acme.test",
				url: "https://acme.test",
				last_contact: "2026-09-01",
				cadence: "monthly",
				snooze_until: "2026-09-20",
			})
			.tags("client")
			.body("Likes data.\n\n## Log\n- 2026-09-14 Coffee; talked [[Pricing page]]\n\n## Other\n- 2026-09-20 not a log line")
			.mtime(1234)
			.build();
		const { person: p, problems } = toPerson(record, config);
		expect(problems).toEqual([]);
		// What a reader sees: heading and list marks and link brackets gone, one line per line.
		expect(p.body).toMatch(/^Likes data\.\n\n\s*Log\n\s*2026-09-14 Coffee; talked\s+Pricing page\s*\n\n\s*Other\n\s*2026-09-20 not a log line$/);
		expect({ ...p, body: "" }).toEqual({
			path: PATH,
			name: "Ana Diaz",
			aliases: ["Ana"],
			topics: ["pricing"],
			tags: ["client"],
			company: "Acme",
			role: "CFO",
			email: "ana@acme.test",
			url: "https://acme.test",
			lastContactField: "2026-09-01",
			created: null,
			cadenceDays: 30,
			snoozeUntil: "2026-09-20",
			archived: false,
			body: "",
			log: [{ date: "2026-09-14", text: "Coffee; talked [[Pricing page]]", links: ["Pricing page"] }],
			mtime: 1234,
		});
	});

	it("reads a note without frontmatter", () => {
		const { person: p, problems } = toPerson(note("People/Bo.md").body("text").build(), config);
		expect(problems).toEqual([]);
		expect(p).toMatchObject({ name: "Bo", aliases: [], topics: [], company: null, cadenceDays: null, archived: false, log: [] });
	});

	it("reports broken frontmatter and still reads the note", () => {
		const { person: p, problems } = toPerson(note(PATH).frontmatterError("bad indentation at line 2").body("## Log\n- 2026-01-02 call").build(), config);
		expectProblems(problems, [["frontmatter", /^frontmatter could not be read \(bad indentation at line 2\); the note is read without its properties$/]]);
		expect(p.log).toHaveLength(1);
	});

	it("keeps a source's full-sentence frontmatter error as written", () => {
		const message = "The frontmatter is not valid YAML (bad indentation); the note was read without frontmatter.";
		const { problems } = toPerson(note(PATH).frontmatterError(message).build(), config);
		expect(problems).toEqual([{ path: PATH, key: "frontmatter", message }]);
	});

	it("follows renamed keys and the configured log heading", () => {
		const c = defaultCoreConfig();
		c.fields.topics = ["focus"];
		c.fields.lastContact = "met";
		c.logHeading = "Interactions";
		const { person: p } = toPerson(
			note(PATH).fm({ focus: "ai", topics: "ignored", met: "2026-01-01" }).body("# Interactions\n- 2026-02-02 hi").build(),
			c,
		);
		expect(p.topics).toEqual(["ai"]);
		expect(p.lastContactField).toBe("2026-01-01");
		expect(p.log.map((e) => e.date)).toEqual(["2026-02-02"]);
	});

	it("collects several problems from one note, in field order", () => {
		const { problems } = person({ topics: [{}], company: ["A", "B"], last_contact: "x", cadence: "y" });
		expect(problems.map((p) => p.key)).toEqual(["cadence", "topics", "company", "last_contact"]);
	});
});

describe("toPost", () => {
	const POST = "Posts/Pricing essay.md";
	function post(fm: Record<string, unknown>): { post: Post; problems: Problem[] } {
		return toPost(note(POST).fm(fm).build(), config);
	}

	const cases: Array<[string, Record<string, unknown>, Partial<Post>, ExpectedProblems]> = [
		["no title: the basename", {}, { title: "Pricing essay", status: null, published: null, sharedWith: [] }, []],
		["a title", { title: " Why pricing matters " }, { title: "Why pricing matters" }, []],
		["a title that YAML read as a date", { title: new Date(Date.UTC(2026, 0, 2)) }, { title: "2026-01-02" }, []],
		["an empty title: the basename", { title: "" }, { title: "Pricing essay" }, []],
		["status in another case", { status: "Published" }, { status: "published" }, []],
		["status idea", { status: "idea" }, { status: "idea" }, []],
		["status draft in a list", { status: ["draft"] }, { status: "draft" }, []],
		["unknown status", { status: "wip" }, { status: null }, [["status", /^status "wip" is not idea, draft or published; the post has no status$/]]],
		["status as a number", { status: 3 }, { status: null }, [["status", /"3" is not idea, draft or published/]]],
		["published date", { published: "2026-10-01" }, { published: "2026-10-01" }, []],
		["published as a Date", { published: new Date(Date.UTC(2026, 9, 1)) }, { published: "2026-10-01" }, []],
		["published nonsense", { published: "yesterday" }, { published: null }, [["published", /^published "yesterday" is not a date \(write YYYY-MM-DD\); the post has no publication date$/]]],
		["url", { url: "https://me.example/pricing" }, { url: "https://me.example/pricing" }, []],
		["shared_with links", { shared_with: ["[[People/Ana Diaz|Ana]]", "[[Bo]]"] }, { sharedWith: ["People/Ana Diaz", "Bo"] }, []],
		["shared_with unquoted YAML links", { shared_with: [[["Ana Diaz"]], [["Bo|Bobby"]]] }, { sharedWith: ["Ana Diaz", "Bo"] }, []],
		["shared_with a comma string", { shared_with: "[[Ana Diaz]], Bo" }, { sharedWith: ["Ana Diaz", "Bo"] }, []],
		["shared_with a Markdown link", { shared_with: ["[Ana](People/Ana%20Diaz.md)"] }, { sharedWith: ["People/Ana Diaz.md"] }, []],
		["shared_with duplicates", { shared_with: ["[[Ana]]", "ana", "[[Ana|A]]"] }, { sharedWith: ["Ana"] }, []],
		["shared_with a number", { shared_with: ["[[Ana]]", 42] }, { sharedWith: ["Ana"] }, [["shared_with", /^shared_with has the number 42, which is not a name or link; it is ignored$/]]],
		["shared_with an object", { shared_with: { ana: true } }, { sharedWith: [] }, [["shared_with", /has an object, which is not text/]]],
		["shared_with null", { shared_with: null }, { sharedWith: [] }, []],
		["topics and aliases", { topics: "pricing, saas", aliases: ["Pricing piece"] }, { topics: ["pricing", "saas"], aliases: ["Pricing piece"] }, []],
	];

	it.each(cases)("%s", (_name, fm, expected, problems) => {
		const result = post(fm);
		expect(result.post).toMatchObject(expected);
		expectProblems(result.problems, problems, POST);
	});

	it("fills every field", () => {
		const record = note(POST).fm({ type: "post", status: "draft" }).tags("post", "pricing").body("Body").mtime(99).build();
		expect(toPost(record, config)).toEqual({
			post: {
				path: POST,
				title: "Pricing essay",
				aliases: [],
				topics: [],
				tags: ["post", "pricing"],
				status: "draft",
				published: null,
				markedPublished: false,
				url: null,
				sharedWith: [],
				body: "Body",
				mtime: 99,
			},
			problems: [],
		});
	});
});

describe("helpers", () => {
	it.each([
		["[[People/Ana|Ana]]", "People/Ana", "Ana"],
		["[[People/Ana]]", "People/Ana", "Ana"],
		["[[Ana#Notes]]", "Ana", "Ana"],
		["[[Ana#Notes|Ana's notes]]", "Ana", "Ana's notes"],
		["![[Diagram.png]]", "Diagram.png", "Diagram.png"],
		["[Ana](People/Ana.md)", "People/Ana.md", "Ana"],
		["[Ana](People/Ana%20Diaz.md#Log)", "People/Ana Diaz.md", "Ana"],
		["[](<People/Ana Diaz.md>)", "People/Ana Diaz.md", "Ana Diaz"],
		["[site](https://x.example/a%20b#frag)", "https://x.example/a%20b#frag", "site"],
		["<https://x.example>", "https://x.example", "https://x.example"],
		["  plain text  ", "plain text", "plain text"],
		["[[]]", "", ""],
	])("%s → target %j, text %j", (input, target, text) => {
		expect(unwrapLink(input)).toBe(target);
		expect(linkText(input)).toBe(text);
	});

	it("splits at top-level commas only", () => {
		expect(splitTopLevelCommas("a, [[b, c]], [d](e,f), g")).toEqual(["a", " [[b, c]]", " [d](e,f)", " g"]);
	});

	it("finds keys ignoring case and separators", () => {
		expect(getField({ "Snooze Until": "x" }, "snooze_until")).toEqual({ key: "Snooze Until", value: "x" });
		expect(getField({ snooze_until: 1, "Snooze Until": 2 }, "snooze_until")).toEqual({ key: "snooze_until", value: 1 });
		expect(getField(null, "x")).toEqual({ key: "x", value: undefined });
	});

	it("coerceStringList options", () => {
		const ctx = { path: "p.md", key: "k" };
		expect(coerceStringList("[[A|a]], b", ctx, { link: "target" }).values).toEqual(["A", "b"]);
		expect(coerceStringList("[[A|a]], b", ctx, { link: "none" }).values).toEqual(["[[A|a]]", "b"]);
		expect(coerceStringList("Diaz, Ana", ctx, { splitCommas: false }).values).toEqual(["Diaz, Ana"]);
		expect(coerceStringList([1, 2n], ctx).values).toEqual(["1", "2"]);
		expect(coerceStringList(7, ctx, { numbers: "problem" })).toEqual({
			values: [],
			problems: [{ path: "p.md", key: "k", message: "k has the number 7, which is not a name or link; it is ignored" }],
		});
	});

	it("coerceText shapes", () => {
		const ctx = { path: "p.md", key: "k" };
		expect(coerceText([null, "", "x"], ctx)).toEqual({ value: "x", problems: [] });
		expect(coerceText([], ctx)).toEqual({ value: null, problems: [] });
		expect(coerceText(new Date("bad"), ctx).problems).toHaveLength(1);
		expect(coerceText([{}, "x"], ctx).value).toBeNull();
		expect(coerceText([{}, "x"], ctx).problems.map((p) => p.message)).toEqual([
			"k is an object, not text; it is ignored",
			"k is a list of 2 values, not one; nothing is used",
		]);
		expect(coerceText("[[T/Ana|A]]", ctx, { link: "target" }).value).toBe("T/Ana");
	});

	it.each<[unknown, boolean | null, boolean]>([
		[true, true, false],
		[false, false, false],
		["YES", true, false],
		["y", true, false],
		["On", true, false],
		["no", false, false],
		["off", false, false],
		[1, true, false],
		[0, false, false],
		["", null, false],
		[null, null, false],
		[["true"], true, false],
		["perhaps", null, true],
		[2, null, true],
		[{}, null, true],
	])("coerceBoolean(%j) = %j (problem: %s)", (input, value, hasProblem) => {
		const result = coerceBoolean(input);
		expect(result.value).toBe(value);
		expect(result.problem !== undefined).toBe(hasProblem);
	});
});

describe("never crashes on any value", () => {
	const keys = ["type", "topics", "interests", "aliases", "alias", "company", "role", "email", "url", "last_contact", "cadence", "snooze_until", "status", "archived", "shared_with", "published", "title"];

	it("toPerson and toPost accept any frontmatter and report problems with the note's path", () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...keys), fc.anything({ withDate: true, withBigInt: true, withNullPrototype: true })), fc.string(), (fm, body) => {
				const record = note("People/X.md").fm(fm).body(body).build();
				const { person: p, problems } = toPerson(record, config);
				const { post, problems: postProblems } = toPost(record, config);
				for (const problem of [...problems, ...postProblems]) {
					expect(problem.path).toBe("People/X.md");
					expect(problem.message.length).toBeGreaterThan(0);
				}
				for (const list of [p.topics, p.aliases, post.sharedWith, post.topics]) {
					for (const v of list) expect(typeof v).toBe("string");
				}
				expect(p.lastContactField === null || isIsoDate(p.lastContactField)).toBe(true);
				expect(p.cadenceDays === null || (Number.isInteger(p.cadenceDays) && p.cadenceDays > 0)).toBe(true);
			}),
			propertyRuns(),
		);
	});

	it("coerceDate only ever returns real calendar days", () => {
		fc.assert(
			fc.property(fc.oneof(fc.anything({ withDate: true }), fc.date(), fc.string()), (value) => {
				const { date } = coerceDate(value);
				expect(date === null || isIsoDate(date)).toBe(true);
			}),
			propertyRuns(),
		);
	});
});
