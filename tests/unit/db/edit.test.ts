import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DeckInvalidError, type CitecardsDb } from '../../../src/lib/db';
import { editCard, handCard } from '../../../src/lib/deck/edit';
import { makeBigDeck, openFreshDb, testSettings } from '../../fixtures/db';

const NOW = new Date(2026, 0, 5, 12).getTime();
const DAY = 86_400_000;
let db: CitecardsDb;

afterEach(() => db?.close());

async function setup(cards = 4) {
	db = await openFreshDb();
	await db.saveSettings({ settings: testSettings() });
	const deck = makeBigDeck({ cards });
	await db.importDeck({ deck, now: NOW });
	return deck;
}

describe('importing a file with its own review history', () => {
	it('replays the history through the scheduler and keeps suspended cards suspended', async () => {
		db = await openFreshDb();
		await db.saveSettings({ settings: testSettings() });
		const deck = makeBigDeck({ id: 'anki-x', cards: 3 });
		deck.cards = deck.cards.map((c) => ({ ...c, citations: [], unsourced: true as const }));
		deck.sources = [];
		const result = await db.importFile({
			deck,
			progress: {
				reviews: {
					c0: [
						{ at: NOW - 10 * DAY, rating: 3, durationMs: 4000 },
						{ at: NOW - 9 * DAY, rating: 3, durationMs: 3000 }
					]
				},
				suspended: ['c2']
			},
			now: NOW
		});
		expect(result).toMatchObject({ added: 3, reviews: 2 });
		const c0 = await db.getCard({ cardId: 'c0', deckId: 'anki-x' });
		expect(c0?.history.map((h) => h.rating)).toEqual([3, 3]);
		expect(c0?.schedule.reps).toBe(2);
		expect(c0?.schedule.state).not.toBe('new');
		expect((await db.getCard({ cardId: 'c2', deckId: 'anki-x' }))?.schedule.suspended).toBe(true);
		// Importing again adds no second history.
		const again = await db.importFile({
			deck,
			progress: { reviews: { c0: [{ at: NOW - DAY, rating: 1, durationMs: 1 }] }, suspended: [] },
			now: NOW
		});
		expect(again.reviews).toBe(0);
	});

	it('writes nothing when the deck is not valid', async () => {
		db = await openFreshDb();
		await expect(
			db.importFile({ deck: { format: 'citecards-deck' }, now: NOW })
		).rejects.toBeInstanceOf(DeckInvalidError);
		expect(await db.listDecks({ now: NOW })).toEqual([]);
	});
});

describe('editing a card', () => {
	it('keeps its schedule and history, and a regenerated deck never overwrites or retires it', async () => {
		const deck = await setup();
		await db.recordReview({
			cardId: 'c1',
			deckId: deck.id,
			rating: 3,
			now: NOW + 1000,
			durationMs: 900
		});
		const edited = editCard({
			card: deck.cards[1],
			changes: { question: 'My own question?', answer: 'Mine' }
		});
		if (!edited.ok) throw new Error('edit refused');
		await db.saveCard({ deckId: deck.id, card: edited.card });
		const detail = await db.getCard({ cardId: 'c1', deckId: deck.id });
		expect(detail?.card).toMatchObject({ question: 'My own question?', edited: true });
		expect(detail?.history).toHaveLength(1);
		// The deck regenerated: c1 comes back with the generator's wording; c1 kept as edited.
		await db.importDeck({ deck, now: NOW + DAY });
		expect((await db.getCard({ cardId: 'c1', deckId: deck.id }))?.card.question).toBe(
			'My own question?'
		);
		// The deck regenerated without c1: it stays, not retired.
		await db.importDeck({
			deck: { ...deck, cards: deck.cards.filter((c) => c.id !== 'c1') },
			now: NOW + DAY
		});
		const after = await db.getCard({ cardId: 'c1', deckId: deck.id });
		expect(after?.schedule.retired).toBe(false);
		expect(after?.history).toHaveLength(1);
	});
});

