import { normalizePath, type App } from "obsidian";
import { pathRefusal } from "../core/edits/note-paths";
import type { PlannedCreate, PlannedUpdate } from "../core/import/types";
import { ensureNote } from "./writes";

/** What an apply did: the notes written, in order, and the one it stopped at, if any. */
export interface ApplyReport {
	created: string[];
	updated: string[];
	stopped: { path: string; why: string } | null;
}

/**
 * Writes the ticked part of a plan, one note at a time: each new note is one `create`, each
 * update one `vault.process` that writes the planned text only when the note is still the
 * text the plan was made from (an edit made since the preview is never overwritten). The
 * first note that cannot be written stops the apply; the report says what was written.
 */
export async function applyImport(app: App, creates: readonly PlannedCreate[], updates: readonly PlannedUpdate[], progress: (done: number, total: number) => void = () => {}): Promise<ApplyReport> {
	const report: ApplyReport = { created: [], updated: [], stopped: null };
	const total = creates.length + updates.length;
	const tick = (): void => progress(report.created.length + report.updated.length, total);
	for (const planned of creates) {
		const why = await createOne(app, planned);
		if (why !== null) return { ...report, stopped: { path: planned.path, why } };
		report.created.push(planned.path);
		tick();
	}
	for (const planned of updates) {
		const why = await updateOne(app, planned);
		if (why !== null) return { ...report, stopped: { path: planned.path, why } };
		report.updated.push(planned.path);
		tick();
	}
	return report;
}

/** Creates a planned note; why not, or null when it was created. */
async function createOne(app: App, planned: PlannedCreate): Promise<string | null> {
	const refusal = pathRefusal(planned.path);
	if (refusal !== null) return `the path ${refusal}`;
	// The plan chose a free name; a note made there since is someone's, and is left alone.
	if (app.vault.getAbstractFileByPath(normalizePath(planned.path))) return "a note was created there since the preview";
	let written = false;
	try {
		await ensureNote(app, planned.path, () => {
			written = true;
			return Promise.resolve(planned.text);
		});
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	return written ? null : "a note was created there since the preview";
}

/** Writes a planned update in one `vault.process`; why not, or null when it was written. */
async function updateOne(app: App, planned: PlannedUpdate): Promise<string | null> {
	const file = app.vault.getFileByPath(normalizePath(planned.path));
	if (!file) return "the note was renamed or deleted since the preview";
	let changed = false;
	try {
		await app.vault.process(file, (text) => {
			if (text !== planned.before) {
				changed = true;
				return text;
			}
			return planned.after;
		});
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	return changed ? "the note was edited since the preview; import again to plan it anew" : null;
}
