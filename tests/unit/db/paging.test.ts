import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowseCursor, CardFilter, CitecardsDb } from '../../../src/lib/db';
import { freshDbName, makeBigDeck } from '../../fixtures/db';
import { openDb } from '../../../src/lib/db';

const NOW = new Date(2026, 0, 5, 12).getTime();
const DAY = 86_400_000;
const opened: CitecardsDb[] = [];

afterEach(() => {
	vi.restoreAllMocks();
	opened.splice(0).forEach((db) => db.close());
});

async function deckOf(cards: number, name = freshDbName()) {
	const db = await openDb({ name });
	opened.push(db);
	const deck = makeBigDeck({ cards });
	await db.importDeck({ deck, now: NOW });
	return { db, deck, name };
}

/** Every page of the browser, `limit` at a time. */
async function allPages(db: CitecardsDb, filter: CardFilter, limit: number) {
	const ids: string[] = [];
	const totals: Array<number | null> = [];
	let after: BrowseCursor | undefined;
	for (let pages = 0; pages < 1000; pages++) {
		const page = await db.browseCards({ ...filter, after, limit });
		expect(page.items.length).toBeLessThanOrEqual(limit);
		ids.push(...page.items.map((i) => i.card.id));
		totals.push(page.total);
		if (!page.next) return { ids, totals, pages: pages + 1 };
		after = page.next;
	}
	throw new Error('the pages never end');
}

/** Counts rows read from the cards store and schedules fetched one by one, from now on. */
function countReads() {
	const read = { cardRows: 0, scheduleGets: 0 };
	const getAll = IDBIndex.prototype.getAll;
	vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (
		this: IDBIndex,
		...args: Parameters<IDBIndex['getAll']>
	) {
		const request = getAll.apply(this, args);
		if (this.objectStore.name === 'cards')
			request.addEventListener('success', () => (read.cardRows += request.result.length));
		return request;
	});
	const storeGetAll = IDBObjectStore.prototype.getAll;
	vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (
		this: IDBObjectStore,
		...args: Parameters<IDBObjectStore['getAll']>
	) {
		const request = storeGetAll.apply(this, args);
		if (this.name === 'cards')
			request.addEventListener('success', () => (read.cardRows += request.result.length));
		return request;
	});
	const get = IDBObjectStore.prototype.get;
	vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
		this: IDBObjectStore,
		...args: Parameters<IDBObjectStore['get']>
	) {
		if (this.name === 'schedules') read.scheduleGets++;
		if (this.name === 'cards') read.cardRows++;
		return get.apply(this, args);
	});
	return read;
}

