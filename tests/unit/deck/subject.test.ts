import { describe, expect, it } from 'vitest';
import { deckSubject } from '../../../src/lib/deck';
import { makeCard, makeDeck, makeSource } from '../../fixtures/deck';

describe('deckSubject', () => {
	const source = makeSource();
	const card = (id: string, question: string, answer = 'Ana Ruiz') =>
		makeCard(source, { id, question, answer });

	it('names the deck after the name most of its cards mention', () => {
		const deck = makeDeck({
			cards: [
				card('a', 'Who opened the Porto Alto Harbour Bridge?'),
				card('b', 'When did the Porto Alto Harbour Bridge open?', 'Monday'),
				card('c', 'Which city is Ana Ruiz the mayor of?', 'Porto Alto')
			]
		});
		expect(deckSubject({ deck })).toBe('Porto Alto Harbour Bridge');
	});
	it('keeps the small words inside a name and drops question words', () => {
		const deck = makeDeck({
			cards: [
				card('a', 'Which countries signed the Framework for the Defence Partnership?'),
				card('b', 'Where was the Framework for the Defence Partnership signed?', 'Kuala Lumpur')
			]
		});
		expect(deckSubject({ deck })).toBe('Framework for the Defence Partnership');
	});
	it('finds nothing when no name comes back', () => {
		const deck = makeDeck({ cards: [card('a', 'Who cut the ribbon?')] });
		expect(deckSubject({ deck })).toBeNull();
	});
});
