import { describe, expect, it } from 'vitest';
import { selectCards } from '../../../src/lib/export/select';
import { mulberry32 } from '../../../src/lib/export/random';
import { adversarialDeck, seedDeck } from './helpers';

describe('selectCards', () => {
	const decks = [adversarialDeck(), seedDeck()];

	it('gives the same set for the same seed and a different one for another seed', () => {
		const a = selectCards({ decks, count: 6, seed: 42, order: 'random' });
		const b = selectCards({ decks, count: 6, seed: 42, order: 'random' });
		const c = selectCards({ decks, count: 6, seed: 43, order: 'random' });
		expect(a.cards.map((x) => x.id)).toEqual(b.cards.map((x) => x.id));
		expect(a.cards).toHaveLength(6);
		expect(c.cards.map((x) => x.id)).not.toEqual(a.cards.map((x) => x.id));
		expect(a.seed).toBe(42);
	});

	it('returns a seed when none is given, and that seed rebuilds the set', () => {
		const first = selectCards({ decks, count: 5, order: 'random' });
		const again = selectCards({ decks, count: 5, seed: first.seed, order: 'random' });
		expect(again.cards.map((x) => x.id)).toEqual(first.cards.map((x) => x.id));
	});

	it('keeps deck order for a random subset when asked for deck order', () => {
		const all = selectCards({ decks, order: 'deck' }).cards.map((c) => c.id);
		const some = selectCards({ decks, count: 7, seed: 9, order: 'deck' }).cards.map((c) => c.id);
		expect(some).toHaveLength(7);
		expect(some).toEqual(all.filter((id) => some.includes(id)));
	});

	it('filters by tag, type and source, and lists only the cited sources', () => {
		const byType = selectCards({ decks, filter: { types: ['cloze'] } });
		expect(byType.cards.length).toBeGreaterThan(0);
		// Deck format 2: a card of any type may carry a cloze; the filter keeps the cards that do.
		expect(byType.cards.every((c) => c.cloze)).toBe(true);
		expect(byType.matched).toBe(decks.flatMap((d) => d.cards).filter((c) => c.cloze).length);
		const byTag = selectCards({ decks, filter: { tags: ['non-latin'] } });
		expect(byTag.cards.map((c) => c.id).sort()).toEqual(['adv-arabic', 'adv-chinese', 'adv-hindi']);
		const bySource = selectCards({ decks, filter: { sourceIds: ['src-plain'] } });
		expect(bySource.cards.map((c) => c.id).sort()).toEqual(['adv-plain', 'adv-two-sources']);
		expect(bySource.sources.map((s) => s.id).sort()).toEqual(['src-nasty', 'src-plain']);
		expect(byTag.sources.map((s) => s.id)).toEqual(['src-nasty']);
	});

	it('sorts by rank, highest first, unranked last', () => {
		const deck = adversarialDeck();
		deck.cards[3].rank = 5;
		deck.cards[7].rank = 9;
		const ids = selectCards({ decks: [deck], order: 'rank' }).cards.map((c) => c.id);
		expect(ids.slice(0, 2)).toEqual([deck.cards[7].id, deck.cards[3].id]);
		expect(ids).toHaveLength(deck.cards.length);
	});

	it('takes each card once across decks and tolerates a count beyond the pool', () => {
		const deck = seedDeck();
		const result = selectCards({ decks: [deck, deck], count: 1000, seed: 1 });
		expect(result.cards).toHaveLength(deck.cards.length);
		expect(result.matched).toBe(deck.cards.length);
	});

	it('mulberry32 is deterministic and spread over [0, 1)', () => {
		const r = mulberry32(7);
		const values = Array.from({ length: 1000 }, r);
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		expect(mulberry32(7)()).toBe(values[0]);
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		expect(mean).toBeGreaterThan(0.45);
		expect(mean).toBeLessThan(0.55);
	});
});
