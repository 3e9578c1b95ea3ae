/**
 * What the Stats page needs, summed so it reads a few hundred rows rather than every review and card:
 * the review log per deck, local calendar day and hour (reviews per day, the streak, true retention
 * by week), and the schedules per deck (cards by state) and per local day and hour they fall due (the
 * forecast). Hours rather than whole days, so any day-start hour maps onto them exactly (a study day
 * is a run of local hours); the local calendar, so time zones with half-hour offsets map exactly too.
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

/** One deck's cards studied and not suspended, by the local day and hour they fall due. */
export interface DueDay {
	deckId: string;
	/** The local calendar date as days since 1970-01-01. */
	day: number;
	/** Cards due per local hour 0–23. */
	due: number[];
}

/** One deck's cards by state, as the Stats page counts them (retired cards left out). */
export interface CardTally {
	deckId: string;
	new: number;
	learning: number;
	review: number;
	/** Review cards with an interval of MASTERED_DAYS or more. */
	mastered: number;
	suspended: number;
}

/** A review card whose interval is at least this many days counts as mastered (Anki's "mature"). */
export const MASTERED_DAYS = 21;

/** The schedule fields the tallies read. */
export type TallySchedule = Pick<
	CardSchedule,
	'deckId' | 'due' | 'state' | 'scheduledDays' | 'suspended' | 'retired'
>;

/** Which count a card adds to, or null for a retired card. */
export function tallyKey(s: TallySchedule): Exclude<keyof CardTally, 'deckId'> | null {
	if (s.retired) return null;
	if (s.suspended) return 'suspended';
	if (s.state === 'new') return 'new';
	if (s.state === 'review') return s.scheduledDays >= MASTERED_DAYS ? 'mastered' : 'review';
	return 'learning';
}

/** An empty tally. */
export function emptyTally(deckId: string): CardTally {
	return { deckId, new: 0, learning: 0, review: 0, mastered: 0, suspended: 0 };
}

/**
 * What changing schedules does to the tallies: each pair takes away its `before` (if any) and adds
 * its `after` (if any). Only decks and due days that change are returned, with signed counts.
 */
export function tallyChanges(
	changes: Iterable<readonly [before: TallySchedule | undefined, after: TallySchedule | undefined]>,
	o: { timeZone?: string } = {}
): { tallies: CardTally[]; dues: DueDay[] } {
	const tallies = new Map<string, CardTally>();
	const dues = new Map<string, DueDay>();
	const count = (s: TallySchedule, sign: number) => {
		const key = tallyKey(s);
		if (!key) return;
		let t = tallies.get(s.deckId);
		if (!t) tallies.set(s.deckId, (t = emptyTally(s.deckId)));
		t[key] += sign;
		// The forecast counts studied cards that are not suspended.
		if (key === 'suspended' || key === 'new') return;
		const { day, hour } = reviewSlot(s.due, o.timeZone);
		const id = `${s.deckId}\u0000${day}`;
		let d = dues.get(id);
		if (!d) dues.set(id, (d = { deckId: s.deckId, day, due: new Array<number>(HOURS).fill(0) }));
		d.due[hour] += sign;
	};
	for (const [before, after] of changes) {
		if (before) count(before, -1);
		if (after) count(after, 1);
	}
	const nonZero = (n: number[]) => n.some((x) => x !== 0);
	return {
		tallies: [...tallies.values()].filter((t) =>
			nonZero([t.new, t.learning, t.review, t.mastered, t.suspended])
		),
		dues: [...dues.values()].filter((d) => nonZero(d.due))
	};
}
