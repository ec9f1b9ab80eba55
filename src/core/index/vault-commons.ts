/**
 * What recurs across the vault's people and posts, kept in step with them: sentences many
 * notes share (boilerplate.ts) and how many notes carry each topic or tag (topic-counts.ts).
 * Counted from what the index stores of a note, so a snapshot restores the same counts.
 */
import type { CoreConfig } from "../model/config";
import type { Person, Post } from "../model/types";
import { BoilerplateTable } from "./boilerplate";
import { TopicCounts } from "./topic-counts";

export class VaultCommons {
	private readonly _sentences = new BoilerplateTable();
	private readonly _topics: TopicCounts;

	constructor(config: CoreConfig) {
		this._topics = new TopicCounts(config);
	}

	add(path: string, note: Person | Post): void {
		this._sentences.add(path, note.body);
		this._topics.add(path, [...note.topics, ...note.tags]);
	}

	/** As add, with the sentence hashes a snapshot kept of the note (see sentenceHashes). */
	restore(path: string, note: Person | Post, sentences: Uint32Array): void {
		this._sentences.restore(path, sentences);
		this._topics.add(path, [...note.topics, ...note.tags]);
	}

	/** The sentence hashes counted for a person or post, for a snapshot. */
	sentenceHashes(path: string): ArrayLike<number> | undefined {
		return this._sentences.countedHashes(path);
	}

	remove(path: string): void {
		this._sentences.remove(path);
		this._topics.remove(path);
	}

	/** The visible text of the vault's templates, whose sentences are boilerplate (set after each build). */
	setTemplates(texts: readonly string[]): void {
		this._sentences.setTemplates(texts);
	}

	/** See TopicCounts.weight. */
	topicWeight(topic: string): number {
		return this._topics.weight(topic);
	}

	/** See BoilerplateTable.strip. */
	withoutBoilerplate(prose: string): string {
		return this._sentences.strip(prose);
	}
}
