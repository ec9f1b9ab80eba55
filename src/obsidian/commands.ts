import { MarkdownView, Notice, type Plugin, type TFile } from "obsidian";
import { statusOf } from "../core/index/contact-status";
import { dailyNotePath } from "../core/contact/daily-notes";
import { followupList, type FollowUpList } from "../core/overview/followups";
import type { IsoDate } from "../core/model/types";
import type { NetworkIndex } from "../core/index/network-index";
import { whoCares } from "../core/match/who-cares";
import type { TopOfMindSettings } from "../settings/plugin-settings";
import { followupEntries } from "../ui/followup-markdown";
import { lastContactText, sharedPosts } from "../ui/view-model";
import type { Actions } from "./actions";
import { ImportModal } from "./import-modal";
import { ReportModal } from "./report-block";
import { dailyNoteRefusal, formatDaily, obsidianMoment, readDailyNotesConfig, type DailyNotesSettings } from "./daily-notes-config";
import { DueModal, LogContactModal, PersonSuggestModal, type PersonChoice } from "./modals";
import { readRecord } from "./record-source";
import { ensureNote, writeFollowups } from "./writes";

/** Command ids are stable: users bind hotkeys to them. None has a default hotkey. */
export const COMMAND_IDS = {
	openPanel: "open-panel",
	shareNote: "share-note-with",
	logContact: "log-contact",
	logReply: "log-reply",
	insertFollowups: "insert-follow-ups",
	newPerson: "new-person-note",
	peopleDue: "people-due",
	rebuildIndex: "rebuild-index",
	clearIndexCache: "clear-index-cache",
	openReport: "open-networking-report",
	importContacts: "import-contacts",
} as const;

export interface CommandHost {
	plugin: Plugin;
	actions: Actions;
	settings: () => TopOfMindSettings;
	openPanel: () => Promise<void>;
}

function readyIndex(actions: Actions): NetworkIndex | null {
	const index = actions.service.state === "ready" ? actions.service.index : null;
	if (!index) new Notice("Still indexing your people and posts; try again in a moment.");
	return index;
}

/** Everyone not archived, for the log-contact picker: most overdue first, then by name. */
export function peopleByDueness(index: NetworkIndex, today: string): PersonChoice[] {
	return index
		.allPeople()
		.filter((person) => !person.archived)
		.map((person) => ({ person, status: statusOf(index, person, today) }))
		.sort((a, b) => Number(b.status.due) - Number(a.status.due) || b.status.overdueDays - a.status.overdueDays || a.person.name.localeCompare(b.person.name))
		.map(({ person, status }) => ({ path: person.path, name: person.name, detail: lastContactText(status.lastContact, today) }));
}

/** The people due, for the modal and the daily note: twice the panel's limit. */
function dueFollowups(host: CommandHost, index: NetworkIndex, today: IsoDate): FollowUpList {
	return followupList(index, today, { limit: host.settings().resultLimit * 2, notForThem: host.actions.notForThemSet() });
}

export function registerCommands(host: CommandHost): void {
	const { plugin, actions } = host;
	const app = plugin.app;
	const command = (id: string, name: string, callback: () => void): void => {
		plugin.addCommand({ id, name, callback });
	};
	/** A command that needs the index; while indexing it says so and does nothing. */
	const indexCommand = (id: string, name: string, run: (index: NetworkIndex, today: IsoDate) => void): void =>
		command(id, name, () => {
			const index = readyIndex(actions);
			if (index) run(index, actions.today());
		});

	command(COMMAND_IDS.openPanel, "Open who cares panel", () => void host.openPanel());

	plugin.addCommand({
		id: COMMAND_IDS.shareNote,
		name: "Share this note with…",
		checkCallback: (checking) => {
			const file = app.workspace.getActiveViewOfType(MarkdownView)?.file ?? null;
			if (!file) return false;
			if (checking) return true;
			void shareNote(host, file);
			return true;
		},
	});

	indexCommand(COMMAND_IDS.logContact, "Log contact with…", (index, today) => {
		new PersonSuggestModal(app, peopleByDueness(index, today), "Who did you talk to?", (choice) => {
			new LogContactModal(app, choice.name, today, (date, note) => void actions.logContact(choice.path, date, note)).open();
		}).open();
	});

	indexCommand(COMMAND_IDS.logReply, "Log reply from…", (index, today) => {
		// Only people something was shared with can have replied.
		const choices = peopleByDueness(index, today).filter((choice) => index.sentPosts(choice.path).size > 0);
		if (choices.length === 0) {
			new Notice("Nothing has been shared with anyone yet: mark a post as shared first.");
			return;
		}
		new PersonSuggestModal(app, choices, "Who replied?", (choice) => {
			const person = index.person(choice.path);
			if (person) actions.promptReply(choice.path, sharedPosts(index, person));
		}).open();
	});

	command(COMMAND_IDS.insertFollowups, "Insert follow-ups into today's daily note", () => void insertFollowups(host));

	command(COMMAND_IDS.newPerson, "New person note", () => actions.promptNewPerson());

	indexCommand(COMMAND_IDS.openReport, "Open networking report", () => new ReportModal(app, actions).open());

	indexCommand(COMMAND_IDS.importContacts, "Import contacts…", () => {
		new ImportModal(app, { service: actions.service, settings: host.settings, today: () => actions.today() }).open();
	});

	indexCommand(COMMAND_IDS.peopleDue, "People due for follow-up", (index, today) => {
		new DueModal(app, dueFollowups(host, index, today), today, actions.dueActions(today)).open();
	});

	command(COMMAND_IDS.rebuildIndex, "Rebuild index", () => {
		void actions.service.rebuild().then(() => {
			const index = actions.service.index;
			new Notice(`Index rebuilt: ${index?.allPeople().length ?? 0} people, ${index?.allPosts().length ?? 0} posts.`);
		});
	});

	command(COMMAND_IDS.clearIndexCache, "Clear this device's index cache", () => {
		void actions.service.clearCache().then((cleared) => {
			const index = actions.service.index;
			const counts = `${index?.allPeople().length ?? 0} people, ${index?.allPosts().length ?? 0} posts`;
			new Notice(cleared ? `Index cache cleared on this device; index rebuilt: ${counts}.` : `Could not clear this device's index cache; index rebuilt: ${counts}.`);
		});
	});
}

