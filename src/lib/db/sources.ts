/** Sources: a deck's articles, one by id (retired ones too), and the ranges its cards cite. */
import type { Source } from '../deck/schema';
import { Q } from './schema';
import { bucketRange, deckRange, type ReadTx } from './tx';

/** The deck's current sources in deck order (sources dropped by an update are left out). */
export async function listSources(tx: ReadTx, o: { deckId: string }): Promise<Source[]> {
	const rows = await tx.objectStore('sources').getAll(deckRange(o.deckId));
	return rows
		.filter((r) => !r.retired)
		.sort((a, b) => a.position - b.position)
		.map((r) => r.source);
}

/** A source by id, including one dropped by an update (old cards still cite it), or null. */
export async function getSource(
	tx: ReadTx,
	o: { deckId: string; sourceId: string }
): Promise<Source | null> {
	const row = await tx.objectStore('sources').get([o.deckId, o.sourceId]);
	return row?.source ?? null;
}

/** A stretch of a source that current cards cite, with the citing cards (the first `perRange`). */
export interface CitedRangeRow {
	start: number;
	end: number;
	/** The citing cards in card id order (the first `perRange`, when limited). */
	cardIds: string[];
	/** More cards cite it than `cardIds` lists. */
	more: boolean;
}

/**
 * The character ranges of a source that current cards cite, in order, with the citing cards. Reads
 * keys of the by-cited-range index, never the cards: a jump per distinct range, then the first
 * `perRange` card ids of each, so a source cited by 100,000 cards costs a few requests per range.
 * (Nothing counts every citing card: IndexedDB counts by walking the entries.)
 */
export async function citedRanges(
	tx: ReadTx,
	o: { deckId: string; sourceId: string; perRange?: number }
): Promise<CitedRangeRow[]> {
	const index = tx.objectStore('cards').index('cite');
	const retired = await tx
		.objectStore('schedules')
		.index('deck_q_due')
		.getAllKeys(bucketRange(o.deckId, Q.retired));
	// Retired cards stay stored (and indexed) but are not shown.
	const gone = new Set(retired.map((key) => key[1]));
	// The distinct ranges: a key cursor that jumps past each range's entries.
	const ranges: Array<[number, number]> = [];
	let cursor = await index.openKeyCursor(
		IDBKeyRange.bound([o.deckId, o.sourceId], [o.deckId, o.sourceId, []])
	);
	while (cursor) {
		const [, , start, end] = cursor.key;
		ranges.push([start, end]);
		cursor = await cursor.continue([o.deckId, o.sourceId, start, end, []] as never);
	}
	const limit = o.perRange === undefined ? undefined : Math.max(0, Math.floor(o.perRange));
	const out = await Promise.all(
		ranges.map(async ([start, end]) => {
			const only = IDBKeyRange.only([o.deckId, o.sourceId, start, end]);
			const keys = await index.getAllKeys(
				only,
				limit === undefined ? undefined : limit + 1 + gone.size
			);
			const cardIds = keys.map((k) => k[1]).filter((id) => !gone.has(id));
			return {
				start,
				end,
				cardIds: limit === undefined ? cardIds : cardIds.slice(0, limit),
				more: limit !== undefined && cardIds.length > limit
			};
		})
	);
	return out.filter((r) => r.cardIds.length > 0 || r.more);
}
