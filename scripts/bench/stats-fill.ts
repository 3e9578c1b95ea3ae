/**
 * The browser side of the Stats page benchmark (bundled by scripts/bench/stats-page.ts and served
 * beside the built app, so it writes the app's own database): 50,000 cards over 500 sources and
 * 500,000 reviews spread over the past year, written as schema version 6 stored them; then the app
 * opens the database, so its own upgrade (v7) builds the per-day summary from that log.
 * Bench-only code: the app itself writes only through src/lib/db.
 */
import { openDB, unwrap } from 'idb';
import { openDb } from '../../src/lib/db';
import { DB_NAME, toCardRow, type CitecardsSchema } from '../../src/lib/db/schema';
import type { CardSchedule, Rating, ReviewLogEntry } from '../../src/lib/srs/types';
import {
	BENCH_DECK,
	benchCard,
	benchDeckRow,
	benchSchedule,
	benchSource,
	sourceCount
} from './fixture';

const DAY = 86_400_000;
const LOG_BATCH = 100_000;
/** The last schema version without the summary: the fill stores what that version's app stored. */
const BEFORE_SUMMARY = 6;

/** Resolves when a native transaction commits. */
function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('transaction aborted'));
	});
}

/** Review `k` of `total`: cards round-robin, times spread evenly over the 365 days before `now`. */
function logEntry(k: number, o: { total: number; cards: number; now: number }): ReviewLogEntry {
	const cardIndex = (k * 31) % o.cards;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { q, ...after } = benchSchedule(cardIndex, o.now);
	const before: CardSchedule = { ...after, state: k % 10 < 7 ? 'review' : 'learning' };
	return {
		cardId: after.cardId,
		deckId: BENCH_DECK,
		factId: after.factId,
		rating: (1 + (k % 4)) as Rating,
		reviewedAt: o.now - 365 * DAY + Math.floor((k / o.total) * 365 * DAY),
		durationMs: 3000 + (k % 5000),
		before,
		after,
		...(k % 50 === 0 ? { practice: true as const } : {})
	};
}

/** Fills the database; returns how long filling and the app's upgrade took (ms). */
async function fillStats(o: {
	cards: number;
	reviews: number;
	now: number;
}): Promise<{ fillMs: number; upgradeMs: number }> {
	let t0 = performance.now();
	(await openDb({ name: DB_NAME, version: BEFORE_SUMMARY })).close();
	const db = unwrap(await openDB<CitecardsSchema>(DB_NAME)) as IDBDatabase;
	const tx = db.transaction(['decks', 'sources', 'cards', 'schedules'], 'readwrite');
	tx.objectStore('decks').put({ ...benchDeckRow({ cards: o.cards, now: o.now }), title: 'Stats' });
	const sources = tx.objectStore('sources');
	for (let j = 0; j < sourceCount(o.cards); j++) sources.put(benchSource(j));
	const cards = tx.objectStore('cards');
	const schedules = tx.objectStore('schedules');
	for (let i = 0; i < o.cards; i++) {
		cards.put(toCardRow({ deckId: BENCH_DECK, cardId: `c${i}`, position: i, card: benchCard(i) }));
		schedules.put(benchSchedule(i, o.now));
	}
	await committed(tx);
	for (let from = 0; from < o.reviews; from += LOG_BATCH) {
		const logTx = db.transaction('log', 'readwrite');
		const log = logTx.objectStore('log');
		for (let k = from; k < Math.min(o.reviews, from + LOG_BATCH); k++)
			log.add(logEntry(k, { total: o.reviews, cards: o.cards, now: o.now }));
		await committed(logTx);
	}
	db.close();
	const fillMs = performance.now() - t0;
	t0 = performance.now();
	(await openDb({ name: DB_NAME })).close();
	return { fillMs, upgradeMs: performance.now() - t0 };
}

/**
 * The Stats page's database calls, and the reads they make or spare, each timed alone: a cold first call, then
 * `runs` warm ones (ms). The reads go through idb straight (bench-only), to show where time goes.
 */
async function parts(o: { now: number; runs: number }): Promise<Record<string, number[]>> {
	const db = await openDb({ name: DB_NAME });
	const raw = await openDB<CitecardsSchema>(DB_NAME);
	const out: Record<string, number[]> = {};
	const time = async (label: string, fn: () => Promise<unknown>) => {
		for (let run = 0; run <= o.runs; run++) {
			const t0 = performance.now();
			await fn();
			(out[label] ??= []).push(performance.now() - t0);
		}
	};
	await time('db.getStats (summaries read + counted)', () => db.getStats({ now: o.now }));
	await time('db.getSourceKnowledge (every card)', () => db.getSourceKnowledge({ now: o.now }));
	await time('read the summaries', () =>
		Promise.all([raw.getAll('days'), raw.getAll('dues'), raw.getAll('tallies')])
	);
	// What the summaries spare: every schedule read, or only counted in the queue index.
	await time('read every schedule', () => raw.getAll('schedules'));
	await time('count every schedule in the queue index', () =>
		raw.countFromIndex('schedules', 'deck_q_due')
	);
	await time("read each source's citing card keys", async () => {
		const tx = raw.transaction(['sources', 'cards']);
		const keys = await tx.objectStore('sources').getAllKeys();
		const index = tx.objectStore('cards').index('source');
		return Promise.all(keys.map((k) => index.getAllKeys(IDBKeyRange.only(k))));
	});
	raw.close();
	db.close();
	return out;
}

declare global {
	interface Window {
		citecardsStatsBench?: { fillStats: typeof fillStats; parts: typeof parts };
	}
}

window.citecardsStatsBench = { fillStats, parts };
