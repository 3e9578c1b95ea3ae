import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardNotFoundError, ReviewConflictError, type CitecardsDb } from '../../../src/lib/db';
import type { Rating, Settings } from '../../../src/lib/srs';
import { makeBigDeck, openFreshDb, testSettings } from '../../fixtures/db';

const NOW = new Date(2026, 0, 5, 12).getTime();
const MIN = 60_000;
const DAY = 86_400_000;
let db: CitecardsDb;

afterEach(() => {
	vi.restoreAllMocks();
	db?.close();
});

async function setup(o: { cards?: number; perFact?: number; settings?: Partial<Settings> } = {}) {
	db = await openFreshDb();
	await db.saveSettings({ settings: testSettings(o.settings) });
	await db.importDeck({
		deck: makeBigDeck({ cards: o.cards ?? 10, perFact: o.perFact }),
		now: NOW
	});
}
const queueIds = async (now: number) =>
	(await db.getStudyQueue({ deckId: 'deck-big', now })).map((q) => q.card.id);
const counts = async (now: number) => (await db.deckCounts({ deckId: 'deck-big', now }))!;
const rate = (cardId: string, rating: Rating, now: number, durationMs = 1000) =>
	db.recordReview({ cardId, rating, now, durationMs });

describe('daily limits count what was done today', () => {
	it('limits new cards per day, across reopening, and resets the next study day', async () => {
		await setup({ cards: 20, settings: { newPerDay: 5 } });
		expect(await counts(NOW)).toMatchObject({ new: 5, learning: 0, due: 0, total: 20 });
		for (const id of ['c0', 'c1', 'c2']) await rate(id, 3, NOW);
		expect(await counts(NOW + 1)).toMatchObject({ new: 2, learning: 3 });
		expect(await queueIds(NOW + 1)).toEqual(['c3', 'c4', 'c0', 'c1', 'c2']);
		// The count comes from the log, so a new connection sees the same.
		const again = await (await import('../../../src/lib/db')).openDb({ name: db.name });
		expect((await again.deckCounts({ deckId: 'deck-big', now: NOW + 1 }))?.new).toBe(2);
		again.close();
		expect((await counts(NOW + DAY)).new).toBe(5);
	});

	it('limits reviews per day and counts reviews already done', async () => {
		await setup({ cards: 6, settings: { newPerDay: 6, maxReviewsPerDay: 4 } });
		for (let i = 0; i < 6; i++) await rate(`c${i}`, 4, NOW); // Easy: straight to review
		const later = NOW + 60 * DAY;
		expect(await counts(later)).toMatchObject({ new: 0, due: 4 });
		await rate('c0', 3, later);
		await rate('c1', 3, later);
		expect(await counts(later + MIN)).toMatchObject({ due: 2 });
		await rate('c2', 3, later + MIN);
		await rate('c3', 3, later + MIN);
		expect(await counts(later + 2 * MIN)).toMatchObject({ due: 0 });
		expect(await queueIds(later + 2 * MIN)).toEqual([]);
		// Next study day the two left are due again.
		expect((await counts(later + DAY)).due).toBe(2);
	});
});

describe('sibling burying', () => {
	it('shows one card per fact a day', async () => {
		await setup({ cards: 10, perFact: 2 });
		expect(await queueIds(NOW)).toEqual(['c0', 'c2', 'c4', 'c6', 'c8']);
		await rate('c0', 3, NOW); // c0 into learning: its sibling c1 still waits
		expect(await queueIds(NOW + 1)).toEqual(['c2', 'c4', 'c6', 'c8', 'c0']);
		await rate('c0', 3, NOW + 10 * MIN); // graduates: reviewed today, c1 still waits today
		expect(await queueIds(NOW + 11 * MIN)).not.toContain('c1');
		expect(await queueIds(NOW + DAY)).toContain('c1');
	});

	it('still fills the day when many siblings are buried', async () => {
		await setup({ cards: 400, perFact: 8 });
		const ids = await queueIds(NOW);
		expect(ids).toHaveLength(20);
		expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `c${i * 8}`));
	});
});

