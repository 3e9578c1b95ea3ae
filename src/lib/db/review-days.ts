/**
 * The Stats page's summaries (v7) kept in step with what they sum: the per-day review summary
 * (`days`) with the review log, the tallies (`tallies`, `dues`) with the schedules. Every write or
 * delete of log entries or schedules calls one of these in its own transaction, so they never disagree.
 */
import {
	addDays,
	emptyDay,
	emptyTally,
	isEmptyDay,
	summarizeReviews,
	tallyChanges,
	type DayLogEntry
} from '../srs/review-days';
import type { CardSchedule } from '../srs/types';
import { deckRange, guard, type ReadTx, type WriteTx } from './tx';

/** The summary stores: every transaction that writes reviews or schedules takes them in. */
export const SUMMARY_STORES = ['days', 'tallies', 'dues'] as const;

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

/** A schedule change: what was stored before (none for a new card) and after (none when deleted). */
export type ScheduleChange = readonly [
	before: CardSchedule | undefined,
	after: CardSchedule | undefined
];

/**
 * Keeps the cards-by-state and due-hour tallies in step with schedules written or deleted in the
 * same transaction. Call it once per transaction with every change (each row is read, then written).
 */
export async function countSchedules(tx: WriteTx, changes: ScheduleChange[]): Promise<void> {
	if (!changes.length || !tx.objectStoreNames.contains('tallies')) return;
	const { tallies, dues } = tallyChanges(changes);
	const tallyStore = tx.objectStore('tallies');
	const dueStore = tx.objectStore('dues');
	const clamp = (n: number) => Math.max(0, n);
	await Promise.all([
		...tallies.map(async (change) => {
			const sum = (await tallyStore.get(change.deckId)) ?? emptyTally(change.deckId);
			for (const k of TALLY_KEYS) sum[k] = clamp(sum[k] + change[k]);
			await (TALLY_KEYS.some((k) => sum[k]) ? tallyStore.put(sum) : tallyStore.delete(sum.deckId));
		}),
		...dues.map(async (change) => {
			const key: [string, number] = [change.deckId, change.day];
			const row = await dueStore.get(key);
			const due = change.due.map((n, h) => clamp((row?.due[h] ?? 0) + n));
			await (due.some((n) => n) ? dueStore.put({ ...change, due }) : dueStore.delete(key));
		})
	]);
}

const TALLY_KEYS = ['new', 'learning', 'review', 'mastered', 'suspended'] as const;

/** Forgets a deck's tallies (all its schedules are being deleted in the same transaction). */
export async function forgetDeckSchedules(tx: WriteTx, deckId: string): Promise<void> {
	if (!tx.objectStoreNames.contains('tallies')) return;
	await Promise.all([
		tx.objectStore('tallies').delete(deckId),
		tx.objectStore('dues').delete(deckRange(deckId))
	]);
}

/** Replaces the tallies with those of `schedules` (a restore replaces every schedule). */
export async function replaceAllSchedules(tx: WriteTx, schedules: CardSchedule[]): Promise<void> {
	if (!tx.objectStoreNames.contains('tallies')) return;
	const tallyStore = tx.objectStore('tallies');
	const dueStore = tx.objectStore('dues');
	await Promise.all([tallyStore.clear(), dueStore.clear()]);
	const { tallies, dues } = tallyChanges(schedules.map((s) => [undefined, s] as const));
	await Promise.all([
		...tallies.map((t) => guard(tallyStore.put(t))),
		...dues.map((d) => guard(dueStore.put(d)))
	]);
}
