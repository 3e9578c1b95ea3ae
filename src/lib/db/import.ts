/**
 * An imported file's progress written with its deck: the file's review history replayed through the
 * scheduler (each rating at its time, so FSRS rebuilds the memory state) and its suspended cards.
 */
import type { Deck } from '../deck/schema';
import { rateCard } from '../srs/scheduler';
import type { BulkProgress } from './bulk';
import type { ImportResult } from './decks';
import type { ImportProgress, applyProgress } from './replay';
import { planDeckWrite, writePlanned, type PlanMerge, type PutAll } from './write-deck';
import { readSettings } from './settings';
import type { WriteTx } from './tx';

export type { ImportProgress } from './replay';

/** replay.ts's `applyProgress`, loaded (like the bulk writer) before the transaction and handed in. */
export type ApplyProgress = typeof applyProgress;

/**
 * Merges the deck (as `writeDeck`) with the file's history given to each card never reviewed here:
 * schedules and log entries written in bulk in the caller's transaction, with progress in rows, and
 * the summaries kept in step with them (`writePlanned`).
 */
export async function writeImported(
	tx: WriteTx,
	o: {
		deck: Deck;
		progress?: ImportProgress;
		now: number;
		onProgress?: BulkProgress;
		putAll: PutAll;
		planMerge: PlanMerge;
		applyProgress: ApplyProgress;
	}
): Promise<ImportResult & { reviews: number }> {
	const write = await planDeckWrite(tx, o);
	const log = o.progress
		? o.applyProgress({
				write,
				progress: o.progress,
				deckId: o.deck.id,
				now: o.now,
				settings: await readSettings(tx),
				rate: rateCard
			})
		: [];
	await writePlanned(tx, {
		write,
		log,
		onProgress: o.onProgress,
		putAll: o.putAll
	});
	return { ...write.result, reviews: log.length };
}
