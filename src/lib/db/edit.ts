/**
 * Changing what is stored by hand: a card's wording (marked `edited`), deleting a card (and putting
 * it back: undo), burying and flagging, renaming, resetting and deleting a deck.
 */
import type { Card } from '../deck/schema';
import { newSchedule } from '../srs/scheduler';
import type { CardSchedule, ReviewLogEntry } from '../srs/types';
import { CardNotFoundError } from './errors';
import {
	countReviews,
	countSchedules,
	forgetDeckReviews,
	forgetDeckSchedules
} from './review-days';
import { fromCardRow, fromRow, toCardRow, toRow, type CardRow } from './schema';
import { deckRange, guard, type ReadTx, type WriteTx } from './tx';

/** Everything a deleted card took with it, so undo can put it back exactly. */
export interface DeletedCard {
	row: CardRow;
	schedule: CardSchedule;
	log: Array<ReviewLogEntry & { id: number }>;
}

async function scheduleOf(tx: ReadTx, deckId: string, cardId: string): Promise<CardSchedule> {
	const row = await tx.objectStore('schedules').get([deckId, cardId]);
	if (!row) throw new CardNotFoundError(cardId);
	return fromRow(row);
}

async function logOf(tx: ReadTx, deckId: string, cardId: string) {
	const entries = await tx.objectStore('log').index('cardId').getAll(cardId);
	return entries.filter((e) => e.deckId === deckId);
}

/** Replaces a card's content (already checked, same id); schedule and history stay. */
export async function saveCard(tx: WriteTx, o: { deckId: string; card: Card }): Promise<void> {
	const store = tx.objectStore('cards');
	const row = await store.get([o.deckId, o.card.id]);
	if (!row) throw new CardNotFoundError(o.card.id);
	await store.put(toCardRow({ ...fromCardRow(row), card: o.card }));
}

/** Deletes a card with its schedule and review history; returns them for undo. */
export async function deleteCard(
	tx: WriteTx,
	o: { deckId: string; cardId: string }
): Promise<DeletedCard> {
	const key: [string, string] = [o.deckId, o.cardId];
	const [row, schedule, log, deck] = await Promise.all([
		tx.objectStore('cards').get(key),
		scheduleOf(tx, o.deckId, o.cardId),
		logOf(tx, o.deckId, o.cardId),
		tx.objectStore('decks').get(o.deckId)
	]);
	if (!row) throw new CardNotFoundError(o.cardId);
	const writes: Promise<unknown>[] = [
		guard(tx.objectStore('cards').delete(key)),
		guard(tx.objectStore('schedules').delete(key)),
		...log.map((e) => guard(tx.objectStore('log').delete(e.id))),
		countReviews(tx, log, -1),
		countSchedules(tx, [[schedule, undefined]])
	];
	if (deck && !schedule.retired)
		writes.push(
			guard(tx.objectStore('decks').put({ ...deck, cardCount: Math.max(0, deck.cardCount - 1) }))
		);
	await Promise.all(writes);
	return { row: fromCardRow(row), schedule, log };
}

/** Puts a deleted card back as it was (undo of deleteCard). */
export async function restoreCard(tx: WriteTx, o: { deleted: DeletedCard }): Promise<void> {
	const { row, schedule, log } = o.deleted;
	const deck = await tx.objectStore('decks').get(row.deckId);
	if (!deck) return;
	const writes: Promise<unknown>[] = [
		guard(tx.objectStore('cards').put(toCardRow(row))),
		guard(tx.objectStore('schedules').put(toRow(schedule))),
		...log.map((e) => guard(tx.objectStore('log').put(e))),
		countReviews(tx, log),
		countSchedules(tx, [[undefined, schedule]])
	];
	if (!schedule.retired)
		writes.push(guard(tx.objectStore('decks').put({ ...deck, cardCount: deck.cardCount + 1 })));
	await Promise.all(writes);
}

/** Changes a card's user flags: buried until a time (null: unbury), flagged. */
export async function setCardFlags(
	tx: WriteTx,
	o: { deckId: string; cardId: string; buriedUntil?: number | null; flagged?: boolean }
): Promise<CardSchedule> {
	const schedule = { ...(await scheduleOf(tx, o.deckId, o.cardId)) };
	if (o.buriedUntil === null) delete schedule.buriedUntil;
	else if (o.buriedUntil !== undefined) schedule.buriedUntil = o.buriedUntil;
	if (o.flagged === false) delete schedule.flagged;
	else if (o.flagged) schedule.flagged = true;
	await tx.objectStore('schedules').put(toRow(schedule));
	return schedule;
}

