import 'fake-indexeddb/auto';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/lib/db';
import SettingsPage from '../../src/routes/settings/+page.svelte';
import StudyOptions from '../../src/routes/settings/StudyOptions.svelte';
import { makeDeck } from '../fixtures/deck';

beforeEach(() => {
	// The app's database loads the bundled deck on first open.
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(JSON.stringify(makeDeck()), { status: 200 }))
	);
});
afterEach(() => vi.unstubAllGlobals());

describe('the multiple-choice setting', () => {
	it('offers always / while learning / never', async () => {
		render(StudyOptions, { multipleChoice: 'learning', typedAnswers: false });
		const group = screen.getByRole('group', { name: /Multiple choice/ });
		const radios = screen.getAllByRole('radio');
		expect(group).toBeInTheDocument();
		expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual([
			'always',
			'learning',
			'never'
		]);
		expect(screen.getByRole('radio', { name: /While learning/ })).toBeChecked();
	});

	it('is saved with the other settings (default: while learning)', async () => {
		render(SettingsPage);
		const learning = await screen.findByRole('radio', { name: /While learning/ });
		expect(learning).toBeChecked();
		await fireEvent.click(screen.getByRole('radio', { name: /Never/ }));
		await fireEvent.submit(screen.getByRole('button', { name: 'Save settings' }).closest('form')!);
		await vi.waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''), {
			timeout: 5000
		});
		expect(screen.getByRole('status').textContent).toBe('Settings saved.');
		const db = await openDb();
		expect(await db.getSettings()).toMatchObject({ multipleChoice: 'never' });
		db.close();
	});
});
