import { describe, expect, it } from 'vitest';
import { studyDayStart } from '../../../src/lib/srs/day';
import {
	addDays,
	isEmptyDay,
	reviewSlot,
	summarizeReviews,
	type DayLogEntry
} from '../../../src/lib/srs/review-days';
import { computeStats } from '../../../src/lib/srs/stats';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 30, 12); // just after Europe's and North America's spring change

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Reviews at random minutes over the past `days` days, in two decks. */
function randomLog(n: number, days: number, seed: number): DayLogEntry[] {
	const r = random(seed);
	const states = ['new', 'learning', 'review', 'review', 'relearning'] as const;
	return Array.from({ length: n }, () => ({
		deckId: r() < 0.5 ? 'a' : 'b',
		reviewedAt: NOW - Math.floor(r() * days * 24 * 60) * 60_000,
		rating: (1 + Math.floor(r() * 4)) as 1 | 2 | 3 | 4,
		before: { state: states[Math.floor(r() * states.length)] },
		...(r() < 0.1 ? { practice: true as const } : {})
	}));
}

describe('the per-day review summary', () => {
	it('files a review under its local calendar day and hour', () => {
		const t = Date.UTC(2026, 0, 10, 23, 30); // 23:30 UTC is 05:00 the next day in Kolkata
		expect(reviewSlot(t, 'UTC')).toEqual({ day: Date.UTC(2026, 0, 10) / DAY, hour: 23 });
		expect(reviewSlot(t, 'Asia/Kolkata')).toEqual({ day: Date.UTC(2026, 0, 11) / DAY, hour: 5 });
	});

	it('counts every rating, and as graded only real reviews of review cards', () => {
		const at = Date.UTC(2026, 0, 10, 9, 15);
		const [row, ...rest] = summarizeReviews(
			[
				{ deckId: 'a', reviewedAt: at, rating: 1, before: { state: 'review' } },
				{ deckId: 'a', reviewedAt: at + 60_000, rating: 3, before: { state: 'review' } },
				{ deckId: 'a', reviewedAt: at, rating: 3, before: { state: 'learning' } },
				{ deckId: 'a', reviewedAt: at, rating: 4, before: { state: 'review' }, practice: true }
			],
			{ timeZone: 'UTC' }
		);
		expect(rest).toEqual([]);
		expect(row).toMatchObject({ deckId: 'a', day: Date.UTC(2026, 0, 10) / DAY });
		expect(row.reviews[9]).toBe(4);
		expect(row.graded[9]).toBe(2);
		expect(row.passed[9]).toBe(1);
		expect(row.reviews.reduce((a, b) => a + b)).toBe(4);
	});

	it('takes away what it added, to an empty day, and never below zero', () => {
		const log = randomLog(50, 1, 1).map((e) => ({ ...e, deckId: 'a' }));
		const added = summarizeReviews(log, { timeZone: 'UTC' });
		const removed = summarizeReviews(log, { sign: -1, timeZone: 'UTC' });
		expect(added.length).toBeGreaterThan(0);
		added.forEach((row, i) => {
			const back = addDays(row, removed[i]);
			expect(isEmptyDay(back)).toBe(true);
			expect(addDays(back, removed[i]).reviews.every((n) => n === 0)).toBe(true);
		});
	});

	// Half-hour and 45-minute offsets, a half-hour daylight saving change (Lord Howe), and the
	// spring change inside the past weeks: a study day is whole local hours in each of them.
	for (const timeZone of [
		'UTC',
		'Europe/London',
		'America/New_York',
		'Asia/Kolkata',
		'Asia/Kathmandu',
		'Australia/Lord_Howe'
	])
		for (const dayStartHour of [0, 4, 23])
			it(`puts each review in its study day in ${timeZone}, days starting at ${dayStartHour}:00`, () => {
				const log = randomLog(3000, 120, dayStartHour + timeZone.length);
				const stats = computeStats({
					schedules: [],
					days: summarizeReviews(log, { timeZone }),
					now: NOW,
					settings: { dayStartHour, desiredRetention: 0.9 },
					timeZone,
					historyDays: 100,
					retentionWeeks: 10
				});
				// The reference: each review's study day start, straight from the clock.
				const perDay = new Map<number, number>();
				const graded = new Map<number, [number, number]>();
				for (const e of log) {
					const day = studyDayStart({ now: e.reviewedAt, dayStartHour, timeZone });
					perDay.set(day, (perDay.get(day) ?? 0) + 1);
					if (e.practice || e.before.state !== 'review') continue;
					const g = graded.get(day) ?? [0, 0];
					graded.set(day, [g[0] + 1, g[1] + (e.rating > 1 ? 1 : 0)]);
				}
				expect(stats.history).toHaveLength(100);
				for (const d of stats.history)
					expect([d.day, d.count]).toEqual([d.day, perDay.get(d.day) ?? 0]);
				const inShown = [...perDay].filter(([day]) => day >= stats.history[0].day);
				expect(stats.history.reduce((n, d) => n + d.count, 0)).toBe(
					inShown.reduce((n, [, c]) => n + c, 0)
				);
				const firstWeek = stats.history.length - 70;
				stats.retention.forEach((week, w) => {
					let reviews = 0;
					let passed = 0;
					for (const d of stats.history.slice(firstWeek + 7 * w, firstWeek + 7 * w + 7)) {
						const g = graded.get(d.day) ?? [0, 0];
						reviews += g[0];
						passed += g[1];
					}
					expect(week).toMatchObject({ reviews, passed });
				});
			});
});
