/**
 * Which cadence applies to a person: their own, a tag rule's from the settings, or the
 * default. Cadence values themselves are read in values/cadence.ts.
 */
import type { CoreConfig } from "../model/config";
import type { Person } from "../model/types";
import { normalizeTag, parseCadence, tagMatches } from "../values/cadence";

export type CadenceSource = "own" | "tag" | "default" | "none";

export interface PersonCadence {
	days: number | null;
	source: CadenceSource;
	/** The rule's tag, when `source` is `tag`. */
	tag?: string;
}

/**
 * The cadence that applies to a person: their own valid cadence; else the first
 * `cadenceByTag` rule whose tag matches one of their tags and whose cadence is valid;
 * else the default cadence; else none.
 */
export function cadenceFor(person: Person, config: CoreConfig): PersonCadence {
	if (person.cadenceDays !== null && person.cadenceDays > 0) return { days: person.cadenceDays, source: "own" };
	for (const rule of config.cadenceByTag) {
		if (!person.tags.some((t) => tagMatches(t, rule.tag))) continue;
		const days = parseCadence(rule.cadence).days;
		if (days !== null) return { days, source: "tag", tag: normalizeTag(rule.tag) };
	}
	const fallback = parseCadence(config.defaultCadence).days;
	if (fallback !== null) return { days: fallback, source: "default" };
	return { days: null, source: "none" };
}
