import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CitecardsDb } from '../../../src/lib/db';
import { makeBigDeck, openFreshDb, testSettings } from '../../fixtures/db';

const NOW = new Date(2026, 0, 5, 12).getTime();
const DAY = 86_400_000;
let db: CitecardsDb;

afterEach(() => db?.close());

async function setup(cards = 12) {
	db = await openFreshDb();
	await db.saveSettings({ settings: testSettings({ newPerDay: 3 }) });
	await db.importDeck({ deck: makeBigDeck({ cards }), now: NOW });
}
const ids = (items: { card: { id: string } }[]) => items.map((i) => i.card.id);
const more = (kind: 'new' | 'ahead' | 'failed', now = NOW) =>
	db.getMoreWindow({ deckId: 'deck-big', now, kind });

describe('studying more once today is done', () => {
	it('offers new cards past the daily limit and counts them as real reviews', async () => {
		await setup();
		for (const id of ['c0', 'c1', 'c2'])
			await db.recordReview({ cardId: id, rating: 4, now: NOW, durationMs: 1 });
		expect((await db.deckCounts({ deckId: 'deck-big', now: NOW + 1 }))!.new).toBe(0);
		const extra = await more('new');
		expect(ids(extra)).toEqual(['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11']);
		const { schedule } = await db.recordReview({
			cardId: 'c3',
			rating: 3,
			now: NOW + 2,
			durationMs: 1
		});
		expect(schedule.state).not.toBe('new');
	});

	it('reviews ahead: cards due in the next days, soonest first', async () => {
		await setup(4);
		for (const id of ['c0', 'c1', 'c2'])
			await db.recordReview({ cardId: id, rating: 4, now: NOW, durationMs: 1 });
		const dues = await Promise.all(
			['c0', 'c1', 'c2'].map(async (id) => (await db.getCard({ cardId: id }))!.schedule.due)
		);
		// Two days before the first of them falls due: all come within the next week.
		const ahead = await more('ahead', Math.min(...dues) - 2 * DAY);
		expect(ahead.length).toBe(3);
		expect(ahead.every((a) => a.schedule.state === 'review')).toBe(true);
		const order = ahead.map((a) => a.schedule.due);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(await more('ahead', Math.min(...dues) - 20 * DAY)).toEqual([]);
	});

	it('practises today’s failures without changing their schedule or today’s limits', async () => {
		await setup(6);
		await db.recordReview({ cardId: 'c0', rating: 1, now: NOW, durationMs: 1 });
		await db.recordReview({ cardId: 'c1', rating: 3, now: NOW, durationMs: 1 });
		const before = (await db.getCard({ cardId: 'c0' }))!.schedule;
		const countsBefore = await db.deckCounts({ deckId: 'deck-big', now: NOW + 1 });
		expect(ids(await more('failed'))).toEqual(['c0']);
		await db.recordPractice({
			cardId: 'c0',
			deckId: 'deck-big',
			rating: 3,
			now: NOW + 1,
			durationMs: 5
		});
		const after = await db.getCard({ cardId: 'c0' });
		expect(after!.schedule).toEqual(before);
		expect(after!.history.at(-1)).toMatchObject({ practice: true, rating: 3 });
		expect(await db.deckCounts({ deckId: 'deck-big', now: NOW + 1 })).toEqual(countsBefore);
		// A practice Again is not a failure to practise tomorrow, and yesterday's misses are gone.
		await db.recordPractice({
			cardId: 'c1',
			deckId: 'deck-big',
			rating: 1,
			now: NOW + 2,
			durationMs: 5
		});
		expect(ids(await more('failed'))).toEqual(['c0']);
		expect(await more('failed', NOW + DAY)).toEqual([]);
		// Undo takes a practice rating back like any other.
		expect((await db.undoLastReview({ deckId: 'deck-big' }))!.cardId).toBe('c1');
	});

	it('keeps practice ratings through a backup', async () => {
		await setup(2);
		await db.recordReview({ cardId: 'c0', rating: 1, now: NOW, durationMs: 1 });
		await db.recordPractice({
			cardId: 'c0',
			deckId: 'deck-big',
			rating: 3,
			now: NOW + 1,
			durationMs: 5
		});
		const backup = await db.exportBackup({ now: NOW + 2 });
		await db.restoreBackup({ data: JSON.parse(JSON.stringify(backup)) });
		const history = (await db.getCard({ cardId: 'c0' }))!.history;
		expect(history.map((h) => Boolean(h.practice))).toEqual([false, true]);
	});
});
