import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import CardFront from '../../src/routes/study/CardFront.svelte';
import { makeCard, makeSource } from '../fixtures/deck';

const source = makeSource();
const mcq = makeCard(source, {
	type: 'mcq',
	choices: ['Luis Ortega', 'Ana Ruiz', 'Marta Gil', 'Pablo Sanz']
});
const base = {
	revealed: false,
	choice: null,
	typedMode: false,
	onchoose: () => {},
	ontyped: () => {}
};

describe('CardFront', () => {
	it('offers multiple-choice options as numbered buttons and reports the pick', async () => {
		const onchoose = vi.fn();
		render(CardFront, { ...base, card: mcq, onchoose });
		const buttons = screen.getAllByRole('button');
		expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4']);
		await fireEvent.click(screen.getByRole('button', { name: /Marta Gil/ }));
		expect(onchoose).toHaveBeenCalledWith(2);
	});

	it('after a wrong pick, marks the right choice and the picked one', () => {
		render(CardFront, { ...base, card: mcq, revealed: true, choice: 0 });
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

	it('in typed mode, hands the typed text to the checker', async () => {
		const ontyped = vi.fn();
		render(CardFront, { ...base, card: makeCard(source), typedMode: true, ontyped });
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
		const { container } = render(CardFront, { ...base, card });
		expect(container.textContent).not.toContain('Ana Ruiz');
		expect(container.querySelector('.gap')).not.toBeNull();
	});
});
