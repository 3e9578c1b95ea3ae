import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type CitecardsDb } from '../../../src/lib/db';
import { reviewSlot } from '../../../src/lib/srs/review-days';
import { computeStats } from '../../../src/lib/srs/stats';
import {
	freshDbName,
	makeBigDeck,
	openFreshDb,
	storedSummary,
	storedTallies,
	testSettings
} from '../../fixtures/db';

const NOW = new Date(2026, 0, 20, 12).getTime();
const DAY = 86_400_000;
const HOUR = 3_600_000;
let db: CitecardsDb;

afterEach(() => db?.close());

async function setup(...deckIds: string[]) {
	db = await openFreshDb();
	await db.saveSettings({ settings: testSettings() });
	for (const id of deckIds.length ? deckIds : ['deck-big'])
		await db.importDeck({ deck: makeBigDeck({ id, cards: 6 }), now: NOW - 10 * DAY });
}

const rate = (cardId: string, at: number, rating: 1 | 2 | 3 | 4 = 3, deckId = 'deck-big') =>
	db.recordReview({ cardId, deckId, rating, now: at, durationMs: 1000 });

/**
 * The summaries as stored equal the stored log and schedules summed up; returns the log's with the
 * review count.
 */
async function inStep() {
	const t = await storedTallies(db.name);
	expect(t.stored).toEqual(t.fromSchedules);
	const s = await storedSummary(db.name);
	expect(s.stored).toEqual(s.fromLog);
	return s;
}

/** The stored cards-by-state tally of a deck. */
async function tallyOf(deckId: string) {
	const { stored } = await storedTallies(db.name);
	return stored.tallies.find((t) => t.deckId === deckId);
}

/** Reviews the summary holds for a deck on the local day and hour of `at`. */
function countAt(rows: Awaited<ReturnType<typeof inStep>>['stored'], deckId: string, at: number) {
	const { day, hour } = reviewSlot(at);
	return rows.find((r) => r.deckId === deckId && r.day === day)?.reviews[hour] ?? 0;
}

