/** The review before saving a deck made from articles: cards with their evidence; keep, edit, delete; save. */
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Card, Deck, Source } from '../../src/lib/deck';
import { dbState } from '../../src/lib/state/db-state.svelte';
import { reviewDeck } from '../../src/lib/state/review-deck.svelte';
import ReviewStep from '../../src/routes/add/ReviewStep.svelte';
import { makeCard, makeDeck, makeSource } from '../fixtures/deck';

const source = makeSource();
const other: Source = {
	id: 'src-b',
	title: 'Bridge report',
	text: 'Mayor Ana Ruiz cut the ribbon in Porto Alto. The bridge opened on Tuesday.'
};
const cite = (s: Source, quote: string) => {
	const start = s.text.indexOf(quote);
	return { source: s.id, start, end: start + quote.length, quote };
};
const cards: Card[] = [
	makeCard(source, { id: 'card-ribbon', conflicts: ['conflict-day'] }),
	makeCard(source, {
		id: 'card-day',
		question: 'On which day did the bridge open?',
		answer: 'Monday',
		citations: [cite(source, 'The new bridge opened on Monday.')]
	}),
	makeCard(other, {
		id: 'card-place',
		question: 'Where was the ribbon cut?',
		answer: 'Porto Alto',
		citations: [cite(other, 'Mayor Ana Ruiz cut the ribbon in Porto Alto.')]
	})
];
const generated: Deck = makeDeck({
	id: 'deck-made',
	title: 'Harbour bridge opens',
	sources: [source, other],
	cards,
	conflicts: [
		{
			id: 'conflict-day',
			subject: 'Day the bridge opened',
			variants: [
				{ value: 'Monday', citations: [cite(source, 'The new bridge opened on Monday.')] },
				{ value: 'Tuesday', citations: [cite(other, 'The bridge opened on Tuesday.')] }
			]
		}
	]
});

const cardEl = (id: string) => document.querySelector<HTMLElement>(`[data-review-card="${id}"]`)!;

beforeEach(() => {
	reviewDeck.load({ generated, newSourceIds: ['src-a', 'src-b'] });
});

describe('the review step', () => {
	it('lists every new card with its cited sentences, sources and disagreements', () => {
		render(ReviewStep);
		expect(screen.getByText(/^3 new cards\./)).toBeInTheDocument();
		const ribbon = within(cardEl('card-ribbon'));
		expect(
			ribbon.getByRole('heading', { name: 'Who cut the ribbon at the new bridge?' })
		).toBeVisible();
		expect(ribbon.getByText('Mayor Ana Ruiz cut the ribbon in Porto Alto.')).toBeInTheDocument();
		expect(ribbon.getByText('Harbour bridge opens')).toBeInTheDocument();
		const note = ribbon.getByRole('note');
		expect(note).toHaveTextContent('Sources disagree: Day the bridge opened');
		expect(note).toHaveTextContent('Tuesday (Bridge report)');
		expect(within(cardEl('card-place')).queryByRole('note')).toBeNull();
		expect(screen.getByLabelText('Deck name')).toHaveValue('Harbour bridge opens');
	});

	it('deletes and keeps again, and the save button counts what is kept', async () => {
		render(ReviewStep);
		const day = within(cardEl('card-day'));
		await fireEvent.click(day.getByRole('button', { name: 'Delete card 2' }));
		expect(day.getByText('Deleted')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Save 2 cards' })).toBeInTheDocument();
		await fireEvent.click(day.getByRole('button', { name: 'Keep card 2' }));
		expect(screen.getByRole('button', { name: 'Save 3 cards' })).toBeInTheDocument();
	});

	it('edits a card; an empty answer cannot be saved; Cancel edit changes nothing', async () => {
		render(ReviewStep);
		const place = within(cardEl('card-place'));
		await fireEvent.click(place.getByRole('button', { name: 'Edit card 3' }));
		await fireEvent.input(place.getByLabelText('Answer'), { target: { value: ' ' } });
		expect(place.getByRole('button', { name: 'Done' })).toBeDisabled();
		await fireEvent.click(place.getByRole('button', { name: 'Cancel edit' }));
		expect(place.getByText('Porto Alto')).toBeInTheDocument();
		await fireEvent.click(place.getByRole('button', { name: 'Edit card 3' }));
		await fireEvent.input(place.getByLabelText('Question'), {
			target: { value: 'In which town was the ribbon cut?' }
		});
		await fireEvent.click(place.getByRole('button', { name: 'Done' }));
		expect(place.getByRole('heading', { name: 'In which town was the ribbon cut?' })).toBeVisible();
		expect(place.getByText('Edited')).toBeInTheDocument();
		expect(reviewDeck.items[2].card.edited).toBe(true);
	});

	it('saves the kept cards under the name given, in one call, and says what it wrote', async () => {
		render(ReviewStep);
		await fireEvent.click(
			within(cardEl('card-day')).getByRole('button', { name: 'Delete card 2' })
		);
		await fireEvent.input(screen.getByLabelText('Deck name'), { target: { value: 'Bridges' } });
		const db = await dbState.ready();
		const addDeck = vi.spyOn(db, 'addDeck');
		await fireEvent.click(screen.getByRole('button', { name: 'Save 2 cards' }));
		await vi.waitFor(() => expect(reviewDeck.saved).not.toBeNull());
		expect(addDeck).toHaveBeenCalledTimes(1);
		expect(reviewDeck.saved).toMatchObject({ deckId: 'deck-made', title: 'Bridges', added: 2 });
		const stored = (await db.readDeck({ deckId: 'deck-made' }))!;
		expect(stored.cards.map((c) => c.id)).toEqual(['card-ribbon', 'card-place']);
		expect(stored.conflicts).toHaveLength(1);
	});

	it('saves nothing when every card is deleted, and says why', async () => {
		reviewDeck.load({ generated: { ...generated, id: 'deck-empty' }, newSourceIds: [] });
		render(ReviewStep);
		for (const n of [1, 2, 3])
			await fireEvent.click(screen.getByRole('button', { name: `Delete card ${n}` }));
		await fireEvent.click(screen.getByRole('button', { name: 'Save 0 cards' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Keep at least one card to make a deck.');
		const db = await dbState.ready();
		expect(await db.hasDeck({ deckId: 'deck-empty' })).toBe(false);
	});
});
