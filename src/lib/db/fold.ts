/**
 * Deck format 1 → 2 for what is stored: one deck's card rows folded with the deck's own
 * `foldSiblings`, so the database upgrade and a version 1 backup convert exactly as parseDeck does.
 */
import { foldSiblings } from '../deck/upgrade';
import type { CardSchedule } from '../srs/types';
import type { CardRow } from './schema';

/** What folding one deck's stored cards changes. */
export interface StoredFold {
	/** Kept rows whose card changed (choices or cloze folded in, mcq → qa). */
	changed: CardRow[];
	/** Ids of the cards folded away: their rows, schedules and review log go. */
	dropped: Set<string>;
	/** How many of the dropped cards were current (not retired): the deck's card count falls by it. */
	current: number;
}

/**
 * Folds one deck's card rows. Retired cards fold only among themselves and current ones among
 * themselves, so a current card never goes into a retired one. The kept card keeps its schedule and
 * history; the dropped siblings' are for the caller to delete.
 */
export function foldStoredDeck(o: {
	rows: CardRow[];
	schedules: Map<string, CardSchedule>;
}): StoredFold {
	const rows = o.rows.slice().sort((a, b) => a.position - b.position);
	const retired = (id: string) => o.schedules.get(id)?.retired === true;
	const { cards, into } = foldSiblings(
		rows.map((r) => r.card),
		{
			groupOf: (card) =>
				card.factId === undefined ? undefined : `${retired(card.id) ? 'r' : 'c'}:${card.factId}`
		}
	);
	const byId = new Map(cards.map((c) => [c.id, c]));
	const changed: CardRow[] = [];
	for (const row of rows) {
		const card = byId.get(row.cardId);
		if (card && card !== row.card) changed.push({ ...row, card });
	}
	const dropped = new Set(into.keys());
	const current = [...dropped].filter((id) => !retired(id)).length;
	return { changed, dropped, current };
}