describe('the per-day review summary in the database', () => {
	it('counts each rating and practice rating, and an undo takes it back', async () => {
		await setup();
		await rate('c0', NOW - 2 * DAY);
		await rate('c1', NOW - DAY, 1);
		await rate('c2', NOW - HOUR);
		await rate('c3', NOW - HOUR, 4);
		await db.recordPractice({
			cardId: 'c1',
			deckId: 'deck-big',
			rating: 3,
			now: NOW,
			durationMs: 1
		});
		let s = await inStep();
		expect(s.reviews).toBe(5);
		expect(countAt(s.stored, 'deck-big', NOW - HOUR)).toBe(2);
		expect(countAt(s.stored, 'deck-big', NOW - 2 * DAY)).toBe(1);
		expect(s.stored.flatMap((r) => r.reviews).reduce((a, b) => a + b)).toBe(5);

		await db.undoLastReview({ deckId: 'deck-big' }); // the practice rating
		await db.undoLastReview({ deckId: 'deck-big' }); // c3
		s = await inStep();
		expect(s.reviews).toBe(3);
		expect(countAt(s.stored, 'deck-big', NOW - HOUR)).toBe(1);
		for (let i = 0; i < 3; i++) await db.undoLastReview({ deckId: 'deck-big' });
		s = await inStep();
		// Emptied days are deleted, not kept as zeros.
		expect(s.stored).toEqual([]);
		const stats = await db.getStats({ now: NOW });
		expect(stats.stats.history.reduce((n, d) => n + d.count, 0)).toBe(0);
	});

	it('gives the Stats page the log counted per study day and true retention', async () => {
		await setup();
		// Card c0 learnt, then reviewed as a review card: passed once, forgotten once.
		await rate('c0', NOW - 9 * DAY, 3);
		await rate('c0', NOW - 8 * DAY, 3);
		for (const [i, at] of [NOW - 3 * DAY, NOW - 2 * DAY].entries()) {
			const card = await db.getCard({ cardId: 'c0' });
			expect(card?.schedule.state).toBe('review');
			await rate('c0', at, i ? 1 : 3);
		}
		await inStep();
		const { stats } = await db.getStats({ now: NOW });
		const history = stats.history.filter((d) => d.count > 0).map((d) => d.count);
		expect(history).toEqual([1, 1, 1, 1]);
		const graded = stats.retention.filter((w) => w.reviews > 0);
		expect(graded.reduce((n, w) => n + w.reviews, 0)).toBe(2);
		expect(graded.reduce((n, w) => n + w.passed, 0)).toBe(1);
	});

	it('follows a card deleted with its history, and put back', async () => {
		await setup();
		await rate('c0', NOW - 3 * DAY);
		await rate('c0', NOW - DAY);
		await rate('c1', NOW - DAY);
		const deleted = await db.deleteCard({ deckId: 'deck-big', cardId: 'c0' });
		let s = await inStep();
		expect(s.reviews).toBe(1);
		expect(countAt(s.stored, 'deck-big', NOW - 3 * DAY)).toBe(0);
		expect(countAt(s.stored, 'deck-big', NOW - DAY)).toBe(1);
		await db.restoreCard({ deleted });
		s = await inStep();
		expect(s.reviews).toBe(3);
		expect(countAt(s.stored, 'deck-big', NOW - DAY)).toBe(2);
	});

	it("forgets a deck's days when it is reset or deleted, keeping the other deck's", async () => {
		await setup('deck-a', 'deck-b');
		await rate('c0', NOW - DAY, 3, 'deck-a');
		await rate('c1', NOW - DAY, 3, 'deck-a');
		await rate('c0', NOW - 5 * DAY, 3, 'deck-b');
		await rate('c0', NOW - DAY, 3, 'deck-b');
		await db.resetDeck({ deckId: 'deck-a', now: NOW });
		let s = await inStep();
		expect(s.stored.map((r) => r.deckId)).toEqual(['deck-b', 'deck-b']);
		expect(countAt(s.stored, 'deck-b', NOW - DAY)).toBe(1);
		await rate('c2', NOW, 3, 'deck-a');
		await db.deleteDeck({ deckId: 'deck-b' });
		s = await inStep();
		expect(s.stored.map((r) => r.deckId)).toEqual(['deck-a']);
		expect(s.reviews).toBe(1);
	});

	it('is rebuilt from the restored log by a restore, and again by going back', async () => {
		await setup();
		await rate('c0', NOW - 4 * DAY);
		await rate('c1', NOW - 4 * DAY);
		await rate('c2', NOW - 2 * DAY);
		const backup = await db.exportBackup({ now: NOW });
		db.close();

		// Another device with its own, different history takes the backup.
		await setup('deck-big', 'deck-other');
		await rate('c3', NOW - DAY);
		await rate('c0', NOW - DAY, 3, 'deck-other');
		const own = await inStep();
		await db.restoreBackup({ data: backup, now: NOW });
		let s = await inStep();
		expect(s.reviews).toBe(3);
		expect(s.stored.map((r) => r.deckId)).toEqual(['deck-big', 'deck-big']);
		expect(countAt(s.stored, 'deck-big', NOW - 4 * DAY)).toBe(2);
		expect(countAt(s.stored, 'deck-big', NOW - DAY)).toBe(0);
		await db.undoRestore({ now: NOW });
		s = await inStep();
		expect(s.stored).toEqual(own.stored);
	});

	it('counts an imported file’s review history', async () => {
		db = await openFreshDb();
		await db.saveSettings({ settings: testSettings() });
		const result = await db.importFile({
			deck: makeBigDeck({ id: 'anki-x', cards: 3 }),
			progress: {
				reviews: {
					c0: [
						{ at: NOW - 10 * DAY, rating: 3, durationMs: 4000 },
						{ at: NOW - 9 * DAY, rating: 3, durationMs: 3000 }
					],
					c1: [{ at: NOW - 9 * DAY, rating: 1, durationMs: 3000 }]
				},
				suspended: []
			},
			now: NOW
		});
		expect(result.reviews).toBe(3);
		const s = await inStep();
		expect(countAt(s.stored, 'anki-x', NOW - 9 * DAY)).toBe(2);
		expect(countAt(s.stored, 'anki-x', NOW - 10 * DAY)).toBe(1);
	});
});

