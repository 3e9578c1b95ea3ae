import { describe, expect, it } from 'vitest';
import { clozeToMarked, editCard, handCard, markedToCloze } from '../../../src/lib/deck/edit';
import { parseDeck } from '../../../src/lib/deck/schema';
import { makeDeck } from '../../fixtures/deck';

describe('editing a card by hand', () => {
	it('keeps id, citations and tags, marks the card edited, and the deck stays valid', () => {
		const deck = makeDeck();
		const card = deck.cards[0];
		const out = editCard({
			card,
			changes: { question: ' Who won? ', answer: 'Ana', choices: null }
		});
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.card).toMatchObject({
			id: card.id,
			question: 'Who won?',
			answer: 'Ana',
			edited: true
		});
		expect(out.card.citations).toEqual(card.citations);
		expect(out.card.choices).toBeUndefined();
		expect(parseDeck({ ...deck, cards: [out.card] }).ok).toBe(true);
	});

	it('says in words what is wrong with choices, an empty side or a cloze without a gap', () => {
		const card = makeDeck().cards[0];
		const out = editCard({
			card,
			changes: { question: '', answer: 'Ana', choices: ['Bo', 'Cy'], cloze: 'no gap here' }
		});
		expect(out).toEqual({
			ok: false,
			problems: [
				'The question cannot be empty.',
				'The answer must be one of the choices, exactly as written.',
				'Mark the gap in the sentence with double brackets: [[answer]].'
			]
		});
	});

	it('writes a cloze as text with [[gaps]] and reads it back', () => {
		const cloze = { text: 'Paris is in France.', blanks: [{ start: 12, end: 18 }] };
		expect(clozeToMarked(cloze)).toBe('Paris is in [[France]].');
		expect(markedToCloze('Paris is in [[France]].')).toEqual(cloze);
		expect(markedToCloze('no gaps')).toBeNull();
	});
});

describe('cards without a source', () => {
	it('are valid only when marked unsourced, and a marked card cites nothing', () => {
		const deck = makeDeck();
		const bare = { ...deck.cards[0], citations: [] };
		expect(parseDeck({ ...deck, cards: [bare] })).toMatchObject({ ok: false });
		expect(parseDeck({ ...deck, cards: [{ ...bare, unsourced: true }] }).ok).toBe(true);
		expect(parseDeck({ ...deck, cards: [{ ...deck.cards[0], unsourced: true }] })).toMatchObject({
			ok: false
		});
	});
});

describe('a card written by hand', () => {
	it('cites the selected stretch (spaces trimmed) and is valid in its deck', () => {
		const deck = makeDeck();
		const source = deck.sources[0];
		const out = handCard({ source, start: 0, end: 12, question: 'Q?', answer: 'A' });
		if (!out.ok) throw new Error(out.problems.join(' '));
		expect(out.card.citations[0]).toEqual({
			source: source.id,
			start: 0,
			end: source.text.slice(0, 12).trimEnd().length,
			quote: source.text.slice(0, 12).trimEnd()
		});
		expect(out.card.edited).toBe(true);
		expect(parseDeck({ ...deck, cards: [...deck.cards, out.card] }).ok).toBe(true);
		expect(handCard({ source, start: 3, end: 3, question: '', answer: 'A' })).toEqual({
			ok: false,
			problems: [
				'Select the sentence (or part of it) the card is about.',
				'The question cannot be empty.'
			]
		});
	});
});
