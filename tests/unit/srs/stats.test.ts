import { describe, expect, it } from 'vitest';
import {
	computeStats,
	recallNow,
	type StatsLogEntry,
	type StatsSchedule
} from '../../../src/lib/srs/stats';

// A controlled clock: noon UTC on a fixed day; study days start at 4:00 UTC.
const NOW = Date.UTC(2026, 5, 15, 12);
const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 5, 15, 4);
const settings = { dayStartHour: 4, desiredRetention: 0.9 };
const stats = (o: {
	schedules?: StatsSchedule[];
	log?: StatsLogEntry[];
	cardSources?: Map<string, string[]>;
}) => computeStats({ schedules: [], log: [], ...o, now: NOW, settings, timeZone: 'UTC' });

const schedule = (cardId: string, o: Partial<StatsSchedule> = {}): StatsSchedule => ({
	cardId,
	deckId: 'd',
	due: NOW,
	state: 'review',
	stability: 10,
	scheduledDays: 10,
	lastReview: NOW - 5 * DAY,
	suspended: false,
	retired: false,
	...o
});
const review = (
	at: number,
	rating: 1 | 2 | 3 | 4 = 3,
	state: StatsLogEntry['before']['state'] = 'review',
	practice = false
): StatsLogEntry => ({
	reviewedAt: at,
	rating,
	before: { state },
	...(practice ? { practice: true as const } : {})
});

describe('stats', () => {
	it('counts reviews due per day for 30 days, overdue ones today, new and suspended ones never', () => {
		const s = stats({
			schedules: [
				schedule('overdue', { due: NOW - 3 * DAY }),
				schedule('today', { due: NOW + 3_600_000 }),
				schedule('tomorrow', { due: TODAY + DAY + 1 }),
				schedule('in29', { due: TODAY + 29 * DAY }),
				schedule('in30', { due: TODAY + 30 * DAY }),
				schedule('new', { state: 'new', due: 0 }),
				schedule('off', { due: NOW, suspended: true })
			]
		});
		expect(s.forecast).toHaveLength(30);
		expect(s.forecast[0]).toEqual({ day: TODAY, count: 2 });
		expect(s.forecast[1].count).toBe(1);
		expect(s.forecast[29].count).toBe(1);
		expect(s.forecast.reduce((n, d) => n + d.count, 0)).toBe(4);
	});

	it('counts reviews per day over the past year and the current streak', () => {
		const log = [
			review(NOW - 1000),
			review(TODAY - DAY + 10),
			review(TODAY - 2 * DAY + 10),
			review(TODAY - 2 * DAY + 20),
			review(TODAY - 4 * DAY + 10),
			review(NOW - 400 * DAY)
		];
		const s = stats({ log });
		expect(s.history).toHaveLength(365);
		expect(s.history.at(-1)).toEqual({ day: TODAY, count: 1 });
		expect(s.history.at(-3)!.count).toBe(2);
		expect(s.history.reduce((n, d) => n + d.count, 0)).toBe(5);
		expect(s.streak).toBe(3);
		// Nothing yet today: yesterday's run still counts.
		expect(stats({ log: log.slice(1) }).streak).toBe(2);
		expect(stats({ log: [review(TODAY - 3 * DAY)] }).streak).toBe(0);
	});

	it('measures true retention by week: real reviews of review cards that were not forgotten', () => {
		const log = [
			review(NOW - DAY, 3),
			review(NOW - DAY, 1),
			review(NOW - DAY, 4),
			review(NOW - DAY, 2),
			review(NOW - DAY, 1, 'learning'),
			review(NOW - DAY, 1, 'review', true),
			review(NOW - 8 * DAY, 1)
		];
		const s = stats({ log });
		expect(s.retention).toHaveLength(26);
		expect(s.target).toBe(0.9);
		expect(s.retention.at(-1)).toMatchObject({ reviews: 4, passed: 3, rate: 0.75 });
		expect(s.retention.at(-2)).toMatchObject({ reviews: 1, passed: 0, rate: 0 });
		expect(s.retention[0].rate).toBeNull();
	});

	it('counts cards by state per deck; mastered is a review interval of 21 days or more', () => {
		const s = stats({
			schedules: [
				schedule('a', { state: 'new' }),
				schedule('b', { state: 'learning' }),
				schedule('c', { state: 'relearning' }),
				schedule('d', { scheduledDays: 5 }),
				schedule('e', { scheduledDays: 40 }),
				schedule('f', { deckId: 'other', state: 'new' }),
				schedule('g', { retired: true })
			]
		});
		expect(s.states).toEqual([
			{ deckId: 'd', new: 1, learning: 2, review: 1, mastered: 1, suspended: 0 },
			{ deckId: 'other', new: 1, learning: 0, review: 0, mastered: 0, suspended: 0 }
		]);
	});

	it('says per source how well its facts are known', () => {
		const cardSources = new Map([
			['d\u0000a', ['s1']],
			['d\u0000b', ['s1', 's2']]
		]);
		const fresh = schedule('a', { lastReview: NOW, stability: 10 });
		const s = stats({ schedules: [fresh, schedule('b', { state: 'new' })], cardSources });
		const s1 = s.sources.find((k) => k.sourceId === 's1')!;
		expect(s1).toMatchObject({ cards: 2, studied: 1 });
		expect(s1.recall).toBeCloseTo(0.5, 5);
		expect(s.sources.find((k) => k.sourceId === 's2')).toMatchObject({
			cards: 1,
			studied: 0,
			recall: 0
		});
		// The forgetting curve: 90% recall after `stability` days.
		expect(
			recallNow({ state: 'review', stability: 10, lastReview: NOW - 10 * DAY }, NOW)
		).toBeCloseTo(0.9, 2);
	});
});
