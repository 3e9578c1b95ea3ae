/** Today's study queue and the counts shown on the home screen, from plain schedules. */
import { nextStudyDayStart } from './day';
import type { CardSchedule, DoneToday, Settings } from './types';

/** How far ahead learning cards may be shown when nothing else is left (Anki's learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Options shared by buildQueue and deckCounts. */
export interface QueueOptions {
	schedules: CardSchedule[];
	now: number;
	settings: Settings;
	doneToday: DoneToday;
	/** Defaults to the local time zone. */
	timeZone?: string;
	/** Defaults to LEARN_AHEAD_MS. */
	learnAheadMs?: number;
}

/** The parts of today's queue, before interleaving. */
export interface QueueParts {
	learning: CardSchedule[];
	reviews: CardSchedule[];
	news: CardSchedule[];
	learnAhead: CardSchedule[];
}

const byDue = (a: CardSchedule, b: CardSchedule) =>
	a.due - b.due || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);

/** Splits schedules into today's learning, review, new and learn-ahead cards, limits and burying applied. */
export function queueParts(o: QueueOptions): QueueParts {
	const { now, settings, doneToday } = o;
	const dayEnd = nextStudyDayStart({
		now,
		dayStartHour: settings.dayStartHour,
		timeZone: o.timeZone
	});
	const aheadUntil = now + (o.learnAheadMs ?? LEARN_AHEAD_MS);
	const learning: CardSchedule[] = [];
	const learnAhead: CardSchedule[] = [];
	const reviews: CardSchedule[] = [];
	const news: CardSchedule[] = [];
	for (const s of o.schedules) {
		if (s.suspended || s.retired) continue;
		if (s.buriedUntil !== undefined && s.buriedUntil > now) continue;
		if (s.state === 'learning' || s.state === 'relearning') {
			if (s.due <= now) learning.push(s);
			else if (s.due <= aheadUntil) learnAhead.push(s);
		} else if (s.state === 'review') {
			// Review intervals are whole days: anything due before the next day starts is due today.
			if (s.due < dayEnd) reviews.push(s);
		} else news.push(s);
	}
	learning.sort(byDue);
	learnAhead.sort(byDue);
	reviews.sort(byDue);
	news.sort(byDue);

	// Sibling burying: a fact studied today, or already in today's queue, keeps its other cards
	// for another day. Learning cards are never buried (they are the sibling being studied).
	const facts = new Set(doneToday.factIds);
	for (const s of [...learning, ...learnAhead]) if (s.factId) facts.add(s.factId);
	const take = (list: CardSchedule[], limit: number) => {
		const out: CardSchedule[] = [];
		for (const s of list) {
			if (out.length >= limit) break;
			if (s.factId) {
				if (facts.has(s.factId)) continue;
				facts.add(s.factId);
			}
			out.push(s);
		}
		return out;
	};
	const reviewRoom = Math.max(0, settings.maxReviewsPerDay - doneToday.reviewCount);
	const newRoom = Math.max(0, settings.newPerDay - doneToday.newCount);
	return {
		learning,
		reviews: take(reviews, reviewRoom),
		news: take(news, newRoom),
		learnAhead
	};
}

/** Puts new cards evenly among reviews: one new card after every `gap` reviews. */
export function interleave(o: { reviews: CardSchedule[]; news: CardSchedule[] }): CardSchedule[] {
	const { reviews, news } = o;
	if (!news.length) return [...reviews];
	if (!reviews.length) return [...news];
	const gap = Math.max(1, Math.floor(reviews.length / news.length));
	const out: CardSchedule[] = [];
	let n = 0;
	reviews.forEach((r, i) => {
		out.push(r);
		if ((i + 1) % gap === 0 && n < news.length) out.push(news[n++]);
	});
	while (n < news.length) out.push(news[n++]);
	return out;
}

/**
 * Today's queue in study order: learning cards that are due, then reviews with new cards spread
 * among them, then learning cards due within the learn-ahead window. Suspended and retired cards,
 * buried siblings and cards over the daily limits are left out.
 */
export function buildQueue(o: QueueOptions): CardSchedule[] {
	const parts = queueParts(o);
	return [
		...parts.learning,
		...interleave({ reviews: parts.reviews, news: parts.news }),
		...parts.learnAhead
	];
}

/** Counts for the home screen: what today's queue holds, plus deck totals (retired cards excluded). */
export function deckCounts(o: QueueOptions): {
	new: number;
	learning: number;
	due: number;
	total: number;
	suspended: number;
} {
	const parts = queueParts(o);
	let total = 0;
	let suspended = 0;
	for (const s of o.schedules) {
		if (s.retired) continue;
		total++;
		if (s.suspended) suspended++;
	}
	return {
		new: parts.news.length,
		learning: parts.learning.length + parts.learnAhead.length,
		due: parts.reviews.length,
		total,
		suspended
	};
}
