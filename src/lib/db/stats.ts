/**
 * The Stats page's reads, in two calls so the charts need not wait for every card: `readStats` reads
 * the summaries (`days`, `tallies`, `dues`: a few hundred rows, never the log or the schedules), and
 * `readSourceKnowledge` every schedule and which sources each card cites (from the by-source index,
 * keys only), for how well each source is known. `srs/stats.ts` does the counting.
 */
import { reviewSlot } from '../srs/review-days';
import { computeStats, sourceKnowledge, type SourceKnowledge, type Stats } from '../srs/stats';
import { readSettings } from './settings';
import { fromRow } from './schema';
import type { ReadTx } from './tx';

/** The stats with the names the page shows: deck titles by id, source titles by `deckId\u0000sourceId`. */
export interface StatsReport {
	stats: Stats;
	deckTitles: Record<string, string>;
	sourceTitles: Record<string, string>;
}

/** Per source how well it is known, with the source titles by `deckId\u0000sourceId`. */
export interface SourceKnowledgeReport {
	sources: SourceKnowledge[];
	sourceTitles: Record<string, string>;
}

/** Reads the summaries and computes the charts for `now` (`stats.sources` is left empty). */
export async function readStats(tx: ReadTx, o: { now: number }): Promise<StatsReport> {
	const [settings, decks] = await Promise.all([readSettings(tx), tx.objectStore('decks').getAll()]);
	const today = reviewSlot(o.now).day;
	// A day more than the year shown: the first study day starts on the calendar day before it.
	const since = today - 367;
	// Cards due later than the forecast's 30 days are not read (overdue ones are: they count today).
	const until = today + 32;
	const days = tx.objectStore('days');
	const dues = tx.objectStore('dues');
	const [tallies, dayRows, dueRows] = await Promise.all([
		tx.objectStore('tallies').getAll(),
		Promise.all(decks.map((d) => days.getAll(IDBKeyRange.bound([d.id, since], [d.id, Infinity])))),
		Promise.all(decks.map((d) => dues.getAll(IDBKeyRange.bound([d.id, -Infinity], [d.id, until]))))
	]);
	const stats = computeStats({
		tallies,
		dues: dueRows.flat(),
		days: dayRows.flat(),
		now: o.now,
		settings
	});
	return {
		stats,
		deckTitles: Object.fromEntries(decks.map((d) => [d.id, d.title])),
		sourceTitles: {}
	};
}

/** Reads every schedule and the cited sources, and says how well each source is known `now`. */
export async function readSourceKnowledge(
	tx: ReadTx,
	o: { now: number }
): Promise<SourceKnowledgeReport> {
	const sourceIndex = tx.objectStore('cards').index('source');
	const [schedules, sources] = await Promise.all([
		tx.objectStore('schedules').getAll(),
		tx.objectStore('sources').getAll()
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
	return {
		sources: sourceKnowledge({ schedules: schedules.map(fromRow), cardSources, now: o.now }),
		sourceTitles: Object.fromEntries(
			current.map((s) => [`${s.deckId}\u0000${s.sourceId}`, s.source.title])
		)
	};
}
