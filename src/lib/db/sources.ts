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

/** The character ranges of a source that current cards cite, in order, with the citing cards. */
export async function citedRanges(
	tx: ReadTx,
	o: { deckId: string; sourceId: string }
): Promise<Array<{ start: number; end: number; cardIds: string[] }>> {
	const [rows, retired] = await Promise.all([
		tx.objectStore('cards').index('source').getAll([o.deckId, o.sourceId]),
		tx.objectStore('schedules').index('deck_q_due').getAllKeys(bucketRange(o.deckId, Q.retired))
	]);
	const gone = new Set(retired.map((key) => key[1]));
	const ranges = new Map<string, { start: number; end: number; cardIds: string[] }>();
	for (const row of rows) {
		if (gone.has(row.cardId)) continue;
		for (const c of row.card.citations) {
			if (c.source !== o.sourceId) continue;
			const key = `${c.start}:${c.end}`;
			let r = ranges.get(key);
			if (!r) ranges.set(key, (r = { start: c.start, end: c.end, cardIds: [] }));
			if (!r.cardIds.includes(row.cardId)) r.cardIds.push(row.cardId);
		}
	}
	return [...ranges.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
