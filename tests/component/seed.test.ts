import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CitecardsDb } from '../../src/lib/db';
import { ensureSeedDeck } from '../../src/lib/state/seed';
import { makeDeck } from '../fixtures/deck';

// As if deployed under a base path: the bundled deck is fetched under it.
vi.mock('$app/paths', () => ({ asset: (file: string) => `/citecards${file}` }));

/** A stand-in database that records imports and knows which decks it holds. */
function fakeDb() {
	const decks = new Set<string>();
	const imports: string[] = [];
	const db = {
		hasDeck: async ({ deckId }: { deckId: string }) => decks.has(deckId),
		importBundledDeck: async ({ deck }: { deck: { id: string; title: string } }) => {
			imports.push(deck.title);
			decks.add(deck.id);
			return { deckId: deck.id, added: 1, updated: 0, retired: 0, unchanged: 0, restored: 0 };
		}
	};
	return { db: db as unknown as CitecardsDb, decks, imports };
}

let bundled = '';
beforeEach(() => {
	localStorage.clear();
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(bundled, { status: bundled ? 200 : 404 }))
	);
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('ensureSeedDeck', () => {
	it('imports the bundled deck once, and again only when it changes', async () => {
		const { db, imports } = fakeDb();
		bundled = JSON.stringify(makeDeck({ title: 'First edition' }));
		await ensureSeedDeck({ db });
		await ensureSeedDeck({ db });
		expect(imports).toEqual(['First edition']);
		bundled = JSON.stringify(makeDeck({ title: 'Second edition' }));
		await ensureSeedDeck({ db });
		expect(imports).toEqual(['First edition', 'Second edition']);
	});

	it('fetches the bundled deck under the base path', async () => {
		bundled = JSON.stringify(makeDeck());
		await ensureSeedDeck(fakeDb());
		expect(fetch).toHaveBeenCalledWith('/citecards/decks/seed-deck.json');
	});

	it('imports again when the deck is gone from the database (e.g. after a restore)', async () => {
		const { db, decks, imports } = fakeDb();
		bundled = JSON.stringify(makeDeck());
		await ensureSeedDeck({ db });
		decks.clear();
		await ensureSeedDeck({ db });
		expect(imports).toHaveLength(2);
	});

	it('fails with a clear reason when the bundled deck is missing', async () => {
		const { db, imports } = fakeDb();
		bundled = '';
		await expect(ensureSeedDeck({ db })).rejects.toThrow(/seed-deck\.json answered 404/);
		expect(imports).toEqual([]);
	});
});
