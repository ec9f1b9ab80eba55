/**
 * `top-of-mind import linkedin|vcard|ics <file>`: reads the export, plans the import with the
 * core (core/import/plan.ts) against the vault's people, and prints the plan; with `--write`
 * creates the new notes and rewrites the changed ones. A note changed on disk since it was
 * read, or a path that would lead out of the vault, stops the writing with what was applied.
 */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { pathRefusal, folderRefusal } from "../core/edits/note-paths";
import { parseIcs } from "../core/import/ics";
import { parseLinkedIn } from "../core/import/linkedin";
import { planImport } from "../core/import/plan";
import { ImportFormatError, type ImportFields, type ImportItems, type ImportOptions, type ImportPerson, type ImportPlan, type ImportSource } from "../core/import/types";
import { parseVCard } from "../core/import/vcard";
import { readFrontmatter, splitFrontmatter } from "../core/markdown/frontmatter";
import { getField } from "../core/values/coerce";
import { todayIso } from "../core/values/dates";
import type { CommandArgs } from "./args";
import type { CommandOutput } from "./commands";
import { CliError, fsErrorText } from "./errors";
import { plural, type Style } from "./format";
import { parseFrontmatterYaml } from "./frontmatter-yaml";
import type { VaultContext } from "./load-vault";

/** The file's items, or a one-line error for a file that cannot be read as that export. */
async function readItems(source: ImportSource, file: string, today: string, myEmails: readonly string[]): Promise<ImportItems> {
	let text: string;
	try {
		text = await fs.readFile(file, "utf8");
	} catch (error) {
		throw new CliError(`Could not read the file to import (${fsErrorText(error)}): ${file}`);
	}
	try {
		if (source === "linkedin") return parseLinkedIn(text);
		if (source === "vcard") return parseVCard(text);
		return parseIcs(text, { today, myEmails });
	} catch (error) {
		if (error instanceof ImportFormatError) throw new CliError(`${error.message} (${file})`);
		throw error;
	}
}

/** Every address in a note's email property, however it is written (one, a list, a comma string). */
function emailsOf(value: unknown): string[] {
	const values = Array.isArray(value) ? value : [value];
	return values.flatMap((item) => (typeof item === "string" ? item.split(",") : [])).map((email) => email.trim().replace(/^mailto:/i, "").toLowerCase()).filter((email) => email !== "");
}

/** The vault's people with their notes' text as it is on disk now. */
async function peopleOf(context: VaultContext, emailKey: string): Promise<ImportPerson[]> {
	const people: ImportPerson[] = [];
	for (const person of context.index.allPeople()) {
		let text: string;
		try {
			text = await fs.readFile(nodePath.join(context.vault, ...person.path.split("/")), "utf8");
		} catch {
			continue;
		}
		const frontmatter = readFrontmatter(splitFrontmatter(text), parseFrontmatterYaml).frontmatter;
		people.push({ path: person.path, name: person.name, aliases: person.aliases, emails: emailsOf(getField(frontmatter, emailKey).value), text });
	}
	return people;
}

/** Every file path in the vault, so a new note never takes the name of a file the reader left out. */
async function allPaths(vault: string): Promise<string[]> {
	const entries = await fs.readdir(vault, { recursive: true });
	return entries.map((entry) => entry.split(nodePath.sep).join("/"));
}

function importOptions(context: VaultContext, args: CommandArgs, today: string, existingPaths: string[]): ImportOptions {
	const core = context.settings.core;
	const fields: ImportFields = { ...core.fields, aliases: core.fields.aliases, tags: "tags", connected: "connected" };
	const folder = core.person.folders[0] ?? "";
	const refusal = folderRefusal(folder);
	if (refusal !== null) throw new CliError(`The people folder "${folder}" ${refusal}; set another in the plugin's settings.`);
	return {
		folder,
		existingPaths,
		cadence: args.cadence ?? "",
		today,
		fields,
		logHeading: core.logHeading,
		personType: core.person.typeValues[0] ?? "person",
		parseYaml: parseFrontmatterYaml,
	};
}

