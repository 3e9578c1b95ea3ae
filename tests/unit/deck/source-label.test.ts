import { describe, expect, it } from 'vitest';
import { bodyStart, describeSource, formatDate } from '../../../src/lib/deck';

describe('describeSource', () => {
	it('names a source by headline, publisher, date and web address', () => {
		const label = describeSource({
			source: {
				id: 's',
				title: 'India and US ink defence pact',
				text: 'India and US ink defence pact\nNew Delhi -- The two signed.',
				publisher: 'The Hindu',
				date: '2025-10-31',
				url: 'https://www.thehindu.com/news/pact'
			}
		});
		expect(label).toEqual({
			headline: 'India and US ink defence pact',
			publisher: 'The Hindu',
			date: '31 October 2025',
			url: 'https://www.thehindu.com/news/pact',
			bodyStart: 0
		});
	});
	it('takes the publisher from the address when none is given', () => {
		const label = describeSource({
			source: { id: 's', title: 'T', text: 'Body.', url: 'https://www.bbc.co.uk/news/1' }
		});
		expect(label.publisher).toBe('bbc.co.uk');
	});
	it('never offers a script or data address as a link', () => {
		for (const url of ['javascript:alert(1)', 'data:text/html,hi', ' JAVASCRIPT:x', 'ftp://x/y'])
			expect(describeSource({ source: { id: 's', title: 'T', text: 'B.', url } }).url).toBe(
				undefined
			);
	});
	it('falls back to the first line, then the id, for an untitled source', () => {
		expect(
			describeSource({ source: { id: 's', title: '', text: 'First line\nmore' } }).headline
		).toBe('First line');
		expect(describeSource({ source: { id: 's', title: ' ', text: '' } }).headline).toBe('s');
	});
});

describe('bodyStart', () => {
	it('skips a leading date line', () => {
		const text = 'date 2025-10-31 India and the United States (US) have signed a pact.';
		expect(text.slice(bodyStart(text))).toBe(
			'India and the United States (US) have signed a pact.'
		);
		expect(bodyStart('Date: 2025-10-31\nBody.')).toBe('Date: 2025-10-31\n'.length);
		expect(bodyStart('url https://a.example/x\ndate 2025-01-02\nBody.')).toBe(
			'url https://a.example/x\ndate 2025-01-02\n'.length
		);
	});
	it('keeps text that only looks like metadata later on', () => {
		expect(bodyStart('The date 2025-10-31 was set.')).toBe(0);
		expect(bodyStart('Dated accounts say so.')).toBe(0);
	});
});

describe('formatDate', () => {
	it('writes a date in words', () => {
		expect(formatDate('2024-08-05')).toBe('5 August 2024');
	});
});
