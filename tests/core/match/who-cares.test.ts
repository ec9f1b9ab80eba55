import { describe, expect, it } from "vitest";
import type { NetworkIndex } from "../../../src/core/index/network-index";
import { WEIGHTS } from "../../../src/core/match/evidence";
import { whoCares, type PersonMatch, type WhoCaresOptions, type WhoCaresResult } from "../../../src/core/match/who-cares";
import { buildIndex, person, post, recordOf, type NoteSpec, type VaultSpec } from "../../builders/index-builder";

const TODAY = "2026-11-01";

/** Who cares about the note at `path` in `vault` (the note itself is part of the vault). */
function run(vault: VaultSpec, path: string, options: WhoCaresOptions = {}): WhoCaresResult {
	const index = buildIndex(vault);
	return whoCares(index, recordOf(path, vault[path] as NoteSpec), TODAY, options);
}

/** Who cares about a note that is not (yet) in the index, such as an unsaved draft. */
function runDraft(index: NetworkIndex, spec: NoteSpec, options: WhoCaresOptions = {}): WhoCaresResult {
	return whoCares(index, recordOf("Drafts/Draft.md", spec), TODAY, options);
}

function names(matches: PersonMatch[]): string[] {
	return matches.map((m) => m.name);
}

function reasonsOf(result: WhoCaresResult, name: string): string[] | undefined {
	return [...result.people, ...result.alreadyShared].find((m) => m.name === name)?.reasons;
}

describe("whoCares: topics", () => {
	const vault: VaultSpec = {
		"People/Ana Diaz.md": person({ topics: ["pricing", "SaaS"] }, "Ana is a friend from school."),
		"People/Ben Ode.md": person({ topics: ["pricing"] }, "Ben coaches rowing."),
		"People/Cy Lo.md": person({ topics: ["hiring"] }, "Cy builds teams."),
		"Posts/Pricing.md": post({ topics: ["Pricing", "saas"] }, "A short note."),
	};

	it("ranks people by how many of the note's topics they share", () => {
		const result = run(vault, "Posts/Pricing.md");
		expect(names(result.people)).toEqual(["Ana Diaz", "Ben Ode"]);
		expect(result.people[0]?.score).toBeGreaterThan(result.people[1]?.score ?? 1);
		expect(result.note).toBe("Posts/Pricing.md");
		expect(result.title).toBe("Pricing");
	});

	it("names the shared topics as the person wrote them", () => {
		const result = run(vault, "Posts/Pricing.md");
		expect(reasonsOf(result, "Ana Diaz")).toEqual(["topic: pricing", "topic: SaaS"]);
		expect(reasonsOf(result, "Ben Ode")).toEqual(["topic: pricing"]);
	});

	it("matches topics written as tags and in any spelling", () => {
		const result = run(
			{
				"People/Ana Diaz.md": { fm: { type: "person" }, tags: ["usage-based-pricing"] },
				"Posts/Usage.md": post({ topics: ["Usage Based Pricing"] }),
			},
			"Posts/Usage.md",
		);
		expect(reasonsOf(result, "Ana Diaz")).toEqual(["topic: usage-based-pricing"]);
	});

	it("notices a person's topic in the text of a note without topics", () => {
		const result = run(
			{
				"People/Cy Lo.md": person({ topics: ["hiring"] }),
				"People/Ana Diaz.md": person({ topics: ["gardening"] }),
				"Notes/Team.md": { body: "Our hiring process has three steps. Hiring is slow. Hiring well matters." },
			},
			"Notes/Team.md",
		);
		expect(names(result.people)).toEqual(["Cy Lo"]);
		expect(reasonsOf(result, "Cy Lo")).toEqual(['their topic "hiring" comes up in this note']);
	});

	it("notices a person's topic said another way the synonyms know", () => {
		const vault: VaultSpec = {
			"People/Ben Ash.md": person({ topics: ["FinOps"] }),
			"People/Kai Moss.md": person({ topics: ["Kubernetes"] }),
			"People/Ana Diaz.md": person({ topics: ["gardening"] }, "Moved her team to the cloud."),
			// Everyone here works in the cloud: the word weighs little in the note, so the synonym is found by its whole phrase.
			...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`People/Cloud ${i}.md`, person({}, `Works on cloud migrations, team ${i}.`)])),
			"Notes/Spend.md": { body: "Every quarter the cloud bill surprises the treasurer. Nobody owns the invoice reconciliation, so amortisation and depreciation schedules slip." },
			"Notes/Ops.md": { body: "We moved the last services to k8s this spring." },
		};
		expect(reasonsOf(run(vault, "Notes/Spend.md"), "Ben Ash")).toEqual(['their topic "FinOps" comes up in this note']);
		expect(reasonsOf(run(vault, "Notes/Ops.md"), "Kai Moss")).toEqual(['their topic "Kubernetes" comes up in this note']);
		expect(names(run(vault, "Notes/Spend.md").people)[0]).toBe("Ben Ash");
	});

	it("does not chain synonyms: a word one group adds does not bring up another group", () => {
		// "CEO" adds "chief executive officer", whose "officer" stems as "office" does; the note never says "office".
		const result = run(
			{
				"People/Ana Diaz.md": person({ topics: ["Workplace"] }),
				"Topics/Workplace.md": { fm: { aliases: ["office"] }, body: "Where we work." },
				"Notes/News.md": { body: "Our new CEO started this week. The CEO wants weekly reviews, and the CEO reads every memo." },
			},
			"Notes/News.md",
		);
		expect(reasonsOf(result, "Ana Diaz") ?? []).not.toContain('their topic "Workplace" comes up in this note');
	});

	it("does not bring up a one-word topic the note never says, only a synonym's word", () => {
		// "cloud bill" adds "cloud financial operations": that is not the note saying "operations".
		const result = run(
			{
				"People/Ana Diaz.md": person({ topics: ["operations"] }),
				"People/Ben Ash.md": person({ topics: ["FinOps"] }),
				"Notes/Spend.md": { body: "The cloud bill doubled. The cloud bill is a product decision, and the cloud bill keeps growing." },
			},
			"Notes/Spend.md",
		);
		expect(reasonsOf(result, "Ben Ash")).toEqual(['their topic "FinOps" comes up in this note']);
		expect(reasonsOf(result, "Ana Diaz") ?? []).not.toContain('their topic "operations" comes up in this note');
	});
});

