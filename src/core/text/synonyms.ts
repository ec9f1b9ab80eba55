import { foldCase, termRun, WORD } from "./terms";
import { phraseTerm, phraseTerms, topicKey } from "./phrases";

/**
 * Words people use for the same thing. The built-in list holds only common, unambiguous
 * abbreviations; a vault adds its own through the aliases of topic notes (a note
 * `Kubernetes.md` with `aliases: [k8s]` makes the two interchangeable).
 *
 * One group a line, its phrases separated by commas: written as text rather than as
 * nested arrays, because the plugin bundle carries this list and text is far shorter.
 */
export const BUILTIN_SYNONYMS: readonly (readonly string[])[] = `
plg,product-led growth,product led growth
llm,large language model
llms,large language models
k8s,kubernetes
sre,site reliability engineering,site reliability
ai,artificial intelligence
ml,machine learning
dx,developer experience,devex
finops,cloud financial operations,cloud cost,cloud costs,cloud spend,cloud bill
ci,continuous integration
cd,continuous delivery
soc2,soc 2
gdpr,general data protection regulation
saas,software as a service
b2b,business to business
b2c,business to consumer
nrr,net revenue retention,net dollar retention,ndr
arr,annual recurring revenue
mrr,monthly recurring revenue
okr,objectives and key results
okrs,objectives and key results
ux,user experience
ui,user interface
em,engineering manager
cto,chief technology officer
ceo,chief executive officer
cfo,chief financial officer
coo,chief operating officer
cpo,chief product officer
ciso,chief information security officer
vp,vice president
ic,individual contributor
mvp,minimum viable product
api,application programming interface
seo,search engine optimization,search engine optimisation
cac,customer acquisition cost
ltv,lifetime value,customer lifetime value
roi,return on investment
vc,venture capital
oss,open source software
iac,infrastructure as code
slo,service level objective
sla,service level agreement
mttr,mean time to recovery,mean time to restore
hr,human resources
qa,quality assurance
rag,retrieval augmented generation
genai,generative ai
aws,amazon web services
gcp,google cloud platform,google cloud
devops,dev ops
m&a,mergers and acquisitions
cio,chief information officer
cro,chief revenue officer
cmo,chief marketing officer
ospo,open source program office,open source programme office
sso,single sign on
oidc,openid connect
eks,elastic kubernetes service
gke,google kubernetes engine
aks,azure kubernetes service
kpi,key performance indicator
kpis,key performance indicators
devrel,developer relations`
	.trim()
	.split("\n")
	.map((group) => group.split(","));

interface Member {
	terms: string[];
	group: number;
}

/** Finds synonym phrases in a query and adds the other ways of saying them. */
export class SynonymTable {
	private readonly _byFirstTerm = new Map<string, Member[]>();
	private readonly _groups: Member[][] = [];
	/** Each member's first term (one word) or first phrase term, which a text saying it must have: → those members. */
	private readonly _byLeadTerm = new Map<string, Member[]>();
	private readonly _groupOfKey = new Map<string, number>();
	/** Analysed term (or phrase term) of a synonym → the words as the group writes them. */
	private readonly _surfaces = new Map<string, string>();

	constructor(groups: Iterable<readonly string[]>) {
		for (const phrases of groups) {
			const id = this._groups.length;
			const members: Member[] = [];
			for (const phrase of phrases) {
				const terms = phraseTerms(phrase);
				if (terms.length === 0) continue;
				this._addSurfaces(phrase);
				const member = { terms, group: id };
				members.push(member);
				const first = terms[0] as string;
				const list = this._byFirstTerm.get(first) ?? [];
				list.push(member);
				this._byFirstTerm.set(first, list);
				const lead = terms.length === 1 ? first : phraseTerm(first, terms[1] as string);
				const leading = this._byLeadTerm.get(lead);
				if (leading === undefined) this._byLeadTerm.set(lead, [member]);
				else leading.push(member);
				if (!this._groupOfKey.has(terms.join(" "))) this._groupOfKey.set(terms.join(" "), id);
			}
			this._groups.push(members);
		}
	}

