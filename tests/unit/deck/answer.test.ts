import { describe, expect, it } from 'vitest';
import {
	answerTarget,
	matchAnswer,
	normalizeAnswer,
	personNames,
	type AnswerTarget
} from '../../../src/lib/deck/answer';
import type { Card } from '../../../src/lib/deck';

const verdict = (typed: string, target: AnswerTarget) => matchAnswer({ typed, ...target }).verdict;

describe('normalizeAnswer', () => {
	it('ignores case, punctuation and diacritics', () => {
		expect(normalizeAnswer('  José  Müller! ')).toBe('jose muller');
	});
	it.each([
		['50 per cent', '50%'],
		['50 percent', '50%'],
		['fifty per cent', '50%'],
		['50 %', '50%'],
		['$20 billion', 'usd 20000000000'],
		['20bn dollars', 'usd 20000000000'],
		['US$20bn', 'usd 20000000000'],
		['£1.3bn', 'gbp 1300000000'],
		['1.3 billion pounds', 'gbp 1300000000'],
		['10-year', '10 year'],
		['ten years', '10 year'],
		['twenty-five', '25'],
		['1,000 troops', '1000 troops'],
		['2.5%', '2.5%'],
		['31st October', '31 october'],
		['Defence Minister', 'defense minister']
	])('reads %s as %s', (text, form) => {
		expect(normalizeAnswer(text)).toBe(form);
	});
	it('reads dotted abbreviations and short forms as their long form', () => {
		expect(normalizeAnswer('U.S.')).toBe(normalizeAnswer('United States'));
		expect(normalizeAnswer('the U. K.')).toBe('united kingdom');
		expect(normalizeAnswer('PM')).toBe('prime minister');
		expect(normalizeAnswer('PM', { expand: false })).toBe('pm');
	});
	it('never reads an inherited property as a word', () => {
		expect(normalizeAnswer('constructor toString')).toBe('constructor tostring');
	});
});

describe('personNames', () => {
	it('gives the surname and the names the sources use alone', () => {
		const quotes = ['Pete Hegseth met him.', 'Later, Pete said the pact was vital.'];
		expect(personNames({ name: 'Pete Hegseth', quotes })).toEqual(
			expect.arrayContaining(['Pete Hegseth', 'Hegseth', 'Pete'])
		);
	});
	it('does not take a given name the sources only use with the surname', () => {
		expect(personNames({ name: 'Pete Hegseth', quotes: ['Pete Hegseth met him.'] })).toEqual([
			'Pete Hegseth',
			'Hegseth'
		]);
	});
});

