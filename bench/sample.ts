/** Seeded samples and per-item timings for the real-vault bench (pure: tested in tests/bench/). */
import { mulberry32 } from "../tests/builders/random";
import { quantile } from "./stats";

/** Up to `count` of `items`, drawn without replacement by a seeded shuffle of them sorted by key: the same vault, the same sample. */
export function seededSample<T>(items: readonly T[], count: number, seed: number, key: (item: T) => string): T[] {
	const sorted = [...items].sort((a, b) => {
		const ka = key(a);
		const kb = key(b);
		return ka < kb ? -1 : ka > kb ? 1 : 0;
	});
	const next = mulberry32(seed);
	const take = Math.min(count, sorted.length);
	for (let i = 0; i < take; i++) {
		const j = i + Math.floor(next() * (sorted.length - i));
		const swap = sorted[i] as T;
		sorted[i] = sorted[j] as T;
		sorted[j] = swap;
	}
	return sorted.slice(0, take);
}

/** Whether the text has a character outside ASCII. */
export function hasNonAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
	return false;
}

/** Whether the text has letters of a script other than Latin (Greek, Cyrillic, Arabic, Hebrew, Indic, Thai, Khmer, Chinese, Japanese, Korean). */
export function hasNonLatin(text: string): boolean {
	return /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{Script=Khmer}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}

export interface ItemTime {
	/** The note's (or person's) path. */
	path: string;
	/** Size of the note's file text in characters. */
	chars: number;
	/** Milliseconds of each pass. */
	samples: number[];
	/** Their median: the item's time. */
	ms: number;
}

export interface PerItemSummary {
	items: number;
	p50: number;
	p95: number;
	max: number;
	/** The slowest items, slowest first. */
	slowest: ItemTime[];
}

/** Times `task` on each item, `passes` times over the whole list (so a per-item cache of a few dozen entries never answers), after `warmup` unmeasured calls. */
export function timePerItem<T>(items: readonly T[], passes: number, describe: (item: T) => { path: string; chars: number }, task: (item: T) => unknown, warmup = 10): ItemTime[] {
	for (let i = 0; i < Math.min(warmup, items.length); i++) task(items[i] as T);
	const times: ItemTime[] = items.map((item) => ({ ...describe(item), samples: [], ms: 0 }));
	for (let pass = 0; pass < passes; pass++) {
		items.forEach((item, i) => {
			const start = performance.now();
			task(item);
			(times[i] as ItemTime).samples.push(performance.now() - start);
		});
	}
	for (const time of times) time.ms = quantile(time.samples, 0.5);
	return times;
}

/** p50, p95 and max over the items' times, and the `slowest` slowest. */
export function summarizeItems(times: readonly ItemTime[], slowest = 5): PerItemSummary {
	const values = times.map((time) => time.ms);
	return {
		items: times.length,
		p50: quantile(values, 0.5),
		p95: quantile(values, 0.95),
		max: values.length === 0 ? Number.NaN : Math.max(...values),
		slowest: [...times].sort((a, b) => b.ms - a.ms).slice(0, slowest),
	};
}

export interface Limit {
	label: string;
	value: number | undefined;
	max: number;
}

/** "ok" when the value is at most its limit, "MISS" above it, "—" when not measured. */
export function verdictOf(value: number | undefined, max: number): "ok" | "MISS" | "—" {
	if (value === undefined || Number.isNaN(value)) return "—";
	return value <= max ? "ok" : "MISS";
}

/** The package an esbuild input path belongs to: `node_modules/@scope/name/…` → `@scope/name`, `src/…` → `src/`, anything else its first folder. */
export function packageOf(input: string): string {
	const parts = input.replace(/\\/g, "/").split("/");
	const at = parts.lastIndexOf("node_modules");
	if (at >= 0) {
		const name = parts[at + 1] ?? "";
		return name.startsWith("@") ? `${name}/${parts[at + 2] ?? ""}` : name;
	}
	if (parts[0] === "src") return "src/";
	return parts.length > 1 ? `${parts[0] as string}/` : (parts[0] as string);
}

/** Bytes per package of an esbuild metafile output's inputs, largest first. */
export function bytesByPackage(inputs: Record<string, { bytesInOutput: number }>): Array<{ name: string; bytes: number }> {
	const totals = new Map<string, number>();
	for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
		const name = packageOf(input);
		totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
	}
	return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1));
}
