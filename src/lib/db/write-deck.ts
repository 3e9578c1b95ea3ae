/**
 * Writing a deck: a validated deck merged into what is stored for it by card id, its rows written in
 * bulk by `putAll` (bulk.ts), which the caller loads and hands in.
 */
import type { Deck } from '../deck/schema';
import type { CardSchedule, ReviewLogEntry } from '../srs/types';
import { unwrap } from 'idb';
import { newSchedule } from '../srs/scheduler';
import type { BulkProgress, putAll } from './bulk';
import type { ImportResult } from './decks';
import type { MergePlan, planMerge } from './merge';
import { countReviews, countSchedules } from './review-days';
import { fromCardRow, fromRow, toCardRow, toRow, type DeckRow } from './schema';
import { deckRange, type ReadTx, type WriteTx } from './tx';

/** bulk.ts's writer, loaded by the caller before its transaction starts. */
export type PutAll = typeof putAll;
/** merge.ts's planner, loaded with the bulk writer (the pages that only study do not carry it). */
export type PlanMerge = typeof planMerge;

/** What writing a deck will do: the merge plan, the deck row and what is stored now. */
export interface DeckWrite {
	plan: MergePlan;
	row: DeckRow;
	/** The deck's schedules as stored before the write, by card id. */
	stored: Map<string, CardSchedule>;
	result: ImportResult;
}

/**
 * Plans the merge of a validated deck into what is stored for it, by card id: unchanged and
 * changed cards keep schedule and history, new cards are added, vanished cards are retired (kept,
 * never deleted). Reads only; `writePlanned` writes it.
 */
export async function planDeckWrite(
	tx: ReadTx,
	o: { deck: Deck; now: number; planMerge: PlanMerge }
): Promise<DeckWrite> {
	const { deck } = o;
	const range = deckRange(deck.id);
	const [old, cards, schedules, sources] = await Promise.all([
		tx.objectStore('decks').get(deck.id),
		tx.objectStore('cards').getAll(range),
		tx.objectStore('schedules').getAll(range),
		tx.objectStore('sources').getAll(range)
	]);
	const stored = schedules.map(fromRow);
	const plan = o.planMerge({
		deck,
		now: o.now,
		cards: cards.map(fromCardRow),
		schedules: stored,
		sources,
		newSchedule
	});
	const row: DeckRow = {
		id: deck.id,
		title: deck.title,
		conflicts: deck.conflicts,
		cardCount: deck.cards.length,
		sourceCount: deck.sources.length,
		importedAt: old?.importedAt ?? o.now,
		updatedAt: o.now
	};
	if (deck.createdAt !== undefined) row.createdAt = deck.createdAt;
	if (deck.generator !== undefined) row.generator = deck.generator;
	return {
		plan,
		row,
		stored: new Map(stored.map((s) => [s.cardId, s])),
		result: {
			deckId: deck.id,
			added: plan.added,
			updated: plan.updated,
			retired: plan.retired,
			unchanged: plan.unchanged,
			restored: plan.restored
		}
	};
}

/**
 * Writes a planned deck (and any review `log` entries) in bulk: one request per row and no wait per
 * row, with progress in rows written. The Stats page's summaries (review-days.ts) are kept in step in
 * the same transaction: each planned schedule against the one stored before it, and the log entries,
 * summed in memory, then one read and one write per summary row they touch (per deck and day, not
 * per card).
 */
export async function writePlanned(
	tx: WriteTx,
	o: {
		write: DeckWrite;
		log?: ReviewLogEntry[];
		onProgress?: BulkProgress;
		putAll: PutAll;
	}
): Promise<void> {
	const { plan, row, stored } = o.write;
	const log = o.log ?? [];
	await Promise.all([
		o.putAll(
			unwrap(tx) as IDBTransaction,
			[
				{ store: 'decks', items: [row] },
				{ store: 'sources', items: plan.sourceRows },
				{ store: 'cards', items: plan.cardRows, row: toCardRow },
				{ store: 'schedules', items: plan.schedules, row: toRow },
				{ store: 'log', items: log }
			],
			{ onProgress: o.onProgress }
		),
		countSchedules(
			tx,
			plan.schedules.map((s) => [stored.get(s.cardId), s] as const)
		),
		countReviews(tx, log)
	]);
}

/**
 * Merges a validated deck into what is stored for it, by card id: unchanged and changed cards keep
 * schedule and history, new cards are added, vanished cards are retired (kept, never deleted).
 */
export async function writeDeck(
	tx: WriteTx,
	o: { deck: Deck; now: number; onProgress?: BulkProgress; putAll: PutAll; planMerge: PlanMerge }
): Promise<ImportResult> {
	const write = await planDeckWrite(tx, o);
	await writePlanned(tx, { write, onProgress: o.onProgress, putAll: o.putAll });
	return write.result;
}
