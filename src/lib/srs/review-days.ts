/**
 * The review log summed per deck, local calendar day and hour: all the Stats page needs from the log
 * (reviews per day, the streak, true retention by week) without reading every review. Hours rather
 * than whole days, so any day-start hour maps onto them exactly (a study day is a run of local hours);
 * the local calendar, so time zones with half-hour offsets map exactly too.
 */
import { wallClock } from './day';
import type { CardSchedule, ReviewLogEntry } from './types';

const DAY = 86_400_000;
const HOURS = 24;

/** One deck's reviews on one local calendar day, by local hour (arrays of 24 counts). */
export interface ReviewDay {
	deckId: string;
	/** The local calendar date as days since 1970-01-01. */
	day: number;
	/** Every rating, practice included (the heatmap counts them all). */
	reviews: number[];
	/** Real reviews of cards in the review state: true retention's denominator... */
	graded: number[];
	/** ... and those of them not forgotten (rated above Again). */
	passed: number[];
}

/** The log fields the summary reads. */
export type DayLogEntry = Pick<ReviewLogEntry, 'reviewedAt' | 'rating' | 'practice'> & {
	deckId?: string;
	before: Pick<CardSchedule, 'state'>;
};

/** The local calendar date (days since 1970-01-01) and hour of `t`. */
export function reviewSlot(t: number, timeZone?: string): { day: number; hour: number } {
	if (timeZone) {
		const wall = wallClock(t, timeZone);
		return { day: Math.floor(wall / DAY), hour: new Date(wall).getUTCHours() };
	}
	const d = new Date(t);
	return {
		day: Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY),
		hour: d.getHours()
	};
}

/** A day with nothing counted yet. */
export function emptyDay(deckId: string, day: number): ReviewDay {
	const zeros = () => new Array<number>(HOURS).fill(0);
	return { deckId, day, reviews: zeros(), graded: zeros(), passed: zeros() };
}

/** Whether a day counts nothing (such rows are deleted rather than kept). */
export function isEmptyDay(row: ReviewDay): boolean {
	return row.reviews.every((n) => n === 0);
}

/**
 * The entries summed per deck and day; with `sign` -1 as negative counts, to take them away again.
 * Days come in the order first met.
 */
export function summarizeReviews(
	entries: Iterable<DayLogEntry>,
	o: { sign?: 1 | -1; timeZone?: string } = {}
): ReviewDay[] {
	const sign = o.sign ?? 1;
	const rows = new Map<string, ReviewDay>();
	for (const e of entries) {
		const { day, hour } = reviewSlot(e.reviewedAt, o.timeZone);
		const deckId = e.deckId ?? '';
		const key = `${deckId}\u0000${day}`;
		let row = rows.get(key);
		if (!row) rows.set(key, (row = emptyDay(deckId, day)));
		row.reviews[hour] += sign;
		// As retention has always been counted: practice leaves the schedule alone, so it is no test.
		if (e.practice || e.before.state !== 'review') continue;
		row.graded[hour] += sign;
		if (e.rating > 1) row.passed[hour] += sign;
	}
	return [...rows.values()];
}

/** A stored day plus a change (both of one deck and day); a count never drops below zero. */
export function addDays(row: ReviewDay, change: ReviewDay): ReviewDay {
	const add = (a: number[], b: number[]) => a.map((n, h) => Math.max(0, n + (b[h] ?? 0)));
	return {
		deckId: row.deckId,
		day: row.day,
		reviews: add(row.reviews, change.reviews),
		graded: add(row.graded, change.graded),
		passed: add(row.passed, change.passed)
	};
}
