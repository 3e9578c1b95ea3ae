/** Merging new sources into a stored deck: by card id, then fact id; edits and ids kept; new cards after. */
import { describe, expect, it } from 'vitest';
import {
	addSourcesToDeck,
	reviseCard,
	isEdited,
	markEdited,
	newCards,
	reviewedDeck
} from '../../../src/lib/deck/add-sources';
import type { Card, Deck, Source } from '../../../src/lib/deck';
import { makeCard, makeDeck, makeSource } from '../../fixtures/deck';

const oldSource = makeSource();
const newSource: Source = {
	id: 'src-b',
	title: 'Bridge tolls start',
	text: 'Mayor Ana Ruiz cut the ribbon in Porto Alto. Tolls on the bridge start in June.'
};
const cite = (source: Source, quote: string) => {
	const start = source.text.indexOf(quote);
	return { source: source.id, start, end: start + quote.length, quote };
};
const RIBBON = 'Mayor Ana Ruiz cut the ribbon in Porto Alto.';
const TOLLS = 'Tolls on the bridge start in June.';

/** The stored deck: one card on the ribbon (fact f-ribbon), one on the day (f-day). */
const stored: Deck = makeDeck({
	id: 'deck-mine',
	title: 'My bridge deck',
	cards: [
		makeCard(oldSource, { id: 'card-ribbon', factId: 'f-ribbon' }),
		makeCard(oldSource, {
			id: 'card-day',
			factId: 'f-day',
			question: 'When did the bridge open?',
			answer: 'Monday',
			citations: [cite(oldSource, 'The new bridge opened on Monday.')]
		})
	]
});

/** The generator's deck from both sources: the ribbon now cited twice, a new card on tolls. */
const generated: Deck = {
	...makeDeck({ id: 'deck-mine', title: 'Generated title' }),
	sources: [oldSource, newSource],
	cards: [
		makeCard(oldSource, {
			id: 'card-ribbon',
			factId: 'f-ribbon',
			citations: [cite(oldSource, RIBBON), cite(newSource, RIBBON)],
			support: 2
		}),
		makeCard(oldSource, {
			id: 'card-day-v2',
			factId: 'f-day',
			question: 'On which day did the bridge open?',
			answer: 'Monday',
			citations: [cite(oldSource, 'The new bridge opened on Monday.')]
		}),
		makeCard(oldSource, {
			id: 'card-old-only',
			factId: 'f-mayor',
			question: 'Who is the mayor?',
			citations: [cite(oldSource, RIBBON)]
		}),
		makeCard(newSource, {
			id: 'card-tolls',
			factId: 'f-tolls',
			question: 'When do tolls start?',
			answer: 'June',
			citations: [cite(newSource, TOLLS)]
		})
	],
	conflicts: []
};

describe('newCards', () => {
	it('are the generated cards citing a new source that match no stored card by id or fact', () => {
		expect(
			newCards({ existing: stored, generated, newSourceIds: ['src-b'] }).map((c) => c.id)
		).toEqual(['card-tolls']);
	});
	it('are all the cards for a new deck', () => {
		expect(newCards({ existing: null, generated, newSourceIds: [] })).toHaveLength(4);
	});
});

