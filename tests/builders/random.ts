/** Seeded randomness for generated test data and benchmark vaults: the same seed, the same data. */

/** mulberry32: small, fast, good enough for test data. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Choices drawn from a seeded source of numbers in [0, 1). */
export class Random {
	constructor(readonly next: () => number) {}

	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)] as T;
	}

	/** Up to `max` items, each once, in the order first drawn. */
	some<T>(items: readonly T[], max: number): T[] {
		const out: T[] = [];
		for (let i = this.int(max + 1); i > 0; i--) {
			const item = this.pick(items);
			if (!out.includes(item)) out.push(item);
		}
		return out;
	}
}