/** The absolute path of a vault path, refused when it would be outside the vault. */
function inVault(vault: string, path: string): string {
	const refusal = pathRefusal(path);
	const root = nodePath.resolve(vault);
	const abs = nodePath.resolve(root, ...path.split("/"));
	if (refusal !== null || !abs.startsWith(root + nodePath.sep)) throw new Error(`"${path}" ${refusal ?? "leads out of the vault"}`);
	return abs;
}

/** Writes the plan: new notes (never over a file), then changed notes (only if unchanged on disk since read). */
async function applyPlan(vault: string, plan: ImportPlan): Promise<void> {
	const done: string[] = [];
	const stop = (path: string, why: string): CliError =>
		new CliError(`Stopped at ${path}: ${why}. Applied before it: ${done.length === 0 ? "nothing" : done.join(", ")}.`);
	for (const note of plan.created) {
		try {
			const abs = inVault(vault, note.path);
			await fs.mkdir(nodePath.dirname(abs), { recursive: true });
			await fs.writeFile(abs, note.text, { encoding: "utf8", flag: "wx" });
		} catch (error) {
			throw stop(note.path, error instanceof Error && !("code" in error) ? error.message : fsErrorText(error));
		}
		done.push(`created ${note.path}`);
	}
	for (const note of plan.updated) {
		try {
			const abs = inVault(vault, note.path);
			if ((await fs.readFile(abs, "utf8")) !== note.before) throw new Error("the note changed since it was read; run the import again");
			await fs.writeFile(abs, note.after, "utf8");
		} catch (error) {
			throw stop(note.path, error instanceof Error && !("code" in error) ? error.message : fsErrorText(error));
		}
		done.push(`updated ${note.path}`);
	}
}

export async function importCommand(context: VaultContext, args: CommandArgs): Promise<CommandOutput> {
	const source = args.source ?? "linkedin";
	const file = args.file ?? "";
	const today = args.today ?? todayIso();
	// --my-email, or else the addresses the plugin's settings hold (My email addresses).
	const items = await readItems(source, file, today, args.myEmails ?? context.settings.importMyEmails);
	const options = importOptions(context, args, today, await allPaths(context.vault));
	const plan = planImport(items, await peopleOf(context, options.fields.email), options);
	const written = args.write === true;
	if (written) await applyPlan(context.vault, plan);
	return {
		json: {
			source,
			written,
			created: plan.created.map((note) => ({ path: note.path, name: note.name })),
			updated: plan.updated.map((note) => ({ path: note.path, name: note.name, changes: note.changes })),
			unchanged: plan.unchanged,
			skipped: plan.skipped.map((skip) => ({ item: skip.item, reason: skip.reason })),
		},
		text: (style) => formatImport(context.vault, file, plan, written, style),
	};
}

const NOUN: Record<ImportSource, string> = { linkedin: "row", vcard: "card", ics: "event" };

export function formatImport(vault: string, file: string, plan: ImportPlan, written: boolean, style: Style): string {
	const lines = [style.bold(`Import of ${file} (${plan.source}) into ${vault}`)];
	lines.push(written ? style.green("Written.") : style.yellow("Dry run: nothing was written. Add --write to apply this plan."), "");
	const created = written ? "Created" : "To create";
	const updated = written ? "Updated" : "To update";
	lines.push(`${created}: ${plan.created.length}`);
	for (const note of plan.created) lines.push(`  ${note.path}`);
	lines.push(`${updated}: ${plan.updated.length}`);
	for (const note of plan.updated) lines.push(`  ${note.path}  ${style.dim(note.changes.join(", "))}`);
	lines.push(`Unchanged: ${plural(plan.unchanged, NOUN[plan.source])}`);
	lines.push(`Skipped: ${plan.skipped.length}`);
	for (const skip of plan.skipped) lines.push(`  ${NOUN[plan.source]} ${skip.item}: ${skip.reason}`);
	return `${lines.join("\n")}\n`;
}
