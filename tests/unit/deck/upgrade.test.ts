import { describe, expect, it } from 'vitest';
import { foldSiblings, parseDeck, upgradeDeck, type DeckV1 } from '../../../src/lib/deck';
import { makeCard, makeSource, makeV1Deck } from '../../fixtures/deck';

describe('upgradeDeck (format 1 → 2)', () => {
	const v1 = makeV1Deck() as DeckV1;
	const v2 = upgradeDeck(v1);
	const byId = new Map(v2.cards.map((c) => [c.id, c]));

	it('keeps one card per question, with the qa card’s id, in deck order', () => {
		expect(v2.version).toBe(2);
		expect(v2.cards.map((c) => c.id)).toEqual(['qa-ribbon', 'mcq-place', 'cloze-day', 'qa-alone']);
		expect(v1.cards).toHaveLength(7); // the input is not changed
	});

	it('folds the mcq sibling’s choices and the cloze sibling’s sentence into the qa card', () => {
		const card = byId.get('qa-ribbon')!;
		expect(card).toMatchObject({
			type: 'qa',
			question: 'Who cut the ribbon at the new bridge?',
			answer: 'Ana Ruiz',
			choices: ['Luis Ortega', 'Ana Ruiz', 'Marta Gil'],
			cloze: {
				text: 'Mayor Ana Ruiz cut the ribbon in Porto Alto.',
				blanks: [{ start: 6, end: 14 }]
			},
			accept: ['Ruiz'],
			rank: 3
		});
		expect(card.tags).toEqual(['person', 'mcq-only-tag']);
		expect(card.citations).toHaveLength(1);
	});

	it('without a qa card keeps the mcq card as a question with choices, else the cloze card', () => {
		expect(byId.get('mcq-place')).toMatchObject({
			type: 'qa',
			choices: ['Lisbon', 'Porto Alto', 'Faro'],
			cloze: { blanks: [{ start: 33, end: 43 }] }
		});
		expect(byId.get('cloze-day')).toMatchObject({ type: 'cloze', answer: 'Monday' });
		expect(byId.get('qa-alone')).not.toHaveProperty('choices');
	});

	it('says which card each dropped sibling went into', () => {
		const { into } = foldSiblings(v1.cards);
		expect(Object.fromEntries(into)).toEqual({
			'mcq-ribbon': 'qa-ribbon',
			'cloze-ribbon': 'qa-ribbon',
			'cloze-place': 'mcq-place'
		});
	});

	it('keeps different questions on one fact apart; siblings go to the question they answer', () => {
		const source = makeSource();
		const cards = [
			makeCard(source, { id: 'who', factId: 'f' }),
			makeCard(source, { id: 'where', question: 'Where?', answer: 'Porto Alto', factId: 'f' }),
			makeCard(source, {
				id: 'where-mcq',
				type: 'mcq',
				question: 'Where? (pick)',
				answer: 'Porto Alto',
				choices: ['Faro', 'Porto Alto'],
				factId: 'f'
			})
		];
		const { cards: out, into } = foldSiblings(cards);
		expect(out.map((c) => c.id)).toEqual(['who', 'where']);
		expect(out[0].choices).toBeUndefined();
		expect(out[1].choices).toEqual(['Faro', 'Porto Alto']);
		expect(into.get('where-mcq')).toBe('where');
	});

	it('gives a cloze to the question whose answer its blank hides, all of it before a part', () => {
		const source = makeSource();
		const sentence = 'Mayor Ana Ruiz cut the ribbon in Porto Alto.';
		const blank = (part: string) => ({
			text: sentence,
			blanks: [{ start: sentence.indexOf(part), end: sentence.indexOf(part) + part.length }]
		});
		const cards = [
			makeCard(source, { id: 'who', answer: 'Mayor Ana Ruiz', factId: 'f' }),
			makeCard(source, { id: 'surname', question: 'Surname?', answer: 'Ruiz', factId: 'f' }),
			makeCard(source, { id: 'place', question: 'Where?', answer: 'the Porto Alto', factId: 'f' }),
			...['Ruiz', 'Ana Ruiz', 'Porto Alto', 'ribbon'].map((part, i) =>
				makeCard(source, {
					id: `cloze-${i}`,
					type: 'cloze',
					question: sentence.replace(part, '[…]'),
					answer: part,
					cloze: blank(part),
					factId: 'f'
				})
			)
		];
		const { cards: out, into } = foldSiblings(cards);
		expect(Object.fromEntries(into)).toEqual({
			'cloze-0': 'surname', // exactly its answer, though it is also part of "Mayor Ana Ruiz"
			'cloze-1': 'who', // part of the answer
			'cloze-2': 'place' // "the" does not count
		});
		expect(out.map((c) => c.id)).toEqual(['who', 'surname', 'place', 'cloze-3']);
	});

	it('is what parseDeck does with a version 1 deck, and leaves a valid version 2 deck', () => {
		const result = parseDeck(makeV1Deck());
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.deck).toEqual(v2);
		// A version 2 deck is read as it is: no folding.
		const again = parseDeck(v2);
		expect(again.ok && again.deck).toEqual(v2);
	});
});
