import { describe, expect, it } from 'vitest';
import { matchAnswer, normalizeAnswer } from '../../../src/routes/study/answer-match';

describe('normalizeAnswer', () => {
	it('ignores case, punctuation and diacritics', () => {
		expect(normalizeAnswer('  José  Müller! ')).toBe('jose muller');
	});
	it('treats per cent, percent and % alike', () => {
		expect(normalizeAnswer('50 per cent')).toBe('50%');
		expect(normalizeAnswer('50 percent')).toBe('50%');
		expect(normalizeAnswer('50%')).toBe('50%');
	});
	it('reads dotted abbreviations as plain letters', () => {
		expect(normalizeAnswer('U.S.')).toBe(normalizeAnswer('US'));
		expect(normalizeAnswer('the U. K.')).toBe('uk');
	});
	it('keeps decimal points and drops thousands separators', () => {
		expect(normalizeAnswer('2.5%')).toBe('2.5%');
		expect(normalizeAnswer('1,000 troops')).toBe('1000 troops');
	});
});

describe('matchAnswer', () => {
	it('accepts equivalent forms and proposes Good', () => {
		expect(matchAnswer({ typed: '50 per cent', answer: '50%' })).toMatchObject({
			verdict: 'correct',
			suggestedRating: 3
		});
		expect(matchAnswer({ typed: 'us', answer: 'U.S.' }).verdict).toBe('correct');
		expect(matchAnswer({ typed: 'ten years', answer: '10 years' }).verdict).toBe('correct');
		expect(matchAnswer({ typed: 'The Eurasia Group', answer: 'Eurasia Group' }).verdict).toBe(
			'correct'
		);
	});
	it('accepts the card accept variants', () => {
		const result = matchAnswer({ typed: 'hegseth', answer: 'Pete Hegseth', accept: ['Hegseth'] });
		expect(result).toMatchObject({ verdict: 'correct', matched: 'Hegseth' });
	});
	it('calls a one-letter typo close and proposes Hard', () => {
		expect(matchAnswer({ typed: 'Rajnath Sing', answer: 'Rajnath Singh' })).toMatchObject({
			verdict: 'close',
			suggestedRating: 2
		});
	});
	it('never forgives a different number', () => {
		expect(matchAnswer({ typed: '26%', answer: '25%' }).verdict).toBe('wrong');
		expect(matchAnswer({ typed: '25%', answer: '50 per cent' }).verdict).toBe('wrong');
	});
	it('rejects an empty or unrelated answer with Again', () => {
		expect(matchAnswer({ typed: '  ', answer: 'Paris' })).toMatchObject({
			verdict: 'wrong',
			suggestedRating: 1
		});
		expect(matchAnswer({ typed: 'London', answer: 'Paris' }).verdict).toBe('wrong');
	});
});
