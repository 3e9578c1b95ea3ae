/**
 * Fills a browser database with the benchmark fixture (browser only; runs in the bench page).
 * Bench-only code: the app itself writes only through src/lib/db.
 */
import { openDB, unwrap } from 'idb';
import { openDb } from '../../src/lib/db';
import { toCardRow, type CitecardsSchema } from '../../src/lib/db/schema';
import { addDays, summarizeReviews, tallyChanges } from '../../src/lib/srs/review-days';
import {
	BENCH_DECK,
	benchCard,
	benchDeckRow,
	benchLogEntry,
	benchSchedule,
	benchSource,
	sourceCount
} from './fixture';
import type { FillOptions, FillResult } from './protocol';

const LOG_BATCH = 100_000;

/** Resolves when a native transaction commits. */
function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('transaction aborted'));
	});
}

/**
 * Writes the fixture. src/lib/db has no bulk path for this: restoreBackup would validate and hold
 * 500,000 log entries in one object, and importDeck builds and validates a whole deck and cannot
 * write history. So this bench-only code writes rows straight into the stores with idb's underlying
 * IndexedDB objects (no promise per row), in a few large transactions. Rows take src/lib/db/schema's
 * own shapes (toCardRow, the `q` bucket), so the app's indexes see what the app would have written.
 */
export async function fill(o: FillOptions): Promise<FillResult> {
	let t0 = performance.now();
	// The app's openDb creates the stores and indexes through its migrations.
	(await openDb({ name: o.name })).close();
	const schemaMs = performance.now() - t0;
	const db = unwrap(await openDB<CitecardsSchema>(o.name)) as IDBDatabase;

	t0 = performance.now();
	const tx = db.transaction(
		['decks', 'sources', 'cards', 'schedules', 'tallies', 'dues'],
		'readwrite'
	);
	tx.objectStore('decks').put(benchDeckRow({ cards: o.cards, now: o.now }));
	const sources = tx.objectStore('sources');
	for (let j = 0; j < sourceCount(o.cards); j++) sources.put(benchSource(j));
	const cards = tx.objectStore('cards');
	const schedules = tx.objectStore('schedules');
	const written = [];
	for (let i = 0; i < o.cards; i++) {
		cards.put(toCardRow({ deckId: BENCH_DECK, cardId: `c${i}`, position: i, card: benchCard(i) }));
		const schedule = benchSchedule(i, o.now);
		schedules.put(schedule);
		written.push([undefined, schedule] as const);
	}
	// The Stats page's summaries of what was written, as src/lib/db keeps them.
	const counted = tallyChanges(written);
	for (const t of counted.tallies) tx.objectStore('tallies').put(t);
	for (const d of counted.dues) tx.objectStore('dues').put(d);
	await committed(tx);
	const cardsMs = performance.now() - t0;

	t0 = performance.now();
	for (let from = 0; from < o.log; from += LOG_BATCH) {
		const logTx = db.transaction(['log', 'days'], 'readwrite');
		const log = logTx.objectStore('log');
		const entries = [];
		for (let k = from; k < Math.min(o.log, from + LOG_BATCH); k++)
			entries.push(benchLogEntry({ k, total: o.log, cards: o.cards, now: o.now }));
		for (const e of entries) log.add(e);
		// Batches may share a day: add to what an earlier batch stored.
		const days = logTx.objectStore('days');
		for (const part of summarizeReviews(entries)) {
			const get = days.get([part.deckId, part.day]);
			get.onsuccess = () => days.put(get.result ? addDays(get.result, part) : part);
		}
		await committed(logTx);
	}
	const logMs = performance.now() - t0;
	db.close();
	return { schemaMs, cardsMs, logMs };
}
