/**
 * The Stats page's reads: every schedule, the past year's review log, and which sources each card
 * cites (from the by-source index, keys only), in one transaction; `srs/stats.ts` does the counting.
 */
import { studyDayStart } from '../srs/day';
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
	const since = studyDayStart({
		now: o.now - 366 * 86_400_000,
		dayStartHour: settings.dayStartHour
	});
	const logIndex = tx.objectStore('log').index('deck_time');
	const sourceIndex = tx.objectStore('cards').index('source');
	const [schedules, sources, ...logs] = await Promise.all([
		tx.objectStore('schedules').getAll(),
		tx.objectStore('sources').getAll(),
		...decks.map((d) => logIndex.getAll(IDBKeyRange.bound([d.id, since], [d.id, Infinity])))
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
		log: logs.flat(),
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
