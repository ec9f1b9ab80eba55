/**
 * A long note's text work split into steps that each run in a turn of their own, before the
 * upsert that uses it: reading what is visible, analysing it for the index, hashing its
 * sentences. Each step leaves its result where the upsert of the same record takes it, so
 * the index ends up exactly as a plain upsert leaves it; the steps only move the work.
 */
import type { NoteRecord } from "../model/types";
import { prepareForIndex } from "../text/phrases";
import { visibleOfRecord, visibleProse } from "../text/visible-text";
import { prepareSentences } from "./boilerplate";

/** Notes with a body shorter than this are upserted in one go: their steps would cost more than they save. */
export const LONG_NOTE_CHARS = 20_000;

/** The steps for a record (none for a short one); run them in order, then upsert the record. */
export function preparationSteps(record: NoteRecord): Array<() => void> {
	if (record.body.length < LONG_NOTE_CHARS) return [];
	const prose = (): string => visibleProse(visibleOfRecord(record));
	return [() => void visibleOfRecord(record), () => prepareForIndex(prose()), () => prepareSentences(prose())];
}
