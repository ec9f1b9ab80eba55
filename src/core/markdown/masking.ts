import { FenceTracker } from "./fences";
import { blank, toLines } from "./lines";

/** Replaces inline code spans (`` `x` ``, ``` ``x`` ```) with spaces, keeping positions. */
export function maskInlineCode(line: string): string {
	if (!line.includes("`")) return line;
	let out = "";
	let i = 0;
	while (i < line.length) {
		const start = line.indexOf("`", i);
		if (start < 0) {
			out += line.slice(i);
			break;
		}
		out += line.slice(i, start);
		let runEnd = start;
		while (line[runEnd] === "`") runEnd++;
		const run = runEnd - start;
		// Find a closing run of exactly the same length.
		let search = runEnd;
		let close = -1;
		while (search < line.length) {
			const next = line.indexOf("`", search);
			if (next < 0) break;
			let nextEnd = next;
			while (line[nextEnd] === "`") nextEnd++;
			if (nextEnd - next === run) {
				close = nextEnd;
				break;
			}
			search = nextEnd;
		}
		if (close < 0) {
			out += line.slice(start, runEnd);
			i = runEnd;
		} else {
			out += blank(close - start);
			i = close;
		}
	}
	return out;
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

/**
 * The lines of `text` with everything Obsidian does not read for tags and links blanked
 * out: fenced code blocks (fence lines included), inline code and `%% comments %%`.
 * Line count and positions within lines are preserved.
 */
export function maskedLines(text: string): string[] {
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
