/**
 * How many notes carry each topic or tag, so a topic's weight can fall with how common it is:
 * a tag on every other note (`#seedling`, `#person`) says nothing about who cares. Workflow
 * tags, and the tags that make a note a person or a post, are never topics at all.
 */
import type { CoreConfig } from "../model/config";
import { topicKey } from "../text/phrases";
import { PathCounts } from "./path-counts";

/** Above this share of the notes (and at least COMMON_MIN_NOTES of them) a tag or topic is no topic. */
const COMMON_SHARE = 0.1;
const COMMON_MIN_NOTES = 50;
/** A topic on this share of the notes or fewer has its full weight; more common, it falls towards FLOOR. */
const FULL_WEIGHT_SHARE = 0.1;
/** What a topic common in a small vault keeps: a vault of thirty notes cannot tell much by counting. */
const FLOOR = 0.5;

export class TopicCounts {
	private readonly _counts = new PathCounts<string>();
	private readonly _notTopics: Set<string>;

	constructor(config: CoreConfig) {
		this._notTopics = new Set([...config.workflowTags, ...config.person.tags, ...config.post.tags].map((tag) => topicKey(tag)));
	}

	/** Counts a note (every note counts towards the total) with its topics and tags, in place of what it had. */
	add(path: string, topics: readonly string[]): void {
		this._counts.set(path, topics.map((topic) => topicKey(topic)).filter((key) => key !== ""));
	}

	remove(path: string): void {
		this._counts.remove(path);
	}

	/**
	 * What a topic or tag weighs as a topic, 0–1: 0 for a workflow tag, a kind tag, or one on
	 * more than a tenth of a vault's notes (and at least fifty of them); else 1, falling
	 * towards FLOOR as more notes carry it.
	 */
	weight(topic: string): number {
		const key = topicKey(topic);
		if (key === "" || this._notTopics.has(key)) return 0;
		const count = this._counts.count(key);
		const notes = Math.max(1, this._counts.notes);
		const share = count / notes;
		if (share > COMMON_SHARE && count >= COMMON_MIN_NOTES) return 0;
		if (share <= FULL_WEIGHT_SHARE || count <= 1) return 1;
		// From 1 at FULL_WEIGHT_SHARE to FLOOR when every note has it, by how many times rarer it could be.
		const rarity = Math.log(1 / share) / Math.log(1 / FULL_WEIGHT_SHARE);
		return FLOOR + (1 - FLOOR) * rarity;
	}
}
