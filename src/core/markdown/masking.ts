import { FenceTracker } from "./fences";
import { blank, toLines } from "./lines";

/** The backtick runs of a line: where each starts and how long it is. */
function backtickRuns(line: string): { starts: number[]; lengths: number[] } {
	const starts: number[] = [];
	const lengths: number[] = [];
	for (let at = line.indexOf("`"); at >= 0; ) {
		let end = at;
		while (line.charCodeAt(end) === 96) end++;
		starts.push(at);
		lengths.push(end - at);
		at = line.indexOf("`", end);
	}
	return { starts, lengths };
}

/**
 * Replaces inline code spans (`` `x` ``, ``` ``x`` ```) with spaces, keeping positions. A span
 * opened by a run of backticks closes at the next run of the same length. Each length's runs
 * are listed once and walked with one cursor, so a line of many runs that never close costs
 * one pass, not a search to the end of the line per run.
 */
export function maskInlineCode(line: string): string {
	if (!line.includes("`")) return line;
	const { starts, lengths } = backtickRuns(line);
	const runsOfLength = new Map<number, number[]>();
	lengths.forEach((length, run) => {
		const list = runsOfLength.get(length);
		if (list) list.push(run);
		else runsOfLength.set(length, [run]);
	});
	const cursor = new Map<number, number>();
	let out = "";
	let copied = 0;
	for (let run = 0; run < starts.length; run++) {
		const length = lengths[run] as number;
		const list = runsOfLength.get(length) as number[];
		let next = cursor.get(length) ?? 0;
		while (next < list.length && (list[next] as number) <= run) next++;
		cursor.set(length, next);
		if (next >= list.length) continue;
		const close = list[next] as number;
		const from = starts[run] as number;
		const to = (starts[close] as number) + length;
		out += line.slice(copied, from) + blank(to - from);
		copied = to;
		run = close;
	}
	return out + line.slice(copied);
}

/**
 * `%% comments %%` of one line blanked, given whether a comment is already open when the
 * line starts (comments may span lines); returns the line and whether one is open after it.
 */
function maskComments(line: string, open: boolean): { line: string; open: boolean } {
	let inComment = open;
	let result = "";
	let pos = 0;
	while (pos <= line.length) {
		const found = line.indexOf("%%", pos);
		if (inComment) {
			const end = found < 0 ? line.length : found + 2;
			result += blank(end - pos);
			pos = end;
			if (found < 0) break;
			inComment = false;
		} else {
			if (found < 0) {
				result += line.slice(pos);
				break;
			}
			result += line.slice(pos, found) + "  ";
			pos = found + 2;
			inComment = true;
		}
	}
	return { line: result, open: inComment };
}

/** The text maskedLines read last, and its lines: a record's tags, links and headings each read the same body. */
let last: { text: string; lines: readonly string[] } | null = null;

/**
 * The lines of `text` with everything Obsidian does not read for tags and links blanked
 * out: fenced code blocks (fence lines included), inline code and `%% comments %%`.
 * Line count and positions within lines are preserved. The list is shared with the next
 * caller asking about the same text: read it, never change it.
 */
export function maskedLines(text: string): readonly string[] {
	if (last !== null && last.text === text) return last.lines;
	const lines = Object.freeze(masked(text));
	last = { text, lines };
	return lines;
}

function masked(text: string): string[] {
	const out: string[] = [];
	const fences = new FenceTracker();
	let inComment = false;
	for (const line of toLines(text)) {
		// A fence opens only outside a comment; once open, only its closing line matters.
		if ((fences.open || !inComment) && fences.inFence(line)) {
			out.push(blank(line.length));
			continue;
		}
		const masked = maskComments(maskInlineCode(line), inComment);
		inComment = masked.open;
		out.push(masked.line);
	}
	return out;
}
