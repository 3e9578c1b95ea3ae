import { describe, expect, it } from 'vitest';
import { answerShape, answerType, pickDistractors } from '../../../src/lib/export/distractors';
import { makeCard, makeSource } from '../../fixtures/deck';

const source = makeSource();

describe('answer types for wrong choices', () => {
	it('tells percentages, money, years, dates, numbers and words apart', () => {
		expect(answerShape('25%')).toBe('percent');
		expect(answerShape('50 per cent')).toBe('percent');
		expect(answerShape('£1.3bn')).toBe('money');
		expect(answerShape('2024')).toBe('year');
		expect(answerShape('31 October 2025')).toBe('date');
		expect(answerShape('1,200')).toBe('number');
		expect(answerShape('Defence Minister')).toBe('words');
		expect(answerShape('Rajnath Singh')).toBe('words');
	});

	it('folds related kinds: a speaker is a person', () => {
		expect(answerType({ kind: 'speaker' }, 'Ana Ruiz')).toBe(answerType({ kind: 'person' }, 'Bo'));
		expect(answerType({ kind: 'role' }, 'Defence Minister')).not.toBe(
			answerType({ kind: 'percent' }, '25%')
		);
	});

	it('never offers a percentage or a person for a position', () => {
		const card = makeCard(source, {
			id: 'role',
			question: 'What position does Rajnath Singh hold?',
			answer: 'Defence Minister',
			kind: 'role'
		});
		const pool = [
			card,
			makeCard(source, { id: 'p1', answer: '25%', kind: 'percent' }),
			makeCard(source, { id: 'p2', answer: 'Ana Ruiz', kind: 'person' }),
			makeCard(source, { id: 'r1', answer: 'Prime Minister', kind: 'role' }),
			makeCard(source, { id: 'r2', answer: 'Foreign Secretary', kind: 'role' }),
			makeCard(source, { id: 'u1', answer: '£4m' })
		];
		const picked = pickDistractors({ card, answer: card.answer, pool, want: 3 });
		expect(picked.sort()).toEqual(['Foreign Secretary', 'Prime Minister']);
	});

	it('is the same for the same card every time', () => {
		const card = makeCard(source, { id: 'x', answer: '10%', kind: 'percent' });
		const pool = ['5%', '7%', '12%', '40%', '80%'].map((answer, i) =>
			makeCard(source, { id: `r${i}`, answer, kind: 'percent' })
		);
		const a = pickDistractors({ card, answer: card.answer, pool, want: 3 });
		expect(pickDistractors({ card, answer: card.answer, pool, want: 3 })).toEqual(a);
		expect(a).toHaveLength(3);
	});
});
