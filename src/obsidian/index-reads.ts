import type { App, TFile } from "obsidian";
import { LONG_NOTE_CHARS } from "../core/index/prepare-note";
import { mayHaveCommentedTags } from "../core/markdown/frontmatter";
import { markCut } from "../core/markdown/size-limit";
import type { CoreConfig } from "../core/model/config";
import type { NoteRecord } from "../core/model/types";
import { classify, isExcluded } from "../core/vault/classify";
import { readLimited, recordFromCache, recordFromCacheInSteps, recordOf } from "./record-source";
import { yieldToUi } from "./slices";

/**
 * A note as the index needs it: bodies are read only for people and posts, the rest comes
 * from the metadata cache; a note the cache has not parsed yet is read from its text. Null
 * when the note is gone or cannot be read. A long note's record is made in a turn of its own.
 */
export async function readForIndex(app: App, file: TFile, config: CoreConfig, maxBytes: number): Promise<NoteRecord | null> {
	try {
		const cache = app.metadataCache.getFileCache(file);
		// An excluded note is known to exist and nothing more: its text is never read.
		if (!cache && isExcluded(file.path, config)) return recordFromCache(file, null, null);
		if (!cache) {
			const limited = await readLimited(app, file, maxBytes);
			return markCut(recordOf(file, null, limited.text), limited, maxBytes);
		}
		// Its kind, told without links (a long note has thousands); other notes are read only for `tags: #person`.
		const kind = recordFromCache(file, cache, null, maxBytes, false);
		if (isExcluded(file.path, config) || (classify(kind, config) === "other" && !mayHaveCommentedTags(kind.frontmatter))) {
			return markCut(recordFromCache(file, cache, null, maxBytes), file.stat.size > maxBytes ? { text: "", cutFrom: file.stat.size } : { text: "" }, maxBytes);
		}
		const limited = await readLimited(app, file, maxBytes);
		if (limited.text.length < LONG_NOTE_CHARS) return markCut(recordFromCache(file, cache, limited.text, maxBytes), limited, maxBytes);
		await yieldToUi();
		return markCut(await recordFromCacheInSteps(file, cache, limited.text, maxBytes), limited, maxBytes);
	} catch {
		// Deleted or renamed while it was read: its delete or rename event is queued.
		return null;
	}
}
