/**
 * An imported file's history and suspensions replayed through the scheduler in memory (each rating at
 * its time, so FSRS rebuilds the memory state). Loaded when a file is imported, before its
 * transaction, and handed to `writeImported` (import.ts): it imports only types, so the pages that
 * only study do not carry it.
 */
import type { rateCard } from '../srs/scheduler';
import type { CardSchedule, ReviewLogEntry, Settings } from '../srs/types';
import type { DeckWrite } from './write-deck';

/** Review history and suspended cards from a file, by card id. */
export interface ImportProgress {
	reviews: Record<string, Array<{ at: number; rating: 1 | 2 | 3 | 4; durationMs: number }>>;
	suspended: string[];
}

/**
 * The file's history and suspensions applied to a planned write, in memory: each card of the file
 * never reviewed here replays its history; the changed schedules replace (or join) the plan's, and
 * the log entries are returned. Cards already studied here keep theirs.
 */
export function applyProgress(o: {
	write: DeckWrite;
	progress: ImportProgress;
	deckId: string;
	now: number;
	settings: Settings;
	/** The scheduler's `rateCard`, handed in so this module imports nothing the study page carries. */
	rate: typeof rateCard;
}): ReviewLogEntry[] {
	const { write, progress, deckId, now, settings, rate } = o;
	const planned = new Map<string, number>();
	write.plan.schedules.forEach((s, i) => planned.set(s.cardId, i));
	const log: ReviewLogEntry[] = [];
	const suspended = new Set(progress.suspended);
	for (const cardId of new Set([...Object.keys(progress.reviews), ...suspended])) {
		const at = planned.get(cardId);
		const current: CardSchedule | undefined =
			at !== undefined ? write.plan.schedules[at] : write.stored.get(cardId);
		if (!current) continue;
		let schedule = current;
		const history = Object.hasOwn(progress.reviews, cardId) ? progress.reviews[cardId] : [];
		if (schedule.reps === 0 && history.length) {
			for (const review of [...history].sort((a, b) => a.at - b.at)) {
				if (review.at > now) break;
				const after = rate({ schedule, rating: review.rating, now: review.at, settings });
				const entry: ReviewLogEntry = {
					cardId,
					deckId,
					rating: review.rating,
					reviewedAt: review.at,
					durationMs: review.durationMs,
					before: schedule,
					after
				};
				if (schedule.factId !== undefined) entry.factId = schedule.factId;
				log.push(entry);
				schedule = after;
			}
		}
		if (suspended.has(cardId)) schedule = { ...schedule, suspended: true };
		if (schedule === current) continue;
		if (at !== undefined) write.plan.schedules[at] = schedule;
		else {
			planned.set(cardId, write.plan.schedules.length);
			write.plan.schedules.push(schedule);
		}
	}
	return log;
}