describe('recordReview', () => {
	it('writes the schedule and a log entry with before and after', async () => {
		await setup();
		const { schedule, logId } = await rate('c1', 3, NOW, 2345);
		const card = await db.getCard({ cardId: 'c1' });
		expect(card?.schedule).toEqual(schedule);
		expect(card?.history).toEqual([
			{
				id: logId,
				cardId: 'c1',
				deckId: 'deck-big',
				rating: 3,
				reviewedAt: NOW,
				durationMs: 2345,
				before: expect.objectContaining({ state: 'new', reps: 0 }),
				after: schedule
			}
		]);
		await expect(rate('nope', 3, NOW)).rejects.toBeInstanceOf(CardNotFoundError);
	});

	it('writes nothing when the log write fails synchronously', async () => {
		await setup();
		const before = await db.exportBackup({ now: NOW });
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
			throw new Error('simulated failure');
		});
		await expect(rate('c1', 3, NOW)).rejects.toThrow('simulated failure');
		vi.restoreAllMocks();
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
	});

	it('writes nothing when the log write fails inside the transaction', async () => {
		await setup();
		const first = await rate('c0', 3, NOW);
		const before = await db.exportBackup({ now: NOW });
		const original = IDBObjectStore.prototype.add;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
			this: IDBObjectStore,
			value: unknown
		) {
			// A clashing key fails the request asynchronously, after the schedule put was queued.
			return original.call(this, { ...(value as object), id: first.logId });
		});
		await expect(rate('c1', 3, NOW)).rejects.toMatchObject({ name: 'ConstraintError' });
		vi.restoreAllMocks();
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
		// And the database still works afterwards.
		await rate('c1', 3, NOW);
	});
});

describe('undoLastReview', () => {
	it('restores the exact state and log, one rating at a time', async () => {
		await setup();
		const snapshots = [await db.exportBackup({ now: 0 })];
		const steps: Array<[string, Rating, number]> = [
			['c0', 3, NOW],
			['c1', 1, NOW + MIN],
			['c0', 3, NOW + 10 * MIN],
			['c2', 4, NOW + 11 * MIN],
			['c1', 2, NOW + 12 * MIN]
		];
		for (const [id, r, t] of steps) {
			await rate(id, r, t);
			snapshots.push(await db.exportBackup({ now: 0 }));
		}
		for (let i = steps.length; i > 0; i--) {
			expect(await db.undoLastReview({ deckId: 'deck-big' })).toMatchObject({
				cardId: steps[i - 1][0],
				deckId: 'deck-big'
			});
			const now = await db.exportBackup({ now: 0 });
			expect(now).toEqual(snapshots[i - 1]);
			expect((await db.getCard({ cardId: steps[i - 1][0] }))?.schedule).toEqual(
				snapshots[i - 1].schedules.find((s) => s.cardId === steps[i - 1][0])
			);
			expect(now.log).toHaveLength(i - 1);
		}
		expect(await db.undoLastReview({ deckId: 'deck-big' })).toBeNull();
		expect(await db.undoLastReview()).toBeNull();
	});

	it('undoes the latest rating of the given deck only, and keeps flags set since', async () => {
		await setup();
		await db.importDeck({ deck: makeBigDeck({ id: 'other', cards: 2 }), now: NOW });
		await rate('c0', 3, NOW);
		await db.recordReview({
			cardId: 'c0',
			deckId: 'other',
			rating: 3,
			now: NOW + 1,
			durationMs: 5
		});
		expect(await db.undoLastReview({ deckId: 'deck-big' })).toMatchObject({
			cardId: 'c0',
			deckId: 'deck-big'
		});
		expect((await db.getCard({ cardId: 'c0', deckId: 'other' }))?.history).toHaveLength(1);
		await db.setSuspended({ cardId: 'c0', deckId: 'other', suspended: true });
		expect(await db.undoLastReview()).toMatchObject({ cardId: 'c0', deckId: 'other' });
		const card = await db.getCard({ cardId: 'c0', deckId: 'other' });
		expect(card?.schedule).toMatchObject({ state: 'new', reps: 0, suspended: true });
	});
});

describe('persistent storage', () => {
	it('is asked for once, after the first import or rating, and is safe without it', async () => {
		await setup();
		expect(await db.requestPersistence()).toEqual({ supported: false, persisted: false });
		db.close();
		const persist = vi.fn(async () => true);
		vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
		try {
			db = await openFreshDb();
			await db.saveSettings({ settings: testSettings() });
			await db.listDecks({ now: NOW });
			expect(persist).not.toHaveBeenCalled();
			await db.importDeck({ deck: makeBigDeck({ cards: 3 }), now: NOW });
			await rate('c0', 3, NOW);
			await rate('c1', 3, NOW);
			await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
			expect(await db.requestPersistence()).toEqual({ supported: true, persisted: true });
		} finally {
			vi.unstubAllGlobals();
		}
	});
});

