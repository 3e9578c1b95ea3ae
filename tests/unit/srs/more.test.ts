import { describe, expect, it } from 'vitest';
import {
	extraNewCards,
	failedTodayIds,
	newSchedule,
	practiceEntry,
	reviewAheadCards,
	type CardSchedule,
	type ReviewLogEntry
} from '../../../src/lib/srs';

const NOW = new Date(2026, 0, 5, 12).getTime();
const DAY = 86_400_000;
const card = (id: string, o: Partial<CardSchedule> = {}): CardSchedule => ({
	...newSchedule({ cardId: id, deckId: 'd', now: NOW }),
	...o
});

describe('study more, pure', () => {
	it('takes new cards in order, one per fact, skipping facts studied today and suspended cards', () => {
		const schedules = [
			card('a', { due: 1, factId: 'f1' }),
			card('b', { due: 2, factId: 'f1' }),
			card('c', { due: 3, factId: 'f2' }),
			card('d', { due: 4, suspended: true }),
			card('e', { due: 5 })
		];
		expect(
			extraNewCards({ schedules, studiedFacts: new Set(['f2']), count: 5 }).map((s) => s.cardId)
		).toEqual(['a', 'e']);
	});

	it('reviews ahead only cards due after today and within the days asked', () => {
		const review = (id: string, due: number) => card(id, { state: 'review', due });
		const schedules = [
			review('today', NOW + 3_600_000),
			review('tomorrow', NOW + DAY),
			review('in5', NOW + 5 * DAY),
			review('in20', NOW + 20 * DAY)
		];
		const got = reviewAheadCards({
			schedules,
			now: NOW,
			settings: { dayStartHour: 4 },
			days: 7,
			count: 10
		});
		expect(got.map((s) => s.cardId)).toEqual(['tomorrow', 'in5']);
	});

	it('lists today’s real failures once each, never practice', () => {
		const s = card('x');
		const e = (cardId: string, rating: 1 | 3, at: number, practice = false): ReviewLogEntry => ({
			cardId,
			deckId: 'd',
			rating,
			reviewedAt: at,
			durationMs: 0,
			before: s,
			after: s,
			...(practice ? { practice: true as const } : {})
		});
		const log = [
			e('a', 1, NOW),
			e('a', 1, NOW + 5),
			e('b', 3, NOW),
			e('c', 1, NOW, true),
			e('old', 1, NOW - 2 * DAY)
		];
		expect(failedTodayIds({ log, dayStart: NOW - 3_600_000 })).toEqual(['a']);
	});

	it('logs practice with the schedule unchanged', () => {
		const s = card('p', { state: 'review', due: NOW + DAY, factId: 'f' });
		const entry = practiceEntry({ schedule: s, rating: 1, now: NOW, durationMs: 12.4 });
		expect(entry).toMatchObject({
			practice: true,
			before: s,
			after: s,
			factId: 'f',
			durationMs: 12
		});
	});
});