describe('the tallies of cards by state and due hour in the database', () => {
	it('follow imports, ratings, suspending, a deck update retiring cards, and a reset', async () => {
		await setup();
		expect(await tallyOf('deck-big')).toMatchObject({ new: 6, learning: 0, suspended: 0 });
		await rate('c0', NOW - 3 * DAY);
		await rate('c1', NOW - 3 * DAY, 4);
		await db.setSuspended({ cardId: 'c2', deckId: 'deck-big', suspended: true });
		await inStep();
		expect(await tallyOf('deck-big')).toEqual({
			deckId: 'deck-big',
			new: 3,
			learning: 1,
			review: 1,
			mastered: 0,
			suspended: 1
		});
		// The update drops c4 and c5: retired cards are not counted.
		await db.importDeck({ deck: makeBigDeck({ cards: 4 }), now: NOW });
		await inStep();
		expect(await tallyOf('deck-big')).toMatchObject({ new: 1, suspended: 1 });
		await db.importDeck({ deck: makeBigDeck({ cards: 6 }), now: NOW });
		await db.setSuspended({ cardId: 'c2', deckId: 'deck-big', suspended: false });
		await inStep();
		expect(await tallyOf('deck-big')).toMatchObject({ new: 4, suspended: 0 });
		await db.undoLastReview();
		await db.resetDeck({ deckId: 'deck-big', now: NOW });
		await inStep();
		expect(await tallyOf('deck-big')).toMatchObject({ new: 6, learning: 0, review: 0 });
		await db.deleteDeck({ deckId: 'deck-big' });
		expect((await inStep()).reviews).toBe(0);
		expect((await storedTallies(db.name)).stored).toEqual({ tallies: [], dues: [] });
	});

	it('give the Stats page the same forecast and states as counting every schedule', async () => {
		await setup('deck-a', 'deck-b');
		for (const [i, at] of [NOW - 20 * DAY, NOW - 9 * DAY, NOW - 2 * DAY, NOW - HOUR].entries()) {
			await rate(`c${i}`, at, 3, 'deck-a');
			await rate(`c${i}`, at + 10 * 60_000, 3, 'deck-a');
			await rate(`c${i}`, at, 4, 'deck-b');
		}
		await rate('c0', NOW - 5 * DAY, 1, 'deck-a');
		await db.setSuspended({ cardId: 'c5', deckId: 'deck-b', suspended: true });
		await inStep();
		const backup = await db.exportBackup({ now: NOW });
		const expected = computeStats({
			schedules: backup.schedules,
			log: backup.log,
			now: NOW,
			settings: backup.settings
		});
		const { stats } = await db.getStats({ now: NOW });
		expect(stats.forecast).toEqual(expected.forecast);
		expect(stats.forecast.reduce((n, d) => n + d.count, 0)).toBe(8);
		expect(stats.states).toEqual(expected.states);
		expect(stats.history).toEqual(expected.history);
		expect(stats.retention).toEqual(expected.retention);
		expect(stats.streak).toBe(expected.streak);
	});
});

