/**
 * Studying more once today's cards are done (as Anki's custom study): extra new cards past the daily
 * limit, reviews due in the next days taken early, and practice of the cards failed today. The first
 * two are real reviews (FSRS reckons an early review by the days that really passed); practice is
 * logged as practice and leaves the schedule as it is.
 */
import { nextStudyDayStart } from './day';
import type { CardSchedule, ReviewLogEntry, Settings } from './types';

/** The three ways to study more. */
export type MoreKind = 'new' | 'ahead' | 'failed';

/** Whether a kind of extra study changes the schedule (practice does not). */
export function isPractice(kind: MoreKind): boolean {
	return kind === 'failed';
}

const DAY = 86_400_000;
const byDue = (a: CardSchedule, b: CardSchedule) =>
	a.due - b.due || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
const studiable = (s: CardSchedule) => !s.suspended && !s.retired;

/** The next `count` new cards past today's limit, one card per fact, none of a fact studied today. */
export function extraNewCards(o: {
	schedules: CardSchedule[];
	studiedFacts: Set<string>;
	count: number;
}): CardSchedule[] {
	const facts = new Set(o.studiedFacts);
	const out: CardSchedule[] = [];
	for (const s of o.schedules.filter((x) => studiable(x) && x.state === 'new').sort(byDue)) {
		if (out.length >= o.count) break;
		if (s.factId) {
			if (facts.has(s.factId)) continue;
			facts.add(s.factId);
		}
		out.push(s);
	}
	return out;
}

/** Review cards due after today and within the next `days` days, soonest first, at most `count`. */
export function reviewAheadCards(o: {
	schedules: CardSchedule[];
	now: number;
	settings: Pick<Settings, 'dayStartHour'>;
	days: number;
	count: number;
	timeZone?: string;
}): CardSchedule[] {
	const from = nextStudyDayStart({
		now: o.now,
		dayStartHour: o.settings.dayStartHour,
		timeZone: o.timeZone
	});
	const until = from + o.days * DAY;
	return o.schedules
		.filter((s) => studiable(s) && s.state === 'review' && s.due >= from && s.due < until)
		.sort(byDue)
		.slice(0, o.count);
}

/** Cards rated Again today in a real review (not practice), each once, in the order they failed. */
export function failedTodayIds(o: { log: ReviewLogEntry[]; dayStart: number }): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const e of [...o.log].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
		if (e.practice || e.reviewedAt < o.dayStart || e.rating !== 1 || seen.has(e.cardId)) continue;
		seen.add(e.cardId);
		out.push(e.cardId);
	}
	return out;
}

/** A practice rating's log entry: the schedule before and after are the same. */
export function practiceEntry(o: {
	schedule: CardSchedule;
	rating: ReviewLogEntry['rating'];
	now: number;
	durationMs: number;
}): ReviewLogEntry {
	const entry: ReviewLogEntry = {
		cardId: o.schedule.cardId,
		deckId: o.schedule.deckId,
		rating: o.rating,
		reviewedAt: o.now,
		durationMs: Math.max(0, Math.round(o.durationMs)),
		before: o.schedule,
		after: o.schedule,
		practice: true
	};
	if (o.schedule.factId !== undefined) entry.factId = o.schedule.factId;
	return entry;
}
