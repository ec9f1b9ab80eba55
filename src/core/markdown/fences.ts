/**
 * Fenced code blocks, read line by line the way Obsidian renders them. Fences may be
 * indented (inside list items) or quoted (`> ````).
 */
const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$/;

/**
 * Tracks fenced code blocks line by line: `inFence` is true for the fence lines
 * themselves and everything between them.
 */
export class FenceTracker {
	private _fence: string | null = null;
	/** What stands before the open fence's marker: indentation, `>` of a quote. */
	private _prefix = "";

	/** A line that closes the fence the lines fed so far leave open; null when none is open. */
	get closingLine(): string | null {
		return this._fence === null ? null : this._prefix + this._fence;
	}

	/** True while a fence the lines fed so far opened is still open. */
	get open(): boolean {
		return this._fence !== null;
	}

	/** Feeds the next line; returns true when that line is code (or a fence). */
	inFence(line: string): boolean {
		if (this._fence === null) {
			const m = FENCE_OPEN.exec(line);
			if (m) {
				const marker = m[1] ?? "```";
				// A backtick fence's info string may not contain backticks.
				if (marker.startsWith("`") && line.slice(m.index + m[0].length).includes("`")) return false;
				this._fence = marker;
				this._prefix = m[0].slice(0, m[0].length - marker.length);
				return true;
			}
			return false;
		}
		const close = FENCE_CLOSE.exec(line)?.[1];
		if (close !== undefined && close.charAt(0) === this._fence.charAt(0) && close.length >= this._fence.length) {
			this._fence = null;
		}
		return true;
	}
}
