import { describe, expect, it } from 'vitest';
import { askMode, type CardState, type MultipleChoice } from '../../../src/lib/srs';
import { makeCard, makeFullCard, makeSource } from '../../fixtures/deck';

const source = makeSource();
const full = makeFullCard(source);
const plain = makeCard(source);
const ask = (o: { card?: typeof full; state: CardState; mc?: MultipleChoice; typed?: boolean }) =>
	askMode({
		card: o.card ?? full,
		state: o.state,
		multipleChoice: o.mc ?? 'learning',
		typedAnswers: o.typed ?? false
	});

describe('askMode', () => {
	it('asks a card with choices as multiple choice while new or (re)learning, then as recall', () => {
		for (const state of ['new', 'learning', 'relearning'] as const)
			expect(ask({ state }), state).toEqual({ prompt: 'question', respond: 'choices' });
		expect(ask({ state: 'review' })).toEqual({ prompt: 'question', respond: 'reveal' });
		expect(ask({ state: 'review', typed: true })).toEqual({ prompt: 'question', respond: 'typed' });
	});

	it('follows the setting: always, or never multiple choice', () => {
		expect(ask({ state: 'review', mc: 'always' }).respond).toBe('choices');
		expect(ask({ state: 'new', mc: 'never' }).respond).toBe('reveal');
		expect(ask({ state: 'new', mc: 'never', typed: true }).respond).toBe('typed');
	});

	it('asks a card without choices as recall, and a cloze card as its sentence', () => {
		expect(ask({ card: plain, state: 'new', mc: 'always' }).respond).toBe('reveal');
		const cloze = makeFullCard(source, { type: 'cloze', choices: undefined });
		expect(ask({ card: cloze, state: 'new', typed: true })).toEqual({
			prompt: 'cloze',
			respond: 'typed'
		});
		// A question card carrying a cloze is still asked by its question.
		expect(ask({ state: 'review' }).prompt).toBe('question');
	});
});
