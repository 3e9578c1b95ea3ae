import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CardForms from '../../src/lib/components/CardForms.svelte';
import { makeCard, makeFullCard, makeSource } from '../fixtures/deck';

const source = makeSource();

describe('CardForms', () => {
	it('names every way a card can be asked, primary form first', () => {
		const { container } = render(CardForms, { card: makeFullCard(source) });
		expect(container.textContent?.replace(/\s+/g, ' ')).toBe('question · multiple choice · cloze');
	});

	it('shows a plain question card as a question and a cloze card as a cloze', () => {
		expect(render(CardForms, { card: makeCard(source) }).container.textContent).toBe('question');
		const cloze = makeFullCard(source, { type: 'cloze', choices: undefined });
		expect(render(CardForms, { card: cloze }).container.textContent).toContain('cloze');
	});
});