	/**
	 * The words behind a term that expand() adds, for reasons a person can read: "k8s"
	 * for the stem `k8`, "site reliability" for `site_reliabl`. Undefined for other terms.
	 */
	surfaceOf(term: string): string | undefined {
		return this._surfaces.get(term);
	}

	private _addSurfaces(phrase: string): void {
		const words = foldCase(phrase).match(WORD) ?? [];
		let previous: { term: string; word: string } | null = null;
		for (const word of words) {
			const term = termRun(word)[0] ?? null;
			if (term === null) {
				previous = null;
				continue;
			}
			if (!this._surfaces.has(term)) this._surfaces.set(term, word);
			if (previous !== null) {
				const phrase = phraseTerm(previous.term, term);
				if (!this._surfaces.has(phrase)) this._surfaces.set(phrase, `${previous.word} ${word}`);
			}
			previous = { term, word };
		}
	}

	/**
	 * The keys (as canonicalTopic gives them) of the groups that `says` finds one of the
	 * phrases of: a note that says "cloud bill" brings up the topic "FinOps". `terms` are
	 * the text's terms and phrase terms: `says` is asked only about phrases whose first
	 * term (or first pair) is among them, so a vault with thousands of aliases costs a
	 * note no more than its own terms.
	 */
	keysSaid(terms: ReadonlySet<string>, says: (terms: readonly string[]) => boolean): Set<string> {
		const groups = new Set<number>();
		const visit = (members: readonly Member[]): void => {
			for (const member of members) if (!groups.has(member.group) && says(member.terms)) groups.add(member.group);
		};
		if (terms.size < this._byLeadTerm.size) {
			for (const term of terms) {
				const members = this._byLeadTerm.get(term);
				if (members !== undefined) visit(members);
			}
		} else for (const [lead, members] of this._byLeadTerm) if (terms.has(lead)) visit(members);
		return new Set([...groups].sort((a, b) => a - b).map((group) => `=${group}`));
	}

	/** A key shared by every spelling of a topic in one group ("k8s" and "Kubernetes" agree). */
	canonicalTopic(topic: string): string {
		const key = topicKey(topic);
		const group = this._groupOfKey.get(key);
		return group === undefined ? key : `=${group}`;
	}

	/**
	 * Adds, for every synonym phrase found among the weighted query terms, the terms of the
	 * other phrases of its group at a slightly lower weight. Existing weights are kept.
	 */
	expand(weights: Map<string, number>): Map<string, number> {
		const added = new Map<string, number>();
		for (const [term, weight] of weights) {
			const candidates = this._byFirstTerm.get(term);
			if (!candidates) continue;
			for (const member of candidates) {
				if (!containsPhrase(weights, member.terms)) continue;
				for (const other of this._groups[member.group] ?? []) {
					if (other === member) continue;
					for (const t of termsWithPhrases(other.terms)) {
						if (weights.has(t)) continue;
						added.set(t, Math.max(added.get(t) ?? 0, weight * 0.8));
					}
				}
			}
		}
		if (added.size === 0) return weights;
		const out = new Map(weights);
		for (const [term, weight] of added) out.set(term, weight);
		return out;
	}
}

function containsPhrase(weights: Map<string, number>, terms: string[]): boolean {
	if (terms.length === 1) return weights.has(terms[0] as string);
	for (let i = 1; i < terms.length; i++) {
		if (!weights.has(phraseTerm(terms[i - 1] as string, terms[i] as string))) return false;
	}
	return true;
}

function termsWithPhrases(terms: string[]): string[] {
	const out = [...terms];
	for (let i = 1; i < terms.length; i++) out.push(phraseTerm(terms[i - 1] as string, terms[i] as string));
	return out;
}
