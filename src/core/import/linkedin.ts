/**
 * LinkedIn's `Connections.csv` (Settings → Data privacy → Get a copy of your data →
 * Connections) read into contacts. The export opens with a few "Notes:" lines of free text and
 * a blank line before the header, so the header line is found first and papaparse reads from
 * there; reading the whole file as CSV would take the notes for rows.
 */
import Papa from "papaparse";
import { isoFromParts, isIsoDate } from "../values/dates";
import { ImportFormatError, type ImportContact, type ImportItems, type ImportSkip } from "./types";

export const LINKEDIN_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"] as const;

const NOT_LINKEDIN = `This is not a LinkedIn Connections.csv: no header ${LINKEDIN_HEADER.join(",")} was found.`;

/** Where the header line starts, and the delimiter it is written with; null when there is none. */
function findHeader(text: string): { start: number; delimiter: string } | null {
	const pattern = /^[^\r\n]*/gm;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text)) !== null) {
		const line = match[0].replace(/^\uFEFF/, "").replace(/"/g, "").trim();
		const head = /^First Name\s*([,;\t])\s*Last Name/i.exec(line);
		if (head) return { start: match.index, delimiter: head[1] as string };
		// An empty match does not move the pattern on by itself.
		if (match[0] === "") pattern.lastIndex++;
		if (pattern.lastIndex >= text.length) break;
	}
	return null;
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

/**
 * "12 Nov 2024" (LinkedIn's way), also "12 November 2024", "Nov 12, 2024" and 2024-11-12, as
 * an ISO date; null when it is none of these or no real day.
 */
export function linkedInDate(raw: string): string | null {
	const s = raw.trim();
	if (isIsoDate(s)) return s;
	const dayFirst = /^(\d{1,2})[\s-]+([A-Za-z]{3,})\.?[\s-]+(\d{4})$/.exec(s);
	const monthFirst = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
	const [day, monthName, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
	if (day === undefined || monthName === undefined || year === undefined) return null;
	const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
	if (month === 0 || (monthName.length > 3 && !MONTH_NAMES[month - 1]?.startsWith(monthName.toLowerCase()))) return null;
	const iso = isoFromParts(Number(year), month, Number(day));
	return isIsoDate(iso) ? iso : null;
}

const cell = (row: Record<string, string | undefined>, key: string): string => (row[key] ?? "").trim();
const orNull = (s: string): string | null => (s === "" ? null : s);

/** One data row as a contact, or why it is skipped; a bad date is a skip beside the contact. */
function rowContact(row: Record<string, string | undefined>, item: number, skipped: ImportSkip[]): ImportContact | null {
	const name = `${cell(row, "First Name")} ${cell(row, "Last Name")}`.replace(/\s+/g, " ").trim();
	if (name === "") {
		skipped.push({ item, reason: "The row has no first or last name (LinkedIn leaves them out for some closed accounts)." });
		return null;
	}
	const rawDate = cell(row, "Connected On");
	const connected = rawDate === "" ? null : linkedInDate(rawDate);
	if (rawDate !== "" && connected === null) skipped.push({ item, reason: `${name} is imported without a connected date: "${rawDate}" is not a date like 12 Nov 2024.` });
	const email = cell(row, "Email Address").replace(/^mailto:/i, "").toLowerCase();
	return {
		item,
		name,
		emails: email === "" ? [] : [email],
		company: orNull(cell(row, "Company")),
		role: orNull(cell(row, "Position")),
		url: orNull(cell(row, "URL")),
		tags: [],
		note: null,
		connected,
	};
}

/**
 * The contacts of a LinkedIn Connections.csv. Throws ImportFormatError for an empty file or
 * a CSV of another shape; a row that cannot be read is a skip with its number (1-based, the
 * rows after the header).
 */
export function parseLinkedIn(text: string): ImportItems & { source: "linkedin" } {
	if (text.replace(/^\uFEFF/, "").trim() === "") throw new ImportFormatError("The file is empty: a LinkedIn Connections.csv starts with a header First Name,Last Name,….");
	const header = findHeader(text);
	if (header === null) throw new ImportFormatError(NOT_LINKEDIN);
	const parsed = Papa.parse<Record<string, string | undefined>>(text.slice(header.start).replace(/^\uFEFF/, ""), {
		header: true,
		delimiter: header.delimiter,
		skipEmptyLines: "greedy",
		transformHeader: (name) => name.trim(),
	});
	const contacts: ImportContact[] = [];
	const skipped: ImportSkip[] = [];
	parsed.data.forEach((row, index) => {
		const contact = rowContact(row, index + 1, skipped);
		if (contact) contacts.push(contact);
	});
	// Papaparse reports a row with too few or too many fields; the row is still read by its header names.
	for (const error of parsed.errors) {
		if (error.code === "MissingQuotes" && error.row !== undefined) skipped.push({ item: error.row + 1, reason: "A quote is never closed in this row, so it and the rows after it may be cut." });
	}
	return { source: "linkedin", contacts, skipped };
}
