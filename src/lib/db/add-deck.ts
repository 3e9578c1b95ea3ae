/**
 * Saving a deck made from articles in the app: a new deck, or new articles merged into a stored deck
 * (deck/add-sources.ts: by card and fact id, so history stays; edited cards are kept). The merge reads
 * the stored deck inside the writing transaction, so nothing can change between the read and the write.
 */
import { addSourcesToDeck } from '../deck/add-sources';
import type { Deck, DeckResult } from '../deck/schema';
import { readDeck } from './decks';
import { writeDeck, type PlanMerge, type PutAll } from './write-deck';
import { DbError, DeckInvalidError } from './errors';
import type { WriteTx } from './tx';

/** What saving did. */
export interface AddDeckResult {
	deckId: string;
	title: string;
	/** Cards new to the deck. */
	added: number;
	/** Cards the deck had that the new articles changed (more citations). */
	updated: number;
	/** Edited cards kept as they were although the generator had a new version. */
	keptEdited: number;
}

/**
 * Writes a reviewed generated deck: as a new deck (its id must be free), or into `intoDeckId`.
 * Validates the result with `parse` (DeckInvalidError, nothing written) before writing anything.
 */
export async function addDeck(
	tx: WriteTx,
	o: {
		deck: Deck;
		intoDeckId?: string;
		now: number;
		parse: (data: unknown) => DeckResult;
		putAll: PutAll;
		planMerge: PlanMerge;
	}
): Promise<AddDeckResult> {
	let deck = o.deck;
	let updated = 0;
	let keptEdited = 0;
	let added = deck.cards.length;
	if (o.intoDeckId !== undefined) {
		const existing = await readDeck(tx, { deckId: o.intoDeckId });
		if (!existing)
			throw new DbError(
				'deck-not-found',
				'That deck is no longer on this device: save as a new deck.'
			);
		const merged = addSourcesToDeck({ existing, generated: deck, cards: deck.cards });
		({ deck, added, updated, keptEdited } = merged);
	} else if (await tx.objectStore('decks').count(deck.id)) {
		throw new DbError('deck-exists', 'A deck with this id is already stored.');
	}
	const parsed = o.parse(deck);
	if (!parsed.ok) throw new DeckInvalidError(parsed.errors);
	await writeDeck(tx, { deck: parsed.deck, now: o.now, putAll: o.putAll, planMerge: o.planMerge });
	return { deckId: deck.id, title: deck.title, added, updated, keptEdited };
}
