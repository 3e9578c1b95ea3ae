import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeBigDeck, openFreshDb, testSettings } from '../../fixtures/db';

const NOW = Date.UTC(2026, 0, 5, 12);

describe('CitecardsDb basics', () => {
	it('imports a deck, queues it, records and undoes a review', async () => {
		const db = await openFreshDb();
		await db.saveSettings({ settings: testSettings() });
		const res = await db.importDeck({ deck: makeBigDeck({ cards: 30 }), now: NOW });
		expect(res).toMatchObject({ added: 30, updated: 0, retired: 0, unchanged: 0 });
		expect(await db.hasDeck({ deckId: 'deck-big' })).toBe(true);
		const [summary] = await db.listDecks({ now: NOW });
		expect(summary.counts).toEqual({ new: 20, learning: 0, due: 0, total: 30, suspended: 0 });
		const queue = await db.getStudyQueue({ deckId: 'deck-big', now: NOW });
		expect(queue.map((q) => q.card.id)).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`));
		const { schedule, logId } = await db.recordReview({
			cardId: 'c0',
			rating: 3,
			now: NOW,
			durationMs: 1500
		});
		expect(schedule.state).toBe('learning');
		expect(logId).toBeGreaterThan(0);
		const after = await db.listDecks({ now: NOW + 1 });
		expect(after[0].counts).toMatchObject({ new: 19, learning: 1 });
		expect(await db.undoLastReview({ deckId: 'deck-big' })).toMatchObject({
			cardId: 'c0',
			deckId: 'deck-big'
		});
		const again = await db.getStudyQueue({ deckId: 'deck-big', now: NOW });
		expect(again[0].schedule).toEqual(queue[0].schedule);
		db.close();
	});
});

describe('getStudyWindow', () => {
	it('reads only the first cards of the queue and says how many the whole queue holds', async () => {
		const db = await openFreshDb();
		await db.saveSettings({ settings: testSettings({ newPerDay: 25 }) });
		await db.importDeck({ deck: makeBigDeck({ cards: 40 }), now: NOW });
		const full = await db.getStudyQueue({ deckId: 'deck-big', now: NOW });
		const window = await db.getStudyWindow({ deckId: 'deck-big', now: NOW, limit: 10 });
		expect(full).toHaveLength(25);
		expect(window.total).toBe(25);
		expect(window.items.map((q) => q.card.id)).toEqual(full.slice(0, 10).map((q) => q.card.id));
		db.close();
	});
});
