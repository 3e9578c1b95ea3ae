import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CardMenu from '../../src/lib/components/CardMenu.svelte';
import { newSchedule } from '../../src/lib/srs';
import { dbState } from '../../src/lib/state/db-state.svelte';
import CardEditor from '../../src/routes/card/CardEditor.svelte';
import { makeDeck } from '../fixtures/deck';

const deck = makeDeck();

beforeEach(() => {
	// The app's database loads the bundled deck on first open.
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(JSON.stringify(deck), { status: 200 }))
	);
});
afterEach(() => vi.unstubAllGlobals());

describe('the card editor', () => {
	it('shows its fields filled in, the cloze with its gap in double brackets', () => {
		const card = {
			...deck.cards[0],
			cloze: { text: 'Paris is in France.', blanks: [{ start: 12, end: 18 }] }
		};
		render(CardEditor, { deckId: deck.id, card, onsaved: () => {}, oncancel: () => {} });
		expect(screen.getByLabelText('Question')).toHaveValue(card.question);
		expect(screen.getByLabelText('Answer')).toHaveValue(card.answer);
		expect(screen.getByLabelText(/Fill-in-the-gap/)).toHaveValue('Paris is in [[France]].');
	});

	it('says what is wrong and saves nothing when a side is empty', async () => {
		const onsaved = vi.fn();
		render(CardEditor, { deckId: deck.id, card: deck.cards[0], onsaved, oncancel: () => {} });
		await fireEvent.input(screen.getByLabelText('Answer'), { target: { value: '  ' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Save card' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('The answer cannot be empty.');
		expect(onsaved).not.toHaveBeenCalled();
	});

	it('saves an edit: the stored card is marked edited and keeps its citations', async () => {
		const db = await dbState.ready();
		const onsaved = vi.fn();
		render(CardEditor, { deckId: deck.id, card: deck.cards[0], onsaved, oncancel: () => {} });
		await fireEvent.input(screen.getByLabelText('Question'), { target: { value: 'Edited?' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Save card' }));
		await waitFor(() => expect(onsaved).toHaveBeenCalled());
		const stored = await db.getCard({ cardId: deck.cards[0].id, deckId: deck.id });
		expect(stored?.card).toMatchObject({ question: 'Edited?', edited: true });
		expect(stored?.card.citations).toEqual(deck.cards[0].citations);
	});
});

describe('the card menu', () => {
	it('deletes a card and its undo brings it back', async () => {
		const db = await dbState.ready();
		const card = deck.cards[0];
		const schedule = newSchedule({ cardId: card.id, deckId: deck.id, now: 0 });
		const onremoved = vi.fn();
		const onrestored = vi.fn();
		render(CardMenu, { deckId: deck.id, card, schedule, onremoved, onrestored });
		await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
		await screen.findByText(/Card deleted/);
		expect(onremoved).toHaveBeenCalled();
		expect(await db.getCard({ cardId: card.id, deckId: deck.id })).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
		await waitFor(() => expect(onrestored).toHaveBeenCalledWith(card.id));
		expect(await db.getCard({ cardId: card.id, deckId: deck.id })).not.toBeNull();
	});
});