/** Renames a deck. */
export async function renameDeck(tx: WriteTx, o: { deckId: string; title: string }): Promise<void> {
	const deck = await tx.objectStore('decks').get(o.deckId);
	if (!deck) throw new Error(`No deck "${o.deckId}"`);
	await tx.objectStore('decks').put({ ...deck, title: o.title });
}

/** What deleting or resetting a deck loses: its cards, articles and ratings. */
export interface DeckLoss {
	cards: number;
	sources: number;
	reviews: number;
	/** Cards studied at least once. */
	studied: number;
}

/** Counts what a deck holds, for the confirmation. */
export async function deckLoss(tx: ReadTx, o: { deckId: string }): Promise<DeckLoss> {
	const range = deckRange(o.deckId);
	const [cards, sources, schedules, reviews] = await Promise.all([
		tx.objectStore('cards').count(range),
		tx.objectStore('sources').count(range),
		tx.objectStore('schedules').getAll(range),
		tx
			.objectStore('log')
			.index('deck_time')
			.count(IDBKeyRange.bound([o.deckId, -Infinity], [o.deckId, Infinity]))
	]);
	return { cards, sources, reviews, studied: schedules.filter((s) => s.reps > 0).length };
}

async function deleteLog(tx: WriteTx, deckId: string): Promise<void> {
	const keys = await tx
		.objectStore('log')
		.index('deck_time')
		.getAllKeys(IDBKeyRange.bound([deckId, -Infinity], [deckId, Infinity]));
	await Promise.all([
		...keys.map((k) => guard(tx.objectStore('log').delete(k))),
		forgetDeckReviews(tx, deckId)
	]);
}

/** Forgets a deck's progress: every card new again (suspended ones stay so), its ratings deleted. */
export async function resetDeck(tx: WriteTx, o: { deckId: string; now: number }): Promise<void> {
	const store = tx.objectStore('schedules');
	const [rows, cards] = await Promise.all([
		store.getAll(deckRange(o.deckId)),
		tx.objectStore('cards').getAll(deckRange(o.deckId))
	]);
	const position = new Map(cards.map((c) => [c.cardId, c.position]));
	const changes = rows.map((r) => {
		const fresh = newSchedule({
			cardId: r.cardId,
			deckId: r.deckId,
			factId: r.factId,
			now: o.now + (position.get(r.cardId) ?? 0)
		});
		return [fromRow(r), { ...fresh, suspended: r.suspended, retired: r.retired }] as const;
	});
	await Promise.all([
		...changes.map(([, after]) => guard(store.put(toRow(after)))),
		countSchedules(tx, changes),
		deleteLog(tx, o.deckId)
	]);
}

/** Deletes a deck with its cards, articles, schedules and ratings. */
export async function deleteDeck(tx: WriteTx, o: { deckId: string }): Promise<void> {
	const range = deckRange(o.deckId);
	await Promise.all([
		guard(tx.objectStore('decks').delete(o.deckId)),
		guard(tx.objectStore('cards').delete(range)),
		guard(tx.objectStore('sources').delete(range)),
		guard(tx.objectStore('schedules').delete(range)),
		forgetDeckSchedules(tx, o.deckId),
		deleteLog(tx, o.deckId)
	]);
}

/**
 * Adds a card written by hand, citing a stretch of one of the deck's sources: its quote must be the
 * source's text at its offsets. The card goes last in the deck, new, marked `edited` so a deck update
 * keeps it.
 */
export async function addCard(tx: WriteTx, o: { deckId: string; card: Card }): Promise<void> {
	const [deck, cards, sources] = await Promise.all([
		tx.objectStore('decks').get(o.deckId),
		tx.objectStore('cards').getAll(deckRange(o.deckId)),
		tx.objectStore('sources').getAll(deckRange(o.deckId))
	]);
	if (!deck) throw new Error(`No deck "${o.deckId}"`);
	const texts = new Map(sources.map((s) => [s.sourceId, s.source.text]));
	for (const c of o.card.citations)
		if (texts.get(c.source)?.slice(c.start, c.end) !== c.quote || c.end <= c.start)
			throw new Error('The cited text is not in the article.');
	if (cards.some((r) => r.cardId === o.card.id))
		throw new Error('This card is already in the deck.');
	const position = cards.reduce((max, r) => Math.max(max, r.position + 1), 0);
	const schedule = newSchedule({ cardId: o.card.id, deckId: o.deckId, now: Date.now() + position });
	await Promise.all([
		guard(
			tx
				.objectStore('cards')
				.put(toCardRow({ deckId: o.deckId, cardId: o.card.id, position, card: o.card }))
		),
		guard(tx.objectStore('schedules').put(toRow(schedule))),
		countSchedules(tx, [[undefined, schedule]]),
		guard(tx.objectStore('decks').put({ ...deck, cardCount: deck.cardCount + 1 }))
	]);
}
