import type { FollowUp } from "../core/overview/followups";

/**
 * The follow-up checklist written into a daily note. Every line is an unchecked task, so
 * the links in it never count as contact (only a checked task or plain line does).
 */
export function followupsMarkdown(items: FollowUp[], link: (path: string) => string): string {
	if (items.length === 0) return "_No one is due for a follow-up today._";
	return items
		.map((item) => {
			const when = item.lastContact === null ? "never contacted" : `last contact ${item.lastContact}`;
			const due = item.overdueDays > 0 ? `overdue ${item.overdueDays} ${item.overdueDays === 1 ? "day" : "days"}` : "due today";
			const post = item.suggestedPosts[0];
			const send = post ? ` · send ${link(post.path)}` : "";
			return `- [ ] ${link(item.path)} — ${due} (${when})${send}`;
		})
		.join("\n");
}
