/** Types and defaults shared by the scheduler, the queue and the database. Dates are epoch ms. */
import { z } from 'zod';

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

/** A learning step such as "1m", "10m", "1h" or "1d" (the units ts-fsrs understands). */
const stepSchema = z
	.string()
	.regex(/^\d+(\.\d+)?[mhd]$/, 'a step is a number followed by m, h or d, e.g. "10m"');

/** Validates settings read from storage or a backup; unknown keys are dropped. */
export const settingsSchema = z.object({
	desiredRetention: z.number().min(0.7).max(0.99),
	newPerDay: z.number().int().min(0).max(9999),
	maxReviewsPerDay: z.number().int().min(0).max(99999),
	learningSteps: z.array(stepSchema).max(10),
	relearningSteps: z.array(stepSchema).max(10),
	dayStartHour: z.number().int().min(0).max(23),
	enableFuzz: z.boolean(),
	maximumInterval: z.number().int().min(1).max(36500),
	theme: z.enum(['light', 'dark', 'system']),
	typedAnswers: z.boolean()
});

/** Everything the user can set: scheduling options plus display preferences. */
export type Settings = z.infer<typeof settingsSchema>;

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
	typedAnswers: false
}) as Settings;

/** Merges partial or stale settings over the defaults and validates them; never throws. */
export function normalizeSettings(o: { settings: unknown }): Settings {
	const merged =
		o.settings && typeof o.settings === 'object'
			? { ...DEFAULT_SETTINGS, ...(o.settings as object) }
			: { ...DEFAULT_SETTINGS };
	const parsed = settingsSchema.safeParse(merged);
	if (parsed.success) return parsed.data;
	// Keep every valid field, fall back to the default for each invalid one.
	const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
	const shape = settingsSchema.shape as Record<string, z.ZodType>;
	for (const key of Object.keys(shape)) {
		const value = (merged as Record<string, unknown>)[key];
		if (shape[key].safeParse(value).success) out[key] = value;
	}
	return out as Settings;
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
