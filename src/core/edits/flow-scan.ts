/**
 * Where a quoted scalar or a flow collection (`[a, b]`, `{a: 1}`) ends in a note's text, and
 * the items of a flow collection, over as many lines as it spans. Offsets into the whole
 * note; `limit` is where the frontmatter block ends. Comments (`#` after a space) are skipped.
 */

/** One item of a flow collection: `start`..`end` is its text without spaces or comments around it. */
export interface FlowItem {
	start: number;
	end: number;
}

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

/** The offset after the closing quote of the quoted scalar opened at `start`, or -1 when it never closes. */
export function quotedEnd(text: string, start: number, limit: number): number {
	const quote = text.charAt(start);
	for (let i = start + 1; i < limit; i++) {
		const c = text.charAt(i);
		if (quote === '"' && c === "\\") i++;
		else if (c === quote && quote === "'" && text.charAt(i + 1) === "'") i++;
		else if (c === quote) return i + 1;
	}
	return -1;
}

/** The end of the comment starting at `i`: the next line break, or `limit`. */
function commentEnd(text: string, i: number, limit: number): number {
	let j = i;
	while (j < limit && text.charAt(j) !== "\n" && text.charAt(j) !== "\r") j++;
	return j;
}

interface FlowState {
	depth: number;
	/** True where a quoted scalar may start: after `[`, `{`, `,` or a `:` that separates a pair. */
	tokenStart: boolean;
	current: FlowItem | null;
	items: FlowItem[];
}

function mark(state: FlowState, start: number, end: number): void {
	if (state.current === null) state.current = { start, end };
	else state.current.end = end;
}

function finishItem(state: FlowState): void {
	if (state.current !== null) state.items.push(state.current);
	state.current = null;
}

/** Steps over the character (or quoted scalar) at `i` inside the collection; returns the next offset, or -1 on an unclosed quote. */
function step(text: string, i: number, limit: number, state: FlowState): number {
	const c = text.charAt(i);
	if ((c === '"' || c === "'") && state.tokenStart) {
		const end = quotedEnd(text, i, limit);
		if (end >= 0) mark(state, i, end);
		state.tokenStart = false;
		return end;
	}
	if (c === "[" || c === "{") {
		if (state.depth > 0) mark(state, i, i + 1);
		state.depth++;
		state.tokenStart = true;
	} else if (c === "]" || c === "}") {
		state.depth--;
		if (state.depth > 0) mark(state, i, i + 1);
		else finishItem(state);
		state.tokenStart = false;
	} else if (c === "," && state.depth === 1) {
		finishItem(state);
		state.tokenStart = true;
	} else {
		mark(state, i, i + 1);
		state.tokenStart = c === "," || (c === ":" && (isSpace(text.charAt(i + 1)) || /[,[\]{}]/.test(text.charAt(i + 1))));
	}
	return i + 1;
}

/**
 * The flow collection opened by the `[` or `{` at `start`: the offset after its closing bracket
 * and its top-level items, or null when it is not closed before `limit`.
 */
export function scanFlow(text: string, start: number, limit: number): { end: number; items: FlowItem[] } | null {
	const state: FlowState = { depth: 0, tokenStart: true, current: null, items: [] };
	let afterSpace = true;
	let i = start;
	while (i < limit && i >= 0) {
		const c = text.charAt(i);
		if (isSpace(c)) {
			afterSpace = true;
			i++;
			continue;
		}
		if (c === "#" && afterSpace) {
			i = commentEnd(text, i, limit);
			continue;
		}
		afterSpace = false;
		i = step(text, i, limit, state);
		if (state.depth === 0 && i > start) return { end: i, items: state.items };
	}
	return null;
}

/** Where the quoted scalar or flow collection starting at `start` ends; -1 when none starts there or it never closes. */
export function spanEnd(text: string, start: number, limit: number): number {
	const c = text.charAt(start);
	if (c === '"' || c === "'") return quotedEnd(text, start, limit);
	if (c === "[" || c === "{") return scanFlow(text, start, limit)?.end ?? -1;
	return -1;
}
