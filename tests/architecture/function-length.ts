/**
 * Long functions in a source file: any function, method or arrow whose body spans more than
 * `limit` lines and whose leading comment does not say why ("Long because …").
 */
import ts from "typescript";

export interface LongFunction {
	name: string;
	line: number;
	lines: number;
}

export function longFunctions(fileName: string, text: string, limit: number): LongFunction[] {
	const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
	const out: LongFunction[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
			const body = node.body as ts.Node;
			const start = source.getLineAndCharacterOfPosition(body.getStart(source)).line;
			const end = source.getLineAndCharacterOfPosition(body.getEnd()).line;
			const lines = end - start + 1;
			const comments = (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).map((range) => text.slice(range.pos, range.end));
			const explained = comments.some((comment) => /Long because/i.test(comment));
			if (lines > limit && !explained) {
				const name = "name" in node && node.name !== undefined ? (node.name as ts.Node).getText(source) : "(anonymous)";
				out.push({ name, line: start + 1, lines });
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return out;
}