describe("whoCares: text", () => {
	const vault: VaultSpec = {
		"People/Dee Park.md": { fm: { type: "person", role: "CTO", company: "Bankly" }, body: "Rebuilt the onboarding flow of a retail banking app last year." },
		"People/Eli Stone.md": person({}, "Eli grows tomatoes and writes about compost."),
		"People/Fay Wu.md": person({}, "Fay works in retail, mostly shoes."),
		"Posts/Onboarding.md": post({}, "What retail banking gets wrong about the onboarding flow. Onboarding is where banking apps lose people."),
	};

	it("finds a person with no topics key from the words of their note", () => {
		const result = run(vault, "Posts/Onboarding.md");
		expect(names(result.people)[0]).toBe("Dee Park");
		expect(names(result.people)).not.toContain("Eli Stone");
		expect(reasonsOf(result, "Dee Park")).toEqual(['their note mentions "onboarding flow", "retail banking apps"']);
	});

	it("ranks the closer note above a person sharing one common word", () => {
		const result = run(vault, "Posts/Onboarding.md", { minScore: 0, relativeFloor: 0 });
		const dee = result.people.find((m) => m.name === "Dee Park");
		const fay = result.people.find((m) => m.name === "Fay Wu");
		expect(dee?.score).toBeGreaterThan(fay?.score ?? 0);
	});

	it("joins overlapping phrases and shows the note's own words", () => {
		const result = run(
			{
				"People/Ana Diaz.md": person({}, "Ana thinks about usage-based pricing a lot."),
				"People/Ben Ode.md": person({}, "Ben coaches rowing."),
				"Posts/Usage.md": post({}, "Usage-based pricing for developer tools."),
			},
			"Posts/Usage.md",
		);
		expect(reasonsOf(result, "Ana Diaz")).toEqual(['their note mentions "usage based pricing"']);
	});

	it("gives the person's role when the note speaks to it", () => {
		const result = run(
			{
				"People/Dee Park.md": person({ role: "Chief Technology Officer", company: "Bankly" }, "Dee rows."),
				"Posts/Leaders.md": post({}, "A letter to every chief technology officer about budgets."),
			},
			"Posts/Leaders.md",
		);
		expect(reasonsOf(result, "Dee Park")).toContain("role: Chief Technology Officer at Bankly");
	});
});

