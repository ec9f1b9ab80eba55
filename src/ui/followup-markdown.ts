import { followupLine, NOBODY_DUE_LINE, type FollowupEntry } from "../core/edits/followup-section";
import type { FollowUp } from "../core/overview/followups";

/**
 * The follow-up checklist written into a daily note, one line per person in the grammar of
 * core/edits/followup-section.ts (the lines a re-run may replace). Every line is an
 * unchecked task, so the links in it never count as contact (only a checked task or plain
 * line does).
 */
export function followupEntries(items: readonly FollowUp[], link: (path: string) => string): FollowupEntry[] {
	return items.map((item) => {
		const post = item.suggestedPosts[0];
		const line = followupLine({ person: link(item.path), overdueDays: item.overdueDays, lastContact: item.lastContact, send: post ? link(post.path) : null });
		return { person: item.path, line };
	});
}

/** The checklist as Markdown text: the entries' lines, or the nobody-due line. */
export function followupsMarkdown(items: readonly FollowUp[], link: (path: string) => string): string {
	if (items.length === 0) return NOBODY_DUE_LINE;
	return followupEntries(items, link)
		.map((entry) => entry.line)
		.join("\n");
}
