/** Large imports written in bulk: progress in rows, every card stored, and nothing at all on a failure. */
import 'fake-indexeddb/auto';
import { openDB, unwrap } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type CitecardsDb } from '../../../src/lib/db';
import { putAll } from '../../../src/lib/db/bulk';
import type { CitecardsSchema } from '../../../src/lib/db/schema';
import { freshDbName, makeBigDeck, openFreshDb } from '../../fixtures/db';

const NOW = new Date(2026, 0, 5, 12).getTime();
let db: CitecardsDb | undefined;

afterEach(() => db?.close());

describe('a large deck imported in bulk', () => {
	it('reports progress in rows, chunk by chunk, up to every row, and stores every card', async () => {
		db = await openFreshDb();
		const deck = makeBigDeck({ id: 'bulk', cards: 2500 });
		const seen: Array<[number, number]> = [];
		const result = await db.importFile({
			deck,
			now: NOW,
			onProgress: (done, total) => seen.push([done, total])
		});
		expect(result).toMatchObject({ added: 2500, reviews: 0 });
		// The deck row, its one source, then a card and a schedule per card.
		const total = 1 + 1 + 2 * 2500;
		expect(seen[0]).toEqual([0, total]);
		expect(seen.at(-1)).toEqual([total, total]);
		expect(seen.length).toBeGreaterThan(4);
		for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThan(seen[i - 1][0]);
		const backup = await db.exportBackup({ now: NOW });
		expect(backup.cards.filter((c) => c.deckId === 'bulk')).toHaveLength(2500);
		expect(backup.schedules.filter((s) => s.deckId === 'bulk')).toHaveLength(2500);
		expect((await db.readDeck({ deckId: 'bulk' }))?.cards.map((c) => c.id)).toEqual(
			deck.cards.map((c) => c.id)
		);
	});

	it('writes nothing when a row fails after thousands were queued', async () => {
		const name = freshDbName();
		db = await openDb({ name });
		const raw = await openDB<CitecardsSchema>(name);
		const tx = raw.transaction(['decks', 'sources'], 'readwrite');
		const sources = Array.from({ length: 1500 }, (_, i) => `s${i}`);
		const decks = Array.from({ length: 2500 }, (_, i) => ({ id: `d${i}` }));
		let reported = 0;
		// The last row has no key (the store's key path): IndexedDB refuses it.
		const outcome = putAll(
			unwrap(tx),
			[
				{ store: 'sources', items: sources, row: (id: string) => ({ deckId: 'x', sourceId: id }) },
				{ store: 'decks', items: [...decks, { title: 'no id' }] }
			],
			{ onProgress: (done) => (reported = done) }
		);
		await expect(outcome).rejects.toMatchObject({ name: 'DataError' });
		await tx.done.catch(() => {});
		expect(reported).toBeGreaterThanOrEqual(2000);
		expect(await raw.count('sources')).toBe(0);
		expect(await raw.count('decks')).toBe(0);
		raw.close();
	});

	it('queues a chunk for a few milliseconds of the page at most, however many rows it may hold', async () => {
		const name = freshDbName();
		db = await openDb({ name });
		const raw = await openDB<CitecardsSchema>(name);
		const tx = raw.transaction(['sources'], 'readwrite');
		const ids = Array.from({ length: 400 }, (_, i) => `s${i}`);
		const seen: number[] = [];
		// No time at all: every chunk stops at the first look at the clock, a few rows in.
		await putAll(
			unwrap(tx),
			[{ store: 'sources', items: ids, row: (id: string) => ({ deckId: 'x', sourceId: id }) }],
			{ sliceMs: 0, onProgress: (done) => seen.push(done) }
		);
		await tx.done;
		expect(seen.at(-1)).toBe(400);
		expect(seen.length).toBeGreaterThan(400 / 16);
		expect(await raw.count('sources')).toBe(400);
		raw.close();
	});

	it('resolves at once when there is nothing to write', async () => {
		const name = freshDbName();
		db = await openDb({ name });
		const raw = await openDB<CitecardsSchema>(name);
		const tx = raw.transaction(['decks'], 'readwrite');
		const seen: number[][] = [];
		await putAll(unwrap(tx), [{ store: 'decks', items: [] }], {
			onProgress: (d, t) => seen.push([d, t])
		});
		await tx.done;
		expect(seen).toEqual([[0, 0]]);
		raw.close();
	});
});
