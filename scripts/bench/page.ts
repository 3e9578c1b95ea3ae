/**
 * The browser side of the database benchmark (bundled by scripts/bench/study.ts, loaded in Chromium).
 * `fill` writes the synthetic deck and history; `measure` times the app's own database calls.
 */
import { openDB } from 'idb';
import { openDb, type CitecardsDb } from '../../src/lib/db';
import { Q, type CitecardsSchema } from '../../src/lib/db/schema';
import { nextStudyDayStart, studyDayStart } from '../../src/lib/srs/day';
import { LEARN_AHEAD_MS } from '../../src/lib/srs/queue';
import { DEFAULT_SETTINGS } from '../../src/lib/srs/types';
import { fill } from './fill';
import { BENCH_DECK } from './fixture';
import { LABELS, PART_LABELS, type MeasureOptions, type MeasureResult } from './protocol';

/**
 * Times the study path. Each rating is undone (untimed) before the next run, so every run sees the
 * same database. The first call of each kind is reported as "cold": the page was just loaded in a
 * freshly started browser, so the database connection, code and IndexedDB caches start empty
 * (the operating system's file cache may still be warm).
 */
async function measure(o: MeasureOptions): Promise<MeasureResult> {
	const cold: Record<string, number> = {};
	const warm: Record<string, number[]> = {};
	const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
		const t0 = performance.now();
		const out = await fn();
		const ms = performance.now() - t0;
		if (label in cold) (warm[label] ??= []).push(ms);
		else cold[label] = ms;
		return out;
	};
	const deckId = BENCH_DECK;
	const now = o.now;
	const db: CitecardsDb = await time(LABELS.open, () => openDb({ name: o.name }));
	const rate = (cardId: string) =>
		db.recordReview({ cardId, deckId, rating: 3, now, durationMs: 4000 });
	let summary: Awaited<ReturnType<CitecardsDb['listDecks']>>[number] | undefined;
	let queueLength = 0;
	for (let run = 0; run <= o.runs; run++) {
		[summary] = await time(LABELS.home, () => db.listDecks({ now }));
		if (!summary) throw new Error('the benchmark database is empty (run again with --refill)');
		// As the study page does it: a window of 50 cards, and the counts for how many wait beyond it.
		const { items: queue, total } = await time(LABELS.queue, () =>
			db.getStudyWindow({ deckId, now, limit: 50 })
		);
		queueLength = total;
		if (queue.length < 2) throw new Error(`the queue has ${queue.length} cards; expected many`);
		await time(LABELS.rateNext, async () => {
			await rate(queue[0].card.id);
			return queue[1];
		});
		await db.undoLastReview({ deckId });
		await time(LABELS.rateRequery, async () => {
			await rate(queue[0].card.id);
			return (await db.getStudyQueue({ deckId, now, limit: 50 }))[0];
		});
		await db.undoLastReview({ deckId });
		// The parts, read the way src/lib/db reads them (this page may use idb directly; the app not).
		const raw = await openDB<CitecardsSchema>(o.name);
		await time(PART_LABELS.countAll, () =>
			raw.count('schedules', IDBKeyRange.bound([deckId], [deckId, []]))
		);
		await time(PART_LABELS.todayReads, () => {
			// The reads src/lib/db makes for today's queue (fetch sizes as with the default limits).
			const { dayStartHour, maxReviewsPerDay, newPerDay } = DEFAULT_SETTINGS;
			const dayStart = studyDayStart({ now, dayStartHour });
			const dayEnd = nextStudyDayStart({ now, dayStartHour });
			const tx = raw.transaction(['log', 'schedules']);
			const index = tx.objectStore('schedules').index('deck_q_due');
			const bucket = (q: number, upTo: number, limit?: number) =>
				index.getAll(IDBKeyRange.bound([deckId, q, -Infinity], [deckId, q, upTo]), limit);
			return Promise.all([
				tx
					.objectStore('log')
					.index('deck_time')
					.getAll(IDBKeyRange.bound([deckId, dayStart], [deckId, Infinity])),
				bucket(Q.learning, now + LEARN_AHEAD_MS),
				bucket(Q.review, dayEnd, maxReviewsPerDay + 50),
				bucket(Q.new, Infinity, newPerDay * 3 + 20)
			]);
		});
		await time(PART_LABELS.cardGets, () => {
			const tx = raw.transaction('cards');
			return Promise.all(queue.map((q) => tx.store.get([deckId, q.card.id])));
		});
		raw.close();
	}
	// The Stats page's call for its charts: the summaries of the log and the schedules, counted.
	for (let run = 0; run <= Math.min(2, o.runs); run++)
		await time(LABELS.stats, () => db.getStats({ now }));
	db.close();
	return { cold, warm, counts: (summary as NonNullable<typeof summary>).counts, queueLength };
}

declare global {
	interface Window {
		citecardsBench?: { fill: typeof fill; measure: typeof measure };
	}
}

window.citecardsBench = { fill, measure };
