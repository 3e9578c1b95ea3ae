import { describe, expect, it } from 'vitest';
import { foldStoredDeck } from '../../../src/lib/db/fold';
import type { CardRow } from '../../../src/lib/db';
import { makeV1Deck } from '../../fixtures/deck';
import { makeSchedule } from '../../fixtures/db';

const deck = makeV1Deck();
const rows: CardRow[] = deck.cards.map((card, position) => ({
	deckId: deck.id,
	cardId: card.id,
	position,
	card
}));
const schedules = (retired: string[] = []) =>
	new Map(
		deck.cards.map((c) => [
			c.id,
			makeSchedule({ cardId: c.id, deckId: deck.id, retired: retired.includes(c.id) })
		])
	);

describe('foldStoredDeck', () => {
	it('folds stored siblings and says which rows change and which go', () => {
		const fold = foldStoredDeck({ rows, schedules: schedules() });
		expect(fold.changed.map((r) => [r.cardId, r.card.type, r.position])).toEqual([
			['qa-ribbon', 'qa', 0],
			['mcq-place', 'qa', 3]
		]);
		expect([...fold.dropped].sort()).toEqual(['cloze-place', 'cloze-ribbon', 'mcq-ribbon']);
		expect(fold.current).toBe(3);
	});

	it('never folds a current card into a retired one, and counts only current cards dropped', () => {
		const fold = foldStoredDeck({ rows, schedules: schedules(['qa-ribbon', 'cloze-ribbon']) });
		// The retired qa card takes its retired cloze; the current mcq sibling stays, as a question.
		expect([...fold.dropped].sort()).toEqual(['cloze-place', 'cloze-ribbon']);
		expect(fold.changed.find((r) => r.cardId === 'mcq-ribbon')?.card).toMatchObject({
			type: 'qa',
			choices: ['Luis Ortega', 'Ana Ruiz', 'Marta Gil']
		});
		expect(fold.current).toBe(1);
	});
});
