import { describe, expect, it } from 'vitest';
import {
	buildQueue,
	deckCounts,
	emptyDoneToday,
	interleave,
	nextStudyDayStart,
	type CardSchedule,
	type DoneToday
} from '../../../src/lib/srs';
import { makeSchedule, testSettings } from '../../fixtures/db';

const TZ = 'UTC';
const NOW = Date.UTC(2026, 0, 5, 12); // study day 5 Jan 04:00 UTC → 6 Jan 04:00 UTC
const MIN = 60_000;
const DAY = 86_400_000;

const review = (id: string, due: number, extra: Partial<CardSchedule> = {}) =>
	makeSchedule({ cardId: id, state: 'review', due, stability: 5, reps: 3, ...extra });
const learning = (id: string, due: number, extra: Partial<CardSchedule> = {}) =>
	makeSchedule({ cardId: id, state: 'learning', due, reps: 1, ...extra });
const fresh = (id: string, order: number, extra: Partial<CardSchedule> = {}) =>
	makeSchedule({ cardId: id, now: NOW - DAY + order, ...extra });

function queue(
	schedules: CardSchedule[],
	o: { done?: Partial<DoneToday>; settings?: object } = {}
) {
	return buildQueue({
		schedules,
		now: NOW,
		settings: testSettings(o.settings),
		doneToday: { ...emptyDoneToday(), ...o.done },
		timeZone: TZ
	}).map((s) => s.cardId);
}

describe('buildQueue', () => {
	it('puts due learning cards first, then reviews with new cards, then learn-ahead cards', () => {
		const ids = queue([
			fresh('n1', 1),
			review('r1', NOW - DAY),
			learning('l-ahead', NOW + 5 * MIN),
			learning('l1', NOW - MIN),
			review('r2', NOW - 2 * DAY),
			learning('l-later', NOW + 2 * 3_600_000)
		]);
		expect(ids).toEqual(['l1', 'r2', 'r1', 'n1', 'l-ahead']);
	});

	it('counts reviews due any time before the next study day starts, not after', () => {
		const dayEnd = nextStudyDayStart({ now: NOW, dayStartHour: 4, timeZone: TZ });
		expect(dayEnd).toBe(Date.UTC(2026, 0, 6, 4));
		const ids = queue([review('tonight', NOW + 8 * 3_600_000), review('tomorrow', dayEnd + 1)]);
		expect(ids).toEqual(['tonight']);
	});

	it('never shows suspended or retired cards', () => {
		const ids = queue([
			review('r-s', NOW - DAY, { suspended: true }),
			fresh('n-r', 1, { retired: true }),
			learning('l-s', NOW - MIN, { suspended: true }),
			review('ok', NOW - DAY)
		]);
		expect(ids).toEqual(['ok']);
	});

	it('spreads new cards among reviews', () => {
		const reviews = Array.from({ length: 9 }, (_, i) => review(`r${i}`, NOW - DAY + i));
		const news = Array.from({ length: 3 }, (_, i) => fresh(`n${i}`, i));
		const ids = queue([...news, ...reviews]);
		expect(ids).toEqual(['r0', 'r1', 'r2', 'n0', 'r3', 'r4', 'r5', 'n1', 'r6', 'r7', 'r8', 'n2']);
		expect(interleave({ reviews: [], news }).map((s) => s.cardId)).toEqual(['n0', 'n1', 'n2']);
	});

	it('introduces new cards in their order, up to newPerDay minus those done today', () => {
		const news = Array.from({ length: 30 }, (_, i) => fresh(`n${i}`, 30 - i));
		expect(queue(news, { settings: { newPerDay: 5 } })).toEqual([
			'n29',
			'n28',
			'n27',
			'n26',
			'n25'
		]);
		expect(queue(news, { settings: { newPerDay: 5 }, done: { newCount: 3 } })).toHaveLength(2);
		expect(queue(news, { settings: { newPerDay: 5 }, done: { newCount: 9 } })).toHaveLength(0);
	});

	it('caps reviews at maxReviewsPerDay minus those done today, most overdue first', () => {
		const reviews = Array.from({ length: 50 }, (_, i) => review(`r${i}`, NOW - i * MIN));
		expect(queue(reviews, { settings: { maxReviewsPerDay: 10 } })).toEqual(
			Array.from({ length: 10 }, (_, i) => `r${49 - i}`)
		);
		expect(
			queue(reviews, { settings: { maxReviewsPerDay: 10 }, done: { reviewCount: 7 } })
		).toHaveLength(3);
		// Learning cards are not limited: they are already under way.
		const withLearning = [...reviews, learning('l', NOW - MIN)];
		expect(
			queue(withLearning, { settings: { maxReviewsPerDay: 10 }, done: { reviewCount: 10 } })
		).toEqual(['l']);
	});

	it('buries siblings: one card per fact per day', () => {
		const schedules = [
			review('a1', NOW - DAY, { factId: 'A' }),
			fresh('a2', 1, { factId: 'A' }),
			fresh('b1', 2, { factId: 'B' }),
			fresh('b2', 3, { factId: 'B' }),
			learning('c1', NOW - MIN, { factId: 'C' }),
			review('c2', NOW - DAY, { factId: 'C' }),
			fresh('d1', 4, { factId: 'D' }),
			fresh('x', 5)
		];
		expect(queue(schedules)).toEqual(['c1', 'a1', 'b1', 'd1', 'x']);
		// Facts studied earlier today (their cards now scheduled for later) keep siblings away.
		expect(queue(schedules, { done: { factIds: new Set(['B', 'D']) } })).toEqual(['c1', 'a1', 'x']);
	});

	it('lets a buried sibling through on the next study day', () => {
		const schedules = [fresh('b1', 1, { factId: 'B' }), fresh('b2', 2, { factId: 'B' })];
		expect(queue(schedules)).toEqual(['b1']);
		// Tomorrow b1 is in learning/review and not due; b2 may come.
		const tomorrow = [review('b1', NOW + 5 * DAY, { factId: 'B' }), schedules[1]];
		expect(queue(tomorrow)).toEqual(['b2']);
	});
});

describe('deckCounts', () => {
	it('counts what today holds, and totals without retired cards', () => {
		const schedules = [
			...Array.from({ length: 25 }, (_, i) => fresh(`n${i}`, i)),
			review('r1', NOW - DAY),
			review('r2', NOW + 10 * DAY),
			learning('l1', NOW - MIN),
			review('s', NOW - DAY, { suspended: true }),
			fresh('gone', 99, { retired: true })
		];
		const counts = deckCounts({
			schedules,
			now: NOW,
			settings: testSettings(),
			doneToday: { newCount: 4, reviewCount: 0, factIds: new Set() },
			timeZone: TZ
		});
		expect(counts).toEqual({ new: 16, learning: 1, due: 1, total: 29, suspended: 1 });
	});
});