async function shareNote(host: CommandHost, file: TFile): Promise<void> {
	const { actions } = host;
	const index = readyIndex(actions);
	if (!index) return;
	const app = host.plugin.app;
	const record = await readRecord(app, file, host.settings().maxNoteBytes);
	const result = whoCares(index, record, actions.today(), { limit: index.allPeople().length });
	const ranked = new Set(result.people.map((m) => m.path));
	const shared = new Set(result.alreadyShared.map((m) => m.path));
	// Everyone can be picked; the most relevant come first with their reasons.
	const choices: PersonChoice[] = [
		...result.people.map((m) => ({ path: m.path, name: m.name, detail: m.reasons[0] ?? "" })),
		...index
			.allPeople()
			.filter((p) => !p.archived && !ranked.has(p.path) && !shared.has(p.path) && p.path !== file.path)
			.map((p) => ({ path: p.path, name: p.name, detail: "" })),
	];
	new PersonSuggestModal(app, choices, `Share "${result.title}" with…`, (choice) => void actions.markShared(choice.path, file.path)).open();
}

/**
 * Writes the follow-up checklist under its heading in today's daily note, creating the note
 * if needed. A re-run replaces only the plugin's own lines there (see writeFollowups).
 */
export async function insertFollowups(host: CommandHost): Promise<void> {
	const { actions } = host;
	const index = readyIndex(actions);
	if (!index) return;
	const app = host.plugin.app;
	const settings = host.settings();
	const today = actions.today();
	try {
		// Read now, not from the last rebuild: the user may have just changed the Daily notes settings.
		const daily = await readDailyNotesConfig(app, settings);
		const path = dailyNotePath(today, daily, formatDaily);
		const refusal = dailyNoteRefusal(daily, path);
		if (refusal !== null) {
			new Notice(`Could not write follow-ups: ${refusal}`);
			return;
		}
		const file = await ensureNote(app, path, async () => dailyTemplate(host, daily, today));
		const items = dueFollowups(host, index, today).due;
		const entries = followupEntries(items, (target) => {
			const dest = app.vault.getFileByPath(target);
			return dest ? app.fileManager.generateMarkdownLink(dest, file.path) : `[[${target.replace(/\.md$/, "")}]]`;
		});
		await writeFollowups(app, file, settings.followUpHeading, entries);
		new Notice(items.length === 0 ? "No one is due today; the daily note says so." : `Added ${items.length} follow-ups to ${file.basename}.`);
	} catch (error) {
		new Notice(error instanceof Error ? `Could not write follow-ups: ${error.message}` : "Could not write follow-ups.");
	}
}

/** The Daily notes template, with its {{date}}, {{title}} and {{time}} filled in as Obsidian does. */
async function dailyTemplate(host: CommandHost, daily: DailyNotesSettings, today: string): Promise<string> {
	const { template: templatePath, format } = daily;
	if (templatePath === "") return "";
	const app = host.plugin.app;
	const path = templatePath.endsWith(".md") ? templatePath : `${templatePath}.md`;
	const file = app.vault.getFileByPath(path);
	if (!file) return "";
	const text = await app.vault.read(file);
	const day = obsidianMoment(today, "YYYY-MM-DD", true);
	return text
		.replace(/\{\{\s*date\s*(?::([^}]*))?\}\}/gi, (_m, f: string | undefined) => day.format(f?.trim() || format))
		.replace(/\{\{\s*title\s*\}\}/gi, day.format(format))
		.replace(/\{\{\s*time\s*(?::([^}]*))?\}\}/gi, (_m, f: string | undefined) => obsidianMoment(new Date().toTimeString().slice(0, 5), "HH:mm", false).format(f?.trim() || "HH:mm"));
}
