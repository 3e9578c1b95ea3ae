/**
 * The Stats page's numbers, from plain schedules and the review log (summed per day and hour, as
 * `review-days.ts` stores it, or as entries): reviews due per day ahead, reviews
 * per day over the past year and the current streak, true retention by week against the target, cards
 * by state per deck, and per source how well its facts are known. Days are study days (they start at
 * `dayStartHour`); `now` is given, so tests control the clock. Linear in cards and in days (or reviews).
 */
import { FSRS6_DEFAULT_DECAY, forgetting_curve } from 'ts-fsrs';
import { studyDayStart } from './day';
import {
	emptyTally,
	MASTERED_DAYS,
	reviewSlot,
	summarizeReviews,
	tallyChanges,
	type CardTally,
	type DayLogEntry,
	type DueDay,
	type ReviewDay
} from './review-days';
import type { CardSchedule, Settings } from './types';

const DAY = 86_400_000;
export { MASTERED_DAYS };

/** A count on one study day (its start, epoch ms). */
export interface DayCount {
	day: number;
	count: number;
}

/** One week of real reviews of review cards: how many, how many not forgotten, and the share. */
export interface WeekRetention {
	/** The week's first study day. */
	week: number;
	reviews: number;
	passed: number;
	/** passed / reviews, or null for a week without such reviews. */
	rate: number | null;
}

/** Cards of one deck by state: the same tally the database keeps in step. */
export type StateCounts = CardTally;

/** How well the facts of one source are known. */
export interface SourceKnowledge {
	deckId: string;
	sourceId: string;
	cards: number;
	/** Cards studied at least once. */
	studied: number;
	/** Mean chance of recalling its cards now (never-studied cards count 0), 0–1. */
	recall: number;
}

export interface Stats {
	/** Today first (overdue reviews included), `forecastDays` days. */
	forecast: DayCount[];
	/** Oldest first, ending today: `historyDays` days. */
	history: DayCount[];
	/** Days in a row with a review, ending today (or yesterday, when today has none yet). */
	streak: number;
	/** Oldest first, ending with the current week. */
	retention: WeekRetention[];
	target: number;
	states: StateCounts[];
	sources: SourceKnowledge[];
}

/** The log fields the stats read (a lighter row than a full ReviewLogEntry does too). */
export type StatsLogEntry = DayLogEntry;

/** The schedule fields the stats read. */
export type StatsSchedule = Pick<
	CardSchedule,
	| 'cardId'
	| 'deckId'
	| 'due'
	| 'state'
	| 'stability'
	| 'scheduledDays'
	| 'lastReview'
	| 'suspended'
	| 'retired'
>;

/** Study-day starts: `count` days from `first`, plus the end of the last (count + 1 boundaries). */
function dayBoundaries(o: {
	first: number;
	count: number;
	dayStartHour: number;
	timeZone?: string;
}): number[] {
	const out = [o.first];
	for (let i = 0; i < o.count; i++)
		// Half a day past the next start lands inside the next day whatever daylight saving does.
		out.push(
			studyDayStart({
				now: out[i] + DAY + DAY / 2,
				dayStartHour: o.dayStartHour,
				timeZone: o.timeZone
			})
		);
	return out;
}

/** The chance of recalling a card now (FSRS forgetting curve); 0 for a card never studied. */
export function recallNow(
	s: Pick<CardSchedule, 'state' | 'stability' | 'lastReview'>,
	now: number
): number {
	if (s.state === 'new' || s.lastReview === undefined || !(s.stability > 0)) return 0;
	const days = Math.max(0, (now - s.lastReview) / DAY);
	return forgetting_curve(FSRS6_DEFAULT_DECAY, days, s.stability);
}

/**
 * Per source how well its facts are known: each current card citing it, studied or not, and the
 * mean chance of recalling them now. Reads every card's schedule, so the page asks for it apart.
 */
export function sourceKnowledge(o: {
	schedules: StatsSchedule[];
	/** Each card's cited sources, keyed `deckId\u0000cardId`. */
	cardSources: Map<string, string[]>;
	now: number;
}): SourceKnowledge[] {
	const knowledge = new Map<string, SourceKnowledge>();
	for (const s of o.schedules) {
		if (s.retired) continue;
		const sources = o.cardSources.get(`${s.deckId}\u0000${s.cardId}`);
		if (!sources) continue;
		const recall = recallNow(s, o.now);
		for (const sourceId of sources) {
			const key = `${s.deckId}\u0000${sourceId}`;
			let k = knowledge.get(key);
			if (!k) {
				k = { deckId: s.deckId, sourceId, cards: 0, studied: 0, recall: 0 };
				knowledge.set(key, k);
			}
			k.cards++;
			if (s.state !== 'new') k.studied++;
			k.recall += recall;
		}
	}
	return [...knowledge.values()].map((k) => ({
		...k,
		recall: k.cards ? k.recall / k.cards : 0
	}));
}