describe("whoCares: rare words and weak matches", () => {
	const filler: VaultSpec = {
		"People/Al Fern.md": person({}, "Al plans budgets for a logistics firm and walks at weekends."),
		"People/Bo Hale.md": person({}, "Bo leads a design team and collects vinyl records with friends."),
		"People/Cat Imre.md": person({}, "Cat runs data pipelines at a bank; sings in a choir most evenings, which takes patience."),
	};
	const climbing: VaultSpec = {
		...filler,
		"People/Mo Bell.md": person(
			{},
			"Mo runs site reliability for a warehouse robot fleet: owns the pager, wrote the incident commander training, " +
				"fights alert fatigue with an alert budget, reviews every postmortem and keeps the runbooks current. Also climbs.",
		),
		"Posts/Why I Climb.md": post(
			{},
			"I climb on Tuesday evenings. Climbing taught me patience; a friend I climb with says the weekends are for the post I never write.",
		),
	};

	it("counts the note's most distinctive word said once in a long note above everyday words shared", () => {
		const result = run(climbing, "Posts/Why I Climb.md", { minScore: 0, relativeFloor: 0 });
		// Cat shares "patience" and "evenings" with the note; Mo only "climbs", once, in a long note.
		expect(names(result.people)[0]).toBe("Mo Bell");
		expect(names(result.people)).toContain("Cat Imre");
		expect(reasonsOf(result, "Mo Bell")).toEqual(['their note mentions "climb"']);
	});

	it("ranks the other way round without that signal, so the signal is what does it", () => {
		const saved = WEIGHTS.keyTerm;
		WEIGHTS.keyTerm = 0;
		try {
			const result = run(climbing, "Posts/Why I Climb.md", { minScore: 0, relativeFloor: 0 });
			expect(names(result.people)[0]).toBe("Cat Imre");
		} finally {
			WEIGHTS.keyTerm = saved;
		}
	});

	it("keeps weak text matches weak when nobody matches the note well", () => {
		const result = run(
			{
				...filler,
				"People/Di Oak.md": person({}, "Di upgraded her kitchen last spring."),
				"People/Ed Pike.md": person({}, "Ed sings in a choir that tours every cluster of villages in the valley."),
				"People/Flo Quin.md": person({ topics: ["Kubernetes"] }),
				"Posts/Operators.md": post({ topics: ["Kubernetes"] }, "Writing Kubernetes operators: reconcile loops, cluster upgrades and the controller pattern."),
			},
			"Posts/Operators.md",
			{ minScore: 0, relativeFloor: 0 },
		);
		expect(names(result.people)[0]).toBe("Flo Quin");
		const weak = result.people.filter((m) => m.name === "Di Oak" || m.name === "Ed Pike");
		expect(weak.length).toBeGreaterThan(0);
		for (const match of weak) expect(match.pairScore).toBeLessThan(0.3);
	});
});

