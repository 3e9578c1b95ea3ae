/**
 * An imported file's progress written with its deck: the file's review history replayed through the
 * scheduler (each rating at its time, so FSRS rebuilds the memory state) and its suspended cards.
 */
import type { Deck } from '../deck/schema';
import { rateCard } from '../srs/scheduler';
import type { ReviewLogEntry } from '../srs/types';
import { writeDeck, type ImportResult } from './decks';
import { countReviews, countSchedules, type ScheduleChange } from './review-days';
import { fromRow, toRow } from './schema';
import { readSettings } from './settings';
import { guard, type WriteTx } from './tx';

/** Review history and suspended cards from a file, by card id. */
export interface ImportProgress {
	reviews: Record<string, Array<{ at: number; rating: 1 | 2 | 3 | 4; durationMs: number }>>;
	suspended: string[];
}

/**
 * Merges the deck (as `writeDeck`), then gives each card never reviewed here the file's history:
 * schedules and log entries in the caller's transaction. Cards already studied here keep theirs.
 */
export async function writeImported(
	tx: WriteTx,
	o: { deck: Deck; progress?: ImportProgress; now: number }
): Promise<ImportResult & { reviews: number }> {
	const result = await writeDeck(tx, { deck: o.deck, now: o.now });
	let reviews = 0;
	const progress = o.progress;
	if (!progress) return { ...result, reviews };
	const settings = await readSettings(tx);
	const schedules = tx.objectStore('schedules');
	const log = tx.objectStore('log');
	const suspended = new Set(progress.suspended);
	const ids = new Set([...Object.keys(progress.reviews), ...suspended]);
	const written: ReviewLogEntry[] = [];
	const changes: ScheduleChange[] = [];
	for (const cardId of ids) {
		const row = await schedules.get([o.deck.id, cardId]);
		if (!row) continue;
		const stored = fromRow(row);
		let schedule = stored;
		const history = Object.hasOwn(progress.reviews, cardId) ? progress.reviews[cardId] : [];
		if (schedule.reps === 0 && history.length) {
			for (const review of [...history].sort((a, b) => a.at - b.at)) {
				if (review.at > o.now) break;
				const after = rateCard({ schedule, rating: review.rating, now: review.at, settings });
				const entry: ReviewLogEntry = {
					cardId,
					deckId: o.deck.id,
					rating: review.rating,
					reviewedAt: review.at,
					durationMs: review.durationMs,
					before: schedule,
					after
				};
				if (schedule.factId !== undefined) entry.factId = schedule.factId;
				void guard(log.add(entry as ReviewLogEntry & { id: number }));
				written.push(entry);
				schedule = after;
				reviews++;
			}
		}
		if (suspended.has(cardId)) schedule = { ...schedule, suspended: true };
		await schedules.put(toRow(schedule));
		changes.push([stored, schedule]);
	}
	await Promise.all([countReviews(tx, written), countSchedules(tx, changes)]);
	return { ...result, reviews };
}
