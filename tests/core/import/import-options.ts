import { parseFrontmatterYaml } from "../../../src/cli/frontmatter-yaml";
import type { ImportOptions } from "../../../src/core/import/types";

export const IMPORT_TODAY = "2026-11-20";

/** The import options of the default settings, new people in People/, on IMPORT_TODAY. */
export function importOptions(existing: string[] = []): ImportOptions {
	return {
		folder: "People",
		existingPaths: existing,
		cadence: "",
		today: IMPORT_TODAY,
		fields: { type: "type", aliases: "aliases", email: "email", company: "company", role: "role", url: "url", cadence: "cadence", created: "created", tags: "tags", connected: "connected" },
		logHeading: "Log",
		personType: "person",
		parseYaml: parseFrontmatterYaml,
	};
}
