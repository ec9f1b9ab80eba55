import { normalizePath, Notice, type App } from "obsidian";
import { todayIso } from "../core/values/dates";
import { pairKey } from "../core/match/posts-for";
import type { IsoDate } from "../core/model/types";
import type { TopOfMindSettings } from "../settings/plugin-settings";
import { fillTemplate } from "../ui/view-model";
import { TextPromptModal, type DueActions } from "./modals";
import type { IndexService } from "./index-service";
import { noticeWithUndo } from "./undo";
import { ensureNote, logContact, markAsShared, newPersonNote, WriteError, type WriteContext } from "./writes";

/**
 * What the panel, the modals and the code block can do. One place that knows how to
 * write, so every entry point behaves the same and reports errors as notices.
 */
export class Actions {
	constructor(
		readonly app: App,
		readonly service: IndexService,
		private readonly _settings: () => TopOfMindSettings,
		private readonly _saveSettings: () => Promise<void>,
		/** "Now" is injectable so tests and screenshots have a fixed day. */
		readonly today: () => IsoDate = () => todayIso(),
	) {}

	private _writeContext(): WriteContext {
		const core = this._settings().core;
		return { app: this.app, fields: core.fields, logHeading: core.logHeading };
	}

	notForThemSet(): Set<string> {
		return new Set(this._settings().notForThem);
	}

	/** What the follow-up list's buttons do, in the modal and in the code block alike. */
	dueActions(today: IsoDate): DueActions {
		return {
			open: (path) => void this.openNote(path, false),
			contacted: (path) => this.logContact(path, today, ""),
			markShared: (person, post) => this.markShared(person, post),
		};
	}

	/**
	 * Opens a note by its file, never by a link text made from its path: a link text reads `#`,
	 * `^` and `|` as heading, block and alias, and opening one that points nowhere creates an
	 * empty note. A note gone since it was listed is not created again; a notice says so.
	 */
	async openNote(path: string, newTab: boolean): Promise<void> {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		if (!file) {
			new Notice(`"${nameOf(path)}" no longer exists; it may have been renamed or deleted.`);
			return;
		}
		await this.app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
	}

	async markShared(personPath: string, postPath: string): Promise<boolean> {
		return this._attempt(async () => {
			const changes = await markAsShared(this._writeContext(), personPath, postPath, this.today());
			noticeWithUndo(this.app, `Marked as shared with ${nameOf(personPath)}.`, changes);
		});
	}

	async logContact(personPath: string, date: IsoDate, note: string): Promise<boolean> {
		return this._attempt(async () => {
			const changes = await logContact(this._writeContext(), personPath, date, this.today(), note);
			noticeWithUndo(this.app, `Logged contact with ${nameOf(personPath)}.`, changes);
		});
	}

	async notForThem(personPath: string, postPath: string): Promise<void> {
		const settings = this._settings();
		const key = pairKey(personPath, postPath);
		if (!settings.notForThem.includes(key)) settings.notForThem.push(key);
		await this._saveSettings();
		this.service.touch();
	}

	async copyMessage(personPath: string, postPath: string): Promise<void> {
		const index = this.service.index;
		const post = index?.post(postPath);
		const title = post?.title ?? nameOf(postPath);
		const message = fillTemplate(this._settings().messageTemplate, { name: nameOf(personPath), title, url: post?.url ?? null });
		try {
			await navigator.clipboard.writeText(message);
			new Notice("Message copied.");
		} catch {
			new Notice("Could not copy to the clipboard.");
		}
	}

	/** Asks for a name, then creates the person note. */
	promptNewPerson(): void {
		new TextPromptModal(this.app, "New person note", "Name", (name) => void this.createPerson(name)).open();
	}

	/** Creates a person note in the people folder and opens it. */
	async createPerson(name: string): Promise<void> {
		// No characters file names or links cannot hold, and no leading dot (Obsidian hides such files).
		const clean = name.trim().replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/^[.\s]+/, "");
		if (clean === "") {
			new Notice("A person note needs a name.");
			return;
		}
		const settings = this._settings();
		const folder = settings.peopleFolder.trim();
		const path = `${folder === "" ? "" : `${folder}/`}${clean}.md`;
		if (this.app.vault.getFileByPath(path)) {
			new Notice(`${clean} already has a note.`);
			await this.openNote(path, false);
			return;
		}
		await this._attempt(async () => {
			const core = settings.core;
			const file = await ensureNote(this.app, path, () =>
				Promise.resolve(newPersonNote(core.fields, core.person.typeValues[0] ?? "person", core.logHeading)),
			);
			await this.app.workspace.getLeaf(false).openFile(file);
		});
	}

	private async _attempt(work: () => Promise<void>): Promise<boolean> {
		try {
			await work();
			return true;
		} catch (error) {
			const message = error instanceof Error ? error.message : "Top of Mind could not change the note.";
			// A write that stopped part way still offers to undo what it did write.
			if (error instanceof WriteError) noticeWithUndo(this.app, message, error.changes);
			else new Notice(message);
			return false;
		}
	}
}

export function nameOf(path: string): string {
	const file = path.split("/").pop() ?? path;
	return file.replace(/\.md$/i, "");
}
