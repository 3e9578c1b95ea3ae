import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	DB_VERSION,
	DbNewerThanAppError,
	DbVersionChangedError,
	MIGRATIONS,
	openDb
} from '../../../src/lib/db';
import { parseBackup } from '../../../src/lib/db/backup';
import {
	freshDbName,
	makeBigDeck,
	storedSummary,
	storedTallies,
	storeV1Siblings,
	testSettings
} from '../../fixtures/db';

const NOW = new Date(2026, 0, 5, 12).getTime();

afterEach(() => vi.restoreAllMocks());

/** Store and index names, to compare an upgraded database with a fresh one. */
async function shape(name: string) {
	const raw = await openDB(name);
	const out: Record<string, string[]> = {};
	const names = [...raw.objectStoreNames];
	const tx = raw.transaction(names, 'readonly');
	for (const n of names) out[n] = [...tx.objectStore(n).indexNames].sort();
	raw.close();
	return { version: raw.version, stores: out };
}

/** Fills a database at `version` the way that version's code would have stored it. */
async function fillAt(name: string, version: number) {
	const db = await openDb({ name, version });
	await db.saveSettings({ settings: testSettings({ newPerDay: 7 }) });
	await db.importDeck({ deck: makeBigDeck({ cards: 12, perFact: 2 }), now: NOW });
	await db.recordReview({ cardId: 'c0', rating: 3, now: NOW, durationMs: 10 });
	await db.recordReview({ cardId: 'c2', rating: 4, now: NOW + 1, durationMs: 20 });
	await db.setSuspended({ cardId: 'c4', suspended: true });
	const backup = await db.exportBackup({ now: NOW });
	db.close();
	await stripLater(name, version);
	return backup;
}

/** Strips what later versions add, so the rows look exactly as `version` stored them. */
async function stripLater(name: string, version: number) {
	const raw = await openDB(name, version);
	const tx = raw.transaction(['schedules', 'cards'], 'readwrite');
	const strip = async (store: 'schedules' | 'cards', field: string) => {
		let cursor = await tx.objectStore(store).openCursor();
		while (cursor) {
			const row = { ...cursor.value };
			delete row[field];
			await cursor.update(row);
			cursor = await cursor.continue();
		}
	};
	if (version < 2) await strip('schedules', 'q'); // v2 added the queue bucket
	if (version < 3) await strip('cards', 'sourceKeys'); // v3 added the by-source keys
	if (version < 6) await strip('cards', 'citeKeys'); // v6 added the by-cited-range keys ...
	if (version < 6) await strip('cards', 'tagKeys'); // ... and the by-tag keys
	await tx.done;
	raw.close();
}

describe('migrations', () => {
	it('are numbered steps from version 1, at least two of them', () => {
		expect(DB_VERSION).toBe(MIGRATIONS.length);
		expect(DB_VERSION).toBeGreaterThanOrEqual(2);
	});

	for (let from = 1; from < DB_VERSION; from++)
		it(`upgrade version ${from} to ${DB_VERSION} keeping every record`, async () => {
			const name = freshDbName();
			const before = await fillAt(name, from);
			expect((await shape(name)).version).toBe(from);

			const db = await openDb({ name });
			expect(await db.exportBackup({ now: NOW })).toEqual(before);
			// The per-day review summary (v7) is built from the log the older version stored.
			const days = await storedSummary(name);
			expect(days.reviews).toBe(2);
			expect(days.stored).toEqual(days.fromLog);
			expect(days.stored.flatMap((d) => d.reviews).reduce((a, b) => a + b)).toBe(2);
			// ... and the cards-by-state and due tallies from its schedules.
			const tallies = await storedTallies(name);
			expect(tallies.stored).toEqual(tallies.fromSchedules);
			expect(tallies.stored.tallies).toEqual([
				{ deckId: 'deck-big', new: 9, learning: 1, review: 1, mastered: 0, suspended: 1 }
			]);
			// The new index works on the migrated rows: counts and queue come from it.
			expect(await db.deckCounts({ deckId: 'deck-big', now: NOW + 2 })).toEqual({
				new: 4, // 7 a day, 2 done: c5, c6, c8, c10 (c1 and c3 wait for their siblings)
				learning: 1,
				due: 0,
				total: 12,
				suspended: 1
			});
			expect(
				(await db.getStudyQueue({ deckId: 'deck-big', now: NOW + 2 })).map((q) => q.card.id)
			).toEqual(['c5', 'c6', 'c8', 'c10', 'c0']);
			expect((await db.getCard({ cardId: 'c2' }))?.history).toHaveLength(1);
			// ... and so does the by-source index.
			expect(await db.citedRanges({ deckId: 'deck-big', sourceId: 's1' })).toHaveLength(12);
			expect(await db.listCards({ deckId: 'deck-big', sourceId: 's1' })).toHaveLength(12);
			db.close();

			const fresh = freshDbName();
			(await openDb({ name: fresh })).close();
			expect(await shape(name)).toEqual(await shape(fresh));
		});

	for (let from = 1; from < 5; from++)
		it(`version ${from} upgraded gains the safety store: a restore keeps the old data to go back to`, async () => {
			const name = freshDbName();
			const before = await fillAt(name, from);
			const db = await openDb({ name });
			expect(await db.safetyCopy()).toBeNull();
			await db.restoreBackup({
				data: { ...before, decks: [], cards: [], sources: [], schedules: [], log: [] },
				now: NOW
			});
			expect(await db.listCards({ deckId: 'deck-big' })).toHaveLength(0);
			expect(await db.safetyCopy()).toMatchObject({ decks: 1, cards: 12, reviews: 2 });
			await db.undoRestore({ now: NOW });
			expect(await db.exportBackup({ now: NOW })).toEqual(before);
			db.close();
		});

	for (let from = 1; from < 4; from++)
		it(`fold deck format 1 siblings from version ${from}: one card per question, history kept`, async () => {
			const name = freshDbName();
			const old = await openDb({ name, version: from });
			await storeV1Siblings(old, NOW);
			expect(await old.listCards({ deckId: 'deck-test' })).toHaveLength(7);
			old.close();
			await stripLater(name, from);

			const db = await openDb({ name });
			const cards = await db.listCards({ deckId: 'deck-test' });
			expect(cards.map((c) => c.card.id)).toEqual([
				'qa-ribbon',
				'mcq-place',
				'cloze-day',
				'qa-alone'
			]);
			expect(cards[0].card).toMatchObject({
				type: 'qa',
				choices: ['Luis Ortega', 'Ana Ruiz', 'Marta Gil'],
				cloze: { blanks: [{ start: 6, end: 14 }] }
			});
			expect(cards[1].card).toMatchObject({
				type: 'qa',
				choices: ['Lisbon', 'Porto Alto', 'Faro']
			});
			// The kept cards keep their schedule and history; the siblings' are gone, with no orphans.
			expect(cards[0].schedule).toMatchObject({ reps: 1, state: 'learning' });
			expect(cards[1].schedule).toMatchObject({ reps: 1, state: 'review' });
			expect((await db.getCard({ cardId: 'qa-ribbon' }))?.history.map((e) => e.rating)).toEqual([
				3
			]);
			expect((await db.getCard({ cardId: 'mcq-place' }))?.history.map((e) => e.rating)).toEqual([
				4
			]);
			expect(await db.getCard({ cardId: 'mcq-ribbon' })).toBeNull();
			const backup = await db.exportBackup({ now: NOW });
			expect(backup.log.map((e) => e.cardId).sort()).toEqual(['mcq-place', 'qa-ribbon']);
			expect(backup.schedules).toHaveLength(4);
			expect(backup.decks[0].cardCount).toBe(4);
			expect(parseBackup(backup).ok).toBe(true);
			expect(await db.deckCounts({ deckId: 'deck-test', now: NOW })).toMatchObject({ total: 4 });
			db.close();
		});

	it('a failing step leaves the database at its old version with its data', async () => {
		const name = freshDbName();
		const before = await fillAt(name, 1);
		MIGRATIONS.push(() => {
			throw new Error('broken step');
		});
		try {
			await expect(openDb({ name, version: DB_VERSION + 1 })).rejects.toMatchObject({
				code: 'upgrade-failed'
			});
		} finally {
			MIGRATIONS.pop();
		}
		expect((await shape(name)).version).toBe(1);
		const db = await openDb({ name, version: 1 });
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
		db.close();
	});
});

