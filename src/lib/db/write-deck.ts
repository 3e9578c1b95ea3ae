/**
 * Writing a deck: a validated deck merged into what is stored for it by card id, its rows written in
 * bulk by `putAll` (bulk.ts), which the caller loads and hands in.
 */
import type { Deck } from '../deck/schema';
import type { CardSchedule } from '../srs/types';
import { unwrap } from 'idb';
import type { BulkPart, BulkProgress, putAll } from './bulk';
import type { ImportResult } from './decks';
import { planMerge, type MergePlan } from './merge';
import { fromCardRow, fromRow, toCardRow, toRow, type DeckRow } from './schema';
import { deckRange, type ReadTx, type WriteTx } from './tx';

/** bulk.ts's writer, loaded by the caller before its transaction starts. */
export type PutAll = typeof putAll;

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
	o: { deck: Deck; now: number }
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
	const plan = planMerge({
		deck,
		now: o.now,
		cards: cards.map(fromCardRow),
		schedules: stored,
		sources
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
 * Writes a planned deck (and any `extra` rows, such as review log entries) in bulk: one request per
 * row and no wait per row, with progress in rows written.
 */
export function writePlanned(
	tx: WriteTx,
	o: {
		write: DeckWrite;
		extra?: BulkPart<unknown>[];
		onProgress?: BulkProgress;
		putAll: PutAll;
	}
): Promise<void> {
	const { plan, row } = o.write;
	return o.putAll(
		unwrap(tx) as IDBTransaction,
		[
			{ store: 'decks', items: [row] },
			{ store: 'sources', items: plan.sourceRows },
			{ store: 'cards', items: plan.cardRows, row: toCardRow },
			{ store: 'schedules', items: plan.schedules, row: toRow },
			...(o.extra ?? [])
		],
		{ onProgress: o.onProgress }
	);
}

/**
 * Merges a validated deck into what is stored for it, by card id: unchanged and changed cards keep
 * schedule and history, new cards are added, vanished cards are retired (kept, never deleted).
 */
export async function writeDeck(
	tx: WriteTx,
	o: { deck: Deck; now: number; onProgress?: BulkProgress; putAll: PutAll }
): Promise<ImportResult> {
	const write = await planDeckWrite(tx, o);
	await writePlanned(tx, { write, onProgress: o.onProgress, putAll: o.putAll });
	return write.result;
}
