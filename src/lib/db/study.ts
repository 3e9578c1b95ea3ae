/**
 * Studying: today's queue, ratings (schedule + log in one transaction), undo, suspending, a session's
 * summary. `srs` decides (queue order, limits, FSRS); these functions read and write its rows.
 */
import type { Card } from '../deck/schema';
import { nextStudyDayStart, studyDayStart } from '../srs/day';
import { buildQueue, LEARN_AHEAD_MS, queueParts, type QueueParts } from '../srs/queue';
import { rateCard } from '../srs/scheduler';
import type { CardSchedule, DoneToday, Rating, ReviewLogEntry, Settings } from '../srs/types';
import { CardNotFoundError, ReviewConflictError } from './errors';
import { countReviews, countSchedules } from './review-days';
import { fromRow, Q, toRow } from './schema';
import { readSettings } from './settings';
import { bucketRange, guard, type ReadTx, type WriteTx } from './tx';

/** A card with its schedule. */
export interface CardWithSchedule {
	card: Card;
	schedule: CardSchedule;
}

/** What today's log says: new cards and reviews done, facts already asked. */
async function doneToday(tx: ReadTx, deckId: string, dayStart: number): Promise<DoneToday> {
	const entries = await tx
		.objectStore('log')
		.index('deck_time')
		.getAll(IDBKeyRange.bound([deckId, dayStart], [deckId, Infinity]));
	const done: DoneToday = { newCount: 0, reviewCount: 0, factIds: new Set() };
	for (const e of entries) {
		// Practice leaves the schedule alone: it uses no room in today's limits and buries nothing.
		if (e.practice) continue;
		if (e.before.state === 'new') done.newCount++;
		else if (e.before.state === 'review') done.reviewCount++;
		if (e.factId) done.factIds.add(e.factId);
	}
	return done;
}

/**
 * Today's queue parts for a deck, reading only what can be in it: today's log, learning cards
 * due soon, reviews due today and the first new cards (more only if burying skipped many).
 */
export async function todayParts(
	tx: ReadTx,
	deckId: string,
	now: number,
	settings: Settings
): Promise<{ parts: QueueParts; schedules: CardSchedule[]; doneToday: DoneToday }> {
	const dayStartHour = settings.dayStartHour;
	const dayStart = studyDayStart({ now, dayStartHour });
	const dayEnd = nextStudyDayStart({ now, dayStartHour });
	const index = tx.objectStore('schedules').index('deck_q_due');
	const [done, learning] = await Promise.all([
		doneToday(tx, deckId, dayStart),
		index.getAll(bucketRange(deckId, Q.learning, now + LEARN_AHEAD_MS))
	]);
	const reviewRoom = Math.max(0, settings.maxReviewsPerDay - done.reviewCount);
	const newRoom = Math.max(0, settings.newPerDay - done.newCount);
	let reviewFetch = reviewRoom ? reviewRoom + 50 : 0;
	let newFetch = newRoom ? newRoom * 3 + 20 : 0;
	for (;;) {
		const [reviews, news] = await Promise.all([
			reviewFetch ? index.getAll(bucketRange(deckId, Q.review, dayEnd, true), reviewFetch) : [],
			newFetch ? index.getAll(bucketRange(deckId, Q.new), newFetch) : []
		]);
		const schedules = [...learning, ...reviews, ...news].map(fromRow);
		const parts = queueParts({ schedules, now, settings, doneToday: done });
		// Buried siblings may have left the queue short; fetch further if there is more.
		const moreReviews = parts.reviews.length < reviewRoom && reviews.length === reviewFetch;
		const moreNews = parts.news.length < newRoom && news.length === newFetch;
		if (!moreReviews && !moreNews) return { parts, schedules, doneToday: done };
		if (moreReviews) reviewFetch *= 4;
		if (moreNews) newFetch *= 4;
	}
}

/** A card's stored schedule, by [deckId, cardId] or by card id alone; CardNotFoundError if none. */
async function findSchedule(tx: ReadTx, cardId: string, deckId?: string) {
	const store = tx.objectStore('schedules');
	const row = deckId ? await store.get([deckId, cardId]) : await store.index('cardId').get(cardId);
	if (!row) throw new CardNotFoundError(cardId);
	return row;
}

/** The first `limit` cards of today's queue with their cards, and how many the whole queue holds. */
export async function studyWindow(
	tx: ReadTx,
	o: { deckId: string; now: number; limit?: number }
): Promise<{ items: CardWithSchedule[]; total: number }> {
	const settings = await readSettings(tx);
	const { schedules, doneToday } = await todayParts(tx, o.deckId, o.now, settings);
	let queue = buildQueue({ schedules, now: o.now, settings, doneToday });
	const total = queue.length;
	if (o.limit !== undefined) queue = queue.slice(0, Math.max(0, o.limit));
	const cards = tx.objectStore('cards');
	const rows = await Promise.all(queue.map((s) => cards.get([s.deckId, s.cardId])));
	const out: CardWithSchedule[] = [];
	queue.forEach((schedule, i) => {
		const row = rows[i];
		if (row) out.push({ card: row.card, schedule });
	});
	return { items: out, total };
}

