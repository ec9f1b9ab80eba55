import { normalizePath, Notice, type App } from "obsidian";
import { cleanNoteName, folderRefusal } from "../core/edits/note-paths";
import { findSamePerson, type KnownPerson } from "../core/links/names";
import { normalizeFolder } from "../core/model/paths";
import { todayIso } from "../core/values/dates";
import { pairKey } from "../core/match/posts-for";
import type { IsoDate } from "../core/model/types";
import type { TopOfMindSettings } from "../settings/plugin-settings";
import { fillTemplate } from "../ui/view-model";
import { SnoozeModal, TextPromptModal, type DueActions } from "./modals";
import { ReplyModal, type ReplyChoice } from "./reply-modal";
import type { IndexService } from "./index-service";
import { noticeWithUndo } from "./undo";
import { ensureNote, logContact, logReply, markAsShared, newPersonNote, snoozePerson, WriteError, type WriteContext } from "./writes";

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
			snooze: (path, done) => this.promptSnooze(path, done),
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

	/** Logs that a person replied to a post shared with them, on `date`: the log line only. */
	async logReply(personPath: string, postPath: string, date: IsoDate): Promise<boolean> {
		return this._attempt(async () => {
			const changes = await logReply(this._writeContext(), personPath, postPath, date);
			noticeWithUndo(this.app, `Logged a reply from ${nameOf(personPath)}.`, changes);
		});
	}

	/** Asks which of `posts` they replied to (when there are several) and on which day, then logs it. */
	promptReply(personPath: string, posts: readonly ReplyChoice[]): void {
		if (posts.length === 0) {
			new Notice(`Nothing has been shared with ${nameOf(personPath)} yet.`);
			return;
		}
		new ReplyModal(this.app, nameOf(personPath), posts, this.today(), (post, date) => void this.logReply(personPath, post, date)).open();
	}

	async logContact(personPath: string, date: IsoDate, note: string): Promise<boolean> {
		return this._attempt(async () => {
			const changes = await logContact(this._writeContext(), personPath, date, this.today(), note);
			noticeWithUndo(this.app, `Logged contact with ${nameOf(personPath)}.`, changes);
		});
	}

	async snooze(personPath: string, until: IsoDate): Promise<boolean> {
		return this._attempt(async () => {
			const changes = await snoozePerson(this._writeContext(), personPath, until);
			noticeWithUndo(this.app, `Snoozed ${nameOf(personPath)} until ${until}.`, changes);
		});
	}

	/** Asks until when, then snoozes. */
	promptSnooze(personPath: string, onDone: (ok: boolean) => void = () => {}): void {
		new SnoozeModal(this.app, nameOf(personPath), this.today(), (until) => void this.snooze(personPath, until).then(onDone)).open();
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

	/**
	 * Creates a person note in the first person folder (the vault root when there is none),
	 * written as created today, and opens it. The name is cleaned into a valid
	 * note name; someone already known by it (see `samePersonKey`) is opened instead, so
	 * "ana diaz" never becomes a second note beside "Ana Diaz".
	 */
	async createPerson(name: string): Promise<void> {
		const clean = cleanNoteName(name);
		if (clean === "") {
			new Notice("A person note needs a name.");
			return;
		}
		const settings = this._settings();
		const folder = (settings.core.person.folders[0] ?? "").trim();
		const refusal = folderRefusal(folder);
		if (refusal !== null) {
			new Notice(`Could not create the person note: the people folder "${folder}" ${refusal}; change the first of "Person folders" in Top of Mind's settings.`);
			return;
		}
		const base = normalizeFolder(folder);
		const existing = this._samePerson(clean, base);
		if (existing) {
			new Notice(existing.name === clean ? `${clean} already has a note.` : `${existing.name} already has a note ("${clean}" is the same person).`);
			await this.openNote(existing.path, false);
			return;
		}
		await this._attempt(async () => {
			const core = settings.core;
			const file = await ensureNote(this.app, `${base === "" ? "" : `${base}/`}${clean}.md`, () =>
				Promise.resolve(newPersonNote(core.fields, core.person.typeValues[0] ?? "person", core.logHeading, this.today())),
			);
			await this.app.workspace.getLeaf(false).openFile(file);
		});
	}

	/**
	 * Who `name` already is: a person the index knows by that name or an alias, or a note of the
	 * same name in the people folder (a person the index has not read yet, or a note that a
	 * case-insensitive disk would take for the new one).
	 */
	private _samePerson(name: string, folder: string): KnownPerson | null {
		const inFolder = this.app.vault
			.getMarkdownFiles()
			.filter((file) => file.path.slice(0, Math.max(0, file.path.lastIndexOf("/"))) === folder)
			.map((file) => ({ path: file.path, name: file.basename, aliases: [] }));
		return findSamePerson(name, inFolder) ?? findSamePerson(name, this.service.index?.allPeople() ?? []);
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
