/**
 * The browser side of the database benchmark (bundled by scripts/bench/study.ts, loaded in Chromium).
 * `fill` writes the synthetic deck and history; `measure` times the app's own database calls.
 */
import { openDb, type CitecardsDb } from '../../src/lib/db';
import { fill } from './fill';
import { BENCH_DECK } from './fixture';
import { LABELS, type MeasureOptions, type MeasureResult } from './protocol';

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
	let summary = null;
	let queueLength = 0;
	for (let run = 0; run <= o.runs; run++) {
		[summary] = await time(LABELS.home, () => db.listDecks({ now }));
		const queue = await time(LABELS.queue, () => db.getStudyQueue({ deckId, now }));
		queueLength = queue.length;
		if (queue.length < 2) throw new Error(`the queue has ${queue.length} cards; expected many`);
		await time(LABELS.rateNext, async () => {
			await rate(queue[0].card.id);
			return queue[1];
		});
		await db.undoLastReview({ deckId });
		await time(LABELS.rateRequery, async () => {
			await rate(queue[0].card.id);
			return (await db.getStudyQueue({ deckId, now }))[0];
		});
		await db.undoLastReview({ deckId });
	}
	db.close();
	if (!summary) throw new Error('the benchmark deck is missing');
	return { cold, warm, counts: summary.counts, queueLength };
}

declare global {
	interface Window {
		citecardsBench?: { fill: typeof fill; measure: typeof measure };
	}
}

window.citecardsBench = { fill, measure };