describe('matchAnswer', () => {
	const hegseth: AnswerTarget = {
		answer: 'Pete Hegseth',
		kind: 'person',
		quotes: ['US Defense Secretary Pete Hegseth met Rajnath Singh.', 'Hegseth stated on X.']
	};
	const signers: AnswerTarget = {
		answer: 'Rajnath Singh and Pete Hegseth',
		kind: 'person',
		quotes: ['Rajnath Singh and his US counterpart, Pete Hegseth, signed it.'],
		highlights: ['Rajnath Singh and his US counterpart, Pete Hegseth']
	};
	const countries: AnswerTarget = {
		answer: 'India and US',
		kind: 'country',
		highlights: ['India and the US', 'India and the United States']
	};

	it.each([
		['Pete Hegseth', hegseth],
		['hegseth', hegseth],
		['HEGSETH!', hegseth],
		['Singh and Hegseth', signers],
		['Pete Hegseth and Rajnath Singh', signers],
		['hegseth, singh', signers],
		['India and the US', countries],
		['US and India', countries],
		['India and the United States', countries],
		['the U.S. and India', countries],
		['India & USA', countries],
		['PM', { answer: 'Prime Minister', kind: 'role' }],
		['prime minister', { answer: 'PM', kind: 'role' }],
		['50 per cent', { answer: '50%', kind: 'percent' }],
		['50%', { answer: '50 per cent', kind: 'percent' }],
		['fifty percent', { answer: '50%', kind: 'percent' }],
		['20 billion dollars', { answer: '$20 billion', kind: 'money' }],
		['$20bn', { answer: '$20 billion', kind: 'money' }],
		['10-year', { answer: '10 years', kind: 'duration' }],
		['ten years', { answer: '10 years', kind: 'duration' }],
		['Defence Secretary', { answer: 'Defense Secretary', kind: 'role' }],
		['US President', { answer: 'President', kind: 'role', highlights: ['US President'] }],
		['Friday', { answer: 'Friday 31 October 2025', kind: 'date', accept: ['Friday'] }],
		['October 31, 2025', { answer: 'Friday 31 October 2025', kind: 'date' }],
		['31st October 2025', { answer: 'Friday 31 October 2025', kind: 'date' }],
		['Asean', { answer: 'ASEAN Defence Ministers Meeting Plus', highlights: ['Asean'] }],
		['us', { answer: 'U.S.' }],
		['The Eurasia Group', { answer: 'Eurasia Group' }],
		['Modi', { answer: 'Narendra Modi', kind: 'person' }]
	])('accepts %s', (typed, target) => {
		expect(matchAnswer({ typed, ...target })).toMatchObject({
			verdict: 'correct',
			suggestedRating: 3
		});
	});

	it.each([
		['Rajnath Singh', hegseth],
		['Singh', hegseth],
		['Pete', hegseth],
		['Pete Buttigieg', hegseth],
		['Hegseth', signers],
		['Singh and Modi', signers],
		['India', countries],
		['India and China', countries],
		['26%', { answer: '25%', kind: 'percent' }],
		['25%', { answer: '50 per cent', kind: 'percent' }],
		['$20 million', { answer: '$20 billion', kind: 'money' }],
		['£20 billion', { answer: '$20 billion', kind: 'money' }],
		['11 years', { answer: '10 years', kind: 'duration' }],
		['1 November 2025', { answer: 'Friday 31 October 2025', kind: 'date' }],
		['President', { answer: 'Prime Minister', kind: 'role' }],
		['US', { answer: 'United States', kind: 'acronym' }],
		['London', { answer: 'Paris' }],
		['  ', { answer: 'Paris' }]
	])('rejects %s', (typed, target) => {
		expect(matchAnswer({ typed, ...target })).toMatchObject({
			verdict: 'wrong',
			suggestedRating: 1
		});
	});

	it('accepts an abbreviation the sources use, either way round', () => {
		const sosa: AnswerTarget = {
			answer: 'Security of Supply Arrangement',
			kind: 'name',
			quotes: ['The Security of Supply Arrangement (SOSA) was signed.']
		};
		expect(verdict('SOSA', sosa)).toBe('correct');
		expect(verdict('sosa', sosa)).toBe('correct');
		const short: AnswerTarget = {
			answer: 'SOSA',
			kind: 'name',
			quotes: ['The Security of Supply Arrangement (SOSA) was signed.']
		};
		expect(verdict('Security of Supply Arrangement', short)).toBe('correct');
		// Not an abbreviation the sources use, nor on a card asking what one stands for.
		expect(verdict('SSA', sosa)).toBe('wrong');
		expect(verdict('SOSA', { ...sosa, quotes: ['The Security of Supply Arrangement.'] })).toBe(
			'wrong'
		);
		expect(verdict('SOSA', { ...sosa, kind: 'acronym' })).toBe('wrong');
		expect(verdict('Supply of Security Arrangement', short)).toBe('wrong');
	});

	it('calls one small typo close and proposes Hard', () => {
		expect(matchAnswer({ typed: 'Rajnath Sing', answer: 'Rajnath Singh' })).toMatchObject({
			verdict: 'close',
			suggestedRating: 2
		});
		expect(verdict('Hegseht', hegseth)).toBe('close');
		expect(verdict('Kuala Lumpor', { answer: 'Kuala Lumpur' })).toBe('close');
		expect(verdict('Singh and Hegsth', signers)).toBe('close');
	});
	it('allows no typo in a short answer or a number', () => {
		expect(verdict('Indai', { answer: 'India' })).toBe('close');
		expect(verdict('Rom', { answer: 'Rome' })).toBe('wrong');
		expect(verdict('2025', { answer: '2026' })).toBe('wrong');
		expect(verdict('Sngh and Hegsth', signers)).toBe('wrong');
	});
	it('says which accepted form matched', () => {
		expect(
			matchAnswer({ typed: 'hegseth', answer: 'Pete Hegseth', accept: ['Hegseth'] })
		).toMatchObject({ verdict: 'correct', matched: 'Hegseth' });
		expect(matchAnswer({ typed: 'India and the US', ...countries }).verdict).toBe('correct');
	});
});

describe('answerTarget', () => {
	it('reads a card without a kind asking "Who …?" as asking for a person', () => {
		const quote = 'Mayor Ana Ruiz cut the ribbon.';
		const card = {
			id: 'c',
			type: 'qa',
			question: 'Who cut the ribbon?',
			answer: 'Ana Ruiz',
			tags: [],
			citations: [{ source: 's', start: 0, end: quote.length, quote }]
		} satisfies Card;
		expect(answerTarget({ card }).kind).toBe('person');
		expect(matchAnswer({ typed: 'Ruiz', ...answerTarget({ card }) }).verdict).toBe('correct');
	});

	it('takes the highlighted words and quotes of every citation', () => {
		const quote = 'India and the US signed a pact.';
		const card = {
			id: 'c',
			type: 'qa',
			question: 'Who signed?',
			answer: 'India and US',
			kind: 'country',
			tags: [],
			citations: [
				{ source: 's', start: 10, end: 10 + quote.length, quote, highlight: { start: 10, end: 26 } }
			]
		} satisfies Card;
		expect(answerTarget({ card })).toEqual({
			answer: 'India and US',
			accept: [],
			kind: 'country',
			highlights: ['India and the US'],
			quotes: [quote]
		});
	});
});
