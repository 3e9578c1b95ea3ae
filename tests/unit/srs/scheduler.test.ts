import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SETTINGS,
	formatInterval,
	newSchedule,
	normalizeSettings,
	previewRatings,
	RATING_LABELS,
	rateCard,
	type CardSchedule,
	type Rating
} from '../../../src/lib/srs';
import { testSettings } from '../../fixtures/db';

const T0 = Date.UTC(2026, 0, 5, 12);
const MIN = 60_000;
const DAY = 86_400_000;

function fresh(cardId = 'c1', now = T0): CardSchedule {
	return newSchedule({ cardId, deckId: 'd1', factId: 'f1', now });
}

/** Rates Good until the card is in review, returning it and the time. */
function graduate(s: CardSchedule, now: number, settings = testSettings()) {
	let schedule = s;
	let t = now;
	while (schedule.state !== 'review') {
		schedule = rateCard({ schedule, rating: 3, now: t, settings });
		t = schedule.due;
	}
	return { schedule, now: t };
}

describe('newSchedule', () => {
	it('starts new, unsuspended, unretired, with the ids and fact', () => {
		const s = fresh();
		expect(s).toMatchObject({
			cardId: 'c1',
			deckId: 'd1',
			factId: 'f1',
			state: 'new',
			reps: 0,
			lapses: 0,
			due: T0,
			suspended: false,
			retired: false
		});
		expect(s.lastReview).toBeUndefined();
		// Stored as-is in IndexedDB: no Date objects, survives structuredClone unchanged.
		expect(structuredClone(s)).toEqual(s);
	});
});

describe('rateCard', () => {
	it('walks the learning steps 1m, 10m then graduates to review', () => {
		const settings = testSettings();
		const s1 = rateCard({ schedule: fresh(), rating: 3, now: T0, settings });
		expect(s1.state).toBe('learning');
		expect(s1.due - T0).toBe(10 * MIN);
		const again = rateCard({ schedule: fresh(), rating: 1, now: T0, settings });
		expect(again.state).toBe('learning');
		expect(again.due - T0).toBe(1 * MIN);
		const s2 = rateCard({ schedule: s1, rating: 3, now: s1.due, settings });
		expect(s2.state).toBe('review');
		expect(s2.due - s1.due).toBeGreaterThanOrEqual(DAY);
		expect(s2.lastReview).toBe(s1.due);
	});

	it('grows the interval with each Good', () => {
		const settings = testSettings();
		let { schedule, now } = graduate(fresh(), T0);
		const intervals: number[] = [];
		for (let i = 0; i < 6; i++) {
			const next = rateCard({ schedule, rating: 3, now, settings });
			intervals.push(next.due - now);
			schedule = next;
			now = next.due;
		}
		for (let i = 1; i < intervals.length; i++)
			expect(intervals[i]).toBeGreaterThan(intervals[i - 1]);
		expect(intervals[0]).toBeGreaterThanOrEqual(DAY);
	});

	it('sends a lapsed review card to relearning (10m) and counts the lapse', () => {
		const settings = testSettings();
		const { schedule, now } = graduate(fresh(), T0);
		const lapsed = rateCard({ schedule, rating: 1, now, settings });
		expect(lapsed.state).toBe('relearning');
		expect(lapsed.lapses).toBe(schedule.lapses + 1);
		expect(lapsed.due - now).toBe(10 * MIN);
		expect(lapsed.stability).toBeLessThan(schedule.stability);
	});

	it('keeps ids, fact and flags, and does not touch its input', () => {
		const s = { ...fresh(), suspended: true };
		const copy = structuredClone(s);
		const out = rateCard({ schedule: s, rating: 4, now: T0, settings: testSettings() });
		expect(s).toEqual(copy);
		expect(out).toMatchObject({ cardId: 'c1', deckId: 'd1', factId: 'f1', suspended: true });
	});

	it('respects the settings: steps, retention, maximum interval', () => {
		const steps = testSettings({ learningSteps: ['5m'], relearningSteps: ['30m'] });
		expect(rateCard({ schedule: fresh(), rating: 1, now: T0, settings: steps }).due - T0).toBe(
			5 * MIN
		);
		const { schedule, now } = graduate(fresh(), T0, steps);
		expect(rateCard({ schedule, rating: 1, now, settings: steps }).due - now).toBe(30 * MIN);

		const interval = (desiredRetention: number, maximumInterval = 36500) => {
			const settings = testSettings({ desiredRetention, maximumInterval });
			let s = graduate(fresh(), T0, settings);
			for (let i = 0; i < 4; i++) {
				const next = rateCard({ schedule: s.schedule, rating: 3, now: s.now, settings });
				s = { schedule: next, now: next.due };
			}
			return s.schedule.scheduledDays;
		};
		expect(interval(0.95)).toBeLessThan(interval(0.8));
		expect(interval(0.8, 10)).toBeLessThanOrEqual(10);
	});

	it('is deterministic without fuzz; with fuzz it spreads intervals yet repeats for equal input', () => {
		const noFuzz = testSettings();
		const fuzz = testSettings({ enableFuzz: true });
		const base = graduate(fresh(), T0, noFuzz);
		// Mature the card a little so the interval is long enough to be fuzzed.
		let s = base.schedule;
		let now = base.now;
		for (let i = 0; i < 3; i++) {
			s = rateCard({ schedule: s, rating: 3, now, settings: noFuzz });
			now = s.due;
		}
		const plain = new Set<number>();
		const fuzzed = new Set<number>();
		for (let k = 0; k < 20; k++) {
			const t = now + k * 1000;
			plain.add(rateCard({ schedule: s, rating: 3, now: t, settings: noFuzz }).scheduledDays);
			const a = rateCard({ schedule: s, rating: 3, now: t, settings: fuzz });
			const b = rateCard({ schedule: s, rating: 3, now: t, settings: fuzz });
			expect(a).toEqual(b);
			fuzzed.add(a.scheduledDays);
		}
		expect(plain.size).toBe(1);
		expect(fuzzed.size).toBeGreaterThan(1);
	});

	it('rejects a rating outside 1-4', () => {
		expect(() =>
			rateCard({ schedule: fresh(), rating: 0 as Rating, now: T0, settings: testSettings() })
		).toThrow(/1-4/);
	});
});

