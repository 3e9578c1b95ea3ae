import { describe, expect, it } from 'vitest';
import { buildTest, judge } from '../../src/lib/state/self-test-questions';
import { makeCard, makeDeck, makeFullCard, makeSource } from '../fixtures/deck';

const source = makeSource();
const other = makeSource({ id: 'src-other', title: 'Other' });
const people = ['Ana Ruiz', 'Luis Ortega', 'Marta Gil', 'Pablo Sanz'].map((answer, i) =>
	makeCard(source, { id: `p${i}`, question: `Who ${i}?`, answer, kind: 'person' })
);
const rate = makeCard(other, {
	id: 'rate',
	question: 'By how much?',
	answer: '25%',
	kind: 'percent'
});
const full = makeFullCard(source, { id: 'full' });
const deck = makeDeck({ id: 'd1', sources: [source, other], cards: [...people, rate, full] });

describe('self-test questions', () => {
	it('draws N questions, the same for the same seed', () => {
		const a = buildTest({ decks: [deck], count: 3, mode: 'typed', seed: 5 });
		expect(a).toHaveLength(3);
		expect(buildTest({ decks: [deck], count: 3, mode: 'typed', seed: 5 })).toEqual(a);
		expect(a.every((q) => q.choices === undefined && q.deckId === 'd1')).toBe(true);
	});

	it('asks multiple choice with choices of the answer’s type, or the card’s own', () => {
		const qs = buildTest({ decks: [deck], count: 10, mode: 'choices', seed: 1 });
		const who = qs.find((q) => q.card.id === 'p0')!;
		expect(who.choices!.slice().sort()).toEqual([
			'Ana Ruiz',
			'Luis Ortega',
			'Marta Gil',
			'Pablo Sanz'
		]);
		expect(
			qs
				.find((q) => q.card.id === 'full')!
				.choices!.slice()
				.sort()
		).toEqual(full.choices!.slice().sort());
		// No other percentage: asked as typed rather than with a wrong kind of choice.
		expect(qs.find((q) => q.card.id === 'rate')!.choices).toBeUndefined();
	});

	it('draws from one source only when asked', () => {
		const qs = buildTest({
			decks: [deck],
			sourceId: 'src-other',
			count: 10,
			mode: 'typed',
			seed: 2
		});
		expect(qs.map((q) => q.card.id)).toEqual(['rate']);
	});

	it('judges a choice exactly and a typed answer as the study page does', () => {
		const [q] = buildTest({
			decks: [deck],
			sourceId: 'src-other',
			count: 1,
			mode: 'typed',
			seed: 2
		});
		expect(judge({ question: q, given: '25 per cent' }).right).toBe(true);
		expect(judge({ question: q, given: '40%' }).right).toBe(false);
		const mc = { ...q, choices: ['25%', '30%'] };
		expect(judge({ question: mc, given: '30%' })).toEqual({ given: '30%', right: false });
	});
});
