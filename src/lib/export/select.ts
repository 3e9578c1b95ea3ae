import { hasForm } from '../deck/forms';
import type { Card, CardType, Deck, Source } from '../deck/schema';
import { mulberry32, shuffled } from './random';

export type ExportOrder = 'deck' | 'random' | 'rank';

export interface SelectFilter {
	/** Keep cards carrying at least one of these tags. */
	tags?: string[];
	/** Keep cards that can be asked in at least one of these forms (mcq: has choices, cloze: has a cloze). */
	types?: CardType[];
	/** Keep cards citing at least one of these sources. */
	sourceIds?: string[];
}

export interface SelectOptions {
	decks: Deck[];
	filter?: SelectFilter;
	/** How many questions; all matching cards when absent. */
	count?: number;
	/** Seed for the random pick and order; a fresh one is made (and returned) when absent. */
	seed?: number;
	order?: ExportOrder;
}

export interface Selection {
	cards: Card[];
	/** The sources the chosen cards cite, each once. */
	sources: Source[];
	seed: number;
	/** How many cards matched the filter before the count was applied. */
	matched: number;
}

/** Makes a seed a person can read back and type in again. */
export function newSeed(): number {
	return Math.floor(Math.random() * 1_000_000_000);
}

/** Picks cards from decks by filter, count, seed and order; the same inputs give the same set. */
export function selectCards({
	decks,
	filter = {},
	count,
	seed = newSeed(),
	order = 'deck'
}: SelectOptions): Selection {
	const seen = new Set<string>();
	const pool: Card[] = [];
	const sourceById = new Map<string, Source>();
	for (const deck of decks) {
		for (const source of deck.sources)
			if (!sourceById.has(source.id)) sourceById.set(source.id, source);
		for (const card of deck.cards) {
			if (seen.has(card.id) || !matches(card, filter)) continue;
			seen.add(card.id);
			pool.push(card);
		}
	}
	const random = mulberry32(seed);
	const position = new Map(pool.map((c, i) => [c.id, i]));
	let chosen =
		count !== undefined && count >= 0 && count < pool.length
			? shuffled(pool, random).slice(0, Math.floor(count))
			: pool.slice();
	if (order === 'random') chosen = shuffled(chosen, random);
	else if (order === 'rank')
		chosen.sort(
			(a, b) =>
				(b.rank ?? -Infinity) - (a.rank ?? -Infinity) || position.get(a.id)! - position.get(b.id)!
		);
	else chosen.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
	const sourceIds = new Set(chosen.flatMap((c) => c.citations.map((x) => x.source)));
	const sources = [...sourceIds].flatMap((id) => {
		const s = sourceById.get(id);
		return s ? [s] : [];
	});
	return { cards: chosen, sources, seed, matched: pool.length };
}

function matches(card: Card, filter: SelectFilter): boolean {
	if (filter.tags?.length && !card.tags.some((t) => filter.tags!.includes(t))) return false;
	if (filter.types?.length && !filter.types.some((t) => hasForm(card, t))) return false;
	if (filter.sourceIds?.length && !card.citations.some((c) => filter.sourceIds!.includes(c.source)))
		return false;
	return true;
}