describe('previewRatings', () => {
	it('labels each button with the interval that rating gives', () => {
		const settings = testSettings();
		const preview = previewRatings({ schedule: fresh(), now: T0, settings });
		expect(preview[1].label).toBe('1m');
		expect(preview[2].label).toBe('6m');
		expect(preview[3].label).toBe('10m');
		expect(preview[4].label).toMatch(/^\d+d$/);
		for (const r of [1, 2, 3, 4] as Rating[])
			expect(preview[r].due).toBe(
				rateCard({ schedule: fresh(), rating: r, now: T0, settings }).due
			);
	});

	it('matches rateCard with fuzz on too', () => {
		const settings = testSettings({ enableFuzz: true });
		let { schedule, now } = graduate(fresh(), T0, settings);
		for (let i = 0; i < 3; i++) {
			schedule = rateCard({ schedule, rating: 3, now, settings });
			now = schedule.due;
		}
		const preview = previewRatings({ schedule, now, settings });
		for (const r of [1, 2, 3, 4] as Rating[])
			expect(preview[r].due).toBe(rateCard({ schedule, rating: r, now, settings }).due);
		expect(preview[1].due).toBeLessThan(preview[2].due);
		expect(preview[2].due).toBeLessThanOrEqual(preview[3].due);
		expect(preview[3].due).toBeLessThanOrEqual(preview[4].due);
	});

	it('has the four button labels', () => {
		expect(Object.values(RATING_LABELS)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
	});
});

describe('formatInterval', () => {
	it.each([
		[30_000, '<1m'],
		[10 * MIN, '10m'],
		[5 * 3_600_000, '5h'],
		[3 * DAY, '3d'],
		[36.5 * DAY, '1.2mo'],
		[61 * DAY, '2mo'],
		[2 * 365.25 * DAY, '2y'],
		[1.5 * 365.25 * DAY, '1.5y'],
		[-5, '<1m']
	])('%d ms is %s', (ms, label) => {
		expect(formatInterval({ ms })).toBe(label);
	});
});

describe('normalizeSettings', () => {
	it('fills missing fields from the defaults and replaces invalid ones', () => {
		expect(normalizeSettings({ settings: undefined })).toEqual(DEFAULT_SETTINGS);
		const s = normalizeSettings({
			settings: { newPerDay: 5, desiredRetention: 7, learningSteps: ['1x'], theme: 'dark' }
		});
		expect(s).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5, theme: 'dark' });
	});

	it('defaults to Anki-like values', () => {
		expect(DEFAULT_SETTINGS).toMatchObject({
			desiredRetention: 0.9,
			newPerDay: 20,
			maxReviewsPerDay: 200,
			learningSteps: ['1m', '10m'],
			relearningSteps: ['10m'],
			dayStartHour: 4,
			enableFuzz: true,
			theme: 'system',
			typedAnswers: false,
			multipleChoice: 'learning'
		});
	});
});