describe("whoCares: mentions", () => {
	const vault: VaultSpec = {
		"People/Ben Ode.md": person({ aliases: ["Benjamin Ode"] }, "Ben coaches rowing."),
		"People/Cy Lo.md": person({}, "Cy builds teams."),
		"People/Dee Park.md": person({}, "Dee rows."),
		"Notes/Linked.md": { body: "Thanks to [[Ben Ode|Ben]] for reading a draft." },
		"Notes/Named.md": { body: "I talked to cy lo yesterday about the plan." },
		"Notes/Alias.md": { body: "Benjamin Ode said the same thing." },
		"People/Dee Stone.md": person({}, "Dee climbs."),
		"People/Eve Marsh.md": person({}, "Eve sails."),
		"Notes/First name.md": { body: "Dee said so, and Park agreed." },
		"Notes/Only first name.md": { body: "Eve said so." },
		"Notes/In a URL.md": { body: "See https://example.com/cy-lo/eve-marsh and `Cy Lo`." },
	};
	const cases: Array<[string, string, string | null, string | null]> = [
		["a link", "Notes/Linked.md", "Ben Ode", "[[Ben Ode]]"],
		["the full name in the text, in any case", "Notes/Named.md", "Cy Lo", '"cy lo"'],
		["a multi-word alias", "Notes/Alias.md", "Ben Ode", '"Benjamin Ode"'],
		["a first name one person has", "Notes/Only first name.md", "Eve Marsh", '"Eve"'],
		["not a first name two people share", "Notes/First name.md", null, null],
		["no name inside a URL or code", "Notes/In a URL.md", null, null],
	];
	it.each(cases)("counts %s", (_name, path, expected, cited) => {
		const result = run(vault, path);
		const mentioned = result.people.filter((m) => m.reasons.some((reason) => reason.startsWith("mentioned in this note")));
		expect(names(mentioned)).toEqual(expected === null ? [] : [expected]);
		if (expected !== null) expect(reasonsOf(result, expected)?.[0]).toBe(`mentioned in this note as ${cited}`);
	});

	it("gives each reason the sentence it comes from", () => {
		const match = run(vault, "Notes/Linked.md").people.find((m) => m.name === "Ben Ode");
		expect(match?.evidence[0]).toEqual({ reason: "mentioned in this note as [[Ben Ode]]", snippet: "Thanks to Ben for reading a draft." });
	});
});

describe("whoCares: a first name that is a common word of the vault", () => {
	it("is no mention: a person note named Web viewer is not met wherever the vault says web", () => {
		const vault: VaultSpec = { "People/Web Viewer.md": person({}, "A built-in browser."), "People/Ana Diaz.md": person({}, "Ana prices.") };
		for (let i = 0; i < 24; i++) vault[`Posts/Post ${i}.md`] = post({}, `Notes on the Web and topic number ${i}.`);
		vault["Notes/Today.md"] = { body: "The Web is big, said Ana." };
		const mentioned = run(vault, "Notes/Today.md", { minScore: 0, relativeFloor: 0 }).people.filter((m) => m.reasons.some((r) => r.startsWith("mentioned")));
		expect(mentioned.map((m) => [m.name, m.reasons[0]])).toEqual([["Ana Diaz", 'mentioned in this note as "Ana"']]);
	});
});

describe("whoCares: who is left out", () => {
	const vault: VaultSpec = {
		"People/Ana Diaz.md": person({ topics: ["pricing"] }),
		"People/Old Friend.md": person({ topics: ["pricing"], status: "archived" }),
		"People/Gone Guy.md": person({ topics: ["pricing"], archived: true }),
		"People/Shared Sam.md": person({ topics: ["pricing"], archived: "yes" }),
		"Posts/Pricing.md": post({ topics: ["pricing"], shared_with: ["[[Shared Sam]]"] }, "About [[Old Friend]]."),
	};

	it("never lists archived people, not even when mentioned or already shared", () => {
		const result = run(vault, "Posts/Pricing.md", { minScore: 0, relativeFloor: 0 });
		expect(names(result.people)).toEqual(["Ana Diaz"]);
		expect(result.alreadyShared).toEqual([]);
	});

	it("leaves out the person the note is about", () => {
		const result = run(vault, "People/Ana Diaz.md", { minScore: 0, relativeFloor: 0 });
		expect(names(result.people)).not.toContain("Ana Diaz");
	});

	it("leaves out excluded people and keeps to the limit, best first", () => {
		const index = buildIndex({
			"People/A One.md": person({ topics: ["pricing", "saas", "retainers"] }),
			"People/B Two.md": person({ topics: ["pricing", "saas"] }),
			"People/C Three.md": person({ topics: ["pricing"] }),
		});
		const spec = post({ topics: ["pricing", "saas", "retainers"] });
		expect(names(runDraft(index, spec).people)).toEqual(["A One", "B Two", "C Three"]);
		expect(names(runDraft(index, spec, { limit: 2 }).people)).toEqual(["A One", "B Two"]);
		expect(names(runDraft(index, spec, { exclude: new Set(["People/A One.md"]) }).people)).toEqual(["B Two", "C Three"]);
	});

	it("drops people below the minimum score", () => {
		const index = buildIndex({
			"People/A One.md": person({ topics: ["pricing"] }),
			"People/B Two.md": person({}, "Once mentioned pricing in passing, among many other things: rowing, tomatoes, chess."),
		});
		const spec = post({ topics: ["pricing"] });
		const all = runDraft(index, spec, { minScore: 0, relativeFloor: 0 }).people;
		expect(names(all)).toEqual(["A One", "B Two"]);
		const cut = (all[0]?.pairScore ?? 0) - 0.001;
		expect(names(runDraft(index, spec, { minScore: cut }).people)).toEqual(["A One"]);
	});
});