/** Rates a card: the new schedule (from `srs`) and its log entry, written in the caller's transaction. */
export async function recordReview(
	tx: WriteTx,
	o: {
		cardId: string;
		deckId?: string;
		rating: Rating;
		now: number;
		durationMs: number;
		/** The schedule the caller showed: if the stored one moved on since, ReviewConflictError. */
		expected?: CardSchedule;
	}
): Promise<{ schedule: CardSchedule; logId: number }> {
	const store = tx.objectStore('schedules');
	const [settings, row] = await Promise.all([
		readSettings(tx),
		findSchedule(tx, o.cardId, o.deckId)
	]);
	const before = fromRow(row);
	if (o.expected && !sameReviewState(before, o.expected)) throw new ReviewConflictError(o.cardId);
	const after = rateCard({ schedule: before, rating: o.rating, now: o.now, settings });
	const entry: ReviewLogEntry = {
		cardId: before.cardId,
		deckId: before.deckId,
		rating: o.rating,
		reviewedAt: o.now,
		durationMs: Math.max(0, Math.round(o.durationMs)),
		before,
		after
	};
	if (before.factId !== undefined) entry.factId = before.factId;
	const [, logId] = await Promise.all([
		guard(store.put(toRow(after))),
		tx.objectStore('log').add(entry as ReviewLogEntry & { id: number }),
		countReviews(tx, [entry]),
		countSchedules(tx, [[before, after]])
	]);
	return { schedule: after, logId };
}

/** Whether two schedules stand at the same review (suspending or retiring does not count). */
function sameReviewState(a: CardSchedule, b: CardSchedule): boolean {
	return (
		a.reps === b.reps &&
		a.lapses === b.lapses &&
		a.state === b.state &&
		a.due === b.due &&
		a.lastReview === b.lastReview
	);
}

/**
 * Takes back the latest rating (of a deck, or of any deck): the schedule returns to exactly what it
 * was before (suspended/retired flags set since are kept) and the log entry is removed.
 */
export async function undoLastReview(
	tx: WriteTx,
	o: { deckId?: string }
): Promise<{ cardId: string; deckId: string; schedule: CardSchedule } | null> {
	const log = tx.objectStore('log');
	const cursor = o.deckId
		? await log
				.index('deck_time')
				.openCursor(IDBKeyRange.bound([o.deckId, -Infinity], [o.deckId, Infinity]), 'prev')
		: await log.openCursor(null, 'prev');
	if (!cursor) return null;
	const entry = cursor.value;
	const store = tx.objectStore('schedules');
	const current = await store.get([entry.deckId, entry.cardId]);
	const restored: CardSchedule = {
		...entry.before,
		suspended: current?.suspended ?? entry.before.suspended,
		retired: current?.retired ?? entry.before.retired
	};
	await Promise.all([
		guard(store.put(toRow(restored))),
		guard(log.delete(entry.id)),
		countReviews(tx, [entry], -1),
		countSchedules(tx, [[current && fromRow(current), restored]])
	]);
	return { cardId: entry.cardId, deckId: entry.deckId, schedule: restored };
}

/** Suspends or unsuspends a card. */
export async function setSuspended(
	tx: WriteTx,
	o: { cardId: string; deckId?: string; suspended: boolean }
): Promise<void> {
	const row = await findSchedule(tx, o.cardId, o.deckId);
	const before = fromRow(row);
	const after = { ...before, suspended: o.suspended };
	await Promise.all([
		guard(tx.objectStore('schedules').put(toRow(after))),
		countSchedules(tx, [[before, after]])
	]);
}

/** How a study session went: reviews since `since`, share of Again, time spent, next due card. */
export async function sessionSummary(
	tx: ReadTx,
	o: { deckId: string; since: number }
): Promise<{ reviewed: number; againRate: number; timeMs: number; nextDue?: number }> {
	const index = tx.objectStore('schedules').index('deck_q_due');
	const [entries, learning, review] = await Promise.all([
		tx
			.objectStore('log')
			.index('deck_time')
			.getAll(IDBKeyRange.bound([o.deckId, o.since], [o.deckId, Infinity])),
		index.get(bucketRange(o.deckId, Q.learning)),
		index.get(bucketRange(o.deckId, Q.review))
	]);
	const again = entries.filter((e) => e.rating === 1).length;
	const dues = [learning?.due, review?.due].filter((d): d is number => d !== undefined);
	const out: { reviewed: number; againRate: number; timeMs: number; nextDue?: number } = {
		reviewed: entries.length,
		againRate: entries.length ? again / entries.length : 0,
		timeMs: entries.reduce((sum, e) => sum + e.durationMs, 0)
	};
	if (dues.length) out.nextDue = Math.min(...dues);
	return out;
}