describe('addSourcesToDeck', () => {
	const kept = newCards({ existing: stored, generated, newSourceIds: ['src-b'] });
	const reviewed = reviewedDeck({ generated, existing: stored, kept, title: 'ignored' });

	it('keeps every stored card under its id, takes the new citations, and adds new cards after', () => {
		const { deck, added, updated, keptEdited } = addSourcesToDeck({
			existing: stored,
			generated,
			cards: reviewed.cards
		});
		expect(deck.cards.map((c) => c.id)).toEqual(['card-ribbon', 'card-day', 'card-tolls']);
		expect(deck.cards[0].citations.map((c) => c.source)).toEqual(['src-a', 'src-b']);
		// Matched by fact id: the new wording, under the stored id (so its history stays).
		expect(deck.cards[1].question).toBe('On which day did the bridge open?');
		expect({ added, updated, keptEdited }).toEqual({ added: 1, updated: 2, keptEdited: 0 });
		expect(deck).toMatchObject({ id: 'deck-mine', title: 'My bridge deck' });
		expect(deck.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
	});

	it('never overwrites an edited card', () => {
		const edited = markEdited({
			...stored.cards[0],
			question: 'Who opened the bridge, in my words?'
		});
		const existing = { ...stored, cards: [edited, stored.cards[1]] };
		const { deck, keptEdited } = addSourcesToDeck({ existing, generated, cards: reviewed.cards });
		expect(deck.cards[0]).toEqual(edited);
		expect(isEdited(deck.cards[0])).toBe(true);
		expect(keptEdited).toBe(1);
	});

	it('leaves out a card whose citation no longer matches its stored source', () => {
		const drifted: Card = {
			...generated.cards[3],
			id: 'card-drift',
			factId: 'f-drift',
			citations: [{ ...cite(newSource, TOLLS), quote: 'Something else entirely here.' }]
		};
		const { deck } = addSourcesToDeck({ existing: stored, generated, cards: [drifted] });
		expect(deck.cards.map((c) => c.id)).toEqual(['card-ribbon', 'card-day']);
	});

	it('keeps stored disagreements the generator no longer reports and drops dangling references', () => {
		const conflict = {
			id: 'conflict-old',
			subject: 'Day of opening',
			variants: [
				{ value: 'Monday', citations: [cite(oldSource, 'The new bridge opened on Monday.')] },
				{ value: 'June', citations: [cite(newSource, TOLLS)] }
			]
		};
		const existing = {
			...stored,
			conflicts: [conflict],
			cards: [{ ...stored.cards[0], conflicts: ['conflict-old'] }, stored.cards[1]]
		};
		const withGone = {
			...generated.cards[3],
			conflicts: ['conflict-gone']
		};
		const { deck } = addSourcesToDeck({ existing, generated, cards: [withGone] });
		expect(deck.conflicts.map((c) => c.id)).toEqual(['conflict-old']);
		expect(deck.cards.find((c) => c.id === 'card-tolls')!.conflicts).toEqual([]);
	});
});

describe('reviewedDeck for a new deck', () => {
	it('holds only the kept cards, under the name given (or the generated title)', () => {
		const kept = [generated.cards[3]];
		expect(reviewedDeck({ generated, existing: null, kept, title: ' Tolls ' })).toMatchObject({
			title: 'Tolls',
			cards: kept
		});
		expect(reviewedDeck({ generated, existing: null, kept, title: '' }).title).toBe(
			'Generated title'
		);
	});
});

describe('reviseCard', () => {
	const card = makeCard(oldSource, {
		id: 'card-choice',
		choices: ['Ana Ruiz', 'Tomas Lind', 'Marta Okafor'],
		accept: ['Ruiz'],
		cloze: { text: RIBBON, blanks: [{ start: 6, end: 14 }] }
	});

	it('marks the card edited; a new answer replaces itself among the choices and drops the cloze', () => {
		const edited = reviseCard({ card, question: ' Who cut it? ', answer: 'Mayor Ruiz' });
		expect(isEdited(edited)).toBe(true);
		expect(edited).toMatchObject({ question: 'Who cut it?', answer: 'Mayor Ruiz', type: 'qa' });
		expect(edited.choices).toEqual(['Mayor Ruiz', 'Tomas Lind', 'Marta Okafor']);
		expect(edited.accept).toBeUndefined();
		expect(edited.cloze).toBeUndefined();
		expect(card.edited).toBeUndefined();
	});
	it('drops choices the new answer would repeat, and asks a rewritten cloze card as a question', () => {
		const clozeCard: Card = { ...card, type: 'cloze', question: '____ cut the ribbon.' };
		const edited = reviseCard({
			card: clozeCard,
			question: 'Who cut the ribbon?',
			answer: 'Marta Okafor'
		});
		expect(edited.choices).toBeUndefined();
		expect(edited.type).toBe('qa');
	});
});
