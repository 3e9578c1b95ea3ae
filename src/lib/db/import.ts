/**
 * An imported file's progress written with its deck: the file's review history replayed through the
 * scheduler (each rating at its time, so FSRS rebuilds the memory state) and its suspended cards.
 */
import type { Deck } from '../deck/schema';
import { rateCard } from '../srs/scheduler';
import type { CardSchedule, ReviewLogEntry, Settings } from '../srs/types';
import type { BulkProgress } from './bulk';
import type { ImportResult } from './decks';
import { planDeckWrite, writePlanned, type DeckWrite, type PutAll } from './write-deck';
import { readSettings } from './settings';
import type { WriteTx } from './tx';

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
}): ReviewLogEntry[] {
	const { write, progress, deckId, now, settings } = o;
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
				const after = rateCard({ schedule, rating: review.rating, now: review.at, settings });
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

/**
 * Merges the deck (as `writeDeck`) with the file's history given to each card never reviewed here:
 * schedules and log entries written in bulk in the caller's transaction, with progress in rows.
 */
export async function writeImported(
	tx: WriteTx,
	o: {
		deck: Deck;
		progress?: ImportProgress;
		now: number;
		onProgress?: BulkProgress;
		putAll: PutAll;
	}
): Promise<ImportResult & { reviews: number }> {
	const write = await planDeckWrite(tx, o);
	const log = o.progress
		? applyProgress({
				write,
				progress: o.progress,
				deckId: o.deck.id,
				now: o.now,
				settings: await readSettings(tx)
			})
		: [];
	await writePlanned(tx, {
		write,
		extra: [{ store: 'log', items: log }],
		onProgress: o.onProgress,
		putAll: o.putAll
	});
	return { ...write.result, reviews: log.length };
}
