/**
 * Daily notes: which notes are the daily note of which day, and where today's goes.
 *
 * Daily note names use moment.js format tokens (`YYYY-MM-DD`, `dddd, MMMM Do YYYY`,
 * `YYYY/MM/YYYY-MM-DD`), never date-fns tokens. The core does not bundle moment: the
 * plugin hands in the `moment` that `obsidian` exports, the command line the `moment`
 * package, so both name and recognise the same files.
 *
 * Which notes count, like Obsidian's daily notes:
 * - the note must be a `.md` file inside the daily notes folder, at any depth; an empty
 *   folder means the vault root, so any note in the vault may be a daily note;
 * - its path relative to the folder, without `.md`, must parse strictly with the format
 *   (this is how formats with folders in them, `YYYY/MM/YYYY-MM-DD`, are matched);
 * - failing that, its file name must parse strictly with the format's last segment, when
 *   that segment names a full date (has year, month and day tokens): Obsidian finds a
 *   `2026-11-05.md` filed in a subfolder, and so does this. A last segment like `DD`
 *   alone is not a date, so `2026/11/05.md` only counts through the full format.
 * An empty format means `YYYY-MM-DD`, as in Obsidian.
 */
import { isInFolder, normalizeFolder } from "../model/paths";
import { isIsoDate } from "../values/dates";
import type { DailyNoteDateParser, DailyNotesConfig } from "../model/config";
import type { IsoDate } from "../model/types";

/** The parts of moment this file uses: `moment(input, format, strict)`. */
export type MomentLike = (
	input: string,
	format: string,
	strict: boolean,
) => { isValid(): boolean; format(f: string): string };

export const DEFAULT_DAILY_FORMAT = "YYYY-MM-DD";

function effectiveFormat(format: string): string {
	const f = format.trim();
	return f === "" ? DEFAULT_DAILY_FORMAT : f;
}

/** True when a moment format, outside `[literal]` parts, has year, month and day tokens. */
export function formatNamesFullDate(format: string): boolean {
	const tokens = format.replace(/\[[^\]]*\]/g, "");
	const hasYear = /Y/.test(tokens);
	if (/DDD/.test(tokens)) return hasYear; // day of year
	return hasYear && /M/.test(tokens) && /D/.test(tokens);
}

function lastSegment(s: string): string {
	const parts = s.split("/");
	return parts[parts.length - 1] ?? s;
}

/**
 * A parser for daily note names in the given moment format. It takes a file name
 * (`2026-11-05`) or a path relative to the daily notes folder without `.md`
 * (`2026/11/2026-11-05`) and returns the day as `YYYY-MM-DD`, or null. Parsing is strict.
 */
export function makeDailyNoteParser(moment: MomentLike, format: string): DailyNoteDateParser {
	const full = effectiveFormat(format);
	const lastFormat = lastSegment(full);
	const lastIsDate = formatNamesFullDate(lastFormat);
	// A year (Y) or a day (D) is always written in digits (a locale's own digits included,
	// hence \p{Nd}): a name without one cannot match, and most notes at the vault root, where daily notes often live, have
	// none. Skipping moment for them saves a strict parse per note on every load.
	const needsDigit = (fmt: string): boolean => /[YD]/.test(fmt.replace(/\[[^\]]*\]/g, ""));
	const digitFormats = new Set([full, lastFormat].filter(needsDigit));
	const tryParse = (input: string, fmt: string): IsoDate | null => {
		if (input === "") return null;
		if (digitFormats.has(fmt) && !/\p{Nd}/u.test(input)) return null;
		const m = moment(input, fmt, true);
		if (!m.isValid()) return null;
		const iso = m.format("YYYY-MM-DD");
		return isIsoDate(iso) ? iso : null;
	};
	return (name: string): string | null => {
		const whole = tryParse(name, full);
		if (whole !== null) return whole;
		// The file name alone, with the format's last segment (notes filed in subfolders).
		if (!lastIsDate || (lastFormat === full && !name.includes("/"))) return null;
		return tryParse(lastSegment(name), lastFormat);
	};
}

/**
 * The day a note is the daily note of, or null when it is not a daily note. See the file
 * comment for which notes count. `parse` comes from {@link makeDailyNoteParser}.
 */
export function dailyNoteDate(path: string, daily: DailyNotesConfig, parse: DailyNoteDateParser): IsoDate | null {
	if (!/\.md$/i.test(path)) return null;
	const folder = normalizeFolder(daily.folder);
	if (!isInFolder(path, folder)) return null;
	const relative = (folder === "" ? path : path.slice(folder.length + 1)).slice(0, -".md".length);
	return parse(relative);
}

/** Formats a day with a moment format: built on the same `moment` as the parser. */
export type DailyNoteFormatter = (date: IsoDate, format: string) => string;

/** A formatter for {@link dailyNotePath} from a moment function. */
export function makeDailyNoteFormatter(moment: MomentLike): DailyNoteFormatter {
	return (date, format) => moment(date, "YYYY-MM-DD", true).format(effectiveFormat(format));
}

/** Vault path of the daily note for `date` (e.g. `Daily/2026-11-05.md`), folders included. */
export function dailyNotePath(date: IsoDate, daily: DailyNotesConfig, formatFn: DailyNoteFormatter): string {
	const folder = normalizeFolder(daily.folder);
	const name = formatFn(date, effectiveFormat(daily.format)).replace(/^\/+/, "");
	return (folder === "" ? name : `${folder}/${name}`) + ".md";
}
