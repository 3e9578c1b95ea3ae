import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import CardFront from '../../src/routes/study/CardFront.svelte';
import type { AskMode } from '../../src/lib/srs';
import { makeCard, makeSource } from '../fixtures/deck';

const source = makeSource();
const mcq = makeCard(source, {
	choices: ['Luis Ortega', 'Ana Ruiz', 'Marta Gil', 'Pablo Sanz']
});
const choices = { prompt: 'question', respond: 'choices' } as const;
const base = {
	revealed: false,
	choice: null,
	ask: { prompt: 'question', respond: 'reveal' } as AskMode,
	onchoose: () => {},
	ontyped: () => {}
};

describe('CardFront', () => {
	it('offers multiple-choice options as numbered buttons and reports the pick', async () => {
		const onchoose = vi.fn();
		render(CardFront, { ...base, card: mcq, ask: choices, onchoose });
		const buttons = screen.getAllByRole('button');
		expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4']);
		await fireEvent.click(screen.getByRole('button', { name: /Marta Gil/ }));
		expect(onchoose).toHaveBeenCalledWith(2);
	});

	it('after a wrong pick, marks the right choice and the picked one', () => {
		render(CardFront, { ...base, card: mcq, ask: choices, revealed: true, choice: 0 });
		const right = screen.getByRole('button', { name: /Ana Ruiz/ });
		const picked = screen.getByRole('button', { name: /Luis Ortega/ });
		expect(right.textContent).toContain('correct answer');
		expect(right.classList.contains('right')).toBe(true);
		expect(picked.textContent).toContain('your choice');
		expect(picked.classList.contains('wrong')).toBe(true);
		expect(screen.getAllByRole('button').every((b) => (b as HTMLButtonElement).disabled)).toBe(
			true
		);
	});

	it('asks the same card with choices as recall: its question, no choices', () => {
		render(CardFront, { ...base, card: mcq });
		expect(screen.getByRole('heading').textContent).toBe(mcq.question);
		expect(screen.queryAllByRole('button')).toEqual([]);
	});

	it('in typed mode, hands the typed text to the checker', async () => {
		const ontyped = vi.fn();
		const ask = { prompt: 'question', respond: 'typed' } as const;
		render(CardFront, { ...base, card: makeCard(source), ask, ontyped });
		const box = screen.getByLabelText('Your answer');
		await fireEvent.input(box, { target: { value: 'ana ruiz' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(ontyped).toHaveBeenCalledWith('ana ruiz');
	});

	it('shows a cloze card as its sentence with a gap, never the answer', () => {
		const card = makeCard(source, {
			type: 'cloze',
			question: 'Mayor ____ cut the ribbon in Porto Alto.',
			cloze: {
				text: 'Mayor Ana Ruiz cut the ribbon in Porto Alto.',
				blanks: [{ start: 6, end: 14 }]
			}
		});
		const ask = { prompt: 'cloze', respond: 'reveal' } as const;
		const { container } = render(CardFront, { ...base, card, ask });
		expect(container.textContent).not.toContain('Ana Ruiz');
		expect(container.querySelector('.gap')).not.toBeNull();
	});
});
