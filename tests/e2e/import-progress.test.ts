/**
 * Issue 8, speed: a large deck file imported on /import shows a progress bar with its stages named,
 * and ends with every card stored. (How fast is for `npm run bench`; nothing here is timed.)
 */
import { describe, expect, it } from 'vitest';
import { makeBigDeck } from '../fixtures/db';
import { openHome, page, seriousA11yViolations, useBrowser } from './helpers';

const CARDS = 3000;

useBrowser({ setup: openHome });

describe('importing a large deck', () => {
	it('shows the stages and the share done on a progress bar, then every card is stored', async () => {
		const deck = makeBigDeck({ id: 'large-import', cards: CARDS, title: 'Large import' });
		await page.goto('/import');
		const input = page.getByLabel('Choose a file');
		await input.waitFor();
		// Every state of the bar the page shows, as it shows it.
		await page.evaluate(() => {
			const w = window as unknown as { bar: Array<[string, string]> };
			w.bar = [];
			new MutationObserver(() => {
				const bar = document.querySelector('[role="progressbar"]');
				if (!bar) return;
				const state: [string, string] = [
					bar.getAttribute('aria-valuenow') ?? '',
					document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''
				];
				const last = w.bar[w.bar.length - 1];
				if (!last || last[0] !== state[0] || last[1] !== state[1]) w.bar.push(state);
			}).observe(document.body, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true
			});
		});
		await input.setInputFiles({
			name: 'large.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(deck))
		});
		await page
			.getByText(`Imported "Large import": ${CARDS} cards (${CARDS} new).`)
			.waitFor({ timeout: 60_000 });
		expect(await page.getByRole('progressbar').count()).toBe(0);
		const bar = (await page.evaluate(
			() => (window as unknown as { bar: Array<[string, string]> }).bar
		)) as Array<[string, string]>;
		const values = bar.map(([value]) => Number(value));
		const labels = bar.map(([, label]) => label);
		expect(values.every((v) => Number.isInteger(v) && v >= 0 && v <= 100)).toBe(true);
		expect(values).toEqual([...values].sort((a, b) => a - b));
		expect(labels).toContain('Checking every card');
		expect(labels.at(-1)).toBe(
			`Saving cards: ${CARDS.toLocaleString('en')} of ${CARDS.toLocaleString('en')}`
		);
		// The bar moved while the cards were saved, not only at the end.
		const saving = bar.filter(([, label]) => label.startsWith('Saving cards'));
		expect(new Set(saving.map(([value]) => value)).size).toBeGreaterThan(2);
		expect(await seriousA11yViolations(page)).toEqual([]);

		// Every card and its schedule are in the app's database.
		const stored = await page.evaluate(
			(deckId) =>
				new Promise<number[]>((resolve, reject) => {
					const open = indexedDB.open('citecards');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const range = IDBKeyRange.bound([deckId], [deckId, []]);
						const tx = db.transaction(['cards', 'schedules']);
						const counts = [
							tx.objectStore('cards').count(range),
							tx.objectStore('schedules').count(range)
						];
						tx.oncomplete = () => {
							db.close();
							resolve(counts.map((r) => r.result));
						};
					};
				}),
			deck.id
		);
		expect(stored).toEqual([CARDS, CARDS]);
		await page.getByRole('link', { name: 'Browse its cards' }).click();
		await page.locator('li[data-card]').first().waitFor();
	});
});
