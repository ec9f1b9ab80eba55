/**
 * The languages notes may be read in, by ISO 639-3 code (the codes of the stop-word lists
 * the text room uses), with their English names for settings. "auto" guesses each text's.
 */
export const LANGUAGES = ["eng", "deu", "fra", "spa", "ita", "por", "nld", "swe", "dan", "nob", "fin", "pol", "rus", "jpn", "zho"] as const;

export type Language = (typeof LANGUAGES)[number];

/** How notes' language is chosen: guessed text by text, or one for the whole vault. */
export type NoteLanguage = "auto" | Language;

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
	eng: "English",
	deu: "German",
	fra: "French",
	spa: "Spanish",
	ita: "Italian",
	por: "Portuguese",
	nld: "Dutch",
	swe: "Swedish",
	dan: "Danish",
	nob: "Norwegian",
	fin: "Finnish",
	pol: "Polish",
	rus: "Russian",
	jpn: "Japanese",
	zho: "Chinese",
};

export function isNoteLanguage(value: unknown): value is NoteLanguage {
	return value === "auto" || (LANGUAGES as readonly unknown[]).includes(value);
}
