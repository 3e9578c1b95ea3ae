/** Types and defaults shared by the scheduler, the queue and the database. Dates are epoch ms. */

/** A rating button: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;

/** All ratings, in button order. */
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** The label shown on each rating button. */
export const RATING_LABELS: Record<Rating, 'Again' | 'Hard' | 'Good' | 'Easy'> = {
	1: 'Again',
	2: 'Hard',
	3: 'Good',
	4: 'Easy'
};

/** Where a card is in its life: never seen, being learnt, in long-term review, or relearnt after a lapse. */
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

/** Theme choice; 'system' follows the operating system. */
export type Theme = 'light' | 'dark' | 'system';

/** When a card with choices is asked as multiple choice: always, while it is new or being (re)learnt, or never. */
export type MultipleChoice = 'always' | 'learning' | 'never';

/** Everything the user can set: scheduling options plus display preferences. */
export interface Settings {
	desiredRetention: number;
	newPerDay: number;
	maxReviewsPerDay: number;
	learningSteps: string[];
	relearningSteps: string[];
	dayStartHour: number;
	enableFuzz: boolean;
	maximumInterval: number;
	theme: Theme;
	typedAnswers: boolean;
	multipleChoice: MultipleChoice;
}

/** The defaults (Anki-like): 90% retention, 20 new and 200 reviews a day, day starts at 4:00. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
	desiredRetention: 0.9,
	newPerDay: 20,
	maxReviewsPerDay: 200,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	dayStartHour: 4,
	enableFuzz: true,
	maximumInterval: 36500,
	theme: 'system',
	typedAnswers: false,
	multipleChoice: 'learning'
}) as Settings;

const STEP = /^\d+(\.\d+)?[mhd]$/;
const int = (min: number, max: number) => (v: unknown) =>
	Number.isInteger(v) && (v as number) >= min && (v as number) <= max
		? null
		: `must be a whole number from ${min} to ${max}`;
const steps = (v: unknown) =>
	Array.isArray(v) && v.length <= 10 && v.every((x) => typeof x === 'string' && STEP.test(x))
		? null
		: 'a step is a number followed by m, h or d, e.g. "10m" (at most 10 steps)';
const flag = (v: unknown) => (typeof v === 'boolean' ? null : 'must be true or false');

/**
 * The rules for each setting, written once and used everywhere settings cross a boundary (storage,
 * the settings form, a backup). Plain checks rather than zod keep the study page's JavaScript small.
 */
const SETTING_RULES: Record<keyof Settings, (v: unknown) => string | null> = {
	desiredRetention: (v) =>
		typeof v === 'number' && v >= 0.7 && v <= 0.99 ? null : 'must be between 0.7 and 0.99',
	newPerDay: int(0, 9999),
	maxReviewsPerDay: int(0, 99999),
	learningSteps: steps,
	relearningSteps: steps,
	dayStartHour: int(0, 23),
	enableFuzz: flag,
	maximumInterval: int(1, 36500),
	theme: (v) =>
		v === 'light' || v === 'dark' || v === 'system' ? null : 'must be light, dark or system',
	typedAnswers: flag,
	multipleChoice: (v) =>
		v === 'always' || v === 'learning' || v === 'never' ? null : 'must be always, learning or never'
};

/** What is wrong with a settings object, one line per field; empty when it is valid. */
export function settingsProblems(value: unknown): string[] {
	if (!value || typeof value !== 'object') return ['settings: must be an object'];
	const v = value as Record<string, unknown>;
	return (Object.keys(SETTING_RULES) as (keyof Settings)[]).flatMap((key) => {
		const problem = SETTING_RULES[key](v[key]);
		return problem ? [`${key}: ${problem}`] : [];
	});
}

/** Only the known fields of valid settings (unknown keys dropped). */
export function pickSettings(value: Settings): Settings {
	const out = {} as Record<string, unknown>;
	for (const key of Object.keys(SETTING_RULES))
		out[key] = (value as unknown as Record<string, unknown>)[key];
	return out as unknown as Settings;
}

/** Merges partial or stale settings over the defaults and validates them; never throws. */
export function normalizeSettings(o: { settings: unknown }): Settings {
	const merged: Record<string, unknown> =
		o.settings && typeof o.settings === 'object'
			? { ...DEFAULT_SETTINGS, ...(o.settings as object) }
			: { ...DEFAULT_SETTINGS };
	// Keep every valid field, fall back to the default for each invalid one.
	const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
	for (const key of Object.keys(SETTING_RULES) as (keyof Settings)[])
		if (!SETTING_RULES[key](merged[key])) out[key] = merged[key];
	return out as unknown as Settings;
}

/** The schedule of one card (FSRS memory state plus our flags). Stored as-is in IndexedDB. */
export interface CardSchedule {
	cardId: string;
	deckId: string;
	/** Cards sharing a factId are siblings: only one of them is studied per day. */
	factId?: string;
	/** When the card is next due (new cards: their order of introduction). */
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	/** Index of the current (re)learning step. */
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardState;
	lastReview?: number;
	/** Set by the user; suspended cards never appear in the queue. */
	suspended: boolean;
	/** Set when a deck update drops the card; kept with its history, never studied. */
	retired: boolean;
	/** Set by the user ("bury"): the card leaves the queue until this time (the next study day). */
	buriedUntil?: number;
	/** Set by the user to find the card again in the browser. */
	flagged?: boolean;
}

/** One rating, with the schedule before and after so it can be undone exactly. */
export interface ReviewLogEntry {
	id?: number;
	cardId: string;
	deckId: string;
	factId?: string;
	rating: Rating;
	reviewedAt: number;
	durationMs: number;
	before: CardSchedule;
	after: CardSchedule;
	/** A practice rating (studying more, a self-test): logged, the schedule left as it was. */
	practice?: true;
}

/** What was already studied in the current study day (from the review log since the day start). */
export interface DoneToday {
	/** New cards introduced today. */
	newCount: number;
	/** Review-state cards reviewed today. */
	reviewCount: number;
	/** Facts any card of which was reviewed today (their siblings wait until tomorrow). */
	factIds: Set<string>;
}

/** Nothing done yet today. */
export function emptyDoneToday(): DoneToday {
	return { newCount: 0, reviewCount: 0, factIds: new Set() };
}