describe('suspending and summaries', () => {
	it('keeps suspended cards out of the queue and counts them', async () => {
		await setup({ cards: 5 });
		await db.setSuspended({ cardId: 'c1', suspended: true });
		expect(await queueIds(NOW)).toEqual(['c0', 'c2', 'c3', 'c4']);
		expect(await counts(NOW)).toEqual({ new: 4, learning: 0, due: 0, total: 5, suspended: 1 });
		await db.setSuspended({ cardId: 'c1', suspended: false });
		expect(await queueIds(NOW)).toContain('c1');
		await expect(db.setSuspended({ cardId: 'zz', suspended: true })).rejects.toThrow(/zz/);
	});

	it('sums up a session', async () => {
		await setup();
		expect(await db.sessionSummary({ deckId: 'deck-big', since: NOW })).toEqual({
			reviewed: 0,
			againRate: 0,
			timeMs: 0
		});
		await rate('c0', 1, NOW, 1000);
		await rate('c1', 3, NOW + 1, 2000);
		await rate('c2', 3, NOW + 2, 3000);
		await rate('c3', 1, NOW + 3, 4000);
		const s = await db.sessionSummary({ deckId: 'deck-big', since: NOW + 1 });
		expect(s).toEqual({ reviewed: 3, againRate: 1 / 3, timeMs: 9000, nextDue: NOW + MIN });
	});

	it('limits the queue on request and returns cards with their schedules', async () => {
		await setup();
		const q = await db.getStudyQueue({ deckId: 'deck-big', now: NOW, limit: 3 });
		expect(q.map((x) => [x.card.id, x.schedule.cardId])).toEqual([
			['c0', 'c0'],
			['c1', 'c1'],
			['c2', 'c2']
		]);
		expect(await db.getStudyQueue({ deckId: 'missing', now: NOW })).toEqual([]);
		expect(await db.deckCounts({ deckId: 'missing', now: NOW })).toBeNull();
	});
});

describe('two tabs rating the same card', () => {
	it('counts the first rating and refuses the second, writing nothing for it', async () => {
		await setup({ cards: 3 });
		const [shown] = await db.getStudyQueue({ deckId: 'deck-big', now: NOW });
		// Both tabs show the same card with the same schedule; the first rates it.
		const first = await db.recordReview({
			cardId: shown.card.id,
			deckId: 'deck-big',
			rating: 3,
			now: NOW,
			durationMs: 1,
			expected: shown.schedule
		});
		const before = await db.exportBackup({ now: NOW });
		const err = await db
			.recordReview({
				cardId: shown.card.id,
				deckId: 'deck-big',
				rating: 1,
				now: NOW + 1,
				durationMs: 1,
				expected: shown.schedule
			})
			.catch((e) => e);
		expect(err).toBeInstanceOf(ReviewConflictError);
		expect(err.code).toBe('review-conflict');
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
		expect(before.log.map((e) => [e.cardId, e.rating])).toEqual([[shown.card.id, 3]]);
		// Rating from the schedule the first rating left is fine (the card came back in learning).
		await db.recordReview({
			cardId: shown.card.id,
			deckId: 'deck-big',
			rating: 3,
			now: NOW + 10 * MIN,
			durationMs: 1,
			expected: first.schedule
		});
		// Suspending in between is not a conflict.
		const [next] = await db.getStudyQueue({ deckId: 'deck-big', now: NOW + 10 * MIN });
		await db.setSuspended({ cardId: next.card.id, deckId: 'deck-big', suspended: true });
		await db.setSuspended({ cardId: next.card.id, deckId: 'deck-big', suspended: false });
		await db.recordReview({
			cardId: next.card.id,
			deckId: 'deck-big',
			rating: 3,
			now: NOW + 11 * MIN,
			durationMs: 1,
			expected: next.schedule
		});
		expect((await db.exportBackup({ now: NOW })).log).toHaveLength(3);
	});
});
