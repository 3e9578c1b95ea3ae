/**
 * Lists render whatever the data repeats: a keyed `{#each}` throws on a repeated key and the page
 * hangs on "Loading…", so no list is keyed by something the data could hold twice.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Evidence from '../../src/lib/components/Evidence.svelte';
import CardFront from '../../src/routes/study/CardFront.svelte';
import SourceText from '../../src/routes/sources/SourceText.svelte';
import { makeCard, makeSource } from '../fixtures/deck';

const source = makeSource();

describe('lists with repeated data', () => {
	it('Evidence shows a citation and a disagreement listed twice', () => {
		const card = makeCard(source);
		const twice = { ...card, citations: [card.citations[0], { ...card.citations[0] }] };
		const conflict = {
			id: 'k1',
			subject: 'Who cut the ribbon',
			variants: [
				{ value: 'Ana Ruiz', citations: twice.citations },
				{ value: 'Ana Ruis', citations: twice.citations }
			]
		};
		const { container } = render(Evidence, {
			card: twice,
			deckId: 'deck-test',
			conflicts: [conflict, { ...conflict }]
		});
		expect(container.querySelectorAll('blockquote')).toHaveLength(2);
		expect(screen.getAllByText(/Sources disagree/)).toHaveLength(2);
	});

	it('CardFront offers a choice listed twice as two buttons', () => {
		const card = makeCard(source, { choices: ['Ana Ruiz', 'Ben Ode', 'Ben Ode'] });
		render(CardFront, {
			card,
			revealed: false,
			choice: null,
			ask: { prompt: 'question', respond: 'choices' },
			onchoose: () => {},
			ontyped: () => {}
		});
		expect(screen.getAllByRole('button', { name: /Ben Ode/ })).toHaveLength(2);
	});

	it('SourceText marks two citations starting at the same place, with one anchor', () => {
		const end = source.text.indexOf('.') + 1;
		// `target` is also a mount option, so the props go under `props`.
		const { container } = render(SourceText, {
			props: {
				text: source.text,
				ranges: [
					{ start: 0, end, cardIds: ['a'] },
					{ start: 0, end: source.text.length, cardIds: ['b'] }
				],
				target: 0
			}
		});
		expect(container.querySelectorAll('mark')).toHaveLength(1);
		expect(container.querySelectorAll('[id="s-0"]')).toHaveLength(1);
		expect(container.querySelectorAll('a.card-link')).toHaveLength(2);
	});
});