describe('connection events', () => {
	it('reports `blocked` while another tab holds an old version open', async () => {
		const name = freshDbName();
		(await openDb({ name, version: 1 })).close();
		const old = await openDB(name, 1); // an old tab that ignores versionchange
		const onBlocked = vi.fn();
		const opening = openDb({ name, onBlocked });
		await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
		old.close();
		const db = await opening;
		expect(await db.getSettings()).toMatchObject({ newPerDay: 20 });
		db.close();
	});

	it('closes and signals on `blocking`, then refuses calls with a reload message', async () => {
		const name = freshDbName();
		const onVersionChange = vi.fn();
		const old = await openDb({ name, version: 1, onVersionChange });
		const db = await openDb({ name });
		expect(onVersionChange).toHaveBeenCalledOnce();
		const err = await old.getSettings().catch((e) => e);
		expect(err).toBeInstanceOf(DbVersionChangedError);
		expect(err.message).toMatch(/reload/i);
		expect(await db.hasDeck({ deckId: 'x' })).toBe(false);
		db.close();
	});

	it('reopens after the browser drops the connection (`terminated`)', async () => {
		const name = freshDbName();
		const requests: IDBOpenDBRequest[] = [];
		const open = indexedDB.open.bind(indexedDB);
		vi.spyOn(indexedDB, 'open').mockImplementation((n: string, v?: number) => {
			const r = open(n, v);
			requests.push(r);
			return r;
		});
		const db = await openDb({ name });
		await db.importDeck({ deck: makeBigDeck({ cards: 2 }), now: NOW });
		forceCloseDatabase(requests[0].result as never);
		expect(await db.hasDeck({ deckId: 'deck-big' })).toBe(true);
		expect(requests).toHaveLength(2);
		db.close();
	});

	it('refuses calls after close() with a typed error', async () => {
		const db = await openDb({ name: freshDbName() });
		db.close();
		await expect(db.getSettings()).rejects.toMatchObject({ code: 'closed' });
	});

	it('says a database newer than the code (a rollback) cannot be opened here, not "reload"', async () => {
		const name = freshDbName();
		const db = await openDb({ name });
		await db.importDeck({ deck: makeBigDeck({ cards: 3 }), now: NOW });
		db.close();
		// A newer app added a version; then the site went back to this code.
		(await openDB(name, DB_VERSION + 1)).close();
		const err = await openDb({ name }).catch((e) => e);
		expect(err).toBeInstanceOf(DbNewerThanAppError);
		expect(err).not.toBeInstanceOf(DbVersionChangedError);
		expect(err.code).toBe('db-newer');
		expect(err.message).toMatch(/newer version of citecards/);
		expect(err.message).toMatch(/Nothing was changed or lost/);
		expect(err.message).toMatch(/Reloading will not fix this/);
		expect(err.message).not.toMatch(/another tab/);
		// The data is untouched, at the newer version.
		const raw = await openDB(name);
		expect(raw.version).toBe(DB_VERSION + 1);
		expect(await raw.count('cards')).toBe(3);
		raw.close();
	});
});
