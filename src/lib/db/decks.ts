/** Decks: the list with today's counts, one deck's row, a deck read back whole (writing one: write-deck.ts). */
import type { Deck, Source } from '../deck/schema';
import { DECK_FORMAT, DECK_VERSION } from '../deck/version';
import type { Settings } from '../srs/types';
import { Q, type DeckRow } from './schema';
import { readSettings } from './settings';
import { todayParts } from './study';
import { bucketRange, deckRange, type ReadTx } from './tx';

/** Home-screen counts of one deck. */
export interface DeckCounts {
	new: number;
	learning: number;
	due: number;
	total: number;
	suspended: number;
}

/** A deck in the list on the home screen. */
export interface DeckSummary {
	deck: {
		id: string;
		title: string;
		sourceCount: number;
		cardCount: number;
		importedAt: number;
		updatedAt: number;
	};
	counts: DeckCounts;
}

/** What an import did. */
export interface ImportResult {
	deckId: string;
	added: number;
	updated: number;
	retired: number;
	unchanged: number;
	restored: number;
}

/**
 * Today's counts. `cardCount` is the deck row's count of cards that are not retired: with it, the
 * total needs no scan of every schedule (the slowest part of the home page on a large deck).
 */
async function countsOf(
	tx: ReadTx,
	deckId: string,
	now: number,
	settings: Settings,
	cardCount?: number
): Promise<DeckCounts> {
	const store = tx.objectStore('schedules');
	const index = store.index('deck_q_due');
	const total = async () =>
		cardCount ??
		(await store.count(deckRange(deckId))) - (await index.count(bucketRange(deckId, Q.retired)));
	const [{ parts }, notRetired, suspended] = await Promise.all([
		todayParts(tx, deckId, now, settings),
		total(),
		index.count(bucketRange(deckId, Q.suspended))
	]);
	return {
		new: parts.news.length,
		learning: parts.learning.length + parts.learnAhead.length,
		due: parts.reviews.length,
		total: notRetired,
		suspended
	};
}

/** All decks with today's counts. Reads per deck only today's log and the cards due today. */
export async function listDecks(tx: ReadTx, o: { now: number }): Promise<DeckSummary[]> {
	const [decks, settings] = await Promise.all([tx.objectStore('decks').getAll(), readSettings(tx)]);
	const counts = await Promise.all(
		decks.map((d) => countsOf(tx, d.id, o.now, settings, d.cardCount))
	);
	return decks.map((d, i) => ({
		deck: {
			id: d.id,
			title: d.title,
			sourceCount: d.sourceCount,
			cardCount: d.cardCount,
			importedAt: d.importedAt,
			updatedAt: d.updatedAt
		},
		counts: counts[i]
	}));
}

/** Today's counts for one deck (null if there is no such deck). */
export async function deckCounts(
	tx: ReadTx,
	o: { deckId: string; now: number }
): Promise<DeckCounts | null> {
	const deck = await tx.objectStore('decks').get(o.deckId);
	if (!deck) return null;
	return countsOf(tx, o.deckId, o.now, await readSettings(tx), deck.cardCount);
}

/** The stored deck row, or null. */
export async function getDeck(tx: ReadTx, o: { deckId: string }): Promise<DeckRow | null> {
	return (await tx.objectStore('decks').get(o.deckId)) ?? null;
}

/**
 * One deck as a deck file holds it, or null: its current cards in deck order, its current sources,
 * then any retired source a current card still cites, and its disagreements.
 */
export async function readDeck(tx: ReadTx, o: { deckId: string }): Promise<Deck | null> {
	const range = deckRange(o.deckId);
	const [row, cardRows, sourceRows, retired] = await Promise.all([
		tx.objectStore('decks').get(o.deckId),
		tx.objectStore('cards').getAll(range),
		tx.objectStore('sources').getAll(range),
		tx.objectStore('schedules').index('deck_q_due').getAllKeys(bucketRange(o.deckId, Q.retired))
	]);
	if (!row) return null;
	const gone = new Set(retired.map((key) => key[1]));
	const cards = cardRows
		.filter((r) => !gone.has(r.cardId))
		.sort((a, b) => a.position - b.position)
		.map((r) => r.card);
	const cited = new Set(cards.flatMap((c) => c.citations.map((x) => x.source)));
	const byPosition = [...sourceRows].sort((a, b) => a.position - b.position);
	const sources: Source[] = [
		...byPosition.filter((r) => !r.retired).map((r) => r.source),
		...byPosition.filter((r) => r.retired && cited.has(r.sourceId)).map((r) => r.source)
	];
	const deck: Deck = {
		format: DECK_FORMAT,
		version: DECK_VERSION,
		id: row.id,
		title: row.title,
		sources,
		cards,
		conflicts: row.conflicts
	};
	if (row.createdAt !== undefined) deck.createdAt = row.createdAt;
	if (row.generator !== undefined) deck.generator = row.generator;
	return deck;
}
