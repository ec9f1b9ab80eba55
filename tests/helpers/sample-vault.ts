/**
 * A small vault for the Obsidian-layer tests, as the files a user would have. "Today" in
 * these tests is {@link TODAY}; the dates below are chosen around it:
 * - Ana Diaz: pricing, last contact 2026-10-02, cadence 6w → overdue since 2026-11-13 (7 days).
 * - Bo Berg: kubernetes, contacted in the daily note 2026-11-10, monthly → due 2026-12-10.
 * - Cy Chen: a `#person` tag, no `topics` at all, writes about pricing experiments; never
 *   contacted, no cadence of his own → the default 90d makes him due now.
 * - Dee Archived: pricing too, but archived: never suggested, never due.
 * - Posts/Pricing page.md: a pricing post, already shared with Bo.
 * - Posts/Kubernetes upgrades.md: a platform post, unsent.
 * - Notes/Groceries.md: neither a person nor a post.
 */

export const TODAY = "2026-11-20";

export const ANA = "People/Ana Diaz.md";
export const BO = "People/Bo Berg.md";
export const CY = "People/Cy Chen.md";
export const DEE = "People/Dee Archived.md";
export const PRICING_POST = "Posts/Pricing page.md";
export const K8S_POST = "Posts/Kubernetes upgrades.md";
export const GROCERIES = "Notes/Groceries.md";

export const ANA_NOTE = `---
type: person
aliases: [Ana]
# what she cares about
topics: [pricing, usage-based billing]
company: Acme
role: CFO
last_contact: 2026-10-02
cadence: 6w
favourite_tea: rooibos
---
Ana runs pricing at Acme and is rethinking usage-based billing for their API.

## Log
- 2026-10-02 Coffee; talked pricing

## Family
Two kids.
`;

export const BO_NOTE = `---
type: person
topics:
  - kubernetes
  - platform engineering
cadence: monthly
---
Bo leads the platform team; cluster upgrades keep him up at night.

## Log
`;

export const CY_NOTE = `---
company: Initech
---
#person

Cy writes about pricing experiments, annual plans and discount policy.
`;

export const DEE_NOTE = `---
type: person
status: archived
topics: [pricing]
---
Used to care about pricing.
`;

export const PRICING_NOTE = `---
type: post
status: published
published: 2026-11-01
topics: [pricing]
url: https://example.com/pricing
shared_with:
  - "[[Bo Berg]]"
---
# Pricing page

How to pick the value metric for usage-based billing before you set a price.
Annual plans and discounts come later.
`;

export const K8S_NOTE = `---
type: post
status: published
topics: [kubernetes]
---
Upgrading Kubernetes clusters without downtime: platform engineering notes.
`;

export const GROCERIES_NOTE = `Milk, eggs, bread.
`;

export const DAILY_NOTE = `Called [[Bo Berg]] about the upgrade.
`;

/** The vault as files, plus the core Daily notes settings. */
export function sampleVault(extra: Record<string, string> = {}): Record<string, string> {
	return {
		[ANA]: ANA_NOTE,
		[BO]: BO_NOTE,
		[CY]: CY_NOTE,
		[DEE]: DEE_NOTE,
		[PRICING_POST]: PRICING_NOTE,
		[K8S_POST]: K8S_NOTE,
		[GROCERIES]: GROCERIES_NOTE,
		"Daily/2026-11-10.md": DAILY_NOTE,
		".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" }),
		"Templates/Daily.md": "# {{date:dddd, D MMMM YYYY}}\n\n## Plan\n\n",
		...extra,
	};
}
