/**
 * The per-day review summary (`days` store, v7) kept in step with the review log: every write or
 * delete of log entries calls one of these in its own transaction, so the two never disagree.
 */
import {
	addDays,
	emptyDay,
	isEmptyDay,
	summarizeReviews,
	type DayLogEntry
} from '../srs/review-days';
import { deckRange, guard, type ReadTx, type WriteTx } from './tx';

/**
 * Whether the transaction has the summary: a database opened at an older version (migration tests
 * fill one as that version's code did) has no `days` store, and its upgrade builds it from the log.
 */
function hasDays(tx: ReadTx): boolean {
	return tx.objectStoreNames.contains('days');
}

/** Adds (sign 1) or takes away (sign -1) log entries from the summary. */
export async function countReviews(
	tx: WriteTx,
	entries: DayLogEntry[],
	sign: 1 | -1 = 1
): Promise<void> {
	if (!entries.length || !hasDays(tx)) return;
	const store = tx.objectStore('days');
	// One read and one write per day touched; the days differ, so they may run side by side.
	await Promise.all(
		summarizeReviews(entries, { sign }).map(async (change) => {
			const key: [string, number] = [change.deckId, change.day];
			const row = await store.get(key);
			const next = addDays(row ?? emptyDay(change.deckId, change.day), change);
			await (isEmptyDay(next) ? store.delete(key) : store.put(next));
		})
	);
}

/** Forgets a deck's summary (its log is being deleted in the same transaction). */
export async function forgetDeckReviews(tx: WriteTx, deckId: string): Promise<void> {
	if (hasDays(tx)) await tx.objectStore('days').delete(deckRange(deckId));
}

/** Replaces the whole summary with the sums of `log` (a restore replaces the whole log). */
export async function replaceAllReviews(tx: WriteTx, log: DayLogEntry[]): Promise<void> {
	if (!hasDays(tx)) return;
	const store = tx.objectStore('days');
	await store.clear();
	await Promise.all(summarizeReviews(log).map((row) => guard(store.put(row))));
}
