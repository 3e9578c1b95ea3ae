/**
 * The browser side of the large-deck page benchmark (bundled by scripts/bench/pages.ts and served
 * beside the built app, so it writes the app's own database). One deck of `cards` cards, every one
 * citing one sentence of the same 25-sentence source: the browser's and a source page's worst case.
 * Bench-only code: the app itself writes only through src/lib/db.
 */
import { openDB, unwrap } from 'idb';
import { openDb } from '../../src/lib/db';
import { DB_NAME, toCardRow, type CitecardsSchema } from '../../src/lib/db/schema';
import { BENCH_DECK, benchCard, benchDeckRow, benchSchedule, benchSource } from './fixture';

/** Resolves when a native transaction commits. */
function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('transaction aborted'));
	});
}

/** Writes the deck into the app's database; returns how long it took (ms). */
async function fillLarge(o: { cards: number; now: number }): Promise<number> {
	const t0 = performance.now();
	(await openDb({ name: DB_NAME })).close(); // the app's migrations make the stores
	const db = unwrap(await openDB<CitecardsSchema>(DB_NAME)) as IDBDatabase;
	const tx = db.transaction(['decks', 'sources', 'cards', 'schedules'], 'readwrite');
	tx.objectStore('decks').put({
		...benchDeckRow({ cards: o.cards, now: o.now }),
		title: 'Large bench deck',
		sourceCount: 1
	});
	tx.objectStore('sources').put(benchSource(0));
	const cards = tx.objectStore('cards');
	const schedules = tx.objectStore('schedules');
	for (let i = 0; i < o.cards; i++) {
		// Fixture cards 0–99 all cite source 0; card i takes card (i mod 100)'s content.
		const card = { ...benchCard(i % 100), id: `c${i}`, factId: `f${Math.floor(i / 3)}` };
		cards.put(toCardRow({ deckId: BENCH_DECK, cardId: card.id, position: i, card }));
		schedules.put(benchSchedule(i, o.now));
	}
	await committed(tx);
	db.close();
	return performance.now() - t0;
}

/** The database calls behind the two pages, each timed alone (ms): where the time goes. */
async function parts(): Promise<Record<string, number>> {
	const db = await openDb({ name: DB_NAME });
	const out: Record<string, number> = {};
	const time = async (label: string, fn: () => Promise<unknown>) => {
		const t0 = performance.now();
		await fn();
		out[label] = performance.now() - t0;
	};
	const deckId = BENCH_DECK;
	await time('browseCards (first 50)', () => db.browseCards({ deckId, limit: 50 }));
	await time('browseCards (search, 50)', () =>
		db.browseCards({ deckId, limit: 50, query: 'plan 3' })
	);
	await time('deckTags', () => db.deckTags({ deckId }));
	await time('citedRanges (10 per range)', () =>
		db.citedRanges({ deckId, sourceId: 's0', perRange: 10 })
	);
	await time('getSource', () => db.getSource({ deckId, sourceId: 's0' }));
	await time('listSources', () => db.listSources({ deckId }));
	await time('listDecks', () => db.listDecks({ now: Date.now() }));
	db.close();

	return out;
}

declare global {
	interface Window {
		citecardsPagesBench?: { fillLarge: typeof fillLarge; parts: typeof parts };
	}
}

window.citecardsPagesBench = { fillLarge, parts };
