import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import RatingBar from '../../src/routes/study/RatingBar.svelte';

describe('RatingBar', () => {
	const previews = { 1: '1m', 2: '6m', 3: '10m', 4: '3d' } as const;

	it('names each button by its rating and shows the interval it would give', () => {
		render(RatingBar, { previews, onrate: () => {} });
		const names = screen
			.getAllByRole('button')
			.map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
		expect(names).toEqual([
			'Again next review in 1m',
			'Hard next review in 6m',
			'Good next review in 10m',
			'Easy next review in 3d'
		]);
		expect(screen.getByRole('button', { name: /^Easy/ }).getAttribute('aria-keyshortcuts')).toBe(
			'4'
		);
	});

	it('reports the rating clicked and marks the suggested one', async () => {
		const onrate = vi.fn();
		render(RatingBar, { previews, onrate, suggested: 2 });
		await fireEvent.click(screen.getByRole('button', { name: /^Hard/ }));
		expect(onrate).toHaveBeenCalledWith(2);
		expect(screen.getByRole('button', { name: /^Hard/ }).classList.contains('suggested')).toBe(
			true
		);
		expect(screen.getByRole('button', { name: /^Good/ }).classList.contains('suggested')).toBe(
			false
		);
	});
});