describe("whoCares: already shared", () => {
	const vault: VaultSpec = {
		"People/Ana Diaz.md": person({ topics: ["pricing"] }),
		"People/Ben Ode.md": person({ topics: ["pricing"] }, "## Log\n- 2026-10-20 Shared [[Pricing]]\n"),
		"People/Cy Lo.md": person({ topics: ["gardening"] }),
		"People/Dee Park.md": person({ topics: ["pricing"] }),
		"Posts/Pricing.md": post({ topics: ["pricing"], shared_with: ["[[Ana Diaz]]", "Cy Lo"] }),
	};

	it("moves people in shared_with and with a logged share to their own list", () => {
		const result = run(vault, "Posts/Pricing.md");
		expect(names(result.people)).toEqual(["Dee Park"]);
		expect(names(result.alreadyShared).sort()).toEqual(["Ana Diaz", "Ben Ode", "Cy Lo"]);
		// Best first there too: Ben's log line about the post adds to the shared topic.
		expect(names(result.alreadyShared)).toEqual(["Ben Ode", "Ana Diaz", "Cy Lo"]);
	});

	it("keeps already-shared people with nothing else in common, scored 0", () => {
		const cy = run(vault, "Posts/Pricing.md").alreadyShared.find((m) => m.name === "Cy Lo");
		expect(cy).toMatchObject({ score: 0, reasons: [] });
	});

	it("does not count shared_with as a contact, but does count the dated log line", () => {
		const result = run(vault, "Posts/Pricing.md");
		expect(result.alreadyShared.find((m) => m.name === "Ana Diaz")?.lastContact).toBeNull();
		expect(result.alreadyShared.find((m) => m.name === "Ben Ode")?.lastContact).toBe("2026-10-20");
	});

	it("is not limited by the limit option", () => {
		expect(names(run(vault, "Posts/Pricing.md", { limit: 1 }).alreadyShared)).toHaveLength(3);
	});
});

describe("whoCares: synonyms", () => {
	const cases: Array<[string, NoteSpec, NoteSpec, string[]]> = [
		[
			"k8s in their note, Kubernetes in this one",
			person({}, "Ben runs the k8s platform team at a bank."),
			post({}, "How we scaled Kubernetes at a startup."),
			['their note mentions "k8s"'],
		],
		[
			"Kubernetes in their note, k8s in this one",
			person({}, "Ben runs the Kubernetes platform team at a bank."),
			post({}, "How we scaled k8s at a startup."),
			['their note mentions "kubernetes"'],
		],
		[
			"an SRE topic and a note on site reliability",
			person({ topics: ["SRE"] }),
			post({ topics: ["site reliability"] }),
			["topic: SRE"],
		],
		[
			"site reliability in their note, SRE in this one",
			person({}, "Leads site reliability engineering at a bank."),
			post({}, "Lessons from SRE rotations."),
			['their note mentions "site reliability engineering"'],
		],
		[
			"single sign-on in their note, SSO in this one",
			person({}, "Their broker login is a homegrown single sign-on bolted onto LDAP."),
			post({}, "Replacing an SSO without locking anyone out."),
			// The stop word "on" is not part of a term: the phrase reads as its terms do.
			['their note mentions "single sign"'],
		],
		[
			"a k8s topic and a Kubernetes topic",
			person({ topics: ["k8s"] }),
			post({ topics: ["Kubernetes"] }),
			["topic: k8s"],
		],
	];
	it.each(cases)("%s", (_name, ben, draft, reasons) => {
		const index = buildIndex({ "People/Ben Ode.md": ben, "People/Eli Stone.md": person({ topics: ["gardening"] }, "Eli grows tomatoes.") });
		const result = runDraft(index, draft);
		expect(names(result.people)).toEqual(["Ben Ode"]);
		expect(result.people[0]?.reasons).toEqual(reasons);
	});

	it("makes a topic note's aliases interchangeable with its name", () => {
		const vault: VaultSpec = {
			"People/Eli Stone.md": person({ topics: ["monetisation"] }),
			"Posts/Money.md": post({ topics: ["pricing"] }),
		};
		expect(run(vault, "Posts/Money.md").people).toEqual([]);
		const withTopicNote = run({ ...vault, "Topics/Pricing.md": { fm: { aliases: ["monetisation", "pricing models"] } } }, "Posts/Money.md");
		expect(names(withTopicNote.people)).toEqual(["Eli Stone"]);
		expect(reasonsOf(withTopicNote, "Eli Stone")).toEqual(["topic: monetisation"]);
	});
});

