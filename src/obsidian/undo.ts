import { Notice, type App, type TFile } from "obsidian";

/** One note as it was before a write and as the write left it. */
export interface NoteChange {
	file: TFile;
	before: string;
	after: string;
}

/**
 * `vault.process` (one atomic read and write) that also records what it changed, so the
 * write can be undone; a write that changes nothing records nothing.
 */
export async function processRecorded(app: App, file: TFile, edit: (text: string) => string, changes: NoteChange[]): Promise<void> {
	let before: string | null = null;
	let after = "";
	await app.vault.process(file, (text) => {
		before = text;
		after = edit(text);
		return after;
	});
	if (before !== null && before !== after) changes.push({ file, before, after });
}

/**
 * Puts the notes back as they were, newest change first, each in one atomic `vault.process`
 * and only when the note is still exactly as the write left it: a note edited since is left
 * alone (undoing would lose the edit). Returns the paths left alone.
 */
export async function undoChanges(app: App, changes: readonly NoteChange[]): Promise<string[]> {
	const left: string[] = [];
	for (const change of [...changes].reverse()) {
		let undone = false;
		await app.vault.process(change.file, (text) => {
			if (text !== change.after) return text;
			undone = true;
			return change.before;
		});
		if (!undone) left.push(change.file.path);
	}
	return left;
}

/** How long a notice with Undo stays up. */
const UNDO_NOTICE_MS = 10_000;

/** A notice saying what was written, with an Undo button that reverts exactly that write. */
export function noticeWithUndo(app: App, message: string, changes: readonly NoteChange[]): Notice {
	if (changes.length === 0) return new Notice(message);
	const content = createFragment((fragment) => {
		fragment.createSpan({ text: `${message} ` });
	});
	const button = content.createEl("button", { text: "Undo", cls: "top-of-mind-undo" });
	const notice = new Notice(content, UNDO_NOTICE_MS);
	button.addEventListener("click", () => {
		button.disabled = true;
		notice.hide();
		void undoChanges(app, changes).then((left) => {
			new Notice(left.length === 0 ? "Undone." : `Not undone in ${left.join(", ")}: the note changed since.`);
		});
	});
	return notice;
}