describe('the deck browser pages through a large deck', () => {
	it('gives every current card once, in deck order, page by page', async () => {
		const { db, deck } = await deckOf(60);
		// c7 vanishes from the deck (retired, kept); it must not be listed.
		await db.importDeck({
			deck: { ...deck, cards: deck.cards.filter((c) => c.id !== 'c7') },
			now: NOW + DAY
		});
		const whole = (await db.listCards({ deckId: deck.id })).map((c) => c.card.id);
		expect(whole).toHaveLength(59);
		for (const limit of [1, 7, 59, 100]) {
			const { ids, totals } = await allPages(db, { deckId: deck.id }, limit);
			expect(ids).toEqual(whole);
			expect(new Set(totals)).toEqual(new Set([59]));
		}
	});

	it('filters like listCards, giving a total only when the deck row knows it', async () => {
		const { db, deck } = await deckOf(40);
		await db.setSuspended({ cardId: 'c3', deckId: deck.id, suspended: true });
		await db.setSuspended({ cardId: 'c30', deckId: deck.id, suspended: true });
		const filters: CardFilter[] = [
			{ deckId: deck.id, query: 'number 1' },
			{ deckId: deck.id, tag: 'odd' },
			{ deckId: deck.id, type: 'qa', state: 'new' },
			{ deckId: deck.id, state: 'suspended' },
			{ deckId: deck.id, sourceId: 's1', query: '3' },
			{ deckId: deck.id, query: 'nothing matches this' }
		];
		for (const filter of filters) {
			const whole = (await db.listCards(filter)).map((c) => c.card.id);
			const { ids, totals } = await allPages(db, filter, 3);
			expect(ids).toEqual(whole);
			// Counting would walk the index entries: a filtered page says only whether more follow.
			expect(totals[0]).toBeNull();
		}
	});

	it('never skips nor repeats cards that share a position (ordered by id), past a read chunk', async () => {
		const { db, deck, name } = await deckOf(900);
		const raw = await openDB(name);
		const tx = raw.transaction('cards', 'readwrite');
		let cursor = await tx.store.openCursor();
		while (cursor) {
			// 450 cards at position 5, the rest at 6: ties across more than a chunk of rows.
			const n = Number(cursor.value.cardId.slice(1));
			await cursor.update({ ...cursor.value, position: n % 2 ? 5 : 6 });
			cursor = await cursor.continue();
		}
		await tx.done;
		raw.close();
		const { ids } = await allPages(db, { deckId: deck.id }, 100);
		expect(ids).toHaveLength(900);
		expect(new Set(ids).size).toBe(900);
		const odd = ids.slice(0, 450);
		expect(odd.every((id) => Number(id.slice(1)) % 2 === 1)).toBe(true);
		expect(odd).toEqual([...odd].sort());
	});

	it('reads about one page of rows for the first page of a 3,000-card deck', async () => {
		const { db, deck } = await deckOf(3000);
		const read = countReads();
		const page = await db.browseCards({ deckId: deck.id, limit: 50 });
		expect(page.items.map((i) => i.card.id)).toEqual(Array.from({ length: 50 }, (_, i) => `c${i}`));
		expect(page.total).toBe(3000);
		expect(page.next).toEqual({ position: 49, cardId: 'c49' });
		expect(read.cardRows).toBeLessThanOrEqual(400);
		expect(read.scheduleGets).toBeLessThanOrEqual(400);
	});
});

describe('the tags of a large deck', () => {
	it('are listed from the tag index without reading the cards', async () => {
		const { db, deck } = await deckOf(500);
		await db.importDeck({
			deck: {
				...deck,
				cards: deck.cards.map((c, i) => (i === 7 ? { ...c, tags: ['odd', 'Ünïcode', 'a b'] } : c))
			},
			now: NOW + DAY
		});
		const read = countReads();
		expect(await db.deckTags({ deckId: deck.id })).toEqual(['a b', 'even', 'odd', 'Ünïcode']);
		expect(read.cardRows).toBe(0);
		expect(await db.deckTags({ deckId: 'no-such-deck' })).toEqual([]);
	});
});

describe("a source's cited ranges at scale", () => {
	it('lists only the first few citing cards and says more follow, reading no card rows', async () => {
		// 2,000 cards over one source's 50 sentences: 40 cards cite each sentence.
		const { db, deck } = await deckOf(2000);
		await db.importDeck({
			deck: { ...deck, cards: deck.cards.filter((c) => c.id !== 'c50') },
			now: NOW + DAY
		});
		const read = countReads();
		const ranges = await db.citedRanges({ deckId: deck.id, sourceId: 's1', perRange: 3 });
		expect(ranges).toHaveLength(50);
		expect(ranges.every((r) => r.cardIds.length === 3)).toBe(true);
		// The retired c50 cites the first sentence: it is neither counted nor listed.
		expect(ranges[0]).toEqual({
			start: 0,
			end: deck.cards[0].citations[0].end,
			cardIds: ['c0', 'c100', 'c1000'],
			more: true
		});
		expect(ranges.every((r) => r.more)).toBe(true);
		expect(read.cardRows).toBe(0);
		const full = await db.citedRanges({ deckId: deck.id, sourceId: 's1' });
		expect(full.reduce((n, r) => n + r.cardIds.length, 0)).toBe(1999);
		expect(full[0].cardIds).not.toContain('c50');
		expect(full.every((r) => !r.more)).toBe(true);
		// Exactly as many as asked for: no "more".
		const exact = await db.citedRanges({ deckId: deck.id, sourceId: 's1', perRange: 40 });
		expect(exact[0]).toMatchObject({ more: false });
		expect(exact[0].cardIds).toHaveLength(39);
		expect(exact[1]).toMatchObject({ more: false });
		expect(exact[1].cardIds).toHaveLength(40);
	});
});
