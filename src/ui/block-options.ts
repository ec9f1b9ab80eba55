/**
 * Options of the `top-of-mind` code block, one `key: value` per line:
 * ```
 * limit: 5
 * posts: 2
 * ```
 * Unknown keys and bad values are reported as readable errors, never thrown.
 */
export interface BlockOptions {
	limit: number;
	posts: number;
}

export const DEFAULT_BLOCK_OPTIONS: BlockOptions = { limit: 10, posts: 1 };

export function parseBlockOptions(source: string): { options: BlockOptions; errors: string[] } {
	const options = { ...DEFAULT_BLOCK_OPTIONS };
	const errors: string[] = [];
	source.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (line === "" || line.startsWith("#")) return;
		const fail = (message: string): void => {
			errors.push(`Line ${i + 1}: ${message}`);
		};
		const match = /^([A-Za-z_-]+)\s*:\s*(.*)$/.exec(line);
		if (!match) {
			fail(`"${line}" is not an option; write "limit: 5".`);
			return;
		}
		const key = (match[1] ?? "").toLowerCase();
		const value = (match[2] ?? "").trim();
		if (key !== "limit" && key !== "posts") {
			fail(`unknown option "${key}"; known options are limit and posts.`);
			return;
		}
		const n = Number(value);
		const max = key === "limit" ? 100 : 5;
		const min = key === "limit" ? 1 : 0;
		if (!/^\d+$/.test(value) || n < min || n > max) {
			fail(`${key} must be a whole number from ${min} to ${max}, not "${value}".`);
			return;
		}
		options[key] = n;
	});
	return { options, errors };
}