describe('a card written by hand', () => {
	it('is added new and last, and a citation not in the article is refused', async () => {
		const deck = await setup();
		const source = deck.sources[0];
		const made = handCard({ source, start: 0, end: 20, question: 'Mine?', answer: 'Yes' });
		if (!made.ok) throw new Error('refused');
		await db.addCard({ deckId: deck.id, card: made.card });
		const cards = await db.listCards({ deckId: deck.id });
		expect(cards.at(-1)?.card.id).toBe(made.card.id);
		expect(cards.at(-1)?.schedule.state).toBe('new');
		expect((await db.getDeck({ deckId: deck.id }))?.cardCount).toBe(5);
		const forged = {
			...made.card,
			id: 'forged',
			citations: [{ ...made.card.citations[0], quote: 'x' }]
		};
		await expect(db.addCard({ deckId: deck.id, card: forged })).rejects.toThrow(
			/not in the article/
		);
	});
});

describe('deleting, burying and flagging a card', () => {
	it('deletes a card with its history, and undo puts it all back', async () => {
		const deck = await setup();
		await db.recordReview({
			cardId: 'c0',
			deckId: deck.id,
			rating: 3,
			now: NOW + 1000,
			durationMs: 900
		});
		const deleted = await db.deleteCard({ deckId: deck.id, cardId: 'c0' });
		expect(await db.getCard({ cardId: 'c0', deckId: deck.id })).toBeNull();
		expect((await db.getDeck({ deckId: deck.id }))?.cardCount).toBe(3);
		await db.restoreCard({ deleted });
		const back = await db.getCard({ cardId: 'c0', deckId: deck.id });
		expect(back?.history).toHaveLength(1);
		expect((await db.getDeck({ deckId: deck.id }))?.cardCount).toBe(4);
	});

	it('a buried card leaves today’s queue until the time given; a flag is kept', async () => {
		const deck = await setup();
		await db.setCardFlags({ deckId: deck.id, cardId: 'c0', buriedUntil: NOW + DAY, flagged: true });
		const queue = await db.getStudyQueue({ deckId: deck.id, now: NOW });
		expect(queue.map((q) => q.card.id)).not.toContain('c0');
		const later = await db.getStudyQueue({ deckId: deck.id, now: NOW + DAY + 1 });
		expect(later.map((q) => q.card.id)).toContain('c0');
		expect((await db.getCard({ cardId: 'c0', deckId: deck.id }))?.schedule.flagged).toBe(true);
	});
});

describe('renaming, resetting and deleting a deck', () => {
	it('renames a deck and counts what it would lose', async () => {
		const deck = await setup();
		await db.renameDeck({ deckId: deck.id, title: 'New name' });
		expect((await db.getDeck({ deckId: deck.id }))?.title).toBe('New name');
		await db.recordReview({
			cardId: 'c0',
			deckId: deck.id,
			rating: 3,
			now: NOW + 1000,
			durationMs: 900
		});
		expect(await db.deckLoss({ deckId: deck.id })).toEqual({
			cards: 4,
			sources: 1,
			reviews: 1,
			studied: 1
		});
	});

	it('resets progress: every card new, ratings gone, suspended cards stay suspended', async () => {
		const deck = await setup();
		await db.recordReview({
			cardId: 'c0',
			deckId: deck.id,
			rating: 3,
			now: NOW + 1000,
			durationMs: 900
		});
		await db.setSuspended({ cardId: 'c1', deckId: deck.id, suspended: true });
		await db.resetDeck({ deckId: deck.id, now: NOW + 2000 });
		const cards = await db.listCards({ deckId: deck.id });
		expect(cards.map((c) => c.schedule.state)).toEqual(['new', 'new', 'new', 'new']);
		expect(cards.map((c) => c.schedule.suspended)).toEqual([false, true, false, false]);
		expect((await db.getCard({ cardId: 'c0', deckId: deck.id }))?.history).toEqual([]);
	});

	it('deletes a deck with everything in it, other decks untouched', async () => {
		const deck = await setup();
		await db.importDeck({ deck: makeBigDeck({ id: 'other', cards: 2 }), now: NOW });
		await db.recordReview({
			cardId: 'c0',
			deckId: deck.id,
			rating: 3,
			now: NOW + 1000,
			durationMs: 900
		});
		await db.deleteDeck({ deckId: deck.id });
		expect((await db.listDecks({ now: NOW })).map((d) => d.deck.id)).toEqual(['other']);
		expect(await db.deckLoss({ deckId: deck.id })).toEqual({
			cards: 0,
			sources: 0,
			reviews: 0,
			studied: 0
		});
		expect(await db.listCards({ deckId: 'other' })).toHaveLength(2);
	});
});
