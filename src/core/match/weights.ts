/**
 * How much each kind of evidence can contribute (combined as independent evidence), and
 * the few thresholds of matching. One object so the evaluation can try other values.
 */
export const WEIGHTS = {
	/** How many distinctive terms query each index. */
	queryTerms: 30,
	/** How many of the note's phrases are looked up in bodies that say them only once. */
	queryPhrases: 30,
	/** A one-word topic counts as "in the note" only when the word is among its distinctive ones. */
	topicWordMinWeight: 0.25,
	/** Similar posts (scored as the ideal below) under this do not count as history. */
	historyMinSimilarity: 0.3,
	/** How fast text relevance saturates: at the reference score it is 1 - e^-k. */
	textSaturation: 2,
	/**
	 * Text scores are divided by this share of what a person saying every query term once
	 * would score: a measure of the note alone, never of who else matched, so a person's
	 * evidence for a note is the same whoever else is in the vault's ranking (and weak
	 * matches stay weak when nobody matches well).
	 */
	textIdealShare: 1.3,
	text: 0.62,
	topicExact: 0.38,
	topicExactMax: 0.62,
	topicInText: 0.1,
	topicInTextMax: 0.36,
	/** A person who says the note's most distinctive term, however long their note. */
	keyTerm: 0.2,
	mention: 0.7,
	/** A first name alone, when one person has it: likely them, less sure than a link or a full name. */
	firstNameMention: 0.35,
	history: 0.18,
	historyMax: 0.36,
	/** Posts' similarity to the note is their text score over this share of the ideal among posts. */
	historyIdealShare: 1.5,
	/** Each earlier post they replied to that bears on this note (similar to it, or on one of its topics). */
	reply: 0.12,
	replyMax: 0.24,
};