/** Everything the Stats page shows. */
export function computeStats(o: {
	/** Every card's schedule: counted here when the tallies are not given, and for the sources. */
	schedules?: StatsSchedule[];
	/** Cards by state per deck, and cards due per local day and hour, as the app stores them. */
	tallies?: CardTally[];
	dues?: DueDay[];
	/** The past reviews, summed per day (what the app stores) ... */
	days?: ReviewDay[];
	/** ... or as log entries (summed here). */
	log?: StatsLogEntry[];
	/** Each card's cited sources, keyed `deckId\u0000cardId` (with `schedules`, for `sources`). */
	cardSources?: Map<string, string[]>;
	now: number;
	settings: Pick<Settings, 'dayStartHour' | 'desiredRetention'>;
	timeZone?: string;
	forecastDays?: number;
	historyDays?: number;
	retentionWeeks?: number;
}): Stats {
	const { now, settings, timeZone } = o;
	const dayStartHour = settings.dayStartHour;
	const today = studyDayStart({ now, dayStartHour, timeZone });
	const forecastDays = o.forecastDays ?? 30;
	const historyDays = o.historyDays ?? 365;
	const weeks = o.retentionWeeks ?? 26;

	// Reviews due per day ahead: overdue cards are due today; learning cards due today count too.
	const ahead = dayBoundaries({ first: today, count: forecastDays, dayStartHour, timeZone });
	const forecast = ahead.slice(0, -1).map((day) => ({ day, count: 0 }));
	// Summed per deck and local day and hour (srs/review-days.ts), as the app stores them.
	const tallied =
		o.tallies && o.dues
			? { tallies: o.tallies, dues: o.dues }
			: tallyChanges(
					(o.schedules ?? []).map((s) => [undefined, s] as const),
					{ timeZone }
				);
	const todayDate = reviewSlot(today, timeZone).day;
	for (const row of tallied.dues)
		for (let hour = 0; hour < 24; hour++) {
			const n = row.due[hour];
			if (!n) continue;
			const i = Math.max(0, (hour >= dayStartHour ? row.day : row.day - 1) - todayDate);
			if (i < forecast.length) forecast[i].count += n;
		}
	const states = new Map<string, StateCounts>();
	for (const t of tallied.tallies) {
		const { deckId, ...counts } = t;
		const sum = states.get(deckId) ?? emptyTally(deckId);
		for (const k of Object.keys(counts) as Array<keyof typeof counts>) sum[k] += counts[k];
		states.set(deckId, sum);
	}

	// Reviews per day over the past year, and true retention by week (real reviews of review cards).
	const firstDay = studyDayStart({
		now: today - (historyDays - 1) * DAY + DAY / 2,
		dayStartHour,
		timeZone
	});
	const past = dayBoundaries({ first: firstDay, count: historyDays, dayStartHour, timeZone });
	const history = past.slice(0, -1).map((day) => ({ day, count: 0 }));
	// Weeks of seven study days, the last ending today: week w holds days from firstWeekDay + 7w.
	const firstWeekDay = Math.max(0, history.length - 7 * weeks);
	const retention: WeekRetention[] = Array.from({ length: weeks }, (_, w) => ({
		week: past[Math.min(history.length - 1, firstWeekDay + 7 * w)],
		reviews: 0,
		passed: 0,
		rate: null
	}));
	// Summed per deck, local day and hour (srs/review-days.ts): a study day is the local hours from
	// its start hour to the next day's, so an hour's counts belong to one study day.
	const days = o.days ?? summarizeReviews(o.log ?? [], { timeZone });
	const firstDate = reviewSlot(firstDay, timeZone).day;
	for (const row of days) {
		for (let hour = 0; hour < 24; hour++) {
			const n = row.reviews[hour];
			if (!n) continue;
			const i = (hour >= dayStartHour ? row.day : row.day - 1) - firstDate;
			if (i < 0 || i >= history.length) continue;
			history[i].count += n;
			if (i < firstWeekDay || !row.graded[hour]) continue;
			const w = ((i - firstWeekDay) / 7) | 0;
			if (w >= weeks) continue;
			retention[w].reviews += row.graded[hour];
			retention[w].passed += row.passed[hour];
		}
	}
	for (const r of retention) r.rate = r.reviews ? r.passed / r.reviews : null;

	let streak = 0;
	let d = history.length - 1;
	if (d >= 0 && history[d].count === 0) d--;
	while (d >= 0 && history[d].count > 0) {
		streak++;
		d--;
	}

	const sources =
		o.schedules && o.cardSources
			? sourceKnowledge({ schedules: o.schedules, cardSources: o.cardSources, now })
			: [];
	return {
		forecast,
		history,
		streak,
		retention,
		target: settings.desiredRetention,
		states: [...states.values()],
		sources
	};
}
