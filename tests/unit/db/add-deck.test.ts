/**
 * Saving a deck made in the app, then adding another article to it: one transaction each; review
 * history and edited cards survive; a bad deck writes nothing.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DbError, DeckInvalidError, type CitecardsDb } from '../../../src/lib/db';
import { reviseCard, newCards, reviewedDeck } from '../../../src/lib/deck/add-sources';
import type { Deck } from '../../../src/lib/deck';
import { generateDeck, type ArticleInput } from '../../../src/lib/generator';
import { openFreshDb, testSettings } from '../../fixtures/db';

const NOW = new Date(2026, 0, 5, 12).getTime();
const article = (name: string): ArticleInput => ({
	id: `src-${name}`,
	file: `${name}.txt`,
	text: readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8')
});
let db: CitecardsDb;
afterEach(() => db?.close());

/** A new deck from treaty-a: first card edited, second deleted; the first card rated once. */
async function savedDeck() {
	db = await openFreshDb();
	await db.saveSettings({ settings: testSettings() });
	const generated = generateDeck({ sources: [article('treaty-a')], deckId: 'deck-mine' }).deck;
	const [first, , ...rest] = generated.cards;
	const edited = reviseCard({
		card: first,
		question: 'Who signed for Ethiopia (my words)?',
		answer: first.answer
	});
	const deck = reviewedDeck({
		generated,
		existing: null,
		kept: [edited, ...rest],
		title: 'My reading'
	});
	const saved = await db.addDeck({ deck, now: NOW });
	await db.recordReview({
		cardId: edited.id,
		deckId: 'deck-mine',
		rating: 3,
		now: NOW + 1000,
		durationMs: 4000
	});
	return { generated, edited, saved, deck };
}

describe('addDeck', () => {
	it('saves a new deck with only the kept cards, under its name', async () => {
		const { saved, deck } = await savedDeck();
		expect(saved).toMatchObject({
			deckId: 'deck-mine',
			title: 'My reading',
			added: deck.cards.length
		});
		const stored = (await db.readDeck({ deckId: 'deck-mine' }))!;
		expect(stored.title).toBe('My reading');
		expect(stored.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
		expect(stored.cards[0].question).toBe('Who signed for Ethiopia (my words)?');
	});

	it('adds another article: new cards, shared facts cite both, the edit and its history intact', async () => {
		const { edited, deck } = await savedDeck();
		const existing = (await db.readDeck({ deckId: 'deck-mine' }))!;
		const generated = generateDeck({
			sources: [...existing.sources, article('treaty-b')],
			deckId: 'deck-mine'
		}).deck;
		const fresh = newCards({ existing, generated, newSourceIds: ['src-treaty-b'] });
		expect(fresh.length).toBeGreaterThan(0);
		const toSave = reviewedDeck({ generated, existing, kept: fresh, title: '' });
		const result = await db.addDeck({ deck: toSave, intoDeckId: 'deck-mine', now: NOW + 5000 });
		expect(result.added).toBe(fresh.length);
		expect(result.updated).toBeGreaterThan(0);

		const after = (await db.readDeck({ deckId: 'deck-mine' }))!;
		expect(after.title).toBe('My reading');
		expect(after.sources.map((s) => s.id)).toEqual(['src-treaty-a', 'src-treaty-b']);
		expect(after.cards).toHaveLength(deck.cards.length + fresh.length);
		expect(
			after.cards.filter((c) => c.citations.some((x) => x.source === 'src-treaty-b')).length
		).toBeGreaterThan(fresh.length);
		const card = (await db.getCard({ cardId: edited.id, deckId: 'deck-mine' }))!;
		expect(card.card).toEqual(edited);
		expect(card.history).toHaveLength(1);
		expect(card.schedule.state).not.toBe('new');
	});

	it('writes nothing when the merged deck is invalid, or the deck is gone', async () => {
		await savedDeck();
		const before = await db.readDeck({ deckId: 'deck-mine' });
		const bad: Deck = {
			...before!,
			id: 'deck-other',
			cards: [{ ...before!.cards[0], choices: ['x', 'y'] }]
		};
		await expect(db.addDeck({ deck: bad, now: NOW })).rejects.toBeInstanceOf(DeckInvalidError);
		expect(await db.hasDeck({ deckId: 'deck-other' })).toBe(false);
		await expect(
			db.addDeck({ deck: before!, intoDeckId: 'deck-nope', now: NOW })
		).rejects.toBeInstanceOf(DbError);
		await expect(db.addDeck({ deck: before!, now: NOW })).rejects.toThrow(/already stored/);
		expect(await db.readDeck({ deckId: 'deck-mine' })).toEqual(before);
	});
});
