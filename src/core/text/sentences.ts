/** A line cut into sentences after `.`, `!` or `?` and a space (the mark stays with its sentence). */
export function splitSentences(line: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (const match of line.matchAll(/[.!?]\s+/g)) {
		const end = match.index + 1;
		out.push(line.slice(start, end));
		start = end + match[0].length - 1;
	}
	out.push(line.slice(start));
	return out;
}