describe("whoCares: history", () => {
	it("counts posts on the same topic already sent to them", () => {
		const result = run(
			{
				"People/Ana Diaz.md": person({}, "Ana is a friend from school."),
				"People/Ben Ode.md": person({}, "Ben coaches rowing."),
				"Posts/Annual plans.md": post({ topics: ["pricing"], shared_with: ["[[Ana Diaz]]"] }, "Annual plans and discounts for SaaS pricing."),
				"Posts/Seats.md": post({ topics: ["pricing"] }, "Seat-based SaaS pricing and discounts."),
			},
			"Posts/Seats.md",
		);
		expect(names(result.people)).toEqual(["Ana Diaz"]);
		expect(reasonsOf(result, "Ana Diaz")).toEqual(["you sent them 1 post on pricing"]);
	});
});

describe("whoCares: ties, contact and due", () => {
	it("breaks equal scores by name, whatever order the notes came in", () => {
		const people = {
			"People/Zed Ash.md": person({ topics: ["pricing"] }),
			"People/amy Brook.md": person({ topics: ["pricing"] }),
			"People/Mo Chen.md": person({ topics: ["pricing"] }),
		};
		const forward = buildIndex(people);
		const backward = buildIndex(Object.fromEntries(Object.entries(people).reverse()));
		for (const index of [forward, backward]) {
			const result = runDraft(index, post({ topics: ["pricing"] }));
			expect(names(result.people)).toEqual(["amy Brook", "Mo Chen", "Zed Ash"]);
			expect(new Set(result.people.map((m) => m.score)).size).toBe(1);
		}
	});

	it("reports last contact from daily notes, ignoring unchecked tasks and future dates", () => {
		const index = buildIndex({
			"People/Ana Diaz.md": person({ topics: ["pricing"], cadence: "30d" }),
			"People/Ben Ode.md": person({ topics: ["pricing"], cadence: "30d", last_contact: "2026-12-01" }, "## Log\n- 2026-11-15 Lunch planned\n- 2026-08-01 Call\n"),
			"People/Cy Lo.md": person({ topics: ["pricing"], cadence: "30d" }),
			"2026-10-20.md": { body: "Coffee with [[Ana Diaz]].\n- [ ] call [[Cy Lo]]" },
			"2026-11-10.md": { body: "Lunch with [[Ana Diaz]] and [[Cy Lo]]" },
		});
		const result = runDraft(index, post({ topics: ["pricing"] }));
		const byName = new Map(result.people.map((m) => [m.name, m]));
		expect(byName.get("Ana Diaz")).toMatchObject({ lastContact: "2026-10-20", nextDue: "2026-11-19", due: false, overdueDays: 0 });
		expect(byName.get("Ben Ode")).toMatchObject({ lastContact: "2026-08-01", nextDue: "2026-08-31", due: true, overdueDays: 62 });
		expect(byName.get("Cy Lo")).toMatchObject({ lastContact: null, nextDue: TODAY, due: true, overdueDays: 0 });
	});
});
