/**
 * The Stats page's reads: every schedule, the past year of the per-day review summary (`days`, never
 * the log itself), and which sources each card cites (from the by-source index, keys only), in one
 * transaction; `srs/stats.ts` does the counting.
 */
import { reviewSlot } from '../srs/review-days';
import { computeStats, type Stats } from '../srs/stats';
import { readSettings } from './settings';
import { fromRow } from './schema';
import type { ReadTx } from './tx';

/** The stats with the names the page shows: deck titles by id, source titles by `deckId\u0000sourceId`. */
export interface StatsReport {
	stats: Stats;
	deckTitles: Record<string, string>;
	sourceTitles: Record<string, string>;
}

/** Reads what the stats need and computes them for `now`. */
export async function readStats(tx: ReadTx, o: { now: number }): Promise<StatsReport> {
	const settings = await readSettings(tx);
	const decks = await tx.objectStore('decks').getAll();
	// A day more than the year shown: the first study day starts on the calendar day before it.
	const since = reviewSlot(o.now).day - 367;
	const days = tx.objectStore('days');
	const sourceIndex = tx.objectStore('cards').index('source');
	const [schedules, sources, ...summaries] = await Promise.all([
		tx.objectStore('schedules').getAll(),
		tx.objectStore('sources').getAll(),
		...decks.map((d) => days.getAll(IDBKeyRange.bound([d.id, since], [d.id, Infinity])))
	]);
	const current = sources.filter((s) => !s.retired);
	const citing = await Promise.all(
		current.map((s) => sourceIndex.getAllKeys(IDBKeyRange.only([s.deckId, s.sourceId])))
	);
	const cardSources = new Map<string, string[]>();
	current.forEach((s, i) => {
		for (const [deckId, cardId] of citing[i]) {
			const key = `${deckId}\u0000${cardId}`;
			const list = cardSources.get(key);
			if (list) list.push(s.sourceId);
			else cardSources.set(key, [s.sourceId]);
		}
	});
	const stats = computeStats({
		schedules: schedules.map(fromRow),
		days: summaries.flat(),
		cardSources,
		now: o.now,
		settings
	});
	return {
		stats,
		deckTitles: Object.fromEntries(decks.map((d) => [d.id, d.title])),
		sourceTitles: Object.fromEntries(
			current.map((s) => [`${s.deckId}\u0000${s.sourceId}`, s.source.title])
		)
	};
}
