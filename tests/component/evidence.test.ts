import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Evidence from '../../src/lib/components/Evidence.svelte';
import Quote from '../../src/lib/components/Quote.svelte';
import { makeCard, makeSource } from '../fixtures/deck';

describe('Quote', () => {
	it('marks the highlighted answer using absolute source offsets', () => {
		const source = makeSource();
		const card = makeCard(source);
		const citation = card.citations[0];
		const at = source.text.indexOf('Ana Ruiz');
		const { container } = render(Quote, {
			citation: { ...citation, highlight: { start: at, end: at + 'Ana Ruiz'.length } }
		});
		expect(container.querySelector('mark')?.textContent).toBe('Ana Ruiz');
		expect(container.querySelector('q')?.textContent).toBe(citation.quote);
	});

	it('renders markup inside a quote as text, never as HTML', () => {
		const text = 'Intro. The <script>alert(1)</script> <b>bold</b> claim was made.';
		const quote = 'The <script>alert(1)</script> <b>bold</b> claim was made.';
		const start = text.indexOf(quote);
		const hl = text.indexOf('<b>bold</b>');
		const { container } = render(Quote, {
			citation: {
				source: 'src-a',
				start,
				end: start + quote.length,
				quote,
				highlight: { start: hl, end: hl + '<b>bold</b>'.length }
			}
		});
		expect(container.querySelector('script')).toBeNull();
		expect(container.querySelector('b')).toBeNull();
		expect(container.querySelector('mark')?.textContent).toBe('<b>bold</b>');
		expect(container.querySelector('q')?.textContent).toBe(quote);
	});

	it('shows the whole quote unmarked when there is no highlight', () => {
		const card = makeCard(makeSource());
		const { container } = render(Quote, { citation: card.citations[0] });
		expect(container.querySelector('mark')).toBeNull();
		expect(container.textContent).toContain(card.citations[0].quote);
	});
});

describe('Evidence', () => {
	it('names each source, counts agreement, and links to the cited sentence', () => {
		const source = makeSource();
		const card = { ...makeCard(source), support: 3 };
		render(Evidence, { card, deckId: 'deck-test', sourceTitles: { [source.id]: source.title } });
		const link = screen.getByRole('link', { name: source.title });
		expect(link.getAttribute('href')).toBe(
			`/sources?deck=deck-test&source=${source.id}#s-${card.citations[0].start}`
		);
		expect(screen.getByText('3 sources agree')).toBeInTheDocument();
	});

	it('lists each variant of a disagreement with its source', () => {
		const a = makeSource();
		const b = makeSource({ id: 'src-b', title: 'Second report' });
		const card = makeCard(a);
		const cite = (source: typeof a) => ({ ...card.citations[0], source: source.id });
		render(Evidence, {
			card: { ...card, conflicts: ['x'] },
			deckId: 'deck-test',
			sourceTitles: { [a.id]: a.title, [b.id]: b.title },
			conflicts: [
				{
					id: 'x',
					subject: 'Who cut the ribbon',
					variants: [
						{ value: 'Ana Ruiz', citations: [cite(a)] },
						{ value: 'Luis <i>Ruiz</i>', citations: [cite(b)] }
					]
				}
			]
		});
		expect(screen.getByText('Sources disagree: Who cut the ribbon')).toBeInTheDocument();
		expect(screen.getByText('Luis <i>Ruiz</i>')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Second report' })).toBeInTheDocument();
		expect(document.querySelector('.conflict i')).toBeNull();
		// Never "N sources agree" right above "Sources disagree".
		expect(screen.queryByText(/sources? (agree|states this)/)).toBeNull();
	});

	it('separates the sources of one variant with a semicolon and a space', () => {
		const a = makeSource();
		const b = makeSource({ id: 'src-b', title: 'Second report' });
		const c = makeSource({ id: 'src-c', title: 'Third report' });
		const card = makeCard(a);
		const cite = (source: typeof a) => ({ ...card.citations[0], source: source.id });
		const { container } = render(Evidence, {
			card,
			deckId: 'deck-test',
			sourceTitles: { [a.id]: a.title, [b.id]: b.title, [c.id]: c.title },
			conflicts: [
				{
					id: 'x',
					subject: 'Who cut the ribbon',
					variants: [
						{ value: 'Ana Ruiz', citations: [cite(a), cite(b)] },
						{ value: 'Luis Ruiz', citations: [cite(c)] }
					]
				}
			]
		});
		const first = container.querySelector('.conflict li') as HTMLElement;
		expect(first.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			`Ana Ruiz in ${a.title}; Second report`
		);
	});
});
