// The demo vault, generated from demo/vault/ with its dates moved to a chosen "today".
//
// demo/vault/ is written around the day 2026-11-26 (DEMO_BASE_DAY): daily notes up to it,
// last contacts, log lines, publication and snooze dates before and after it. Generating the
// vault for another day moves every date, in file names and in text, by the same number of
// days, so "last contact 3 weeks ago" and who is due read the same whenever the demo runs.
// Screenshots and tests generate it for the base day itself, so what they show never changes.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const DEMO_BASE_DAY = "2026-11-26";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const DEMO_TEMPLATE = join(root, "demo", "vault");

const DAY_MS = 86_400_000;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

function dayNumber(iso) {
	const [y, m, d] = iso.split("-").map(Number);
	return Date.UTC(y, m - 1, d) / DAY_MS;
}

function isoOf(day) {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Every real calendar day written `YYYY-MM-DD` in `text`, moved by `days`. */
export function shiftDates(text, days) {
	if (days === 0) return text;
	return text.replace(ISO_DAY, (whole, y, m, d) => {
		const day = Date.UTC(Number(y), Number(m) - 1, Number(d));
		// Not a real day (2026-02-30): left as written.
		if (new Date(day).toISOString().slice(0, 10) !== whole) return whole;
		return isoOf(day / DAY_MS + days);
	});
}

/** Today on this machine, as the plugin sees it: the local calendar day. */
export function localToday(now = new Date()) {
	const pad = (n) => String(n).padStart(2, "0");
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The files of the demo vault for `today` as `{path: text}` (vault-relative paths). */
export function demoFiles(today = DEMO_BASE_DAY) {
	const days = dayNumber(today) - dayNumber(DEMO_BASE_DAY);
	const files = {};
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[shiftDates(relative(DEMO_TEMPLATE, path).split(sep).join("/"), days)] = shiftDates(readFileSync(path, "utf8"), days);
		}
	};
	walk(DEMO_TEMPLATE);
	return files;
}

/**
 * Writes the demo vault for `today` into `dir`: every note and setting is written anew (notes
 * from an earlier run are removed); Obsidian's own state there (workspace, the installed
 * plugin's files) is kept.
 */
export function writeDemoVault(dir, today = DEMO_BASE_DAY) {
	if (existsSync(dir)) {
		for (const name of readdirSync(dir)) {
			if (name === ".obsidian") continue;
			rmSync(join(dir, name), { recursive: true, force: true });
		}
	}
	for (const [path, text] of Object.entries(demoFiles(today))) {
		const file = join(dir, ...path.split("/"));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
}

/** For tools that want a copy of the template as it is (base day). */
export function copyTemplate(dir) {
	cpSync(DEMO_TEMPLATE, dir, { recursive: true });
}