describe('the summaries after bulk deck writes', () => {
	it('follow a file’s history imported into a deck already studied, and updates that retire studied cards', async () => {
		await setup();
		await rate('c0', NOW - 3 * DAY);
		await rate('c1', NOW - 2 * DAY, 4);
		await inStep();
		// c0 keeps its own schedule and history; c2 takes the file's; c1 and c3 are suspended.
		const result = await db.importFile({
			deck: makeBigDeck({ cards: 8 }),
			progress: {
				reviews: {
					c0: [{ at: NOW - 5 * DAY, rating: 3, durationMs: 1000 }],
					c2: [
						{ at: NOW - 6 * DAY, rating: 3, durationMs: 1000 },
						{ at: NOW - 4 * DAY, rating: 4, durationMs: 1000 }
					]
				},
				suspended: ['c1', 'c3']
			},
			now: NOW
		});
		expect(result).toMatchObject({ added: 2, reviews: 2 });
		const s = await inStep();
		expect(s.reviews).toBe(4);
		expect(await tallyOf('deck-big')).toMatchObject({ new: 4, suspended: 2 });
		// Every studied card retired: their due days sum to nothing and are deleted.
		const kept = makeBigDeck({ cards: 8 });
		kept.cards = kept.cards.filter((c) => !['c0', 'c1', 'c2'].includes(c.id));
		await db.importDeck({ deck: kept, now: NOW });
		await inStep();
		expect((await storedTallies(db.name)).stored.dues).toEqual([]);
		// Only suspended c3 and new cards left; retiring the new ones takes their count to nothing.
		await db.importDeck({ deck: { ...kept, cards: kept.cards.slice(0, 1) }, now: NOW });
		await inStep();
		expect(await tallyOf('deck-big')).toMatchObject({ suspended: 1, new: 0 });
		await db.addDeck({ deck: makeBigDeck({ id: 'deck-added', cards: 3 }), now: NOW });
		await inStep();
		expect(await tallyOf('deck-added')).toMatchObject({ new: 3 });
	});
});

describe('the upgrade to the summaries', () => {
	it('builds them from every review and schedule stored by the previous version', async () => {
		const name = freshDbName();
		const old = await openDb({ name, version: 6 });
		await old.saveSettings({ settings: testSettings() });
		await old.importDeck({ deck: makeBigDeck({ id: 'deck-a', cards: 6 }), now: NOW - 30 * DAY });
		await old.importDeck({ deck: makeBigDeck({ id: 'deck-b', cards: 6 }), now: NOW - 30 * DAY });
		const at = [NOW - 400 * DAY, NOW - 20 * DAY, NOW - 20 * DAY + HOUR, NOW - 2 * DAY, NOW];
		for (const [i, t] of at.entries())
			await old.recordReview({
				cardId: `c${i}`,
				deckId: i % 2 ? 'deck-b' : 'deck-a',
				rating: 3,
				now: t,
				durationMs: 1
			});
		await old.recordPractice({
			cardId: 'c0',
			deckId: 'deck-a',
			rating: 1,
			now: NOW,
			durationMs: 1
		});
		old.close();
		const raw = await openDB(name);
		expect(raw.version).toBe(6);
		expect([...raw.objectStoreNames]).not.toContain('days');
		raw.close();

		db = await openDb({ name });
		const s = await inStep();
		expect(s.reviews).toBe(6);
		expect(s.stored.flatMap((r) => r.reviews).reduce((a, b) => a + b)).toBe(6);
		expect(countAt(s.stored, 'deck-a', NOW)).toBe(2);
		expect(countAt(s.stored, 'deck-b', NOW - 20 * DAY)).toBe(1);
		expect(countAt(s.stored, 'deck-a', NOW - 400 * DAY)).toBe(1);
		// The Stats page's year holds all but the review from over a year ago.
		const { stats } = await db.getStats({ now: NOW });
		expect(stats.history.reduce((n, d) => n + d.count, 0)).toBe(5);
		expect(stats.streak).toBe(1);
		// ... and the summary keeps in step from then on.
		await db.undoLastReview();
		expect((await inStep()).reviews).toBe(5);
	});
});
