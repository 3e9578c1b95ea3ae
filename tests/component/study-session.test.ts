/**
 * The study session while a rating is saved: the rated card stays on screen, revealed, and the rating
 * bar disabled (`busy`) until the database has it; only then does the next card show (a next card on
 * screen means the rating before it is stored). A save that fails gives the bar back and says why.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CitecardsDb } from '../../src/lib/db';
import { dbState } from '../../src/lib/state/db-state.svelte';
import { session } from '../../src/lib/state/study-session.svelte';
import { makeCard, makeDeck, makeSource } from '../fixtures/deck';

const source = makeSource();
const opened = 'The new bridge opened on Monday.';
const deck = makeDeck({
	cards: [
		makeCard(source, { id: 'card-ribbon', factId: 'fact-ribbon' }),
		makeCard(source, {
			id: 'card-day',
			factId: 'fact-day',
			question: 'On which day did the bridge open?',
			answer: 'Monday',
			citations: [{ source: source.id, start: 0, end: opened.length, quote: opened }]
		})
	]
});

let db: CitecardsDb;

beforeAll(async () => {
	// The app's database loads the bundled deck on first open: here, this deck.
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(JSON.stringify(deck), { status: 200 }))
	);
	db = await dbState.ready();
	vi.unstubAllGlobals();
	// Multiple choice and typing off: every card is revealed and rated.
	const settings = await db.getSettings();
	await db.saveSettings({
		settings: { ...settings, multipleChoice: 'never', typedAnswers: false }
	});
});
afterEach(() => vi.restoreAllMocks());

/** A promise and its resolve, to hold a database step until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
	let open!: () => void;
	const opened = new Promise<void>((resolve) => (open = resolve));
	return { opened, open };
}

describe('a rating being saved', () => {
	it('keeps the rated card revealed with the bar disabled until it is stored, then shows the next', async () => {
		await session.start({ deckId: deck.id });
		const first = session.current!.card.id;
		const save = db.recordReview.bind(db);
		const slow = gate();
		const record = vi.spyOn(db, 'recordReview').mockImplementation(async (o) => {
			await slow.opened;
			return save(o);
		});
		session.reveal();
		const rating = session.rate(3);
		await vi.waitFor(() => expect(record).toHaveBeenCalledTimes(1));
		expect(session.busy).toBe(true);
		expect(session.current?.card.id).toBe(first);
		expect(session.revealed).toBe(true);
		// A second key on the card still shown (as a test that does not wait would press) rates nothing.
		void session.rate(1);
		slow.open();
		await rating;
		await vi.waitFor(() => expect(session.busy).toBe(false));
		expect(record).toHaveBeenCalledTimes(1);
		expect(session.current?.card.id).not.toBe(first);
		expect(session.revealed).toBe(false);
		expect(session.reviewed).toBe(1);
		expect((await db.getCard({ cardId: first, deckId: deck.id }))?.history).toHaveLength(1);
	});

	it('gives the bar back and says why when the save fails; the card can be rated again', async () => {
		await session.start({ deckId: deck.id });
		const shown = session.current!.card.id;
		vi.spyOn(db, 'recordReview').mockRejectedValueOnce(new Error('the disk went away'));
		session.reveal();
		await session.rate(3);
		expect(session.busy).toBe(false);
		expect(session.error).toBe('Storage error: the disk went away');
		expect(session.current?.card.id).toBe(shown);
		expect(session.revealed).toBe(true);
		await session.rate(3);
		expect(session.current?.card.id).not.toBe(shown);
		expect(session.error).toBeNull();
		expect((await db.getCard({ cardId: shown, deckId: deck.id }))?.history).toHaveLength(1);
	});
});
