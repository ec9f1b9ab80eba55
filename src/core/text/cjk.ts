/**
 * Chinese and Japanese write no spaces between words: a run of their letters is split into
 * words with Intl.Segmenter where the platform has it, else into overlapping pairs of
 * characters (bigrams), which still find a two-character word wherever it is written.
 */

/** Letters of scripts written without spaces. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** What termRun needs of Intl.Segmenter (so a test can stand in for it, or have none). */
export interface WordSegmenter {
	segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }>;
}

let platformSegmenter: WordSegmenter | null | undefined;

/**
 * The platform's word segmenter, or null without one (older WebViews on mobile). The
 * locale matters little: ICU splits Han and kana by one dictionary for all of them.
 */
export function defaultSegmenter(): WordSegmenter | null {
	if (platformSegmenter === undefined) {
		const intl = Intl as { Segmenter?: typeof Intl.Segmenter };
		platformSegmenter = typeof intl.Segmenter === "function" ? new intl.Segmenter("ja", { granularity: "word" }) : null;
	}
	return platformSegmenter;
}

/** A word all in katakana (with the long-vowel mark): a loanword, which the dictionary may not know. */
const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;

/**
 * The words of one run of letters that holds Chinese or Japanese, in order. Katakana the
 * segmenter cut apart is joined again: it splits loanwords it does not know into pieces
 * (サブ|スク|リプ|ション) that mean nothing alone.
 */
export function unspacedWords(run: string, segmenter: WordSegmenter | null = defaultSegmenter()): string[] {
	if (segmenter === null) return bigrams(run);
	const out: string[] = [];
	let previousKatakana = false;
	for (const { segment, isWordLike } of segmenter.segment(run)) {
		if (isWordLike !== true) {
			previousKatakana = false;
			continue;
		}
		const katakana = KATAKANA_WORD.test(segment);
		if (katakana && previousKatakana) out[out.length - 1] += segment;
		else out.push(segment);
		previousKatakana = katakana;
	}
	return out;
}

/** Other letters as one word each, unspaced letters in overlapping pairs (one alone stays one). */
function bigrams(run: string): string[] {
	const out: string[] = [];
	const chars = Array.from(run);
	let other = "";
	let i = 0;
	while (i < chars.length) {
		if (!UNSPACED.test(chars[i] as string)) {
			other += chars[i];
			i++;
			continue;
		}
		if (other !== "") out.push(other);
		other = "";
		let end = i;
		while (end < chars.length && UNSPACED.test(chars[end] as string)) end++;
		if (end - i === 1) out.push(chars[i] as string);
		for (let k = i; k + 1 < end; k++) out.push(`${chars[k] as string}${chars[k + 1] as string}`);
		i = end;
	}
	if (other !== "") out.push(other);
	return out;
}
