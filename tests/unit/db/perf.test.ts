import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, type CitecardsDb } from '../../../src/lib/db';
import { makeBigDeck, freshDbName, testSettings } from '../../fixtures/db';

// A tenth of the 50,000 cards: fake-indexeddb cannot hold 500,000 log entries in
// reasonable time, and the point here is that the hot calls read only today's slice. The real
// figures come from running the same calls in Chromium (see the report / docs).
const CARDS = 5_000;
const LOG = 20_000;
const NOW = new Date(2026, 5, 1, 12).getTime();
const DAY = 86_400_000;

let db: CitecardsDb;
const timings: Record<string, number> = {};

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
	const t0 = performance.now();
	const out = await fn();
	timings[label] = Math.round((performance.now() - t0) * 10) / 10;
	return out;
}

beforeAll(async () => {
	const name = freshDbName();
	db = await openDb({ name });
	await db.saveSettings({ settings: testSettings() });
	await time('import', () =>
		db.importDeck({ deck: makeBigDeck({ cards: CARDS, perFact: 3 }), now: NOW - 200 * DAY })
	);
	// Age the deck: 80% of cards in review (due spread over ±100 days), a long review history.
	const raw = await openDB(name);
	const tx = raw.transaction(['schedules', 'log'], 'readwrite');
	const schedules = tx.objectStore('schedules');
	const log = tx.objectStore('log');
	let cursor = await schedules.openCursor();
	let i = 0;
	while (cursor) {
		if (i % 5 !== 0) {
			// Siblings (consecutive ids) get unrelated due dates, as they would after being buried apart.
			const due = NOW + ((i * 7919) % 200) * DAY + (i % 997) * 60_000 - 100 * DAY;
			await cursor.update({
				...cursor.value,
				state: 'review',
				q: 2,
				due,
				stability: 20,
				difficulty: 5,
				reps: 5,
				lastReview: due - 20 * DAY,
				scheduledDays: 20
			});
		}
		i++;
		cursor = await cursor.continue();
	}
	const sample = (await schedules.get(['deck-big', 'c1']))!;
	const writes: Promise<unknown>[] = [];
	for (let k = 0; k < LOG; k++) {
		const reviewedAt = NOW - 200 * DAY + Math.floor((k / LOG) * 199 * DAY);
		writes.push(
			log.add({
				cardId: `c${k % CARDS}`,
				deckId: 'deck-big',
				rating: 3,
				reviewedAt,
				durationMs: 4000,
				before: sample,
				after: sample
			} as never)
		);
	}
	await Promise.all(writes);
	await tx.done;
	raw.close();
}, 600_000);

afterAll(() => {
	console.log(`perf (${CARDS} cards, ${LOG} log entries, fake-indexeddb):`, timings);
	db.close();
});

/** Counts the records that getAll/get calls hand back while `fn` runs. */
async function recordsRead(fn: () => Promise<unknown>): Promise<number> {
	let n = 0;
	const tally = (r: IDBRequest) => {
		r.addEventListener('success', () => {
			n += Array.isArray(r.result) ? r.result.length : r.result === undefined ? 0 : 1;
		});
		return r;
	};
	type Methods = Record<'get' | 'getAll', (...a: unknown[]) => IDBRequest>;
	for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Methods[])
		for (const method of ['get', 'getAll'] as const) {
			const original = proto[method];
			vi.spyOn(proto, method).mockImplementation(function (this: unknown, ...a: unknown[]) {
				return tally(original.apply(this, a));
			});
		}
	try {
		await fn();
	} finally {
		vi.restoreAllMocks();
	}
	return n;
}

describe(`performance at ${CARDS} cards / ${LOG} log entries`, () => {
	it('counts, queues and rates without reading the whole deck or log', async () => {
		const [home] = await time('listDecks', () => db.listDecks({ now: NOW }));
		expect(home.counts).toMatchObject({ new: 20, due: 200, total: CARDS });
		const queue = await time('getStudyQueue', () =>
			db.getStudyQueue({ deckId: 'deck-big', now: NOW })
		);
		expect(queue).toHaveLength(220);
		await time('getStudyQueue (again)', () => db.getStudyQueue({ deckId: 'deck-big', now: NOW }));
		await time('listDecks (again)', () => db.listDecks({ now: NOW }));
		await time('hasDeck', () => db.hasDeck({ deckId: 'deck-big' }));
		const first = queue[0];
		await time('recordReview', () =>
			db.recordReview({ cardId: first.card.id, rating: 3, now: NOW, durationMs: 3000 })
		);
		await time('undoLastReview', () => db.undoLastReview({ deckId: 'deck-big' }));
		await time('getCard', () => db.getCard({ cardId: 'c1', deckId: 'deck-big' }));
		await time('listCards', () => db.listCards({ deckId: 'deck-big', query: 'number 42' }));
		// What scales: the hot calls read today's slice, not the deck (5,000) or the log (20,000).
		expect(await recordsRead(() => db.listDecks({ now: NOW }))).toBeLessThan(600);
		expect(
			await recordsRead(() => db.getStudyQueue({ deckId: 'deck-big', now: NOW }))
		).toBeLessThan(800);
		expect(
			await recordsRead(() =>
				db.recordReview({ cardId: first.card.id, rating: 3, now: NOW, durationMs: 1 })
			)
		).toBeLessThan(5);
		// Loose bounds: fake-indexeddb in Node is far slower than a browser's IndexedDB.
		expect(timings.listDecks).toBeLessThan(2000);
		expect(timings.getStudyQueue).toBeLessThan(1000);
		expect(timings.recordReview).toBeLessThan(200);
	});
});
